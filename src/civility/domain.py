"""Plain domain types: categories, actions, evidence and verdicts. No I/O here."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any


class Category(str, Enum):
    """The policy categories every comment is scored on."""

    TOXICITY = "toxicity"
    PROFANITY = "profanity"
    INSULT = "insult"
    IDENTITY_ATTACK = "identity_attack"
    THREAT = "threat"
    SEXUAL = "sexual"
    SPAM = "spam"


CATEGORIES: tuple[Category, ...] = tuple(Category)
LABELS: tuple[str, ...] = tuple(c.value for c in CATEGORIES)  # the models' label names, in order


class Action(str, Enum):
    """What the policy does with a comment, in increasing order of force."""

    PUBLISH = "publish"
    HOLD = "hold"
    REJECT = "reject"

    @property
    def rank(self) -> int:
        return _ACTION_RANK[self]


_ACTION_RANK = {Action.PUBLISH: 0, Action.HOLD: 1, Action.REJECT: 2}


def strongest(actions: list[Action]) -> Action:
    """The most forceful of several actions (publish when there are none)."""
    return max(actions, key=lambda a: a.rank, default=Action.PUBLISH)


@dataclass(frozen=True)
class Span:
    """A stretch of the original comment text: ``text == original[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Evidence:
    """One finding of one phase: which category, how strongly, where, and who found it."""

    category: Category
    score: float
    source: str  # e.g. "model:linear-0.1.0", "rule:threat.passive-kill", "wordlist:banned"
    spans: tuple[Span, ...] = ()
    detail: str = ""


@dataclass(frozen=True)
class Reason:
    """Why the policy chose an action, in the policy's own words, with its evidence."""

    code: str  # a category name, "banned_word", "suspect_word", "length", ...
    action: Action
    message: str
    score: float | None = None
    threshold: float | None = None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Verdict:
    """The outcome of moderating one comment."""

    action: Action
    scores: dict[Category, float]
    reasons: tuple[Reason, ...]
    evidence: tuple[Evidence, ...]
    model_version: str
    policy_version: str
    language: str = "en"  # ISO 639-1 code of the comment's language (the site's when unsure)

    @property
    def reason_codes(self) -> list[str]:
        return [r.code for r in self.reasons]


@dataclass
class Draft:
    """The state that moderation phases read and add to, for one comment."""

    text: str
    normalized: str = ""
    offsets: list[int] = field(default_factory=list)
    scores: dict[Category, float] = field(default_factory=dict)
    model_scores: dict[Category, float] = field(default_factory=dict)
    model_tokens: list[tuple[int, int, float]] = field(default_factory=list)  # normalised text
    model_source: str = ""  # which model of the cascade scored it: "encoder" or "ngram"
    language: str = "en"
    language_supported: bool = True
    evidence: list[Evidence] = field(default_factory=list)
    reasons: list[Reason] = field(default_factory=list)
    final: Action | None = None
    model_version: str = ""

    def span(self, norm_start: int, norm_end: int) -> Span:
        """Map a span of the normalised text back onto the original text."""
        if norm_end <= norm_start:
            norm_end = norm_start + 1
        start = self.offsets[norm_start] if norm_start < len(self.offsets) else len(self.text)
        last = min(norm_end - 1, len(self.offsets) - 1)
        end = self.offsets[last] + 1 if last >= 0 else start
        # An original character may expand into several normalised ones; extend to cover it whole.
        end = max(end, start)
        return Span(start, end, self.text[start:end])


# --- The service's records -------------------------------------------------------------------

JSONDict = dict[str, Any]


class Status(str, Enum):
    """Where a stored comment stands. Nothing is ever removed from the store silently."""

    PUBLISHED = "published"
    HELD = "held"
    REJECTED = "rejected"
    DELETED = "deleted"  # erased at its author's request; the record of the erasure stays


STATUS_OF_ACTION = {Action.PUBLISH: Status.PUBLISHED, Action.HOLD: Status.HELD,
                    Action.REJECT: Status.REJECTED}


class Role(str, Enum):
    """What an API key may do; each role may do everything the roles before it may."""

    PUBLISHER = "publisher"
    MODERATOR = "moderator"
    ADMIN = "admin"

    def allows(self, needed: Role) -> bool:
        order = list(Role)
        return order.index(self) >= order.index(needed)


@dataclass(frozen=True)
class Caller:
    """Who is acting: an API key's holder, or the command line."""

    name: str
    role: Role
    key_id: int | None = None

    @property
    def actor(self) -> str:
        return f"{self.role.value}:{self.name}"


class StandingState(str, Enum):
    GOOD = "good"
    SUSPENDED = "suspended"
    BANNED = "banned"


@dataclass(frozen=True)
class UserStanding:
    """A reader's standing as it is now: suspensions that have run out count as good."""

    state: StandingState
    until: datetime | None = None
    reason: str | None = None
    strikes: int = 0  # strikes inside the policy's window


@dataclass(frozen=True)
class Comment:
    id: int
    article_id: str
    author_id: str
    author_name: str | None
    parent_id: int | None
    text: str
    status: Status
    engine_status: Status
    created_at: datetime
    scores: dict[str, float]
    reasons: list[JSONDict]
    model_version: str
    policy_version: str
    open_reports: int = 0


@dataclass(frozen=True)
class AuditEntry:
    """One automatic or human act: who or what, when, on which text, under which versions."""

    id: int
    at: datetime
    actor: str
    event: str
    comment_id: int | None
    user_id: str | None
    text: str | None
    model_version: str | None
    policy_version: str | None
    note: str | None
    detail: JSONDict


@dataclass(frozen=True)
class Feedback:
    """Scores someone suggests for a text, for moderators to read and training to learn from.
    ``text`` is None when the sender asked that it not be stored; ``text_sha256`` is always kept."""

    id: int
    at: datetime
    actor: str
    source: str
    text: str | None
    text_sha256: str
    scores: JSONDict  # attribute -> {"summary": value or None, "spans": [[begin, end, value], ...]}
    languages: list[str]
    client_token: str | None
    community_id: str | None
