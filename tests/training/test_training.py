"""Training and evaluation end to end on a tiny data folder written by the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from civility.errors import DataError
from civility.models.store import load_scorer
from civility.policy.engine import Moderator
from civility.training.evaluate import evaluate
from civility.training.train import train
from tinydata import TINY_CORPORA, tiny_data


def test_train_writes_a_loadable_artifact(tmp_path: Path) -> None:
    data = tiny_data(tmp_path / "data")
    out = tmp_path / "model.npz"
    metrics = train(data, out, corpora=TINY_CORPORA, per_family=5, log=lambda m: None,
                    config={"word_features": 2**12, "char_features": 2**12})
    assert out.exists() and "public_test" in metrics and "generated_valid" in metrics
    scorer = load_scorer(out)
    assert scorer.ngram is not None and scorer.ngram.predict_proba(["hello"]).shape == (1, 7)


def test_unknown_corpus_and_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="unknown corpus"):
        train(tiny_data(tmp_path / "d"), tmp_path / "m.npz", corpora=["nope"])
    with pytest.raises(DataError, match="not found"):
        train(tmp_path / "absent", tmp_path / "m.npz")


def test_evaluate_writes_metrics_and_plots(tmp_path: Path, stub_moderator: Moderator) -> None:
    data = tmp_path / "labelled.jsonl"
    rows = [{"text": "a marked [insult:0.9] row", "insult": 1, "toxicity": 1},
            {"text": "thanks for a fair article", "insult": 0, "toxicity": 0},
            {"text": "Turks [identity_attack:0.8]", "identity_attack": 1, "group": "turkish"},
            {"text": "I have Turkish friends", "identity_attack": 0, "group": "turkish"},
            {"text": "Kurds [identity_attack:0.7]", "identity_attack": 1, "group": "kurdish"},
            {"text": "My neighbours are Kurdish", "identity_attack": 0, "group": "kurdish"}]
    data.write_text("".join(json.dumps(r) + "\n" for r in rows))
    metrics = evaluate(data, stub_moderator, tmp_path / "out", log=lambda m: None)
    assert metrics["categories"]["insult"]["roc_auc"] == 1.0
    assert set(metrics["bias"]["identity_attack"]) == {"turkish", "kurdish"}
    assert 0.0 <= metrics["categories"]["insult"]["ece"] <= 1.0
    for name in ("metrics.json", "roc.png", "pr.png", "bias.png", "reliability.png"):
        assert (tmp_path / "out" / name).stat().st_size > 0


@pytest.mark.parametrize("value", ['"yes"', "2", "[1]"])
def test_evaluate_refuses_labels_that_are_not_0_or_1(tmp_path: Path, stub_moderator: Moderator,
                                                     value: str) -> None:
    data = tmp_path / "bad.jsonl"
    data.write_text(f'{{"text": "hello", "insult": {value}}}\n')
    with pytest.raises(DataError, match="not 0 or 1"):
        evaluate(data, stub_moderator, None, log=lambda m: None)
