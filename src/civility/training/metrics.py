"""Metrics: per-category ROC AUC, average precision and calibration error, the identity-group
bias report, span F1, per-kind rates, and the Platt scaling that calibrates scores.

The bias report follows Borkan et al. (2019): for each identity group, the subgroup AUC
(within the group's texts), BPSN (background positive, subgroup negative: do neutral texts
about the group score below toxic texts elsewhere?) and BNSP (the reverse).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from civility.models.encoder import marked_words
from civility.training.corpora import Example, parse_runs


def auc(y: npt.NDArray[np.int8], s: npt.NDArray[np.float64]) -> float | None:
    from sklearn.metrics import roc_auc_score

    if len(set(y.tolist())) < 2:
        return None
    return round(float(roc_auc_score(y, s)), 4)


def category_metrics(labels: Sequence[str], y: npt.NDArray[np.int8],
                     mask: npt.NDArray[np.bool_], scores: npt.NDArray[np.float64],
                     threshold: float = 0.5) -> dict[str, dict[str, Any]]:
    from sklearn.metrics import average_precision_score

    out: dict[str, dict[str, Any]] = {}
    for j, name in enumerate(labels):
        rows = np.flatnonzero(mask[:, j])
        yt, st = y[rows, j], scores[rows, j]
        entry: dict[str, Any] = {"n": int(rows.size), "positives": int(yt.sum())}
        if rows.size and 0 < yt.sum() < rows.size:
            pred = st >= threshold
            tp = int((pred & (yt == 1)).sum())
            entry.update(
                roc_auc=auc(yt, st),
                average_precision=round(float(average_precision_score(yt, st)), 4),
                precision=round(tp / max(int(pred.sum()), 1), 4),
                recall=round(tp / max(int(yt.sum()), 1), 4),
                ece=round(calibration_error(yt, st), 4),
            )
        out[name] = entry
    return out


def bias_report(groups: Sequence[str], y: npt.NDArray[np.int8],
                scores: npt.NDArray[np.float64]) -> dict[str, dict[str, float | int | None]]:
    """Subgroup AUC, BPSN and BNSP for one category; ``groups[i]`` is "" for background."""
    g = np.asarray(groups)
    out: dict[str, dict[str, float | int | None]] = {}
    for name in sorted(set(groups) - {""}):
        inside = g == name
        sub = auc(y[inside], scores[inside])
        bpsn_rows = (inside & (y == 0)) | (~inside & (y == 1))
        bnsp_rows = (inside & (y == 1)) | (~inside & (y == 0))
        out[name] = {
            "n": int(inside.sum()),
            "subgroup_auc": sub,
            "bpsn_auc": auc(y[bpsn_rows], scores[bpsn_rows]),
            "bnsp_auc": auc(y[bnsp_rows], scores[bnsp_rows]),
        }
    return out


BIAS_CATEGORIES = ("identity_attack", "toxicity")


def bias_by_category(labels: Sequence[str], groups: Sequence[str], y: npt.NDArray[np.int8],
                     mask: npt.NDArray[np.bool_], scores: npt.NDArray[np.float64]
                     ) -> dict[str, dict[str, dict[str, float | int | None]]]:
    """The bias report for each of ``BIAS_CATEGORIES`` whose labelled rows name any group."""
    out: dict[str, dict[str, dict[str, float | int | None]]] = {}
    for name in BIAS_CATEGORIES:
        j = labels.index(name)
        rows = np.flatnonzero(mask[:, j])
        report = bias_report([groups[i] for i in rows.tolist()], y[rows, j], scores[rows, j])
        if report:
            out[name] = report
    return out


Vector = npt.NDArray[Any]


def calibration_error(y: Vector, probs: Vector, bins: int = 10) -> float:
    """Expected calibration error: the gap between confidence and frequency, over equal bins."""
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.clip(np.digitize(probs, edges[1:-1]), 0, bins - 1)
    total = 0.0
    for b in range(bins):
        rows = which == b
        if rows.any():
            total += rows.sum() / len(y) * abs(float(y[rows].mean()) - float(probs[rows].mean()))
    return total


def reliability(y: Vector, probs: Vector, bins: int = 10) -> list[tuple[float, float, int]]:
    """(mean predicted, observed frequency, rows) per bin: the reliability plot's points."""
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.clip(np.digitize(probs, edges[1:-1]), 0, bins - 1)
    return [(float(probs[which == b].mean()), float(y[which == b].mean()), int((which == b).sum()))
            for b in range(bins) if (which == b).any()]


MIN_CLASS_ROWS = 100  # fewer positives or negatives than this: too few to calibrate on


def fit_platt(logits: Vector, y: Vector, known: Vector) -> tuple[list[float], list[float]]:
    """Per label, a and b so that sigmoid(a * logit + b) is calibrated on these rows. A label
    with too few positives (threat: 15 in the public data) keeps the network's own sigmoid:
    fitted to a base rate of 0.3%, Platt scaling would push every threat under the policy's
    thresholds."""
    from sklearn.linear_model import LogisticRegression

    scale, shift = [], []
    for j in range(logits.shape[1]):
        rows = np.flatnonzero(known[:, j])
        target = y[rows, j]
        if min(int(target.sum()), int(len(target) - target.sum())) < MIN_CLASS_ROWS:
            scale.append(1.0)
            shift.append(0.0)
            continue
        clf = LogisticRegression(C=100.0, max_iter=1000)
        clf.fit(logits[rows, j:j + 1], target)
        scale.append(round(float(clf.coef_[0, 0]), 6))
        shift.append(round(float(clf.intercept_[0]), 6))
    return scale, shift


def span_f1(rows: Sequence[tuple[str, str, Sequence[tuple[int, int, float]]]]) -> float:
    """SemEval 2021 Task 5's measure: mean per-comment F1 of predicted toxic characters. The
    prediction is the evidence the engine shows (``marked_words``), all of it."""
    scores = []
    for text, gold_runs, tokens in rows:
        gold = {i for s, e in parse_runs(gold_runs) for i in range(s, e)}
        pred = {i for s, e in marked_words(text, tokens, most=len(tokens))
                for i in range(s, e) if not text[i].isspace()}
        gold = {i for i in gold if i < len(text) and not text[i].isspace()}
        if not gold and not pred:
            scores.append(1.0)
        elif not gold or not pred:
            scores.append(0.0)
        else:
            both = len(gold & pred)
            scores.append(2 * both / (len(gold) + len(pred)))
    return float(np.mean(scores)) if scores else 0.0


def kind_rates(rows: Sequence[Example], probs: Vector, labels: Sequence[str],
               threshold: float = 0.5) -> dict[str, dict[str, Any]]:
    """Per kind: the share on the right side of ``threshold`` (caught if the kind is toxic,
    passed if it is clean), judging only the labels that define the kind."""
    out: dict[str, dict[str, Any]] = {}
    for row, p in zip(rows, probs, strict=True):
        kind = row.extra.get("kind", row.group)
        positive = [labels.index(k) for k, v in row.labels.items() if v and k != "toxicity"]
        ok = (max(p[j] for j in positive) >= threshold) if positive else (max(p) < threshold)
        entry = out.setdefault(kind, {"rows": 0, "right": 0, "toxic": bool(positive)})
        entry["rows"] += 1
        entry["right"] += bool(ok)
    for entry in out.values():
        entry["rate"] = round(entry["right"] / entry["rows"], 4)
    return out
