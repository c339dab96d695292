"""How close the test material is to the training text: fitting the test, measured.

``nearest`` finds, for each functional-suite case, the most similar generated training sentence
(cosine of character 3-5-gram tf-idf vectors, so that a reworded copy is still close).
``shared_phrases`` lists the word n-grams that a text (the fixture's comment, say) shares with
a corpus, leaving out n-grams made only of common words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import numpy as np

from civility.text.lexicon import STOP_WORDS

_WORD = re.compile(r"[a-z0-9']+")


def nearest(cases: Sequence[str], corpus: Sequence[str]) -> list[tuple[str, str, float]]:
    """(case, its nearest corpus sentence, their similarity) for every case."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectoriser = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), lowercase=True,
                                 sublinear_tf=True)
    matrix = vectoriser.fit_transform(list(corpus) + list(cases))
    train, test = matrix[:len(corpus)], matrix[len(corpus):]
    out: list[tuple[str, str, float]] = []
    for start in range(0, len(cases), 256):
        sims = (test[start:start + 256] @ train.T).toarray()
        best = sims.argmax(axis=1)
        for k, j in enumerate(best):
            out.append((cases[start + k], corpus[int(j)], float(np.round(sims[k, j], 4))))
    return out


def ngrams(text: str, n: int) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)
            if not all(w in STOP_WORDS for w in words[i:i + n])}


def shared_phrases(text: str, corpus: Iterable[str], n: int = 4) -> set[tuple[str, ...]]:
    """The word n-grams of ``text`` that occur in any text of ``corpus``."""
    wanted = ngrams(text, n)
    found: set[tuple[str, ...]] = set()
    for other in corpus:
        found |= wanted & ngrams(other, n)
    return found
