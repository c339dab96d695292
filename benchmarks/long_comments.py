"""Does a long comment dilute what one of its sentences says?

Usage: python benchmarks/long_comments.py [ENCODER.npz] [--each 40]

A sentence of each held-out template family (wording the encoder never trained on) is set among
k heated but clean sentences about states and leaders, for k = 0, 2, 4, 6, 8 (k = 8 fills the
encoder's window). The encoder alone judges it at the default policy's hold thresholds. Printed
per k: the share of harmful sentences still caught and of clean ones still published, overall
and per kind. A flat row means length does not change the verdict; a falling one means it does.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from civility.domain import Category
from civility.models.artifact import Artifact
from civility.models.encoder import EncoderModel
from civility.models.store import ENCODER_NAME, shipped
from civility.policy.config import load_policy
from civility.text.normalize import normalize
from civility.training.generate import heated_family, held_out_families, joined, sentence
from civility.training.generate.frames import FAMILIES, Family

COUNTS = (0, 2, 4, 6, 8)


def comments(k: int, each: int, rng: random.Random) -> list[tuple[Family, str]]:
    heated = heated_family()
    held = held_out_families()
    out = []
    for family in (f for f in FAMILIES if f.name in held and f.kind != "spam"):
        for _ in range(each):
            parts = [sentence(heated, rng)[0] for _ in range(k)]
            parts.insert(rng.randint(0, k), sentence(family, rng)[0])
            out.append((family, joined(parts)))
    return out


def rates(model: EncoderModel, rows: Sequence[tuple[Family, str]]) -> dict[str, list[bool]]:
    policy = load_policy()
    hold = np.array([policy.categories[Category(c)].hold for c in model.labels])
    probs = model.predict_proba([normalize(t).text for _, t in rows])
    flagged = [bool(row.any()) for row in probs >= hold]
    right: dict[str, list[bool]] = {}
    for (family, _), flag in zip(rows, flagged, strict=True):
        harmful = any(family.labels.values())
        key = f"{'caught' if harmful else 'published'}: {family.kind}"
        right.setdefault(key, []).append(flag if harmful else not flag)
    return right


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("encoder", nargs="?", type=Path, default=shipped(ENCODER_NAME))
    parser.add_argument("--each", type=int, default=40, help="comments per family and k")
    args = parser.parse_args()
    model = EncoderModel(Artifact.load(args.encoder))
    table = {k: rates(model, comments(k, args.each, random.Random(k))) for k in COUNTS}
    keys = sorted(table[0])
    print(f"{'k heated sentences':<36}" + "".join(f"{k:>7}" for k in COUNTS))
    for side in ("caught", "published"):
        pooled = [np.mean([v for key in keys if key.startswith(side) for v in table[k][key]])
                  for k in COUNTS]
        print(f"{side + ', all kinds':<36}" + "".join(f"{r:>7.1%}" for r in pooled))
    for key in keys:
        print(f"  {key:<34}" + "".join(f"{np.mean(table[k][key]):>7.1%}" for k in COUNTS))


if __name__ == "__main__":
    main()
