"""The comment's language: one the model does not read is never scored as if it were English."""

from __future__ import annotations

from civility.domain import Action, Draft, Reason
from civility.policy.phases.base import Context
from civility.text.language import identify


def identify_language(draft: Draft, ctx: Context) -> None:
    rules = ctx.policy.languages
    found = identify(draft.text, rules.site)
    draft.language = found.code if found.reliable else rules.site
    draft.language_supported = draft.language in rules.supported


def unsupported(draft: Draft, ctx: Context) -> None:
    """Apply the policy's action for a language the model does not cover."""
    rules = ctx.policy.languages
    if draft.language_supported or rules.unsupported == "publish":
        return
    draft.reasons.append(Reason("language", Action(rules.unsupported),
                                f"{rules.message} (detected: {draft.language})"))
