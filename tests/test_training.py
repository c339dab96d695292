"""Training and evaluation end to end on a tiny data folder written by the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from civility.errors import DataError
from civility.models.store import load_model
from civility.policy.engine import Moderator
from civility.training.evaluate import evaluate
from civility.training.train import train


def _tiny_data(root: Path) -> Path:
    (root / "spam").mkdir(parents=True)
    (root / "spam" / "SMSSpamCollection").write_text(
        "Label\tSMS\nham\tsee you at lunch\nspam\tWIN a free prize call now\n"
        "ham\tok thanks\nspam\tclaim your cash reward today\n")
    (root / "olid").mkdir()
    rows = ["id\ttweet\tsubtask_a\tsubtask_b\tsubtask_c",
            "1\t@USER you are an idiot\tOFF\tTIN\tIND", "2\tlovely weather\tNOT\tNULL\tNULL",
            "3\t@USER shut up moron\tOFF\tTIN\tIND", "4\tgreat game today\tNOT\tNULL\tNULL"]
    (root / "olid" / "olid-training-v1.0.tsv").write_text("\n".join(rows) + "\n")
    (root / "olid" / "testset-levela.tsv").write_text("id\ttweet\n9\tyou fool\n8\tnice\n")
    for level, lines in (("a", "9,OFF\n8,NOT\n"), ("b", "9,TIN\n"), ("c", "9,IND\n")):
        (root / "olid" / f"labels-level{level}.csv").write_text(lines)
    return root


def test_train_writes_a_loadable_artifact(tmp_path: Path) -> None:
    data = _tiny_data(tmp_path / "data")
    out = tmp_path / "model.npz"
    metrics = train(data, out, corpora=["spam", "olid"], log=lambda m: None,
                    config={"word_features": 2**12, "char_features": 2**12})
    assert out.exists() and "categories" in metrics
    model = load_model(out)
    assert model.predict_proba(["hello"]).shape == (1, 7)


def test_unknown_corpus_and_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="unknown corpus"):
        train(_tiny_data(tmp_path / "d"), tmp_path / "m.npz", corpora=["nope"])
    with pytest.raises(DataError, match="not found"):
        train(tmp_path / "absent", tmp_path / "m.npz")


def test_evaluate_writes_metrics_and_plots(tmp_path: Path, moderator: Moderator) -> None:
    data = tmp_path / "labelled.jsonl"
    rows = [{"text": "you are a moron", "insult": 1, "toxicity": 1},
            {"text": "thanks for a fair article", "insult": 0, "toxicity": 0},
            {"text": "Turks are vermin", "identity_attack": 1, "group": "turkish"},
            {"text": "I have Turkish friends", "identity_attack": 0, "group": "turkish"},
            {"text": "Kurds are parasites", "identity_attack": 1, "group": "kurdish"},
            {"text": "My neighbours are Kurdish", "identity_attack": 0, "group": "kurdish"}]
    data.write_text("".join(json.dumps(r) + "\n" for r in rows))
    metrics = evaluate(data, moderator, tmp_path / "out", log=lambda m: None)
    assert metrics["categories"]["insult"]["roc_auc"] == 1.0
    assert set(metrics["bias"]["identity_attack"]) == {"turkish", "kurdish"}
    for name in ("metrics.json", "roc.png", "pr.png", "bias.png"):
        assert (tmp_path / "out" / name).stat().st_size > 0


@pytest.mark.parametrize("value", ['"yes"', "2", "[1]"])
def test_evaluate_refuses_labels_that_are_not_0_or_1(tmp_path: Path, moderator: Moderator,
                                                     value: str) -> None:
    data = tmp_path / "bad.jsonl"
    data.write_text(f'{{"text": "hello", "insult": {value}}}\n')
    with pytest.raises(DataError, match="not 0 or 1"):
        evaluate(data, moderator, None, log=lambda m: None)
