"""Train the n-gram model: the cascade's fast first stage, from the same data as the encoder.

It learns from the public corpora's train split and the generated corpus' training families,
and is judged on the public held-back split and the held-out template families.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from civility import __version__
from civility.domain import LABELS as DOMAIN_LABELS
from civility.models.linear import LinearModel
from civility.text.normalize import normalize
from civility.training.corpora import Example
from civility.training.dataset import build
from civility.training.labels import label_matrix
from civility.training.metrics import bias_by_category, category_metrics, kind_rates

LABELS = list(DOMAIN_LABELS)
GENERATED_WEIGHT = 2.0


def summarise(examples: Sequence[Example]) -> dict[str, Any]:
    by_source = Counter(ex.source for ex in examples)
    positives: dict[str, Counter[str]] = {}
    for ex in examples:
        for name, value in ex.labels.items():
            positives.setdefault(name, Counter())["positive" if value else "negative"] += 1
    return {"examples": len(examples), "by_source": dict(by_source),
            "labels": {k: dict(v) for k, v in positives.items()}}


def normalised(rows: Sequence[Example]) -> list[str]:
    return [normalize(r.text).text for r in rows]


def train(data_dir: Path, output: Path, *, seed: int = 0, per_family: int = 900,
          corpora: Sequence[str] | None = None, config: dict[str, Any] | None = None,
          log: Callable[[str], None] = print) -> dict[str, Any]:
    started = time.perf_counter()
    data = build(data_dir, seed=seed, per_family=per_family, caps={}, corpora=corpora)
    log(f"{len(data.train)} rows to train, {len(data.test)} public rows and "
        f"{len(data.valid)} generated rows of held-out families to judge")
    y, mask = label_matrix(data.train, LABELS)
    weights = np.array([GENERATED_WEIGHT if r.source == "generated" else 1.0 for r in data.train])
    model = LinearModel(LABELS, config, version=f"ngram-{__version__}-{time.strftime('%Y%m%d.%H%M')}")
    model.fit(normalised(data.train), y, mask, weights)
    log(f"fitted in {time.perf_counter() - started:.0f}s; evaluating")
    ty, tmask = label_matrix(data.test, LABELS)
    scores = model.predict_proba(normalised(data.test))
    metrics: dict[str, Any] = {
        "public_test": category_metrics(LABELS, ty, tmask, scores),
        "bias": bias_by_category(LABELS, [r.group for r in data.test], ty, tmask, scores),
        "generated_valid": kind_rates(data.valid, model.predict_proba(normalised(data.valid)),
                                      LABELS),
        "train_seconds": round(time.perf_counter() - started, 1),
    }
    training = {"data": summarise(data.train), "held_back": summarise(data.test),
                "held_out_families": sorted({r.group for r in data.valid}), "seed": seed,
                "trained_at": time.strftime("%Y-%m-%d")}
    model.to_artifact(training, metrics).save(output)
    log(f"wrote {output} ({output.stat().st_size / 1e6:.1f} MB) in {metrics['train_seconds']}s")
    return metrics
