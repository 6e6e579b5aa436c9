#!/usr/bin/env python3
"""Measure how many labelled NAME spans of a benchmark file have at least one word token in
data/names/first.txt or last.txt (an upper bound on what list lookup alone can find).

Run: python3 tools/data/name_coverage.py [FILE.jsonl]
     (default: ../shared/data/presidio-research/synth.jsonl beside the repository, or /work/shared/...)
"""

import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULTS = [REPO.parent / "shared/data/presidio-research/synth.jsonl",
            Path("/work/shared/data/presidio-research/synth.jsonl")]
WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")


def load(name: str) -> set:
    path = REPO / "data" / "names" / name
    return {ln.split("\t")[0] for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")}


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else next((p for p in DEFAULTS if p.exists()), None)
    if path is None or not path.exists():
        print("benchmark file not found: pass the path to a synth.jsonl-style file", file=sys.stderr)
        return 2
    names = load("first.txt") | load("last.txt")
    spans = covered = tokens = token_hits = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        o = json.loads(line)
        for s in o.get("spans", []):
            if s.get("label") != "NAME":
                continue
            spans += 1
            words = [w.lower() for w in WORD.findall(o["text"][s["start"]:s["end"]])]
            hits = [w for w in words if w in names]
            tokens += len(words)
            token_hits += len(hits)
            covered += bool(hits)
    print(f"{path.name}: {covered}/{spans} NAME spans ({covered / max(spans, 1):.1%}) have a listed token; "
          f"{token_hits}/{tokens} tokens ({token_hits / max(tokens, 1):.1%}) listed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
