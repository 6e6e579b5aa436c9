"""Corpus records, the engine's findings, and sentences with their targets (docs/teacher.md).

One job: turn a labeled jsonl file into replies whose sentences carry (a) what the labels say
(privacy problem? conduct problem, which rules?) and (b) whether a rule finding of the same group
already covers them. Offsets are Unicode code points, as in the corpus and `replyguard scan`.
"""

import json
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"
POLICY = CORPUS / "practice-policy.json"
BINARY = ROOT / "target" / "release" / "replyguard"

PRIVACY = (
    "phi-name", "phi-geo", "phi-date", "phi-age", "phi-contact", "phi-idnum", "phi-web",
    "phi-image", "phi-unique", "phi-payment", "rel-confirm", "clin-detail", "echo-disclosure",
    "loc-hint",
)
CONDUCT = (
    "advice-public", "dispute-blame", "insult-profane", "legal-threat", "review-incentive",
    "review-incentive-neutral", "review-suppress", "claim-absolute", "rx-promo-norisk",
    "colleague-info", "crisis-speculation", "solicit-phi-public",
)
GROUPS = ("privacy", "conduct")

# A sentence ends after . ! ? … and their Arabic/CJK forms (with closing quotes/brackets and
# emoji that follow), or at a line break. Deliberately simple: the same splitter is used for
# training and scoring, and a sentence is only the unit a backstop finding covers.
_END = re.compile(r"[.!?…؟。！？]+[\"'”’)\]]*(?:\s+|$)|\n+")
# A period after one of these titles does not end a sentence ("Dr. Lee", "Mme Girard" has none).
_TITLE = re.compile(r"(?:^|\W)(?:Dr|Dra|Mr|Mrs|Ms|Mme|Mlle|Sr|Sra|Srta|St|Prof|Hr|Fr|Nr|No)\.\s*$")


def group_of(rule):
    """'privacy', 'conduct' or None for a rule id."""
    if rule in PRIVACY:
        return "privacy"
    if rule in CONDUCT:
        return "conduct"
    return None


def batch_of(rid):
    """The batch (writer and time) of a record: its id prefix, e.g. 'c9' for 'c9-0014'."""
    return rid.rsplit("-", 1)[0]


def sentences(text):
    """(start, end) code-point spans of the sentences of `text`, trimmed, non-empty."""
    spans, start = [], 0
    for m in _END.finditer(text):
        if m.group().startswith(".") and _TITLE.search(text[:m.end()]):
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def load(path, keep=None):
    """Records of a jsonl file; `keep(id)` filters them."""
    recs = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            if keep is None or keep(r["id"]):
                recs.append(r)
    return recs


def scan(recs, binary=BINARY, policy=POLICY):
    """The engine's findings per record id: list of (rule, start, end)."""
    if not Path(binary).exists():
        raise SystemExit(f"{binary} is missing: run `cargo build --release` first")
    payload = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    out = subprocess.run([str(binary), "scan", "--policy", str(policy)], input=payload,
                         capture_output=True, text=True, check=True).stdout
    found = {}
    for line in out.splitlines():
        if line.strip():
            o = json.loads(line)
            found[o["id"]] = [(f["rule"], f["start"], f["end"]) for f in o["findings"]]
    missing = [r["id"] for r in recs if r["id"] not in found]
    if missing:
        raise SystemExit(f"scan returned no line for {len(missing)} records, e.g. {missing[0]}")
    return found


def prepare(recs, findings):
    """Per reply: labels, rule findings, and sentences with targets and coverage.

    A sentence is a positive example of a group when a label of that group overlaps it, and of
    each conduct rule whose label overlaps it. It is *covered* for a group when a rule finding of
    that group overlaps it: the backstop only ever adds findings on uncovered sentences.
    """
    out = []
    for r in recs:
        text = r["text"]
        labels = [(l["rule"], l["start"], l["end"]) for l in r["labels"]]
        found = findings[r["id"]]
        sents = []
        for span in sentences(text):
            lab = [x for x in labels if overlaps(span, x[1:])]
            fnd = [x for x in found if overlaps(span, x[1:])]
            sents.append({
                "span": span,
                "text": text[span[0]:span[1]],
                "target": {g: any(group_of(x[0]) == g for x in lab) for g in GROUPS},
                "rules": sorted({x[0] for x in lab if x[0] in CONDUCT}),
                "covered": {g: any(group_of(x[0]) == g for x in fnd) for g in GROUPS},
            })
        out.append({
            "id": r["id"], "batch": batch_of(r["id"]), "lang": r.get("lang", "en"),
            "text": text, "context": r.get("context", ""), "labels": labels,
            "found": found, "sentences": sents,
        })
    return out
