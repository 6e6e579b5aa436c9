#!/usr/bin/env python3
"""Keep rate of paraphrase batches: does the engine give a reworded reply the verdict it gives its source?

A paraphrase batch is a corpus source file whose records each carry a comment `%% from <source id>` on the line
before their `###` header: the source is a dev record, the paraphrase says the same situation in other words
(session 14's method; see tests/corpus/README.md, "Probe sets"). A record is *handled* when

- it has labels: every label (of `--rules`, default all; none of them: nothing to find) is overlapped by a
  finding of the same rule;
- it has none: the engine finds nothing at all.

The keep rate is the share of paraphrases handled among those whose source is handled. It estimates how rules
tuned on the sources meet new wording of the same situations, which is what held-out records are.

    python3 tools/corpus/keeprate.py [--bin target/release/replyguard] [--rules a,b] FILE.txt [FILE.txt ...]

FILE may be in tests/corpus/src/ (records looked up in dev.jsonl and heldout.jsonl by id: only their ids and
verdicts are printed, never held-out text) or in tests/corpus/blind/ (records from the .jsonl beside it).
"""

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

import build

FROM = re.compile(r"^%%\s*from\s+([a-z0-9]+-\d+)\s*$")
HEADER = re.compile(r"^###\s+([a-z0-9]+-\d+)\s*\|")


def pairs(path: Path):
    """(paraphrase id, source id) for each record preceded by a `%% from` line."""
    out, pending = [], None
    for line in path.read_text(encoding="utf-8").split("\n"):
        m = FROM.match(line)
        if m:
            pending = m.group(1)
            continue
        m = HEADER.match(line)
        if m:
            if pending:
                out.append((m.group(1), pending))
            pending = None
    return out


def handled(labels, findings, rules=None):
    """The verdict test above: labels of `rules` all found with their own rule; no labels, no findings."""
    if not labels:
        return not findings
    labels = [lab for lab in labels if rules is None or lab["rule"] in rules]
    return all(
        any(f["rule"] == lab["rule"] and f["start"] < lab["end"] and lab["start"] < f["end"] for f in findings)
        for lab in labels
    )


def scan(binary, records):
    keys = ("id", "text", "context", "lang", "author", "platform")
    inp = "\n".join(json.dumps({k: r[k] for k in keys if k in r}, ensure_ascii=False) for r in records)
    out = subprocess.run(
        [binary, "scan", "--policy", str(build.CORPUS / "practice-policy.json")],
        input=inp, capture_output=True, text=True, check=True,
    ).stdout.splitlines()
    if len(out) != len(records):
        raise SystemExit(f"scan gave {len(out)} lines for {len(records)} records")
    found = {}
    for r, line in zip(records, out):
        fs = json.loads(line)
        found[r["id"]] = fs.get("findings", fs) if isinstance(fs, dict) else fs
    return found


def load(paths):
    recs = {}
    for p in paths:
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                recs[r["id"]] = r
    return recs


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--bin", default=str(build.ROOT / "target" / "release" / "replyguard"))
    ap.add_argument("--rules", default="")
    a = ap.parse_args(argv)
    rules = set(filter(None, a.rules.split(","))) or None
    corpus = load([build.CORPUS / "dev.jsonl", build.CORPUS / "heldout.jsonl"])
    pooled_n = pooled_kept = 0  # over all files: sources handled, paraphrases of those kept
    for f in a.files:
        side = corpus
        if f.parent.name == "blind":
            side = dict(corpus, **load([f.with_suffix(".jsonl")]))
        ps = pairs(f)
        missing = [p for pair in ps for p in pair if p not in side]
        if missing:
            raise SystemExit(f"{f}: ids not in the corpus (build it first?): {', '.join(missing[:5])}")
        recs = [side[i] for pair in ps for i in pair]
        found = scan(a.bin, recs)
        n = kept = 0
        by_kind = {"problem": [0, 0], "clean": [0, 0]}
        flagged = 0  # problem paraphrases with any finding (the reply-level figure of `replyguard eval`)
        for para, src in ps:
            if not handled(side[src].get("labels", []), found[src], rules):
                continue
            kind = "problem" if side[src].get("labels") else "clean"
            ok = handled(side[para].get("labels", []), found[para], rules)
            n += 1
            kept += ok
            by_kind[kind][0] += 1
            by_kind[kind][1] += ok
            flagged += kind == "problem" and bool(found[para])
        print(f"{f.name}: {len(ps)} pairs, {n} with the source handled; kept {kept}/{n}"
              f" (problem {by_kind['problem'][1]}/{by_kind['problem'][0]},"
              f" clean {by_kind['clean'][1]}/{by_kind['clean'][0]});"
              f" problem paraphrases flagged at all {flagged}/{by_kind['problem'][0]}")
        pooled_n += n
        pooled_kept += kept
    if len(a.files) > 1:
        print(f"all: kept {pooled_kept}/{pooled_n}")


if __name__ == "__main__":
    sys.exit(main())
