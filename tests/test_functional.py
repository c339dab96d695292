"""The hand-written functional suite, written apart from the training generator."""

from __future__ import annotations

from pathlib import Path

import pytest

from civility.policy.engine import Moderator
from civility.training.suite import load_suite, run_suite

SUITE = sorted((Path(__file__).parent / "functional").glob("cases_*.txt"))
# Floors a little under what the shipped engine measured (docs/model-card.md): a regression
# guard, not a target. Held-out suites written by others are the real measure.
OVERALL = 0.90
PER_KIND = 0.80
# A kind the shipped engine is known to be weaker on gets its own floor, with the reason. None now:
# negated hate, weak since v2's second encoder (78.9%, then 75.0%), was 88.2% with the fifth
# encoder and is 85.5% with the sixth, above the common floor.
KNOWN_WEAK: dict[str, float] = {}


def test_suite_is_large_enough() -> None:
    assert len(load_suite(SUITE)) >= 1000


def test_the_engine_stays_above_its_floors(moderator: Moderator) -> None:
    results, failures = run_suite(load_suite(SUITE),
                                  lambda ts: [v.action for v in moderator.moderate_many(ts)])
    total = sum(r.total for r in results.values())
    assert sum(r.passed for r in results.values()) / total >= OVERALL
    low = {k: round(r.rate, 3) for k, r in results.items() if r.rate < KNOWN_WEAK.get(k, PER_KIND)}
    assert low == {}, [f"{c.kind}: {c.text}" for c, _ in failures if c.kind in low]


def test_bad_suite_file_is_reported(tmp_path: Path) -> None:
    from civility.errors import DataError

    bad = tmp_path / "s.txt"
    bad.write_text("a case before a section\n")
    with pytest.raises(DataError, match="before any"):
        load_suite([bad])
