"""A word and character n-gram linear model, one logistic regression per label.

Features are hashed (no vocabulary to ship), weighted by sub-linear tf-idf and L2-normalised.
Labels may be partly unknown for a row (a spam corpus says nothing about insults): ``fit``
takes a mask and trains each label only on the rows that know it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer

from civility.models.artifact import Artifact

KIND = "hashed-ngram-logreg"
Matrix = npt.NDArray[np.float64]

_URL = re.compile(
    r"(?:https?://|www\.)\S+|(?<![\w-])[\w-]+\.(?:com|net|org|ru|info|biz|xyz|ly)\b\S*")
_HANDLE = re.compile(r"@\w+")
_RT = re.compile(r"^\s*rt\b:?")


def model_text(normalized: str) -> str:
    """What the model reads: normalised text with links and @handles made generic."""
    text = html.unescape(normalized)
    text = _URL.sub(" xurlx ", text)
    text = _HANDLE.sub(" xuserx ", text)
    return _RT.sub(" ", text)


DEFAULT_CONFIG: dict[str, Any] = {
    "word_features": 2**18, "char_features": 2**18, "word_ngrams": [1, 2],
    "char_ngrams": [2, 5], "C": 4.0, "max_iter": 300,
}


class LinearModel:
    """``labels``, ``fit``, ``predict_proba`` on a batch, ``save``/``load`` via ``Artifact``."""

    def __init__(self, labels: Sequence[str], config: dict[str, Any] | None = None,
                 version: str = "0.0.0") -> None:
        self.labels = list(labels)
        self.config = {**DEFAULT_CONFIG, **(config or {})}
        self.version = version
        self.word = HashingVectorizer(
            n_features=self.config["word_features"], ngram_range=tuple(self.config["word_ngrams"]),
            alternate_sign=False, norm=None, token_pattern=r"(?u)\b\w+\b", lowercase=False,
        )
        self.char = HashingVectorizer(
            n_features=self.config["char_features"], analyzer="char_wb",
            ngram_range=tuple(self.config["char_ngrams"]), alternate_sign=False, norm=None,
            lowercase=False,
        )
        width = self.config["word_features"] + self.config["char_features"]
        self.idf: Matrix = np.ones(width)
        self.coef: Matrix = np.zeros((len(self.labels), width))
        self.intercept: Matrix = np.zeros(len(self.labels))
        self._coef_t: Matrix | None = None  # coef.T in C order, made on first use

    # -- features -------------------------------------------------------------------------
    def raw_features(self, texts: Sequence[str]) -> sp.csr_matrix:
        prepared = [model_text(t) for t in texts]
        return sp.hstack([self.word.transform(prepared), self.char.transform(prepared)],
                         format="csr")

    def weigh(self, counts: sp.csr_matrix) -> sp.csr_matrix:
        """Sub-linear tf times idf, then each row scaled to unit length."""
        x = sp.csr_matrix(counts, dtype=np.float64, copy=True)
        x.data = (1.0 + np.log(x.data)) * self.idf[x.indices]
        lengths = np.diff(x.indptr)
        rows = np.repeat(np.arange(x.shape[0]), lengths)
        norms = np.sqrt(np.bincount(rows, weights=x.data**2, minlength=x.shape[0]))
        norms[norms == 0] = 1.0
        x.data /= np.repeat(norms, lengths)
        return x

    def features(self, texts: Sequence[str]) -> sp.csr_matrix:
        return self.weigh(self.raw_features(texts))

    # -- training and prediction ----------------------------------------------------------
    def fit(self, texts: Sequence[str], y: npt.NDArray[np.int8], mask: npt.NDArray[np.bool_],
            weights: npt.NDArray[np.float64] | None = None) -> LinearModel:
        from sklearn.linear_model import LogisticRegression

        counts = self.raw_features(texts)
        df = np.bincount(counts.indices, minlength=counts.shape[1]).astype(np.float64)
        self.idf = np.log((1.0 + len(texts)) / (1.0 + df)) + 1.0
        x = self.weigh(counts)
        w = np.ones(len(texts)) if weights is None else weights
        for j in range(len(self.labels)):
            rows = np.flatnonzero(mask[:, j])
            target = y[rows, j]
            if len(set(target.tolist())) < 2:
                self.intercept[j] = 10.0 if target.size and target[0] == 1 else -10.0
                continue
            clf = LogisticRegression(C=self.config["C"], max_iter=self.config["max_iter"],
                                     solver="liblinear")
            clf.fit(x[rows], target, sample_weight=w[rows])
            self.coef[j] = clf.coef_[0]
            self.intercept[j] = clf.intercept_[0]
        self._coef_t = None  # the weights changed
        return self

    def decision(self, x: sp.csr_matrix) -> Matrix:
        # A C-ordered copy of coef.T, made once: scipy would otherwise copy it on every call.
        if self._coef_t is None:
            self._coef_t = np.ascontiguousarray(self.coef.T)
        return np.asarray(x @ self._coef_t) + self.intercept

    def predict_proba(self, texts: Sequence[str]) -> Matrix:
        """Probabilities, shape (len(texts), len(labels))."""
        if not texts:
            return np.zeros((0, len(self.labels)))
        return 1.0 / (1.0 + np.exp(-self.decision(self.features(texts))))

    # -- persistence ----------------------------------------------------------------------
    def to_artifact(self, training: dict[str, Any], metrics: dict[str, Any]) -> Artifact:
        keep = np.flatnonzero(np.any(self.coef != 0, axis=0))
        return Artifact(
            kind=KIND, version=self.version, labels=self.labels, config=self.config,
            training=training, metrics=metrics,
            arrays={
                "idf": self.idf.astype(np.float32), "active": keep.astype(np.int32),
                "coef": self.coef[:, keep].astype(np.float16),
                "intercept": self.intercept.astype(np.float64),
            },
        )

    @classmethod
    def from_artifact(cls, art: Artifact) -> LinearModel:
        from civility.errors import ModelError

        if art.kind != KIND:
            raise ModelError(f"model kind {art.kind!r} is not {KIND!r}")
        model = cls(art.labels, art.config, art.version)
        try:
            model.idf = art.arrays["idf"].astype(np.float64)
            active = art.arrays["active"]
            model.coef[:, active] = art.arrays["coef"].astype(np.float64)
            model.intercept = art.arrays["intercept"].astype(np.float64)
        except (KeyError, IndexError, ValueError) as exc:
            raise ModelError(f"model arrays are damaged: {exc}") from exc
        return model
