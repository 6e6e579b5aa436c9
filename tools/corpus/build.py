#!/usr/bin/env python3
"""Build Reply Guard's labeled corpus from its markup sources.

Reads  tests/corpus/src/*.txt   (format: tests/corpus/README.md, "Source format")
Writes tests/corpus/dev.jsonl and tests/corpus/heldout.jsonl

Every label is checked (known rule id, known platform/language, non-empty span without
surrounding spaces, no stray markup, no practice-allowlisted text labeled, unlabeled use of the
review author's name caught) and the build stops with file:line and what to fix.

Usage:
  python3 tools/corpus/build.py               build both jsonl files
  python3 tools/corpus/build.py --check       fail if the committed jsonl differ from the sources
  python3 tools/corpus/build.py --stats       print counts per language, rule, split
  python3 tools/corpus/build.py --assign-ids  replace "### +" headers with the next free ids
"""

import hashlib
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"
SRC = CORPUS / "src"
POLICY = CORPUS / "practice-policy.json"

# The 26 rule ids of the policy catalog (../shared/design/policy-catalog.md).
RULES = [
    "phi-name", "phi-geo", "phi-date", "phi-age", "phi-contact", "phi-idnum", "phi-web",
    "phi-image", "phi-unique", "phi-payment", "rel-confirm", "clin-detail", "echo-disclosure",
    "loc-hint", "advice-public", "dispute-blame", "insult-profane", "legal-threat",
    "review-incentive", "review-incentive-neutral", "review-suppress", "claim-absolute",
    "rx-promo-norisk", "colleague-info", "crisis-speculation", "solicit-phi-public",
]
PLATFORMS = {
    "x": "x", "fb": "facebook", "ig": "instagram", "li": "linkedin", "rd": "reddit",
    "yt": "youtube", "g": "google", "y": "yelp", "hg": "healthgrades",
}
LANGS = {"en", "es", "fr", "de", "ru", "ar", "id"}
HELDOUT_PERCENT = 30


class SourceError(Exception):
    pass


def is_heldout(rec_id: str) -> bool:
    """Fixed split: the first 8 hex digits of SHA-256(id), mod 100, below 30 -> held out."""
    h = int(hashlib.sha256(rec_id.encode("utf-8")).hexdigest()[:8], 16)
    return h % 100 < HELDOUT_PERCENT


def parse_markup(raw: str, where: str):
    """Turns reply markup into (plain text, labels). `{{rule[,rule]|span}}`, nestable."""
    out = []
    labels = []
    stack = []  # (rules, start offset in out)
    i = 0
    n = len(raw)
    while i < n:
        if raw.startswith("{{", i):
            bar = raw.find("|", i + 2)
            if bar < 0:
                raise SourceError(f"{where}: '{{{{' without '|rule' separator")
            names = [r.strip() for r in raw[i + 2:bar].split(",")]
            for r in names:
                if r not in RULES:
                    near = [x for x in RULES if x.split("-")[0] == r.split("-")[0]]
                    hint = f" (did you mean {', '.join(near)}?)" if near else ""
                    raise SourceError(f"{where}: unknown rule id '{r}'{hint}")
            stack.append((names, len("".join(out))))
            i = bar + 1
        elif raw.startswith("}}", i):
            if not stack:
                raise SourceError(f"{where}: '}}}}' without an opening '{{{{'")
            names, start = stack.pop()
            text = "".join(out)
            end = len(text)
            span = text[start:end]
            if not span:
                raise SourceError(f"{where}: empty span for {','.join(names)}")
            if span != span.strip():
                raise SourceError(f"{where}: span '{span}' starts or ends with a space; move the space outside")
            for r in names:
                labels.append({"rule": r, "start": start, "end": end})
            i += 2
        else:
            out.append(raw[i])
            i += 1
    if stack:
        raise SourceError(f"{where}: {len(stack)} label(s) never closed with '}}}}'")
    text = "".join(out)
    for stray in ("{{", "}}", "{", "}"):
        if stray in text:
            raise SourceError(f"{where}: stray '{stray}' left in the reply text")
    labels.sort(key=lambda l: (l["start"], l["end"], l["rule"]))
    return text, labels


def load_allowlist():
    practice = json.loads(POLICY.read_text(encoding="utf-8"))["practice"]
    items = set()
    for key in ("phones", "faxes", "emails", "addresses", "websites", "handles"):
        items.update(x.lower() for x in practice[key])
    staff_parts = set()
    for s in practice["staff"]:
        items.add(s.lower())
        for part in s.replace("Dr.", "").split():
            staff_parts.add(part.lower())
    return items, staff_parts


def parse_file(path: Path):
    """Yields records (dicts with a 'line' key) from one source file."""
    lang = None
    prefix = path.stem
    records = []
    cur = None
    lines = path.read_text(encoding="utf-8").split("\n")
    for no, line in enumerate(lines, 1):
        where = f"{path.relative_to(ROOT)}:{no}"
        if line.startswith("%%"):
            continue
        if line.startswith("### "):
            parts = [p.strip() for p in line[4:].split("|")]
            if len(parts) < 2 or len(parts) > 3:
                raise SourceError(f"{where}: header must be '### <id> | <platform> [| <author>]'")
            pf = parts[1]
            if pf not in PLATFORMS and pf not in PLATFORMS.values():
                raise SourceError(f"{where}: unknown platform '{pf}' (use one of {', '.join(PLATFORMS)})")
            cur = {
                "id": parts[0], "platform": PLATFORMS.get(pf, pf),
                "author": parts[2] if len(parts) == 3 and parts[2] else None,
                "lang": lang, "context": [], "body": [], "line": no, "file": path,
            }
            records.append(cur)
            continue
        if cur is None:
            if line.startswith("@lang "):
                lang = line[6:].strip()
                if lang not in LANGS:
                    raise SourceError(f"{where}: unknown language '{lang}'")
            elif line.startswith("@prefix "):
                prefix = line[8:].strip()
            elif line.strip():
                raise SourceError(f"{where}: text before the first '### ' record header")
            continue
        if line.startswith("@lang "):
            value = line[6:].strip()
            if value not in LANGS:
                raise SourceError(f"{where}: unknown language '{value}'")
            if any(b.strip() for b in cur["body"]):
                # After a record's reply text, "@lang" starts a block: the default for the records
                # that follow. (Read as an override, it silently retagged the record above: a block
                # of Spanish records introduced by "@lang es" ended the last English one as Spanish.)
                lang = value
            else:
                cur["lang"] = value
        elif line.startswith(">"):
            cur["context"].append(line[1:].strip())
        else:
            cur["body"].append(line)
    return records, prefix


def build_records(paths=None):
    """Records of the given source files (default: every `src/*.txt`), checked and sorted by id."""
    allow, staff_parts = load_allowlist()
    out = []
    seen_ids = {}
    seen_text = {}
    for path in sorted(SRC.glob("*.txt")) if paths is None else paths:
        records, _ = parse_file(path)
        for r in records:
            where = f"{path.relative_to(ROOT)}:{r['line']}"
            if r["id"] == "+":
                raise SourceError(f"{where}: record has no id yet; run build.py --assign-ids")
            if r["id"] in seen_ids:
                raise SourceError(f"{where}: id {r['id']} already used at {seen_ids[r['id']]}")
            seen_ids[r["id"]] = where
            if r["lang"] not in LANGS:
                raise SourceError(f"{where}: no language; put '@lang xx' at the top of the file")
            raw = "\n".join(r["body"]).strip()
            if not raw:
                raise SourceError(f"{where}: record has no reply text")
            text, labels = parse_markup(raw, where)
            context = " ".join(c for c in r["context"] if c) or None
            if text in seen_text:
                raise SourceError(f"{where}: same reply text as {seen_text[text]}")
            seen_text[text] = where
            for l in labels:
                span = text[l["start"]:l["end"]]
                if span.lower() in allow:
                    raise SourceError(f"{where}: '{span}' is the practice's own (practice-policy.json) and must not be labeled")
                if l["rule"] == "phi-name" and span.lower().replace("dr. ", "") in staff_parts:
                    raise SourceError(f"{where}: '{span}' is a staff name and must not be labeled phi-name")
                if l["rule"] == "echo-disclosure" and not context:
                    raise SourceError(f"{where}: echo-disclosure needs a '> context' (the review being echoed)")
            if r["author"]:
                first = re.split(r"[\s.,]+", r["author"])[0]
                if len(first) >= 3 and first[:1].isupper():
                    named = [(l["start"], l["end"]) for l in labels if l["rule"] == "phi-name"]
                    for m in re.finditer(r"(?<!\w)" + re.escape(first) + r"(?!\w)", text):
                        if not any(s <= m.start() and m.end() <= e for s, e in named):
                            raise SourceError(f"{where}: author's name '{first}' used but not labeled phi-name")
            rec = {"id": r["id"], "text": text}
            # Absent context/author are left out rather than written as null: readers treat the
            # keys as optional strings (src/eval.rs), and null would not parse as one.
            if context:
                rec["context"] = context
            if r["author"]:
                rec["author"] = r["author"]
            rec.update({"platform": r["platform"], "lang": r["lang"], "labels": labels})
            out.append(rec)
    out.sort(key=lambda x: x["id"])
    return out


def render(records):
    dev, held = [], []
    for r in records:
        line = json.dumps(r, ensure_ascii=False, separators=(", ", ": "))
        (held if is_heldout(r["id"]) else dev).append(line)
    return "\n".join(dev) + "\n", "\n".join(held) + "\n"


def assign_ids():
    used = set()
    files = sorted(SRC.glob("*.txt"))
    parsed = {}
    for path in files:
        records, prefix = parse_file(path)
        parsed[path] = prefix
        used.update(r["id"] for r in records if r["id"] != "+")
    total = 0
    for path in files:
        prefix = parsed[path]
        nums = [int(x.rsplit("-", 1)[1]) for x in used if x.startswith(prefix + "-") and x.rsplit("-", 1)[1].isdigit()]
        nxt = max(nums, default=0) + 1
        lines = path.read_text(encoding="utf-8").split("\n")
        changed = False
        for i, line in enumerate(lines):
            if line.startswith("### +"):
                new_id = f"{prefix}-{nxt:04d}"
                used.add(new_id)
                lines[i] = "### " + new_id + line[5:]
                nxt += 1
                total += 1
                changed = True
        if changed:
            path.write_text("\n".join(lines), encoding="utf-8")
    print(f"assigned {total} ids")


def stats(records):
    by_lang = defaultdict(Counter)
    by_rule = defaultdict(Counter)
    spans = Counter()
    plat = Counter()
    for r in records:
        split = "heldout" if is_heldout(r["id"]) else "dev"
        kind = "problem" if r["labels"] else "clean"
        by_lang[r["lang"]][kind] += 1
        by_lang[r["lang"]][split] += 1
        by_lang["ALL"][kind] += 1
        by_lang["ALL"][split] += 1
        plat[r["platform"]] += 1
        for rule in {l["rule"] for l in r["labels"]}:
            by_rule[rule]["records"] += 1
            by_rule[rule][split] += 1
            by_rule[rule]["lang:" + r["lang"]] += 1
        for l in r["labels"]:
            spans[l["rule"]] += 1
    print(f"{'lang':6} {'total':>6} {'clean':>6} {'problem':>8} {'dev':>5} {'heldout':>8}")
    for lang in sorted(by_lang, key=lambda x: (x == "ALL", x)):
        c = by_lang[lang]
        print(f"{lang:6} {c['clean'] + c['problem']:6} {c['clean']:6} {c['problem']:8} {c['dev']:5} {c['heldout']:8}")
    print()
    print(f"{'rule':26} {'records':>7} {'spans':>6} {'dev':>5} {'held':>5}  languages")
    for rule in RULES:
        c = by_rule[rule]
        langs = " ".join(f"{k[5:]}:{v}" for k, v in sorted(c.items()) if k.startswith("lang:"))
        print(f"{rule:26} {c['records']:7} {spans[rule]:6} {c['dev']:5} {c['heldout']:5}  {langs}")
    print()
    print("platforms: " + ", ".join(f"{k} {v}" for k, v in sorted(plat.items())))


def main(argv):
    try:
        if "--assign-ids" in argv:
            assign_ids()
            return 0
        records = build_records()
        dev, held = render(records)
        if "--check" in argv:
            ok = (CORPUS / "dev.jsonl").read_text(encoding="utf-8") == dev and \
                 (CORPUS / "heldout.jsonl").read_text(encoding="utf-8") == held
            if not ok:
                print("tests/corpus/*.jsonl are out of date: run python3 tools/corpus/build.py", file=sys.stderr)
                return 1
            print(f"corpus up to date: {len(records)} records")
        else:
            (CORPUS / "dev.jsonl").write_text(dev, encoding="utf-8")
            (CORPUS / "heldout.jsonl").write_text(held, encoding="utf-8")
            print(f"wrote {len(records)} records: {dev.count(chr(10))} dev, {held.count(chr(10))} held out")
        if "--stats" in argv:
            stats(records)
    except SourceError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
