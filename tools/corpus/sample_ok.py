#!/usr/bin/env python3
"""A seeded sample of dev records the engine gets right, to paraphrase (session 14's method).

    python3 tools/corpus/sample_ok.py BIN --kind problem --rules rel-confirm --n 60 --seed 141
    python3 tools/corpus/sample_ok.py BIN --kind clean --n 80 --seed 144 --words '\\b(you|your)\\b'

problem: records with a label of one of --rules, every such label found by a finding of the same rule overlapping
it (`keeprate.handled`). clean: records with no label and no finding, optionally only those whose text matches
--words. Reads tests/corpus/dev.jsonl only, never held out. Prints one block per record (id, language, platform,
author, context, text, labels) for the writer of the paraphrase batch; `keeprate.py` scores the batch afterwards.
"""

import argparse
import json
import random
import re
import sys
from pathlib import Path

import build
import keeprate


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("bin")
    ap.add_argument("--kind", required=True, choices=("problem", "clean"))
    ap.add_argument("--rules", default="")
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--exclude", default="", help="a file of ids to leave out (an earlier sample's sources)")
    ap.add_argument("--words", default="")
    ap.add_argument("--dev", default=str(build.CORPUS / "dev.jsonl"),
                    help="the dev file (session 14 drew from main 10eeb69's: git show 10eeb69:tests/corpus/dev.jsonl)")
    a = ap.parse_args(argv)
    rules = set(filter(None, a.rules.split(",")))
    if a.kind == "problem" and not rules:
        ap.error("--kind problem needs --rules")
    excl = set(open(a.exclude, encoding="utf-8").read().split()) if a.exclude else set()
    recs = [r for r in keeprate.load([Path(a.dev)]).values() if r["id"] not in excl]
    found = keeprate.scan(a.bin, recs)
    pool = []
    for r in recs:
        labels = r.get("labels", [])
        if a.kind == "problem":
            if any(lab["rule"] in rules for lab in labels) and keeprate.handled(labels, found[r["id"]], rules):
                pool.append(r)
        elif not labels and not found[r["id"]] and (not a.words or re.search(a.words, r["text"], re.I)):
            pool.append(r)
    random.Random(a.seed).shuffle(pool)
    print(f"# pool {len(pool)}; sample {min(a.n, len(pool))} (seed {a.seed})")
    for r in pool[: a.n]:
        t = r["text"]
        labs = " ".join(f"{lab['rule']}:'{t[lab['start']:lab['end']]}'" for lab in r.get("labels", []))
        print(f"\n## {r['id']} | {r.get('lang')} | {r.get('platform')}" + (f" | author {r['author']}" if r.get("author") else ""))
        if r.get("context"):
            print("context:", r["context"])
        print("text:", t)
        if labs:
            print("labels:", labs)


if __name__ == "__main__":
    sys.exit(main())
