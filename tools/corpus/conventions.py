#!/usr/bin/env python3
"""Finds corpus records that may need a label under the catalog-reading conventions (session 10).

The conventions are written in tests/corpus/README.md, "Catalog-reading conventions (session 10)". This script
only proposes candidates from cue words; every candidate is judged by a person reading it against the catalog.
It never runs the engine and never decides a label by itself.

    python3 tools/corpus/conventions.py --list [--conv rebut,nest-clin,nest-date,payment,visit] [--file de.txt | --files a.txt,b.txt]
    python3 tools/corpus/conventions.py            # counts per convention and split
    python3 tools/corpus/conventions.py --apply edits.tsv   # apply judged edits to src/*.txt (see apply_edits)

Conventions (ids):
  rebut      a reply to a complaint that states the practice's/record's version of events, with no dispute-blame
  nest-clin  a clinical word inside a rel-confirm / phi-payment / dispute-blame / echo / phi-image span, with no
             clin-detail on it
  nest-date  a date or time word inside another label's span, with no phi-date on it
  payment    a payment fact (bill, balance, claim, refund, waive, write-off, $) with no phi-payment on it
  visit      an implied visit ("came in", "with us", "finished treatment here") with no rel-confirm on it
  care       convention f: a clin-detail term near a practice-agency cue ("we", "our team", "here", "with Dr.",
             "your next") with no rel-confirm over the term (session 13)

    --split dev   lists and counts only dev records (held-out records must not be read)
"""

import argparse
import re
import sys
from pathlib import Path

import build
from agreement import AgreementError, resolve_quote

SRC = build.ROOT / "tests" / "corpus" / "src"

REBUT = re.compile(
    r"\b(our (records|notes|logs|chart|system|files?|camera|front desk log)s? (show|say|indicate|confirm)s?|"
    r"per our (records|notes|logs|chart)|according to our|actually|in fact|not what happened|"
    r"you (were|arrived|left|didn't|did not|refused|cancell?ed|declined|never|signed|agreed|chose|showed up)|"
    r"you'd (already|been)|the (call|message|bill|claim) was (returned|sent|paid)|we (did|have) (call|text|email)ed)",
    re.I)
NUMBER_TIME = re.compile(r"\b\d{1,2}(:\d\d)?\s?(am|pm|a\.m\.|p\.m\.)?\b|\b\d+\s?(minutes|min|hours|mins)\b", re.I)
COMPLAINT = re.compile(
    r"(never|rude|rushed|waited|wait|late|worst|terrible|awful|overcharg|charged|didn't|did not|no one|nobody|"
    r"ignored|lost|wrong|1 star|one star|horrible|refused)", re.I)

CLIN = re.compile(
    r"\b(crown|filling|cleaning|root canal|extraction|implant|x-?rays?|braces|aligners?|veneers?|whitening|"
    r"checkup|check-up|physical|vaccin\w*|shot|flu shot|booster|injection|botox|filler|surgery|biopsy|scan|mri|"
    r"ct|ultrasound|blood work|labs?|test results?|results|mammogram|colonoscopy|stitches|cast|therapy|session|"
    r"physio|prescription|refill|insulin|dose|mg|antibiotics?|meds|medication|appointment for \w+|cavity|"
    r"cavities|wisdom teeth|dentures?|bridge|cpap|hearing aids?|walker|crutches|pump|pregnan\w*|ultrasound|"
    r"numbing|anesthesia|sedation|knee|hip|shoulder|back pain|diabetes|asthma|allergy|allergies|rash|cancer|"
    r"chemo|infection|fracture|sprain|stroke|hernia|migraine|"
    r"Füllung|Krone|Impfung|Zahnreinigung|Spritze|Behandlung|limpieza|empaste|vacuna|radiograf\w*|"
    r"détartrage|vaccin|plombage|couronne|прививк\w*|пломб\w*|чистк\w*|укол\w*|تنظيف|حشو|تطعيم|"
    r"tambalan|vaksin|pembersihan|cabut gigi)\b", re.I)
DATE = re.compile(
    r"\b(yesterday|today|tonight|this morning|this afternoon|last (week|month|night|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)|this week|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"jan\w*|feb\w*|march|april|may \d|june|july|aug\w*|sept?\w*|oct\w*|nov\w*|dec\w*|\d{1,2}:\d\d|"
    r"\d{1,2}\s?(am|pm)|gestern|heute|hier|aujourd'hui|ayer|hoy|вчера|сегодня|أمس|اليوم|kemarin|hari ini)\b",
    re.I)
PAYMENT = re.compile(
    r"(\$\s?\d|\d\s?(€|£|dollars)|€\s?\d|\bbill(ed|ing)?\b|\bbalance\b|\bclaim\b|\brefund\w*|\bwaiv\w*|"
    r"write-?off|written off|\bcopay|\bco-pay|\binsurance\b|\binvoice\b|\bcharge[ds]?\b|\bdeductible|"
    r"Rechnung|Erstattung|factura|reembolso|facture|rembours\w*|счёт|счет|возврат|فاتورة|استرداد|tagihan|"
    r"pengembalian dana)", re.I)
VISIT = re.compile(
    r"\b(came in|come in(?! for)|came by|stopped by|dropped by|with us (last|this|yesterday|on|today)|"
    r"finished (your |his |her )?treatment|done with (your |his |her )?treatment|left (your|his|her) \w+ "
    r"(at|in)|your (son|daughter|husband|wife|mum|mom|dad) (came|was here)|when you were here|"
    r"since you were (here|in)|last time you were)\b", re.I)

CARE = re.compile(
    r"\b(we(?:'ve| have)? (gave|did|placed|removed|treated|fixed|drained|cleared|took|put|started|fitted|ran|"
    r"looked after|took care of|were with|walked|got)|our (team|surgeon|doctor|nurses?|hygienist|therapists?)|"
    r"here\b|at our (office|clinic|practice)|with (us|Dr\.?)|your next|by Dr\.?|Dr\.? \w+'s|"
    r"bei uns|chez nous|con nosotros|у нас|di sini|لدينا|acompa\w+|accompagn\w+|begleit\w+|сопровожд\w+|"
    r"mendampingi|رافق\w+)", re.I)

HOST_RULES = {"rel-confirm", "phi-payment", "dispute-blame", "echo-disclosure", "phi-image"}


def records(files=None):
    """Every source record as (file name, record id, text, context, labels); `files` limits it to those names."""
    for path in sorted(SRC.glob("*.txt")):
        if files is not None and path.name not in files:
            continue
        recs, _ = build.parse_file(path)
        for r in recs:
            raw = "\n".join(r["body"]).strip()
            text, labels = build.parse_markup(raw, f"{path.name}:{r['line']}")
            yield path.name, r["id"], text, " ".join(r["context"]), labels


def _covered(labels, rule, start, end):
    return any(lab["rule"] == rule and lab["start"] < end and start < lab["end"] for lab in labels)


def candidates(text, context, labels):
    """Convention ids that this record is a candidate for, each with the cue words found."""
    out = {}
    rules = {lab["rule"] for lab in labels}
    if context and "dispute-blame" not in rules:
        cues = [m.group(0) for m in REBUT.finditer(text)]
        if not cues and COMPLAINT.search(context):
            cues = [m.group(0) for m in NUMBER_TIME.finditer(text) if m.group(0).strip()]
        if cues:
            out["rebut"] = cues
    for conv, pat, rule in (("nest-clin", CLIN, "clin-detail"), ("nest-date", DATE, "phi-date")):
        hits = []
        for lab in labels:
            if lab["rule"] not in HOST_RULES and not (conv == "nest-date" and lab["rule"] == "clin-detail"):
                continue
            span = text[lab["start"]:lab["end"]]
            for m in pat.finditer(span):
                s, e = lab["start"] + m.start(), lab["start"] + m.end()
                if not _covered(labels, rule, s, e):
                    hits.append(f"{lab['rule']}:{m.group(0)}")
        if hits:
            out[conv] = hits
    care = []
    for lab in labels:
        if lab["rule"] != "clin-detail" or _covered(labels, "rel-confirm", lab["start"], lab["end"]):
            continue
        lo, hi = max(0, lab["start"] - 60), min(len(text), lab["end"] + 40)
        care += [f"{text[lab['start']:lab['end']]}~{m.group(0)}" for m in CARE.finditer(text[lo:hi])]
    if care:
        out["care"] = care
    for conv, pat, rule in (("payment", PAYMENT, "phi-payment"), ("visit", VISIT, "rel-confirm")):
        hits = [m.group(0) for m in pat.finditer(text) if not _covered(labels, rule, m.start(), m.end())]
        if hits:
            out[conv] = hits
    return out


def render(text, labels):
    """Markup for a text and its labels (inverse of build.parse_markup); ValueError when two spans cross."""
    groups = {}
    for lab in labels:
        groups.setdefault((lab["start"], lab["end"]), []).append(lab["rule"])
    order = sorted(groups, key=lambda g: (g[0], -g[1]))
    out, pos, stack = [], 0, []
    for start, end in order:
        while stack and stack[-1] <= start:
            top = stack.pop()
            out.append(text[pos:top] + "}}")
            pos = top
        if stack and end > stack[-1]:
            raise ValueError(f"spans cross at {start}-{end}")
        out.append(text[pos:start] + "{{" + ",".join(sorted(groups[(start, end)])) + "|")
        pos = start
        stack.append(end)
    while stack:
        top = stack.pop()
        out.append(text[pos:top] + "}}")
        pos = top
    out.append(text[pos:])
    return "".join(out)


def edit_labels(text, labels, edits):
    """Applies (op, rule, quote, occurrence) edits to one record's labels; op is 'add' or 'del'."""
    labels = [dict(lab) for lab in labels]
    for op, rule, quote, occ in edits:
        if rule not in build.RULES:
            raise KeyError(f"unknown rule {rule}")
        try:
            s, e = resolve_quote("edit", text, quote, occ)
        except AgreementError as err:
            raise KeyError(str(err)) from None
        same = [lab for lab in labels if lab["rule"] == rule and (lab["start"], lab["end"]) == (s, e)]
        if op == "add":
            if same:
                raise KeyError(f"{rule} '{quote}' is already labelled")
            labels.append({"rule": rule, "start": s, "end": e})
        elif op == "del":
            if not same:
                raise KeyError(f"no {rule} label on '{quote}'")
            labels.remove(same[0])
        else:
            raise KeyError(f"unknown op {op}")
    return sorted(labels, key=lambda lab: (lab["start"], lab["end"], lab["rule"]))


def apply_edits(tsv_path):
    """Edits src/*.txt from a TSV of judged edits: op, record id, rule, exact quote[, occurrence]."""
    wanted = {}
    for no, line in enumerate(Path(tsv_path).read_text(encoding="utf-8").split("\n"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        occ = int(parts[4]) if len(parts) > 4 and parts[4] else 1
        wanted.setdefault(parts[1], []).append((parts[0], parts[2], parts[3], occ))
    done, writes = set(), []
    for path in sorted(SRC.glob("*.txt")):
        recs, _ = build.parse_file(path)
        lines = path.read_text(encoding="utf-8").split("\n")
        heads = [r["line"] for r in recs] + [len(lines) + 1]
        changed = False
        for i in reversed(range(len(recs))):
            r = recs[i]
            if r["id"] not in wanted:
                continue
            first, last = r["line"], heads[i + 1] - 1   # 1-based header line, last line before next header
            block = lines[first:last]
            keep = [ln for ln in block if ln.startswith((">", "@lang ", "%%"))]
            body = [ln for ln in block if not ln.startswith((">", "@lang ", "%%"))]
            raw = "\n".join(body).strip()
            text, labels = build.parse_markup(raw, f"{path.name}:{first}")
            new = edit_labels(text, labels, wanted[r["id"]])
            try:
                markup = render(text, new)
            except ValueError as err:
                raise ValueError(f"{r['id']}: {err}: {text}") from None
            t2, l2 = build.parse_markup(markup, "render")
            key = lambda ls: sorted((x["rule"], x["start"], x["end"]) for x in ls)
            assert t2 == text and key(l2) == key(new), r["id"]
            lines[first:last] = keep + markup.split("\n") + [""]
            changed = True
            done.add(r["id"])
        if changed:
            writes.append((path, "\n".join(lines)))
    missing = set(wanted) - done
    if missing:
        raise KeyError(f"records not found: {sorted(missing)}")
    for path, content in writes:   # only once every edit has applied
        path.write_text(content, encoding="utf-8")
    return {rid: len(ed) for rid, ed in wanted.items()}


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--list", action="store_true", help="print each candidate record")
    ap.add_argument("--conv", default="rebut,nest-clin,nest-date,payment,visit")
    ap.add_argument("--file", help="only this src file name")
    ap.add_argument("--split", choices=["dev", "held", "all"], default="all",
                    help="dev: list and count dev records only (never list held-out records to read them)")
    ap.add_argument("--files", help="only these src file names, comma-separated")
    ap.add_argument("--apply", help="TSV of judged edits: op<TAB>id<TAB>rule<TAB>quote[<TAB>occurrence]")
    args = ap.parse_args(argv)
    if args.apply:
        counts = apply_edits(args.apply)
        print(f"edited {len(counts)} records, {sum(counts.values())} label edits")
        return 0
    wanted = set(args.conv.split(","))
    counts = {}
    files = None
    if args.file or args.files:
        files = {f for f in ([args.file] if args.file else []) + (args.files or "").split(",") if f}
        unknown = sorted(f for f in files if not (SRC / f).is_file())
        if unknown:
            ap.error(f"no such src file: {', '.join(unknown)}")
    for fname, rid, text, context, labels in records(files):
        for conv, cues in candidates(text, context, labels).items():
            if conv not in wanted:
                continue
            split = "held" if build.is_heldout(rid) else "dev"
            if args.split != "all" and split != args.split:
                continue
            counts[(conv, split)] = counts.get((conv, split), 0) + 1
            if args.list:
                labs = ", ".join(f"{lab['rule']}[{text[lab['start']:lab['end']]}]" for lab in labels)
                print(f"[{conv}] {fname} {rid}  cues: {cues}")
                if context:
                    print(f"   > {context}")
                print(f"   {text}")
                print(f"   labels: {labs or '-'}")
    for conv in sorted(wanted):
        print(f"{conv:10} dev {counts.get((conv, 'dev'), 0):4}  held {counts.get((conv, 'held'), 0):4}",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
