"""Sentence feature matrices for the two backstop models compared in docs/teacher.md.

One job: prepared replies (corpus_data.prepare) -> one row per sentence.
- `embedding_rows`: MiniLM vectors [sentence, whole reply, sentence * context] (1,152 dims):
  the sentence's meaning, the reply around it, and how much it echoes the text replied to.
- `BagOfWords`: session 5's comparator re-made in scikit-learn: the language, lowercased words
  (numbers folded to 0), word bigrams and 5-character prefixes of longer words, tf-idf weighted,
  vocabulary fitted on the training rows only.
"""

import re

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

import embed

_WORD = re.compile(r"\w+", re.UNICODE)


def sentence_index(replies):
    """(reply index, sentence index) for every sentence, in order."""
    return [(i, j) for i, r in enumerate(replies) for j in range(len(r["sentences"]))]


def embedding_rows(replies, index):
    texts_s = [replies[i]["sentences"][j]["text"] for i, j in index]
    texts_r = [replies[i]["text"] for i, _ in index]
    texts_c = [replies[i]["context"] for i, _ in index]
    uniq = sorted(set(texts_s) | set(texts_r) | {t for t in texts_c if t})
    vecs = dict(zip(uniq, embed.embed(uniq)))
    zero = np.zeros(embed.DIM, np.float32)
    s = np.stack([vecs[t] for t in texts_s])
    r = np.stack([vecs[t] for t in texts_r])
    c = np.stack([vecs[t] if t else zero for t in texts_c])
    return np.hstack([s, r, s * c]).astype(np.float32)


def tokens(lang, text):
    words = ["0" if w.isdigit() else w for w in (m.lower() for m in _WORD.findall(text))]
    out = [f"c:lang={lang}"]
    prev = "^"
    for w in words:
        out.append("w:" + w)
        out.append(f"b:{prev}_{w}")
        if len(w) > 5:
            out.append("p:" + w[:5])
        prev = w
    return out


class BagOfWords:
    """tf-idf over `tokens`, fitted on training rows."""

    def __init__(self, replies, index):
        self.docs = [tokens(replies[i]["lang"], replies[i]["sentences"][j]["text"])
                     for i, j in index]
        self.vec = None

    def fit_transform(self, rows):
        self.vec = TfidfVectorizer(analyzer=lambda d: d, min_df=2, sublinear_tf=True)
        return self.vec.fit_transform([self.docs[k] for k in rows])

    def transform(self, rows):
        return self.vec.transform([self.docs[k] for k in rows])
