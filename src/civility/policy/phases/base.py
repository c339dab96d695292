"""What every moderation phase sees: the draft verdict and the context of the run."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from civility.domain import Category, Draft, Evidence
from civility.models.cascade import TextScorer
from civility.policy.config import Policy


@dataclass(frozen=True)
class Context:
    policy: Policy
    scorer: TextScorer | None
    author_published: int | None = None  # published comments of the author so far, if known


Phase = Callable[[Draft, Context], None]


def add(draft: Draft, category: Category, score: float, source: str,
        spans: list[tuple[int, int]] | None = None, detail: str = "") -> None:
    """Record a finding: its evidence, and the category's score if this one is higher."""
    score = round(min(max(score, 0.0), 1.0), 4)
    mapped = tuple(draft.span(s, e) for s, e in (spans or []))
    draft.evidence.append(Evidence(category, score, source, mapped, detail))
    if score > draft.scores.get(category, 0.0):
        draft.scores[category] = score
