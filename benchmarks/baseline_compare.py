"""Civility against a keyword filter and against its own model alone, on the functional suite.

Usage: python benchmarks/baseline_compare.py
- keyword filter: holds a comment if any lower-cased word is on Civility's profanity, slur or
  insult lists, as word-list filters do (no normalisation, no context);
- n-gram alone: the cascade's word and character n-gram model (the kind of small classifier
  people reach for), holding when any category reaches 0.5;
- encoder alone: the fine-tuned encoder, holding when any category reaches 0.5;
- Civility: the whole engine with the default policy (word lists, spam rules, the cascade,
  the policy's thresholds).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

from civility.domain import Action
from civility.models.store import load_scorer
from civility.policy.engine import Moderator
from civility.text.lexicon import INSULTING, PROFANE, SLURRING
from civility.training.suite import KindResult, load_suite, run_suite

SUITE = sorted((Path(__file__).parents[1] / "tests" / "functional").glob("cases_*.txt"))


def keyword_filter(texts: Sequence[str]) -> list[Action]:
    out = []
    for t in texts:
        words = re.findall(r"[a-z*$@!0-9]+", t.lower())
        hit = any(w in PROFANE or w in SLURRING or w in INSULTING for w in words)
        out.append(Action.HOLD if hit else Action.PUBLISH)
    return out


def alone(which: str) -> Callable[[Sequence[str]], list[Action]]:
    def decide(texts: Sequence[str]) -> list[Action]:
        from civility.text.normalize import normalize

        model = getattr(load_scorer(), which)
        probs = model.predict_proba([normalize(t).text for t in texts])
        return [Action.HOLD if row.max() >= 0.5 else Action.PUBLISH for row in probs]

    return decide


def main() -> None:
    cases = load_suite(SUITE)
    moderator = Moderator()
    runs: dict[str, dict[str, KindResult]] = {
        "keywords": run_suite(cases, keyword_filter)[0],
        "n-gram alone": run_suite(cases, alone("ngram"))[0],
        "encoder alone": run_suite(cases, alone("encoder"))[0],
        "civility": run_suite(cases, lambda ts: [v.action for v in moderator.moderate_many(ts)])[0],
    }
    kinds = list(runs["civility"])
    print(f"{'kind':<20}" + "".join(f"{name:>14}" for name in runs))
    for kind in kinds:
        print(f"{kind:<20}" + "".join(f"{runs[n][kind].rate:>14.1%}" for n in runs))
    totals = {n: sum(r.passed for r in rs.values()) / sum(r.total for r in rs.values())
              for n, rs in runs.items()}
    print(f"{'all':<20}" + "".join(f"{totals[n]:>14.1%}" for n in runs))


if __name__ == "__main__":
    main()
