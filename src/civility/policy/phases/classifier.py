"""The trained model's scores, with the words that drove each one as evidence."""

from __future__ import annotations

import re

from civility.domain import Draft
from civility.policy.phases.base import Context, add

_TOKEN = re.compile(r"\w+")
TOP_SPANS = 4
MIN_CONTRIBUTION = 0.02  # logit units: long comments spread the weight thin


def classifier(draft: Draft, ctx: Context) -> None:
    """Add the model's scores (computed for the whole batch beforehand) and their evidence.

    Evidence is worked out only for categories that reach the policy's hold threshold, since
    it costs one extra pass over the comment's words.
    """
    if ctx.model is None or not draft.model_scores:
        return
    source = f"model:{ctx.model.version}"
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(draft.normalized)]
    flagged = []
    for category, score in draft.model_scores.items():
        if score >= ctx.policy.categories[category].hold and tokens:
            flagged.append(category)
        else:
            draft.scores[category] = max(draft.scores.get(category, 0.0), round(score, 4))
    if not flagged:
        return
    labels = [ctx.model.labels.index(c.value) for c in flagged]
    contributions = ctx.model.token_contributions(draft.normalized, labels, tokens)
    for category, label in zip(flagged, labels, strict=True):
        contrib = contributions[label]
        ranked = sorted(range(len(tokens)), key=lambda i: contrib[i], reverse=True)
        top = sorted(i for i in ranked[:TOP_SPANS] if contrib[i] >= MIN_CONTRIBUTION)
        add(draft, category, draft.model_scores[category], source, [tokens[i] for i in top],
            "words that raised the model's score")
