"""Comments for the benchmarks: the project's own templated examples, of mixed lengths."""

from __future__ import annotations

import random

from civility.training.synthetic import examples


def comments(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    pool = [e.text for e in examples()]
    out = []
    for _ in range(n):
        k = rng.choice([1, 1, 1, 2, 3, 5])  # most comments are short, some run longer
        out.append(" ".join(rng.choice(pool) for _ in range(k)))
    return out
