"""The scorer the engine uses: a cascade of the n-gram model and the encoder.

The n-gram model is fast and reads words; the encoder is slower and reads meaning. The n-gram
model settles a comment only where it is sure the comment is clean on every category (all its
scores under ``sure_below``, a bound chosen on held-out data so that the encoder would almost
never have flagged what it settles); every other comment goes to the encoder.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from civility.domain import Category
from civility.models.encoder import EncoderModel
from civility.models.linear import LinearModel

Token = tuple[int, int, float]  # start, end (in the scored text), the span head's logit


@dataclass(frozen=True)
class ModelScores:
    scores: dict[Category, float]
    tokens: list[Token] = field(default_factory=list)
    source: str = ""  # "encoder" or "ngram"


class TextScorer(Protocol):
    """What the engine needs of a model: a version, and scores for a batch of texts."""

    version: str

    def score(self, texts: Sequence[str], ceiling: float = 1.0) -> list[ModelScores]: ...


class Scorer:
    """``score(texts)``: one ``ModelScores`` per text. Batch output equals single output."""

    def __init__(self, encoder: EncoderModel | None, ngram: LinearModel | None = None,
                 sure_below: float = 0.0) -> None:
        if encoder is None and ngram is None:
            raise ValueError("a scorer needs a model")
        self.encoder, self.ngram, self.sure_below = encoder, ngram, sure_below
        parts = [m.version for m in (encoder, ngram) if m is not None]
        self.version = "+".join(parts)

    def score(self, texts: Sequence[str], ceiling: float = 1.0) -> list[ModelScores]:
        """Scores for each text. ``ceiling`` (the policy's lowest hold threshold) caps the bound
        under which the n-gram model settles a comment, so it never settles one it would hold."""
        out: list[ModelScores | None] = [None] * len(texts)
        pending = list(range(len(texts)))
        if (self.ngram is not None and self.sure_below > 0.0) or self.encoder is None:
            assert self.ngram is not None
            probs = self.ngram.predict_proba(texts)
            bound = min(self.sure_below, ceiling) if self.encoder is not None else 1.0 + 1e-9
            sure = np.asarray(probs.max(axis=1) < bound)
            for row in np.flatnonzero(sure):
                out[row] = ModelScores(_named(self.ngram.labels, probs[row]), [], "ngram")
            pending = [int(i) for i in np.flatnonzero(~sure)]
        if pending and self.encoder is not None:
            scores, tokens = self.encoder.predict_with_tokens([texts[i] for i in pending])
            for k, i in enumerate(pending):
                out[i] = ModelScores(_named(self.encoder.labels, scores[k]), tokens[k], "encoder")
        assert all(o is not None for o in out), "every text is scored by one of the models"
        return [o for o in out if o is not None]


def _named(labels: Sequence[str], row: np.ndarray[tuple[int], np.dtype[np.float64]]
           ) -> dict[Category, float]:
    return {Category(name): float(p) for name, p in zip(labels, row, strict=True)}
