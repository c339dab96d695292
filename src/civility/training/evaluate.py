"""Evaluate the engine (rules + model + policy) on labelled data: metrics JSON and plots.

``data`` is either a labelled file (CSV or JSONL with a ``text`` column, a 0/1 column per
category it knows, and optionally a ``group`` column naming an identity group), or the
``shared/data`` directory, whose held-back split (the same one training leaves out) is used.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from civility.domain import CATEGORIES
from civility.errors import DataError
from civility.policy.engine import Moderator
from civility.training.corpora import Example
from civility.training.dataset import build
from civility.training.labels import label_matrix
from civility.training.metrics import bias_by_category, category_metrics, reliability
from civility.training.train import LABELS

PLOTS = ("roc.png", "pr.png", "bias.png", "reliability.png")


def read_labelled(path: Path) -> list[Example]:
    if not path.exists():
        raise DataError(f"{path}: no such file")
    rows: list[dict[str, Any]] = []
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            if path.suffix.lower() == ".csv":
                rows = list(csv.DictReader(fh))
            elif path.suffix.lower() in (".jsonl", ".ndjson"):
                rows = [json.loads(line) for line in fh if line.strip()]
            else:
                raise DataError(f"{path}: use a .csv or .jsonl file, or the shared/data folder")
    except (UnicodeDecodeError, json.JSONDecodeError, csv.Error) as exc:
        raise DataError(f"{path}: cannot parse ({exc})") from exc
    out: list[Example] = []
    for n, row in enumerate(rows, start=1):
        text = row.get("text")
        if not isinstance(text, str) or not text.strip():
            raise DataError(f"{path}: row {n} has no text")
        try:
            labels = {c: int(row[c]) for c in LABELS if row.get(c) not in (None, "")}
        except (TypeError, ValueError) as exc:
            raise DataError(f"{path}: row {n} has a label that is not 0 or 1 ({exc})") from exc
        if any(v not in (0, 1) for v in labels.values()):
            raise DataError(f"{path}: row {n} has a label that is not 0 or 1")
        out.append(Example(text, labels, path.name, group=str(row.get("group") or "")))
    if not out:
        raise DataError(f"{path}: no rows")
    return out


def load_examples(data: Path) -> list[Example]:
    if data.is_dir():
        return build(data, per_family=1).test
    return read_labelled(data)


def evaluate(data: Path, moderator: Moderator, output: Path | None = None,
             log: Callable[[str], None] = print) -> dict[str, Any]:
    examples = load_examples(data)
    usable = [ex for ex in examples if ex.text.strip()
              and len(ex.text) <= moderator.policy.max_length]
    log(f"scoring {len(usable)} examples")
    verdicts = moderator.moderate_many([ex.text for ex in usable])
    scores = np.array([[v.scores[c] for c in CATEGORIES] for v in verdicts])
    y, mask = label_matrix(usable, LABELS)
    metrics: dict[str, Any] = {"examples": len(usable),
                               "model_version": moderator.model_version,
                               "policy_version": moderator.policy.version,
                               "categories": category_metrics(LABELS, y, mask, scores),
                               "bias": bias_by_category(LABELS, [ex.group for ex in usable],
                                                        y, mask, scores)}
    if output is not None:
        output.mkdir(parents=True, exist_ok=True)
        (output / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
        _plots(output, y, mask, scores, metrics)
        log(f"wrote metrics.json and {', '.join(PLOTS)} to {output}")
    return metrics


def _plots(output: Path, y: np.ndarray[Any, Any], mask: np.ndarray[Any, Any],
           scores: np.ndarray[Any, Any], metrics: dict[str, Any]) -> None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        from sklearn.metrics import precision_recall_curve, roc_curve
    except ImportError as exc:
        raise DataError("plots need matplotlib: pip install 'civility[plots]'") from exc
    for fname, curve, (xl, yl) in (("roc.png", roc_curve, ("false positive rate", "true "
                                                             "positive rate")),
                                   ("pr.png", precision_recall_curve, ("recall", "precision"))):
        fig, ax = plt.subplots(figsize=(6, 5))
        for j, name in enumerate(LABELS):
            rows = np.flatnonzero(mask[:, j])
            if rows.size == 0 or len(set(y[rows, j].tolist())) < 2:
                continue
            a, b, _ = curve(y[rows, j], scores[rows, j])
            xs, ys = (a, b) if fname == "roc.png" else (b, a)
            ax.plot(xs, ys, label=name)
        ax.set_xlabel(xl)
        ax.set_ylabel(yl)
        ax.legend(fontsize=8)
        fig.tight_layout()
        fig.savefig(output / fname, dpi=90)
        plt.close(fig)
    fig, ax = plt.subplots(figsize=(6, 5))
    ax.plot([0, 1], [0, 1], color="grey", linestyle=":", label="perfectly calibrated")
    for j, name in enumerate(LABELS):
        rows = np.flatnonzero(mask[:, j])
        if rows.size == 0 or len(set(y[rows, j].tolist())) < 2:
            continue
        points = reliability(y[rows, j], scores[rows, j])
        ece = metrics["categories"][name].get("ece")
        ax.plot([p[0] for p in points], [p[1] for p in points], marker="o",
                label=f"{name} (ECE {ece})")
    ax.set_xlabel("mean score in bin")
    ax.set_ylabel("share of positives in bin")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(output / "reliability.png", dpi=90)
    plt.close(fig)
    fig, ax = plt.subplots(figsize=(8, 5))
    bias = metrics["bias"].get("identity_attack", {})
    names = sorted(bias)
    for k, key in enumerate(("subgroup_auc", "bpsn_auc", "bnsp_auc")):
        vals = [bias[n][key] if bias[n][key] is not None else 0.0 for n in names]
        ax.bar(np.arange(len(names)) + k * 0.27, vals, width=0.27, label=key)
    ax.set_xticks(np.arange(len(names)) + 0.27, names, rotation=60, ha="right", fontsize=7)
    ax.set_ylim(0, 1)
    ax.set_title("identity_attack: bias by identity group")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(output / "bias.png", dpi=90)
    plt.close(fig)
