"""User standing: what the policy's strike rules make of a reader's record. Plain functions, no I/O."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from civility.domain import StandingState, UserStanding
from civility.policy.config import Standing


def window_start(now: datetime, rules: Standing) -> datetime:
    """Strikes older than this no longer count."""
    return now - timedelta(days=rules.strike_window_days)


def current(state: StandingState, until: datetime | None, reason: str | None,
            strikes: int, now: datetime) -> UserStanding:
    """The standing as it is at ``now``: a suspension that has run out is good standing again."""
    if state is StandingState.SUSPENDED and until is not None and until <= now:
        return UserStanding(StandingState.GOOD, None, None, strikes)
    return UserStanding(state, until, reason, strikes)


def after_strike(standing: UserStanding, strike_times: Sequence[datetime], now: datetime,
                 rules: Standing) -> UserStanding | None:
    """The new standing once a strike is added, or None when it does not change.

    ``strike_times`` are the reader's unpardoned strikes, the new one included. A ban is never
    lifted by a strike; a threshold of 0 turns that step off.
    """
    if standing.state is StandingState.BANNED:
        return None
    since = window_start(now, rules)
    count = sum(1 for t in strike_times if t >= since)
    days = rules.strike_window_days
    if rules.ban_after_strikes and count >= rules.ban_after_strikes:
        return UserStanding(StandingState.BANNED, None,
                            f"{count} rejected comments within {days} days", count)
    if rules.suspend_after_strikes and count >= rules.suspend_after_strikes:
        until = now + timedelta(hours=rules.suspension_hours)
        return UserStanding(StandingState.SUSPENDED, until,
                            f"{count} rejected comments within {days} days", count)
    return None


def blocked_message(standing: UserStanding, rules: Standing) -> str | None:
    """What a blocked reader is told when they try to post, or None if they may post."""
    if standing.state is StandingState.BANNED:
        why = f" ({standing.reason})" if standing.reason else ""
        return rules.banned_message + why
    if standing.state is StandingState.SUSPENDED:
        until = standing.until.strftime("%Y-%m-%d %H:%M UTC") if standing.until else "further notice"
        why = f" ({standing.reason})" if standing.reason else ""
        return rules.suspended_message.replace("{until}", until) + why
    return None
