"""Reply-level figures of the privacy, conduct and all-rule views, with or without a backstop.

One job: count problem replies flagged and clean replies flagged, given the rules' findings and
the sentences a backstop flags.
- conduct view (as tests/corpus.rs computes it): a reply with a conduct label is a problem,
  flagged when a conduct finding of the SAME rule overlaps one of its conduct labels; any other
  reply is conduct-clean, flagged by any conduct finding.
- privacy view (the same idea for the fourteen privacy rules; tests/corpus.rs has no separate
  privacy view): a reply with a privacy label is a problem, flagged when any privacy finding
  overlaps one of its privacy labels (privacy labels nest and overlap across rules, so the rule
  need not match); any other reply is privacy-clean, flagged by any privacy finding.
- all-rule view (`replyguard eval`): any label makes a problem reply, any finding flags a reply.
A backstop finding covers one sentence; its conduct rule is the rule model's pick.
"""

from corpus_data import CONDUCT, PRIVACY, overlaps


def reply_findings(reply, fires, use_rules=True):
    """All findings (rule, start, end) of a reply. `fires` is a list, per sentence, of
    (privacy fires?, conduct rule or None)."""
    found = list(reply["found"]) if use_rules else []
    for s, (p, c) in zip(reply["sentences"], fires):
        a, b = s["span"]
        if p and not (use_rules and s["covered"]["privacy"]):
            found.append(("backstop-privacy", a, b))
        if c and not (use_rules and s["covered"]["conduct"]):
            found.append((c, a, b))
    return found


def count(replies, fires_of, use_rules=True):
    """Figures over `replies`; `fires_of(reply)` gives its per-sentence fires."""
    z = {k: [0, 0, 0, 0] for k in ("privacy", "conduct", "all")}  # prob, prob flagged, clean, clean flagged
    lenient = 0
    for r in replies:
        found = reply_findings(r, fires_of(r), use_rules)
        is_priv = lambda k: k in PRIVACY or k == "backstop-privacy"
        pl = [x for x in r["labels"] if x[0] in PRIVACY]
        pf = [x for x in found if is_priv(x[0])]
        cl = [x for x in r["labels"] if x[0] in CONDUCT]
        cf = [x for x in found if x[0] in CONDUCT]
        for view, labels, hit in (
            ("privacy", pl, any(overlaps(l[1:], f[1:]) for l in pl for f in pf)),
            ("conduct", cl, any(l[0] == f[0] and overlaps(l[1:], f[1:]) for l in cl for f in cf)),
        ):
            fl = pf if view == "privacy" else cf
            if labels:
                z[view][0] += 1
                z[view][1] += int(hit)
            else:
                z[view][2] += 1
                z[view][3] += int(bool(fl))
        if cl:
            lenient += int(any(overlaps(l[1:], f[1:]) for l in cl for f in cf))
        if r["labels"]:
            z["all"][0] += 1
            z["all"][1] += int(bool(found))
        else:
            z["all"][2] += 1
            z["all"][3] += int(bool(found))
    z["conduct_lenient"] = lenient
    return z


def share(a, b):
    return a / b if b else 0.0


def cell(a, b):
    return f"{a}/{b} ({100 * share(a, b):.1f}%)"
