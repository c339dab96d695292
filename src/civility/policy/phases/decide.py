"""The last phases: overall toxicity from the categories, then thresholds to an action."""

from __future__ import annotations

from civility.domain import Action, Category, Draft, Reason, strongest
from civility.policy.phases.base import Context

# How much each category's score counts towards overall toxicity.
TOXICITY_SHARE = {Category.INSULT: 1.0, Category.IDENTITY_ATTACK: 1.0, Category.THREAT: 1.0,
                  Category.PROFANITY: 0.9, Category.SEXUAL: 0.8}


def toxicity(draft: Draft, ctx: Context) -> None:
    implied = max((draft.scores.get(c, 0.0) * w for c, w in TOXICITY_SHARE.items()),
                  default=0.0)
    current = draft.scores.get(Category.TOXICITY, 0.0)
    draft.scores[Category.TOXICITY] = round(max(current, implied), 4)


def thresholds(draft: Draft, ctx: Context) -> None:
    """Compare every category's score with the policy's thresholds, strongest first."""
    for category, rule in ctx.policy.categories.items():
        score = draft.scores.get(category, 0.0)
        if score < rule.hold:
            continue
        action = Action.REJECT if score >= rule.reject else Action.HOLD
        threshold = rule.reject if action is Action.REJECT else rule.hold
        evidence = tuple(sorted((e for e in draft.evidence if e.category is category
                                 and e.score >= rule.hold * 0.5),
                                key=lambda e: e.score, reverse=True))
        draft.reasons.append(Reason(category.value, action, rule.message, round(score, 4),
                                    threshold, evidence))
    draft.reasons.sort(key=lambda r: (-r.action.rank, -(r.score or 0.0)))
    draft.final = strongest([r.action for r in draft.reasons])
