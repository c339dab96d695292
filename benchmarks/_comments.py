"""Comments for the benchmarks, of mixed lengths and kinds: real news-site comments from
toxic_spans (Civil Comments; about half of them abusive, since they were picked for it) when
../shared/data is beside the project, and the project's generated sentences (half abusive)."""

from __future__ import annotations

import csv
import random
from functools import lru_cache
from pathlib import Path

from civility.training.generate import generate

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


@lru_cache(maxsize=1)
def _pools() -> tuple[list[str], list[str]]:
    generated = [e.text for e in generate(3, 200)]
    news: list[str] = []
    path = SHARED / "toxic_spans" / "comments.csv"
    if path.exists():
        with path.open(encoding="utf-8", errors="replace") as fh:
            news = [row["comment_text"] for row in csv.DictReader(fh) if row["comment_text"].strip()]
    return generated, news


def comments(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    generated, news = _pools()
    out = []
    for _ in range(n):
        if news and rng.random() < 0.5:
            out.append(rng.choice(news))
        else:
            k = rng.choice([1, 1, 1, 2, 3])  # most comments are short, some run longer
            out.append(" ".join(rng.choice(generated) for _ in range(k)))
    return out
