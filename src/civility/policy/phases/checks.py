"""Phases around the scoring: length limits, normalisation, pre-moderation."""

from __future__ import annotations

from civility.domain import Action, Draft, Reason
from civility.errors import InputError
from civility.policy.phases.base import Context
from civility.policy.phases.spam import LINK
from civility.text.normalize import normalize


def length(draft: Draft, ctx: Context) -> None:
    """Refuse empty comments and comments over the policy's length limit."""
    if not draft.text.strip():
        raise InputError("the comment is empty")
    if len(draft.text) > ctx.policy.max_length:
        raise InputError(f"the comment has {len(draft.text):,} characters; the policy allows "
                         f"at most {ctx.policy.max_length:,}")


def normalise(draft: Draft, ctx: Context) -> None:
    result = normalize(draft.text)
    draft.normalized, draft.offsets = result.text, list(result.offsets)


def premoderation(draft: Draft, ctx: Context) -> None:
    rules = ctx.policy.premoderation
    new_user = (rules.new_user_comments > 0 and ctx.author_published is not None
                and ctx.author_published < rules.new_user_comments)
    link = rules.hold_links and LINK.search(draft.normalized) is not None
    if new_user or link:
        code = "premoderation.new_user" if new_user else "premoderation.link"
        draft.reasons.append(Reason(code, Action.HOLD, rules.message))
