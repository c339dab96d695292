"""The training set of the encoder: public corpora and the generated corpus, with their splits.

Public rows are split by a hash of their text: 80% train, 10% calibration, 10% test (OLID keeps
its own test set). Generated rows are split by template family (``generate``): the held-out
families are validation, never trained on.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from civility.training.corpora import ENGLISH, Example, read_all
from civility.training.generate import generate

# How many rows of each public corpus train the encoder (the rest of its train split is unused,
# to keep a full retrain inside 90 minutes on 2 cores); calibration and test rows are all kept.
DEFAULT_CAPS = {"toxic_spans": 13000, "davidson": 4000, "olid": 6000, "hatexplain": 8000,
                "stormfront": 3000, "mlma": 2500, "toxigen": 600, "sms-spam": 1200,
                "youtube-spam": 1500}


def split_of(text: str) -> str:
    bucket = int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:8], 16) % 10
    return "test" if bucket == 0 else "calib" if bucket == 1 else "train"


@dataclass
class TrainingData:
    train: list[Example]
    calib: list[Example]          # public rows for calibrating the scores
    test: list[Example]           # public rows held back for the model card's metrics
    valid: list[Example]          # generated rows of held-out template families


def build(root: Path, *, seed: int = 0, per_family: int = 900,
          caps: dict[str, int] | None = None, corpora: Sequence[str] | None = None
          ) -> TrainingData:
    rng = random.Random(seed)
    caps = DEFAULT_CAPS if caps is None else caps
    public = read_all(root, list(corpora or ENGLISH))
    data = TrainingData([], [], [], [])
    by_source: dict[str, list[Example]] = {}
    for ex in public:
        where = "test" if ex.split == "test" else split_of(ex.text)
        if where == "train":
            by_source.setdefault(ex.source, []).append(ex)
        else:
            getattr(data, where).append(replace(ex, split=where))
    for source, rows in sorted(by_source.items()):
        rng.shuffle(rows)
        data.train.extend(rows[: caps.get(source, len(rows))])
    for ex in generate(seed, per_family):
        (data.valid if ex.split == "valid" else data.train).append(ex)
    rng.shuffle(data.train)
    return data
