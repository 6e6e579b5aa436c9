#!/usr/bin/env python3
"""Inter-annotator agreement between an independent relabel and the corpus labels.

The relabel (tests/corpus/agreement/relabel-*.jsonl) gives, per reply id, the rules a
second annotator found and the exact quote that breaks each rule; it was written from
the policy catalog alone, before the corpus labels were read. This tool resolves every
quote to code-point offsets in the reply text (the same offsets as the corpus, Python
string indices, end exclusive) and compares the two label sets on the same ids:

* reply level: problem / clean agreement, counts, percent, Cohen's kappa;
* group presence: any privacy rule (issue 3) and any conduct rule (issue 4);
* per rule presence: both / only ours / only relabel;
* spans: same-rule spans that overlap.

With --engine BIN it also runs `BIN scan --policy tests/corpus/practice-policy.json` on
the sample and prints the share of problem replies flagged and of clean replies flagged
under each label set, so the effect of the label set on the 95% / 5% targets is visible.

Standard library only. `python3 tools/corpus/agreement.py --help` for the options.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_RELABEL = ROOT / "tests/corpus/agreement/relabel-2026-11-24.jsonl"
# The study compared the relabel with dev.jsonl as it was on 2026-11-24 (before the session 10 relabel changed
# dev.jsonl); those 240 records are frozen here so the study and its adjudication stay reproducible.
# Pass --ours tests/corpus/dev.jsonl to compare with the current corpus.
DEFAULT_OURS = ROOT / "tests/corpus/agreement/ours-2026-11-24.jsonl"
DEFAULT_POLICY = ROOT / "tests/corpus/practice-policy.json"

# Rule groups as the issues define them (issue 3: disclosure; issue 4: conduct).
PRIVACY = (
    "phi-name phi-geo phi-date phi-age phi-contact phi-idnum phi-web phi-image "
    "phi-unique phi-payment rel-confirm clin-detail echo-disclosure loc-hint"
).split()
CONDUCT = (
    "advice-public dispute-blame insult-profane legal-threat review-incentive "
    "review-incentive-neutral review-suppress claim-absolute rx-promo-norisk "
    "colleague-info crisis-speculation solicit-phi-public"
).split()
RULES = PRIVACY + CONDUCT

# Fields of a corpus record the engine reads (labels are left out of its input).
INPUT_FIELDS = ("id", "text", "context", "lang", "platform", "author")


class AgreementError(Exception):
    """A problem with the input files; the message says which id and what to fix."""


def read_jsonl(path: Path) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise AgreementError(f"{path}:{n}: not JSON ({e}); fix the line") from e
    return out


def resolve_quote(rid: str, text: str, quote: str, occurrence: int | None) -> tuple[int, int]:
    """Code-point (start, end) of the `occurrence`-th (1-based) match of `quote` in `text`.

    A quote that occurs more than once needs `occurrence`; without it the span would be a
    guess, so that is an error too.
    """
    if not quote:
        raise AgreementError(f"{rid}: empty quote; give the exact words that break the rule")
    starts = []
    i = text.find(quote)
    while i != -1:
        starts.append(i)
        i = text.find(quote, i + 1)
    if not starts:
        raise AgreementError(
            f"{rid}: quote {quote!r} not found in the reply text; copy it exactly from the text"
        )
    if occurrence is None:
        if len(starts) > 1:
            raise AgreementError(
                f"{rid}: quote {quote!r} occurs {len(starts)} times; add \"occurrence\" (1-based)"
            )
        occurrence = 1
    if not 1 <= occurrence <= len(starts):
        raise AgreementError(
            f"{rid}: occurrence {occurrence} of {quote!r} asked, but it occurs {len(starts)} time(s)"
        )
    s = starts[occurrence - 1]
    return s, s + len(quote)


def resolve_relabel(relabel: list[dict], texts: dict[str, str]) -> dict[str, list[dict]]:
    """id -> [{"rule", "start", "end"}] for the relabel, quotes resolved against `texts`."""
    out: dict[str, list[dict]] = {}
    for rec in relabel:
        rid = rec.get("id")
        if rid is None:
            raise AgreementError(f"relabel record without an id: {rec!r}")
        if rid in out:
            raise AgreementError(f"{rid}: appears twice in the relabel; keep one line per reply")
        if rid not in texts:
            raise AgreementError(f"{rid}: not in the compared corpus file; check the id")
        spans = []
        for lab in rec.get("labels", []):
            rule = lab.get("rule")
            if rule not in RULES:
                raise AgreementError(f"{rid}: unknown rule {rule!r}; use a catalog id")
            s, e = resolve_quote(rid, texts[rid], lab.get("quote", ""), lab.get("occurrence"))
            spans.append({"rule": rule, "start": s, "end": e})
        out[rid] = spans
    return out


def kappa(a: list[bool], b: list[bool]) -> float | None:
    """Cohen's kappa of two binary ratings of the same items (None when undefined)."""
    n = len(a)
    if n == 0 or n != len(b):
        return None
    po = sum(x == y for x, y in zip(a, b)) / n
    pa, pb = sum(a) / n, sum(b) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    if pe == 1:
        return None
    return (po - pe) / (1 - pe)


def table(ours: list[bool], theirs: list[bool]) -> dict:
    """2x2 agreement table of a presence judgement, with percent agreement and kappa."""
    both = sum(o and t for o, t in zip(ours, theirs))
    only_ours = sum(o and not t for o, t in zip(ours, theirs))
    only_relabel = sum(t and not o for o, t in zip(ours, theirs))
    neither = len(ours) - both - only_ours - only_relabel
    n = len(ours)
    return {
        "n": n,
        "both": both,
        "only_ours": only_ours,
        "only_relabel": only_relabel,
        "neither": neither,
        "agree_pct": 100.0 * (both + neither) / n if n else None,
        "kappa": kappa(ours, theirs),
    }


def overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def compare(ours: dict[str, list[dict]], relabel: dict[str, list[dict]]) -> dict:
    """All agreement figures on the ids of `relabel` (which must all be in `ours`)."""
    ids = sorted(relabel)
    o_prob = [bool(ours[i]) for i in ids]
    r_prob = [bool(relabel[i]) for i in ids]

    def has(spans, group):
        return any(s["rule"] in group for s in spans)

    result = {
        "reply": table(o_prob, r_prob),
        "privacy": table([has(ours[i], PRIVACY) for i in ids], [has(relabel[i], PRIVACY) for i in ids]),
        "conduct": table([has(ours[i], CONDUCT) for i in ids], [has(relabel[i], CONDUCT) for i in ids]),
        "rules": {},
        "disagreements": {"reply": [], "rule": []},
    }
    for rule in RULES:
        o = [has(ours[i], (rule,)) for i in ids]
        r = [has(relabel[i], (rule,)) for i in ids]
        if not any(o) and not any(r):
            continue
        t = table(o, r)
        o_spans = [(i, s) for i in ids for s in ours[i] if s["rule"] == rule]
        r_spans = [(i, s) for i in ids for s in relabel[i] if s["rule"] == rule]
        t["spans_ours"] = len(o_spans)
        t["spans_relabel"] = len(r_spans)
        t["spans_ours_matched"] = sum(
            any(overlaps(s, x) for x in relabel[i] if x["rule"] == rule) for i, s in o_spans
        )
        t["spans_relabel_matched"] = sum(
            any(overlaps(s, x) for x in ours[i] if x["rule"] == rule) for i, s in r_spans
        )
        t["spans_exact"] = sum(
            any(s["start"] == x["start"] and s["end"] == x["end"] for x in ours[i] if x["rule"] == rule)
            for i, s in r_spans
        )
        result["rules"][rule] = t
        for i, oo, rr in zip(ids, o, r):
            if oo != rr:
                result["disagreements"]["rule"].append(
                    {"id": i, "rule": rule, "side": "ours" if oo else "relabel"}
                )
    for i, oo, rr in zip(ids, o_prob, r_prob):
        if oo != rr:
            result["disagreements"]["reply"].append({"id": i, "side": "ours" if oo else "relabel"})
    # Span totals over rules present on both sides of a reply (same-rule overlap).
    tot = {k: sum(t[k] for t in result["rules"].values())
           for k in ("spans_ours", "spans_relabel", "spans_ours_matched", "spans_relabel_matched", "spans_exact")}
    result["spans"] = tot
    return result


def run_engine(binary: str, records: list[dict], policy: Path) -> dict[str, list[dict]]:
    """id -> findings of `BIN scan --policy POLICY` on the records (labels stripped)."""
    lines = "".join(
        json.dumps({k: r[k] for k in INPUT_FIELDS if k in r}, ensure_ascii=False) + "\n" for r in records
    )
    try:
        proc = subprocess.run(
            [binary, "scan", "--policy", str(policy)],
            input=lines, capture_output=True, text=True, encoding="utf-8", check=False,
        )
    except OSError as e:
        raise AgreementError(f"cannot run the engine {binary!r}: {e}; build it with `cargo build --release`") from e
    if proc.returncode != 0:
        raise AgreementError(f"engine {binary!r} exited {proc.returncode}: {proc.stderr.strip()[:500]}")
    out = {}
    for line in proc.stdout.splitlines():
        if line.strip():
            row = json.loads(line)
            if "error" in row:
                raise AgreementError(f"engine rejected input line {row.get('line')}: {row['error']}")
            out[row["id"]] = row["findings"]
    missing = [r["id"] for r in records if r["id"] not in out]
    if missing:
        raise AgreementError(f"engine output lacks ids {missing[:5]}")
    return out


def engine_figures(findings: dict[str, list[dict]], labels: dict[str, list[dict]], group=None) -> dict:
    """Problem replies flagged and clean replies flagged (reply level) under `labels`.

    Without `group`: a reply is a problem when it has any label and flagged when it has any finding.
    With `group` (a list of rules): only that group's labels and findings count, a simpler form of the
    per-group view of tests/corpus.rs (which also asks a problem reply's finding to overlap its label).
    """
    def keep(items):
        return [x for x in items if group is None or x["rule"] in group]
    ids = sorted(labels)
    prob = [i for i in ids if keep(labels[i])]
    clean = [i for i in ids if not keep(labels[i])]
    pf = sum(bool(keep(findings[i])) for i in prob)
    cf = sum(bool(keep(findings[i])) for i in clean)
    return {"problem": len(prob), "problem_flagged": pf, "clean": len(clean), "clean_flagged": cf}


VERDICTS = ("ours", "relabel", "ambiguous")


def adjudicate(result: dict, entries: list[dict]) -> dict:
    """Check that `entries` judge every per-rule disagreement exactly once; count the verdicts.

    Each entry: {"id", "rule", "side" (who had the rule), "verdict": ours|relabel|ambiguous,
    "convention" (a short tag for the recurring difference), "reason" (the catalog text that decides)}.
    Returns counts per rule, per convention and per verdict, and the verdicts behind each
    reply-level disagreement.
    """
    want = {(d["id"], d["rule"]): d["side"] for d in result["disagreements"]["rule"]}
    got: dict[tuple[str, str], dict] = {}
    for e in entries:
        key = (e.get("id"), e.get("rule"))
        if key not in want:
            raise AgreementError(f"{key[0]}: adjudication for {key[1]} but the label sets agree on it; remove it")
        if key in got:
            raise AgreementError(f"{key[0]}: {key[1]} adjudicated twice; keep one")
        if e.get("side") != want[key]:
            raise AgreementError(f"{key[0]}: {key[1]} is only in {want[key]}'s labels, not {e.get('side')}'s")
        if e.get("verdict") not in VERDICTS:
            raise AgreementError(f"{key[0]}: verdict {e.get('verdict')!r}; use one of {', '.join(VERDICTS)}")
        if not e.get("reason"):
            raise AgreementError(f"{key[0]}: {key[1]} has no reason; quote the catalog text that decides it")
        got[key] = e
    missing = sorted(set(want) - set(got))
    if missing:
        raise AgreementError("not adjudicated: " + ", ".join(f"{i} {r}" for i, r in missing))
    per_rule: dict[str, dict[str, int]] = {}
    per_conv: dict[str, dict[str, int]] = {}
    total = {v: 0 for v in VERDICTS}
    for (i, rule), e in sorted(got.items()):
        per_rule.setdefault(rule, {v: 0 for v in VERDICTS})[e["verdict"]] += 1
        per_conv.setdefault(e.get("convention", "other"), {v: 0 for v in VERDICTS})[e["verdict"]] += 1
        total[e["verdict"]] += 1
    reply = {}
    for d in result["disagreements"]["reply"]:
        reply[d["id"]] = {"side": d["side"],
                          "verdicts": sorted({e["verdict"] for (i, _), e in got.items() if i == d["id"]})}
    per_rule = {r: per_rule[r] for r in RULES if r in per_rule}
    return {"per_rule": per_rule, "per_convention": per_conv, "total": total, "reply": reply}


def fmt_adjudication(adj: dict) -> str:
    lines = ["", f"adjudication of per-rule disagreements: {adj['total']}",
             f"{'rule':<26} {'ours':>5} {'relabel':>8} {'ambiguous':>10}"]
    for rule, c in adj["per_rule"].items():
        lines.append(f"{rule:<26} {c['ours']:>5} {c['relabel']:>8} {c['ambiguous']:>10}")
    lines.append(f"{'convention':<32} {'ours':>5} {'relabel':>8} {'ambiguous':>10}")
    for conv, c in sorted(adj["per_convention"].items(), key=lambda kv: -sum(kv[1].values())):
        lines.append(f"{conv:<32} {c['ours']:>5} {c['relabel']:>8} {c['ambiguous']:>10}")
    for i, r in adj["reply"].items():
        lines.append(f"reply-level disagreement {i} (problem only in {r['side']}): verdicts {', '.join(r['verdicts'])}")
    return "\n".join(lines)


def pct(a: int, b: int) -> str:
    return f"{100.0 * a / b:.1f}%" if b else "n/a"


def fmt_table(name: str, t: dict) -> str:
    k = "n/a" if t["kappa"] is None else f"{t['kappa']:.3f}"
    return (f"{name:<26} n={t['n']} both={t['both']} only_ours={t['only_ours']} "
            f"only_relabel={t['only_relabel']} neither={t['neither']} agree={t['agree_pct']:.1f}% kappa={k}")


def report(result: dict, engine: dict | None) -> str:
    lines = [
        "label sets: ours = corpus labels, relabel = independent labels from the catalog",
        fmt_table("reply problem/clean", result["reply"]),
        fmt_table("privacy group presence", result["privacy"]),
        fmt_table("conduct group presence", result["conduct"]),
        "",
        f"{'rule':<26} {'both':>4} {'ours':>4} {'rel':>4} {'kappa':>6}   spans: ours matched/total, relabel matched/total, exact",
    ]
    for rule, t in result["rules"].items():
        k = "  n/a" if t["kappa"] is None else f"{t['kappa']:.2f}"
        lines.append(
            f"{rule:<26} {t['both']:>4} {t['only_ours']:>4} {t['only_relabel']:>4} {k:>6}   "
            f"{t['spans_ours_matched']}/{t['spans_ours']}, {t['spans_relabel_matched']}/{t['spans_relabel']}, "
            f"{t['spans_exact']}"
        )
    s = result["spans"]
    lines.append(
        f"{'all rules (spans)':<26} ours matched {s['spans_ours_matched']}/{s['spans_ours']} "
        f"({pct(s['spans_ours_matched'], s['spans_ours'])}), relabel matched {s['spans_relabel_matched']}/"
        f"{s['spans_relabel']} ({pct(s['spans_relabel_matched'], s['spans_relabel'])}), exact {s['spans_exact']}"
    )
    lines.append("")
    lines.append(f"reply-level disagreements: {len(result['disagreements']['reply'])}; "
                 f"per-rule presence disagreements: {len(result['disagreements']['rule'])}")
    if engine:
        lines.append("")
        for name, f in engine.items():
            lines.append(
                f"engine under {name:<16} problem flagged {f['problem_flagged']}/{f['problem']} "
                f"({pct(f['problem_flagged'], f['problem'])}), clean flagged {f['clean_flagged']}/{f['clean']} "
                f"({pct(f['clean_flagged'], f['clean'])})"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--relabel", type=Path, default=DEFAULT_RELABEL, help="relabel jsonl (id, labels[rule, quote, occurrence?])")
    ap.add_argument("--ours", type=Path, default=DEFAULT_OURS, help="corpus jsonl with start/end labels (default: the 240 records as of the study)")
    ap.add_argument("--engine", metavar="BIN", help="replyguard binary: also print its figures under both label sets")
    ap.add_argument("--policy", type=Path, default=DEFAULT_POLICY, help="policy for --engine")
    ap.add_argument("--adjudication", type=Path, metavar="FILE",
                    help="adjudication jsonl: check it covers every disagreement and count the verdicts")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--list", action="store_true", help="list every disagreement with both label sets (for adjudication)")
    args = ap.parse_args(argv)
    try:
        corpus = {r["id"]: r for r in read_jsonl(args.ours)}
        relabel_raw = read_jsonl(args.relabel)
        texts = {i: r["text"] for i, r in corpus.items()}
        relabel = resolve_relabel(relabel_raw, texts)
        ours = {i: [{"rule": l["rule"], "start": l["start"], "end": l["end"]} for l in corpus[i].get("labels", [])]
                for i in relabel}
        result = compare(ours, relabel)
        engine = None
        if args.engine:
            records = [corpus[i] for i in sorted(relabel)]
            findings = run_engine(args.engine, records, args.policy)
            engine = {"ours": engine_figures(findings, ours), "relabel": engine_figures(findings, relabel)}
            for gname, group in (("privacy", PRIVACY), ("conduct", CONDUCT)):
                engine[f"ours/{gname}"] = engine_figures(findings, ours, group)
                engine[f"relabel/{gname}"] = engine_figures(findings, relabel, group)
            result["engine"] = engine
        if args.adjudication:
            result["adjudication"] = adjudicate(result, read_jsonl(args.adjudication))
    except AgreementError as e:
        print(f"agreement: {e}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(result, indent=1, ensure_ascii=False))
    else:
        print(report(result, engine))
        if "adjudication" in result:
            print(fmt_adjudication(result["adjudication"]))
    if args.list:
        notes = {r["id"]: r.get("note") for r in relabel_raw}
        rule_dis = {}
        for d in result["disagreements"]["rule"]:
            rule_dis.setdefault(d["id"], []).append(f"{d['rule']}({d['side']})")
        print("\ndisagreements (rule(side that has it)):")
        for i in sorted(rule_dis):
            t = texts[i]
            def show(spans):
                return "; ".join(f"{s['rule']}:{t[s['start']:s['end']]!r}" for s in spans) or "clean"
            print(f"- {i}: {', '.join(rule_dis[i])}\n    text: {t}")
            if corpus[i].get("context"):
                print(f"    context: {corpus[i]['context']}")
            print(f"    ours: {show(ours[i])}\n    relabel: {show(relabel[i])}")
            if notes.get(i):
                print(f"    note: {notes[i]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
