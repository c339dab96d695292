"""The API's request and response bodies. The domain's records map onto these; nothing in the
domain or the service imports them."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from annotated_types import Ge, Le
from pydantic import BaseModel, ConfigDict, Field

from civility.domain import Category, Role, StandingState, Status
from civility.service.users import MAX_SUSPENSION_HOURS

# Row ids are 32-bit on PostgreSQL: a larger one names no row, and is refused as input (422)
# rather than reaching the database.
MAX_ROW_ID = 2**31 - 1
RowId = Annotated[int, Ge(1), Le(MAX_ROW_ID)]
# Text the server strips and refuses when nothing is left: JSON Schema's ``pattern`` searches, so
# this says "at least one character that is not whitespace".
NOT_BLANK = r"[^\s\x1c-\x1f]"
URL_OR_PATH = r"^(https?://|/([^/\\]|$))"  # a path, never //host
NO_NUL = "^[^\\u0000]*$"
# Hours of a suspension, as the service allows them.
Hours = Annotated[int, Ge(1), Le(MAX_SUSPENSION_HOURS)]


class Out(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


class ErrorBody(BaseModel):
    code: str = Field(description="Stable, for programs: not_found, bad_input, user_blocked, ...")
    message: str = Field(description="For people: what is wrong and what to do.")


class ErrorOut(BaseModel):
    error: ErrorBody


_MEANING = {
    400: "The request is not JSON, or holds text the service does not accept (NUL, lone surrogates).",
    401: "No API key, or one that is unknown or revoked.",
    403: "The key's role may not do this, or the reader is suspended or banned.",
    404: "What the path names does not exist.",
    409: "The request conflicts with the current state (already exists, already decided, closed).",
    413: "The request body is over the server's limit (max-body-bytes).",
    422: "The request is well-formed but a field is missing, of the wrong type or out of range.",
    429: "Too many requests; Retry-After says when to try again.",
    431: "The request's headers are too large.",
}


def errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries for error statuses, each in the API's error shape."""
    return {code: {"model": ErrorOut, "description": _MEANING[code]} for code in codes}


def forbid_nul(doc: Any) -> None:
    """Say in an OpenAPI document what the edge enforces on every string: no NUL character. A
    string with a pattern of its own gets the rule as a second pattern (``allOf``); strings that
    are an enum, a constant or of a format are left as they are."""
    if isinstance(doc, dict):
        if doc.get("type") == "string" and not {"enum", "format", "const"} & doc.keys():
            if "pattern" not in doc:
                doc["pattern"] = NO_NUL
            elif doc["pattern"] != NO_NUL and {"pattern": NO_NUL} not in doc.get("allOf", []):
                doc["allOf"] = [*doc.get("allOf", []), {"pattern": NO_NUL}]
        for value in list(doc.values()):
            forbid_nul(value)
    elif isinstance(doc, list):
        for value in doc:
            forbid_nul(value)


# What every operation of the API may answer, whatever it does.
COMMON_ERRORS = errors(400, 401, 403, 413, 422, 431)


# --- requests ---------------------------------------------------------------------------------

class ArticleIn(In):
    id: str = Field(min_length=1, max_length=200, pattern=NOT_BLANK,
                    description="The publisher's own id for the article.")
    title: str = Field(min_length=1, max_length=500, pattern=NOT_BLANK)
    url: str | None = Field(default=None, max_length=2000, pattern=URL_OR_PATH)


class ArticlePatch(In):
    title: str | None = Field(default=None, min_length=1, max_length=500, pattern=NOT_BLANK)
    url: str | None = Field(default=None, max_length=2000, pattern=URL_OR_PATH)
    open: bool | None = Field(default=None, description="False closes the thread to new comments.")
    premoderate: bool | None = Field(default=None, description=(
        "True holds every new comment on the article for a moderator, whatever the engine says."))


class CommentIn(In):
    article_id: str = Field(min_length=1, max_length=200, pattern=NOT_BLANK)
    author_id: str = Field(min_length=1, max_length=200, pattern=NOT_BLANK,
                           description="The publisher's id for the reader.")
    author_name: str | None = Field(default=None, max_length=200)
    text: str = Field(min_length=1, pattern=NOT_BLANK,
                      description="The comment; at most the policy's max_length characters.")
    parent_id: RowId | None = Field(default=None, description="The comment this one replies to.")


class DecisionIn(In):
    action: Literal["approve", "reject"]
    note: str | None = Field(default=None, max_length=2000)
    reason: Category | Literal["other"] | None = Field(default=None,
                                                       description="A policy category, or 'other'.")


class ReportIn(In):
    reporter_id: str = Field(min_length=1, max_length=200, pattern=NOT_BLANK)
    reason: str = Field(min_length=1, max_length=1000, pattern=NOT_BLANK)


class StandingIn(In):
    action: Literal["suspend", "ban", "reinstate"]
    hours: Hours | None = Field(default=None, description="Length of a suspension; the policy's by default.")
    note: str | None = Field(default=None, max_length=2000)


class AppealIn(In):
    text: str = Field(min_length=1, max_length=5000, pattern=NOT_BLANK)


class AppealDecisionIn(In):
    action: Literal["grant", "deny"]
    note: str | None = Field(default=None, max_length=2000)


class KeyIn(In):
    role: Role
    name: str = Field(min_length=1, max_length=100, pattern=NOT_BLANK)


class WebhookIn(In):
    url: str = Field(min_length=1, max_length=2000, pattern=r"^https?://",
                     description="A public http(s) URL (private addresses only where the "
                                 "webhook-private-targets setting allows them).")
    events: list[str] | None = Field(default=None, description="Events to send; all of them by default.")


class PolicyIn(In):
    source: str = Field(description="The policy file's text (TOML).")


# --- responses --------------------------------------------------------------------------------

class SpanOut(Out):
    start: int
    end: int
    text: str


class EvidenceOut(Out):
    category: str
    score: float
    source: str
    detail: str = ""
    spans: list[SpanOut]


class ReasonOut(Out):
    code: str
    action: str
    message: str
    score: float | None
    threshold: float | None
    evidence: list[EvidenceOut]


class StandingOut(Out):
    state: StandingState
    until: datetime | None
    reason: str | None
    strikes: int = Field(description="Strikes inside the policy's window.")


class CommentOut(Out):
    id: int
    article_id: str
    author_id: str
    author_name: str | None
    parent_id: int | None
    text: str
    status: Status
    engine_status: Status = Field(description="What the engine decided before any moderator.")
    created_at: datetime
    scores: dict[str, float]
    reasons: list[ReasonOut]
    model_version: str
    policy_version: str
    open_reports: int


class PostedOut(BaseModel):
    id: int
    status: Status
    reasons: list[ReasonOut]
    scores: dict[str, float]
    author_standing: StandingOut


class ArticleOut(Out):
    id: str
    title: str
    url: str | None
    open: bool
    created_at: datetime
    premoderate: bool


class ThreadComment(BaseModel):
    id: int
    status: Literal["published", "removed"]
    author_id: str | None = None
    author_name: str | None = None
    text: str | None = None
    created_at: datetime | None = None
    replies: list[ThreadComment] = []


class ThreadOut(BaseModel):
    article: ArticleOut
    comments: list[ThreadComment]
    total: int = Field(description="Published comments in the whole thread.")
    next_after: int | None = Field(description="Pass as ?after= for the next page; null on the last.")


class ReportOut(Out):
    reporter_id: str
    reason: str
    created_at: datetime


class AuthorOut(Out):
    id: str
    name: str | None
    standing: StandingOut
    comments: dict[str, int]
    strikes_total: int


class QueueItemOut(Out):
    comment: CommentOut
    article_title: str
    why: Literal["held", "reported"]
    reports: list[ReportOut]
    author: AuthorOut


class QueueOut(BaseModel):
    items: list[QueueItemOut]
    size: int
    next_after: int | None


class DecidedOut(Out):
    comment: CommentOut
    author_standing: StandingOut


class ReportedOut(Out):
    comment_id: int
    reports: int
    in_queue: bool
    hidden: bool


class AuditOut(Out):
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
    detail: dict[str, Any]


class FeedbackOut(Out):
    id: int
    at: datetime
    actor: str = Field(description="The key that sent it, as role:name")
    source: str = Field(description="Where it came from: perspective.suggestscore")
    text: str | None = Field(description="None when the sender set doNotStore")
    text_sha256: str = Field(description="SHA-256 of the UTF-8 text, kept even when the text is not")
    scores: dict[str, Any] = Field(
        description="Perspective attribute -> {summary, spans: [[begin, end, value]]}")
    languages: list[str]
    client_token: str | None
    community_id: str | None


class HistoryOut(BaseModel):
    comment: CommentOut
    history: list[AuditOut]


class UserOut(Out):
    id: str
    name: str | None
    created_at: datetime
    standing: StandingOut
    comments: dict[str, int]
    strikes_total: int
    history: list[AuditOut]
    recent: list[CommentOut]


class AppealOut(Out):
    id: int
    user_id: str
    text: str
    status: str
    created_at: datetime
    decided_at: datetime | None
    decided_by: str | None
    note: str | None


class KeyOut(Out):
    id: int
    name: str
    role: Role
    prefix: str
    created_at: datetime
    revoked_at: datetime | None


class NewKeyOut(KeyOut):
    key: str = Field(description="The secret. It is shown once and cannot be recovered.")


class PolicyOut(BaseModel):
    version: str
    name: str
    source: str
    actor: str | None
    created_at: datetime | None


class HealthOut(BaseModel):
    status: Literal["ok"]
    version: str
    model_version: str
    policy_version: str
    database: str


class WebhookOut(Out):
    id: int
    url: str
    events: list[str]
    active: bool
    created_at: datetime


class NewWebhookOut(WebhookOut):
    secret: str = Field(description="Signs every delivery (X-Civility-Signature). Shown once.")


class DeliveryOut(Out):
    id: int
    webhook_id: int
    event: str
    payload: dict[str, Any]
    status: Literal["pending", "delivered", "failed"]
    attempts: int
    next_attempt_at: datetime
    last_error: str | None
    created_at: datetime
    delivered_at: datetime | None
