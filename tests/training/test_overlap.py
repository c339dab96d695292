"""Fitting the test, measured: the training text and the code keep away from the test material."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from civility.training.generate import generate
from civility.training.overlap import nearest, shared_phrases
from civility.training.suite import load_suite

ROOT = Path(__file__).resolve().parents[2]
SUITE = sorted((ROOT / "tests" / "functional").glob("cases_*.txt"))


def _generated(split: str | None = None) -> list[str]:
    return [e.text for e in generate(0, 900) if split in (None, e.split)]


def test_no_suite_case_is_close_to_a_generated_sentence() -> None:
    cases = [c.text for c in load_suite(SUITE)]
    assert len(cases) >= 1000
    close = [(c, n, s) for c, n, s in nearest(cases, _generated("train")) if s >= 0.8]
    assert close == []


def test_nearest_finds_a_reworded_copy() -> None:
    rows = nearest(["They are all rats, all of them."],
                   ["the weather is fine", "they are all rats, all of them!"])
    assert rows[0][1] == "they are all rats, all of them!" and rows[0][2] > 0.8


def test_no_phrase_of_the_fixture_is_in_the_code_or_the_training_text(
        fixture_article: dict[str, Any]) -> None:
    code = [p.read_text(encoding="utf-8") for p in (ROOT / "src").rglob("*")
            if p.suffix in {".py", ".txt", ".toml", ".html", ".js"}]
    assert len(code) > 50
    for comment in fixture_article["comments"]:
        assert shared_phrases(comment["text"], code) == set()
        assert shared_phrases(comment["text"], _generated()) == set()


def test_shared_phrases_ignores_common_words_only() -> None:
    assert shared_phrases("it is what it is and so on", ["it is what it is"]) == set()
    assert shared_phrases("they fed the hungry cats today", ["we fed the hungry cats"]) == {
        ("fed", "the", "hungry", "cats")}
