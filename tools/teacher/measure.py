#!/usr/bin/env python3
"""Does a sentence-embedding backstop catch what the rules miss on unseen wording? (docs/teacher.md)

Measures, never ships: the engine (src/, rules/) is only run, through `replyguard scan`.

  1. Cross-validation on dev BY BATCH (id prefix; GroupKFold, 5 outer folds): per outer fold the
     thresholds are chosen on the training batches alone (inner GroupKFold, 4 folds: the lowest
     threshold whose out-of-fold clean-flagged rise is <= 1 point in that view), then the model
     trained on all training batches scores the held-out batches. Settings: (a) rules alone,
     (b) rules + MiniLM backstop, (c) rules + bag-of-words backstop, (d) MiniLM alone.
  2. Held-out aggregate (figures only, no record printed): trained on all dev, thresholds chosen
     the same way on the dev CV's out-of-fold scores.
  3. The blind batch qb (never in training or threshold choice), same model and thresholds.
The batch qb is excluded from dev for 1 and 2. heldout.jsonl is read only for aggregate counts.

Usage: /work/venv-teacher/bin/python tools/teacher/measure.py [--out FILE.json] [--kinds emb,bow]
       [--tune-c]   choose each model's C on dev (out-of-fold log-loss) instead of the fixed C
       --kinds knn  exploratory: MiniLM nearest neighbours (K=15) instead of logistic regression
"""

import json
import sys
import time

import numpy as np
from sklearn.model_selection import GroupKFold

import corpus_data as cd
from models import Backstop, Featurizer, NearestNeighbours
from views import cell, count, share

GRID = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 0.99]
NEVER = 1.01
BUDGET = 0.01          # clean replies flagged may rise by at most 1 point in the view
BLIND = "qb"
RECENT = ("pv", "pw", "px", "py", "c8", "c9")   # session 6's batches, the latest before qb
OUTER, INNER = 5, 4


def log(*a):
    print(*a, file=sys.stderr, flush=True)


class Data:
    def __init__(self):
        dev = cd.load(cd.CORPUS / "dev.jsonl")
        held = cd.load(cd.CORPUS / "heldout.jsonl")
        recs = dev + held
        reps = cd.prepare(recs, cd.scan(recs))
        self.replies = reps
        self.index = cd_index = [(i, j) for i, r in enumerate(reps) for j in range(len(r["sentences"]))]
        self.rows = [[] for _ in reps]
        for k, (i, _) in enumerate(cd_index):
            self.rows[i].append(k)
        sent = [reps[i]["sentences"][j] for i, j in cd_index]
        self.yp = np.array([int(s["target"]["privacy"]) for s in sent])
        self.yc = np.array([int(s["target"]["conduct"]) for s in sent])
        self.rules = [s["rules"] for s in sent]
        nd = len(dev)
        self.dev = [i for i in range(nd) if reps[i]["batch"] != BLIND]
        self.held = [i for i in range(nd, len(reps)) if reps[i]["batch"] != BLIND]
        self.qb = [i for i in range(len(reps)) if reps[i]["batch"] == BLIND]

    def rows_of(self, replies):
        return [k for i in replies for k in self.rows[i]]


class Scores:
    """Per sentence row: p_privacy, p_conduct, rule; per reply: thresholds (privacy, conduct)."""

    def __init__(self, n_rows, n_replies):
        self.pp = np.full(n_rows, np.nan)
        self.pc = np.full(n_rows, np.nan)
        self.rule = [cd.CONDUCT[0]] * n_rows   # placeholder rule where none is needed
        self.thr = {}

    def put(self, rows, pp, pc, rule=None):
        self.pp[rows] = pp
        self.pc[rows] = pc
        if rule is not None:
            for k, r in zip(rows, rule):
                self.rule[k] = r


def fires_fn(data, sc, tp=None, tc=None):
    """fires_of(reply) with fixed thresholds, or the reply's own (sc.thr) when None."""
    def fires_of(r):
        i = r["_i"]
        p_t, c_t = (tp, tc) if tp is not None else sc.thr[i]
        return [(sc.pp[k] >= p_t, sc.rule[k] if sc.pc[k] >= c_t else None)
                for k in data.rows[i]]
    return fires_of


def none_fire(r):
    return [(False, None)] * len(r["sentences"])


def choose(data, replies, sc):
    """Lowest grid thresholds whose clean-flagged rise stays within BUDGET, per view."""
    reps = [data.replies[i] for i in replies]
    base = count(reps, none_fire)
    out = []
    for view in ("privacy", "conduct"):
        b = share(base[view][3], base[view][2])
        pick = NEVER
        for t in GRID:
            tp, tc = (t, NEVER) if view == "privacy" else (NEVER, t)
            z = count(reps, fires_fn(data, sc, tp, tc))
            if share(z[view][3], z[view][2]) - b <= BUDGET + 1e-9:
                pick = t
                break
        out.append(pick)
    return tuple(out)


def groups(data, replies):
    return [data.replies[i]["batch"] for i in replies]


def oof(data, model, replies, k, with_rule):
    """Out-of-fold scores for `replies` with GroupKFold(k) by batch."""
    sc = Scores(len(data.index), len(data.replies))
    replies = np.array(replies)
    for tr, te in GroupKFold(k).split(replies, groups=groups(data, replies)):
        model.fit(data.rows_of(replies[tr]), with_rule=with_rule)
        rows = data.rows_of(replies[te])
        sc.put(rows, *model.score(rows))
    return sc


def nested_cv(data, model):
    """Outer OOF scores on dev with per-fold thresholds chosen on the training batches only."""
    sc = Scores(len(data.index), len(data.replies))
    dev = np.array(data.dev)
    folds = list(GroupKFold(OUTER).split(dev, groups=groups(data, dev)))
    for n, (tr, te) in enumerate(folds):
        t0 = time.time()
        inner = oof(data, model, list(dev[tr]), INNER, with_rule=False)
        thr = choose(data, list(dev[tr]), inner)
        model.fit(data.rows_of(dev[tr]), with_rule=True)
        rows = data.rows_of(dev[te])
        sc.put(rows, *model.score(rows))
        for i in dev[te]:
            sc.thr[i] = thr
        held_batches = sorted({data.replies[i]["batch"] for i in dev[te]})
        log(f"  fold {n + 1}: thresholds privacy {thr[0]}, conduct {thr[1]}; "
            f"{len(dev[te])} test replies in {len(held_batches)} batches; {time.time() - t0:.0f} s")
    return sc, folds


def tune_c(data, fx, grid=(0.1, 1.0, 10.0, 100.0)):
    """C with the lowest mean out-of-fold log-loss (privacy and conduct outputs) on dev,
    GroupKFold(5) by batch. Chosen on dev only, before the held-out and qb figures are made."""
    from sklearn.metrics import log_loss
    dev = np.array(data.dev)
    best = None
    for c in grid:
        fx._C = c
        model = Backstop(fx, data.yp, data.yc, data.rules)
        sc = oof(data, model, list(dev), OUTER, with_rule=False)
        rows = data.rows_of(dev)
        loss = (log_loss(data.yp[rows], sc.pp[rows], labels=[0, 1])
                + log_loss(data.yc[rows], sc.pc[rows], labels=[0, 1])) / 2
        log(f"  C={c}: mean out-of-fold log-loss {loss:.4f}")
        if best is None or loss < best[1]:
            best = (c, loss)
    fx._C = best[0]
    return best[0]


def fig_row(name, z):
    return (f"| {name} | {cell(z['privacy'][1], z['privacy'][0])} | {cell(z['privacy'][3], z['privacy'][2])} "
            f"| {cell(z['conduct'][1], z['conduct'][0])} | {cell(z['conduct'][3], z['conduct'][2])} "
            f"| {cell(z['all'][1], z['all'][0])} | {cell(z['all'][3], z['all'][2])} |")


HEAD = ("| setting | privacy problem flagged | privacy-clean flagged | conduct problem flagged "
        "| conduct-clean flagged | all-rule problem flagged | all-rule clean flagged |\n"
        "|---|---|---|---|---|---|---|")


def table(data, replies, settings):
    reps = [data.replies[i] for i in replies]
    lines = [HEAD]
    res = {}
    for name, fires, use_rules in settings:
        z = count(reps, fires, use_rules)
        res[name] = z
        lines.append(fig_row(name, z))
    return "\n".join(lines), res


def main(argv):
    out_path = argv[argv.index("--out") + 1] if "--out" in argv else "/tmp/teacher-results.json"
    kinds = (argv[argv.index("--kinds") + 1] if "--kinds" in argv else "emb,bow").split(",")
    tune = "--tune-c" in argv
    data = Data()
    for i, r in enumerate(data.replies):
        r["_i"] = i
    log(f"replies: dev {len(data.dev)} (without {BLIND}), held-out {len(data.held)}, {BLIND} {len(data.qb)}; "
        f"sentences {len(data.index)}")
    results, md = {}, []
    cv, final, thr_final = {}, {}, {}
    for kind in kinds:
        log(f"{kind}: features")
        fx = Featurizer("emb" if kind == "knn" else kind, data.replies, data.index)
        if tune:
            md.append(f"C for {kind} chosen on dev: {tune_c(data, fx)}")
        model = (NearestNeighbours if kind == "knn" else Backstop)(fx, data.yp, data.yc, data.rules)
        log(f"{kind}: nested CV by batch")
        cv[kind], folds = nested_cv(data, model)
        thr_final[kind] = choose(data, data.dev, cv[kind])
        log(f"{kind}: thresholds from the dev CV: {thr_final[kind]}; training on all dev")
        model.fit(data.rows_of(data.dev), with_rule=True)
        sc = Scores(len(data.index), len(data.replies))
        rows = data.rows_of(data.held + data.qb)
        sc.put(rows, *model.score(rows))
        final[kind] = sc
    names = {"emb": "MiniLM", "bow": "bag of words", "knn": "MiniLM nearest neighbours"}
    letter = {"emb": ("b", "d"), "bow": ("c", "e"), "knn": ("f", "g")}

    def settings(scmap, thr=None, alone=True):
        s = [("(a) rules alone", none_fire, True)]
        for kind in kinds:
            f = fires_fn(data, scmap[kind], *(thr[kind] if thr else (None, None)))
            s.append((f"({letter[kind][0]}) rules + {names[kind]} backstop", f, True))
        if alone:
            for kind in kinds:
                f = fires_fn(data, scmap[kind], *(thr[kind] if thr else (None, None)))
                s.append((f"({letter[kind][1]}) {names[kind]} alone, same thresholds", f, False))
        return s

    t, results["cv"] = table(data, data.dev, settings(cv))
    fold_desc = "; ".join(
        f"fold {n + 1}: " + " ".join(sorted({data.replies[data.dev[i]]["batch"] for i in te}))
        for n, (_, te) in enumerate(folds))
    thr_desc = {k: sorted({v for v in cv[k].thr.values()}) for k in kinds}
    md.append(f"### Cross-validation by batch on dev ({len(data.dev)} replies, {BLIND} excluded)\n\n{t}\n\n"
              f"Per-fold thresholds (privacy, conduct) chosen on the training batches: {thr_desc}.\n\n"
              f"Folds (batches held out together): {fold_desc}.")
    recent = [i for i in data.dev if data.replies[i]["batch"] in RECENT]
    t, results["cv_recent"] = table(data, recent, settings(cv))
    md.append(f"### The same, restricted to the latest batches {', '.join(RECENT)} ({len(recent)} dev replies)\n\n{t}")
    sweep = []
    for kind in kinds:
        for tt in (0.5, 0.7, 0.8, 0.9, 0.95, 0.98):
            sweep.append((f"rules + {names[kind]} at {tt}/{tt}", fires_fn(data, cv[kind], tt, tt), True))
    t, results["cv_sweep"] = table(data, data.dev, [("(a) rules alone", none_fire, True)] + sweep)
    md.append(f"### Out-of-fold threshold sweep on dev (for reading the trade-off; not used to choose)\n\n{t}")

    md.append(f"Thresholds (privacy, conduct) for the final models, chosen on the whole dev CV: "
              + ", ".join(f"{names[k]} {thr_final[k]}" for k in kinds))
    t, results["heldout"] = table(data, data.held, settings(final, thr_final))
    md.append(f"### Held-out aggregate ({len(data.held)} replies, {BLIND} excluded; trained on all dev)\n\n{t}")
    for name, keep in (("English", lambda r: r["lang"] == "en"), ("the six other languages", lambda r: r["lang"] != "en")):
        part = [i for i in data.held if keep(data.replies[i])]
        t, results[f"heldout_{name[:3]}"] = table(data, part, settings(final, thr_final, alone=False))
        md.append(f"#### Held-out, {name} only ({len(part)} replies)\n\n{t}")
    t, results["qb"] = table(data, data.qb, settings(final, thr_final))
    md.append(f"### Blind batch {BLIND} ({len(data.qb)} replies; never trained or tuned on)\n\n{t}")
    sweep = []
    for kind in kinds:
        for tt in (0.3, 0.5, 0.7, 0.9):
            sweep.append((f"rules + {names[kind]} at {tt}/{tt}", fires_fn(data, final[kind], tt, tt), True))
    t, results["qb_sweep"] = table(data, data.qb, [("(a) rules alone", none_fire, True)] + sweep)
    md.append(f"### {BLIND} threshold sweep (reading only; the thresholds above were fixed before)\n\n{t}")

    # Which qb replies each backstop changes (qb is this branch's own batch: reading it is allowed).
    detail = []
    for kind in kinds:
        f = fires_fn(data, final[kind], *thr_final[kind])
        for i in data.qb:
            r = data.replies[i]
            a = count([r], none_fire)
            b = count([r], f)
            for view in ("privacy", "conduct"):
                if a[view][1] != b[view][1] or a[view][3] != b[view][3]:
                    kind_s = "problem caught" if b[view][1] > a[view][1] else "clean flagged"
                    detail.append(f"- {names[kind]}, {view}: {r['id']} ({r['lang']}) {kind_s}: {r['text'][:90]!r}")
        for i in data.qb:
            r = data.replies[i]
            a = count([r], none_fire)
            for view in ("privacy", "conduct"):
                if a[view][0] and not a[view][1]:
                    k = data.rows[i]
                    best = max(k, key=lambda x: final[kind].pp[x] if view == "privacy" else final[kind].pc[x])
                    p = final[kind].pp[best] if view == "privacy" else final[kind].pc[best]
                    detail.append(f"  - {names[kind]} on a {view} miss of the rules, {r['id']} ({r['lang']}): "
                                  f"best sentence score {p:.2f}")
    md.append(f"### {BLIND}: replies whose flag the backstops change, and their scores on the rules' misses\n\n"
              + "\n".join(detail))
    text = "\n\n".join(md)
    print(text)
    results["thresholds"] = {k: thr_final[k] for k in kinds}
    with open(out_path, "w") as fh:
        json.dump(results, fh, indent=1, default=lambda o: o.tolist() if hasattr(o, "tolist") else str(o))
    log(f"wrote {out_path}")


if __name__ == "__main__":
    main(sys.argv[1:])
