"""The hand-written functional suite: every kind must pass at 90% or better."""

from __future__ import annotations

from pathlib import Path

import pytest

from civility.policy.engine import Moderator
from civility.training.suite import load_suite, run_suite

SUITE = sorted((Path(__file__).parent / "functional").glob("cases_*.txt"))


def test_suite_is_large_enough() -> None:
    assert len(load_suite(SUITE)) >= 400


def test_every_kind_passes_at_90_percent(moderator: Moderator) -> None:
    results, failures = run_suite(load_suite(SUITE),
                                  lambda ts: [v.action for v in moderator.moderate_many(ts)])
    low = {k: round(r.rate, 3) for k, r in results.items() if r.rate < 0.9}
    assert low == {}, [f"{c.kind}: {c.text}" for c, _ in failures]


def test_bad_suite_file_is_reported(tmp_path: Path) -> None:
    from civility.errors import DataError

    bad = tmp_path / "s.txt"
    bad.write_text("a case before a section\n")
    with pytest.raises(DataError, match="before any"):
        load_suite([bad])
