from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from civility.errors import ModelError
from civility.models.artifact import Artifact
from civility.models.linear import LinearModel
from civility.models.store import NGRAM_NAME, load_scorer, shipped

TEXTS = ["you are a moron", "what a lovely day", "moron idiot fool", "thanks for the article",
         "buy cheap pills now", "the council met on monday"]
LABELS = ["insult", "spam"]
SMALL = {"word_features": 2**10, "char_features": 2**10, "C": 50.0}


def _fit() -> LinearModel:
    y = np.array([[1, 0], [0, 0], [1, 0], [0, 0], [0, 1], [0, 0]], dtype=np.int8)
    mask = np.ones_like(y, dtype=bool)
    mask[4, 0] = False  # the spam row says nothing about insults
    return LinearModel(LABELS, SMALL, version="test").fit(TEXTS, y, mask)


def test_overfits_a_tiny_set_and_reloads_the_same(tmp_path: Path) -> None:
    model = _fit()
    probs = model.predict_proba(TEXTS)
    assert (probs[[0, 2], 0] > 0.5).all() and (probs[[1, 3, 5], 0] < 0.5).all()
    assert probs[4, 1] > 0.5
    path = tmp_path / "m.npz"
    model.to_artifact({"examples": 6}, {}).save(path)
    again = LinearModel.from_artifact(Artifact.load(path))
    assert again.labels == LABELS and again.version == "test"
    np.testing.assert_allclose(again.predict_proba(TEXTS), probs, atol=2e-3)


def test_batch_equals_single() -> None:
    model = _fit()
    batch = model.predict_proba(TEXTS)
    single = np.vstack([model.predict_proba([t]) for t in TEXTS])
    np.testing.assert_allclose(batch, single, atol=1e-12)


def test_refuses_files_without_a_header(tmp_path: Path) -> None:
    path = tmp_path / "bare.npz"
    np.savez(path, coef=np.zeros(3))
    with pytest.raises(ModelError, match=r"not a Civility model file|lacks"):
        Artifact.load(path)
    junk = tmp_path / "junk.npz"
    junk.write_bytes(b"not a zip at all")
    with pytest.raises(ModelError):
        Artifact.load(junk)
    with pytest.raises(ModelError, match="not found"):
        load_scorer(tmp_path / "missing.npz")


def test_shipped_models_describe_themselves() -> None:
    scorer = load_scorer()
    assert scorer.encoder is not None and scorer.ngram is not None
    assert scorer.ngram.labels == ["toxicity", "profanity", "insult", "identity_attack", "threat",
                                   "sexual", "spam"]
    assert scorer.encoder.labels == scorer.ngram.labels
    art = Artifact.load(shipped(NGRAM_NAME))
    assert art.training["data"]["examples"] > 10_000 and "public_test" in art.metrics
    assert 0.0 < art.config["cascade_sure_below"] < 1.0
    assert Path(__file__).resolve().parents[2].joinpath("docs/model-card.md").exists()
