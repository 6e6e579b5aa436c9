"""The sentence backstop: logistic regressions over one feature kind (docs/teacher.md).

One job: fit on training sentences, score others. Outputs per sentence:
- p_privacy: probability that a privacy label overlaps the sentence (binary LR);
- p_conduct: probability that a conduct label overlaps it (binary LR);
- rule: the conduct rule it most resembles (multinomial LR over the conduct-positive sentences,
  one row per rule labelled on the sentence), used as the rule of a conduct finding.
Settings fixed in advance: C=1 for embeddings, C=4 for tf-idf bag of words. measure.py --tune-c
chooses C on dev instead (a sensitivity check added after the first run, see docs/teacher.md).
"""

import numpy as np
from sklearn.linear_model import LogisticRegression

import features
from corpus_data import CONDUCT


class Featurizer:
    """kind 'emb': MiniLM rows (fixed); kind 'bow': tf-idf fitted on the training rows."""

    def __init__(self, kind, replies, index, C=None):
        self.kind = kind
        self._C = C
        if kind == "emb":
            self.X = features.embedding_rows(replies, index)
        else:
            self.bow = features.BagOfWords(replies, index)

    def fit(self, rows):
        return self.X[rows] if self.kind == "emb" else self.bow.fit_transform(rows)

    def apply(self, rows):
        return self.X[rows] if self.kind == "emb" else self.bow.transform(rows)

    @property
    def C(self):
        if self._C is not None:
            return self._C
        return 1.0 if self.kind == "emb" else 4.0


class Backstop:
    def __init__(self, fx, y_priv, y_cond, rules):
        """y_priv, y_cond: 0/1 per sentence row; rules: list of conduct rule lists per row."""
        self.fx, self.yp, self.yc, self.rules = fx, y_priv, y_cond, rules

    def _lr(self):
        return LogisticRegression(C=self.fx.C, max_iter=3000)

    def fit(self, rows, with_rule=True):
        rows = np.asarray(rows)
        X = self.fx.fit(rows)
        self.mp = self._lr().fit(X, self.yp[rows])
        self.mc = self._lr().fit(X, self.yc[rows])
        self.mr = None
        if with_rule:
            pos = [(k, rule) for k, row in enumerate(rows) for rule in self.rules[row]]
            Xr = X[[k for k, _ in pos]]
            self.mr = self._lr().fit(Xr, [CONDUCT.index(rule) for _, rule in pos])
        return self

    def score(self, rows):
        """(p_privacy, p_conduct, rule names or None) for `rows`."""
        X = self.fx.apply(np.asarray(rows))
        pp = self.mp.predict_proba(X)[:, 1]
        pc = self.mc.predict_proba(X)[:, 1]
        rule = None
        if self.mr is not None:
            rule = [CONDUCT[self.mr.classes_[k]] for k in self.mr.predict_proba(X).argmax(1)]
        return pp, pc, rule


class NearestNeighbours:
    """Exploratory (added after the decision run): the most direct use of an encoder that knows
    paraphrase. A sentence's probability of a group is the share of its K most similar training
    sentences (cosine of MiniLM sentence vectors) that are positives; its conduct rule is the
    most common rule among its most similar conduct-positive training sentences."""

    K = 15

    def __init__(self, fx, y_priv, y_cond, rules):
        self.S = fx.X[:, :384]          # the sentence's own vector (unit length)
        self.yp, self.yc, self.rules = y_priv, y_cond, rules

    def fit(self, rows, with_rule=True):
        self.rows = np.asarray(rows)
        self.pos = np.array([r for r in self.rows if self.rules[r]])
        return self

    def score(self, rows):
        rows = np.asarray(rows)
        pp, pc, rule = [], [], []
        for start in range(0, len(rows), 512):
            q = self.S[rows[start:start + 512]]
            sim = q @ self.S[self.rows].T
            nn = np.argpartition(-sim, self.K, axis=1)[:, :self.K]
            pp.extend(self.yp[self.rows[nn]].mean(1))
            pc.extend(self.yc[self.rows[nn]].mean(1))
            simp = q @ self.S[self.pos].T
            for k in simp.argsort(1)[:, -5:]:
                votes = {}
                for r in self.pos[k]:
                    for name in self.rules[r]:
                        votes[name] = votes.get(name, 0) + 1
                rule.append(max(sorted(votes), key=votes.get))
        return np.array(pp), np.array(pc), rule
