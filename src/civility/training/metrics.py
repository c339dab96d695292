"""Metrics: per-category ROC AUC and average precision, and the identity-group bias report.

The bias report follows Borkan et al. (2019): for each identity group, the subgroup AUC
(within the group's texts), BPSN (background positive, subgroup negative: do neutral texts
about the group score below toxic texts elsewhere?) and BNSP (the reverse).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt


def _auc(y: npt.NDArray[np.int8], s: npt.NDArray[np.float64]) -> float | None:
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
                roc_auc=_auc(yt, st),
                average_precision=round(float(average_precision_score(yt, st)), 4),
                precision=round(tp / max(int(pred.sum()), 1), 4),
                recall=round(tp / max(int(yt.sum()), 1), 4),
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
        sub = _auc(y[inside], scores[inside])
        bpsn_rows = (inside & (y == 0)) | (~inside & (y == 1))
        bnsp_rows = (inside & (y == 1)) | (~inside & (y == 0))
        out[name] = {
            "n": int(inside.sum()),
            "subgroup_auc": sub,
            "bpsn_auc": _auc(y[bpsn_rows], scores[bpsn_rows]),
            "bnsp_auc": _auc(y[bnsp_rows], scores[bnsp_rows]),
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
