"""The model's scores, with the words that drove them as evidence.

The scores come from the cascade (n-gram model when it is sure a comment is clean, the encoder
otherwise), computed for the whole batch beforehand. Evidence comes from the encoder's span
head: the tokens it marks as what makes the comment toxic, widened to whole words, common words
left out, neighbours merged; when it marks none, the words it ranks highest, said as such.
"""

from __future__ import annotations

from civility.domain import Category, Draft
from civility.models.encoder import leaning_words, marked_words
from civility.policy.phases.base import Context, add


def classifier(draft: Draft, ctx: Context) -> None:
    if not draft.model_scores:
        return
    source = f"model:{draft.model_source}"  # the versions are in the verdict
    spans: list[tuple[int, int]] | None = None
    detail = "the words the model marked as abusive"
    for category, score in draft.model_scores.items():
        if score < ctx.policy.categories[category].hold or category is Category.SPAM:
            draft.scores[category] = max(draft.scores.get(category, 0.0), round(score, 4))
            continue
        if spans is None:
            spans = marked_words(draft.normalized, draft.model_tokens)
            if not spans:
                spans = leaning_words(draft.normalized, draft.model_tokens)
                detail = "the words the model leaned on most (none passed its bar for marking)"
        add(draft, category, score, source, spans, detail if spans else "the model's score")
