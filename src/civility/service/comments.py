"""Posting a comment: check the thread and the author, run the policy, store it with its decision."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.orm import Session

from civility.domain import (
    STATUS_OF_ACTION,
    Caller,
    Comment,
    StandingState,
    Status,
    UserStanding,
    Verdict,
)
from civility.errors import BlockedError, ConflictError, InputError, NotFoundError
from civility.policy import standing as rules
from civility.policy.config import Policy
from civility.serialize import iso, reason_json
from civility.service import audit, records, users, webhooks
from civility.service.site import Site
from civility.store.tables import Article, CommentRow, User, table

log = logging.getLogger("civility.service")
ENGINE = "civility"  # the actor named in the audit log for automatic decisions
MAX_ID = 200
# The statements of every post, built once.
_INSERT = insert(table("comments")).returning(table("comments").c.id)
_ARTICLE_OPEN = select(Article.open, Article.premoderate).where(Article.id == bindparam("aid"))
PREMODERATED: dict[str, object] = {
    "code": "premoderation.article", "action": "hold", "score": None, "threshold": None, "evidence": [],
    "message": "Comments on this article are read by a moderator before they appear."}
_PARENT = select(CommentRow.article_id, CommentRow.root_id).where(CommentRow.id == bindparam("cid"))


@dataclass(frozen=True)
class NewComment:
    article_id: str
    author_id: str
    text: str
    author_name: str | None = None
    parent_id: int | None = None


@dataclass(frozen=True)
class Posted:
    comment: Comment
    standing: UserStanding  # the author's standing after this comment


def check_text(text: str, max_length: int) -> None:
    if not text.strip():
        raise InputError("text is empty")
    if len(text) > max_length:
        raise InputError(f"text is {len(text)} characters long; this site's limit is {max_length}")


def check_id(value: str, what: str) -> None:
    if not value.strip() or len(value) > MAX_ID:
        raise InputError(f"{what} must be 1 to {MAX_ID} characters")


def _engine_failed(exc: Exception) -> dict[str, object]:
    return {"code": "engine_error", "action": "hold", "score": None, "threshold": None, "evidence": [],
            "message": "The comment could not be checked automatically, so a moderator will review it."
                       f" ({type(exc).__name__})"}


def post_comment(site: Site, caller: Caller, new: NewComment) -> Posted:
    """Store the comment with the policy's decision. A failing engine holds it, never loses it.

    The checks read in parallel and the engine scores outside the write lock; the write itself
    is a handful of plain statements, so SQLite's one writer is held as briefly as possible."""
    check_id(new.article_id, "article_id")
    check_id(new.author_id, "author_id")
    if new.author_name is not None and len(new.author_name) > MAX_ID:
        raise InputError(f"author_name must be at most {MAX_ID} characters")
    policy = site.policy
    check_text(new.text, policy.max_length)
    now = site.clock()
    with site.db.reading() as session:
        root_id, premoderate = _check_thread(session, new)
        standing = records.standing_by_id(session, new.author_id, policy, now)
        _check_standing(standing, policy)
        published = 0
        if policy.premoderation.new_user_comments:
            published = int(session.scalar(select(func.count()).select_from(CommentRow).where(
                CommentRow.author_id == new.author_id,
                CommentRow.status == Status.PUBLISHED.value)) or 0)
    moderator = site.moderator
    verdict: Verdict | None = None
    try:
        verdict = site.moderate(new.text, author_published=published)
    except Exception as exc:  # the comment must not be lost because the engine broke
        log.exception("engine failed on a comment by %s; holding it", new.author_id)
        failure = exc
    if verdict is not None:
        status = STATUS_OF_ACTION[verdict.action]
        reasons = [reason_json(r) for r in verdict.reasons]
        scores = {c.value: s for c, s in verdict.scores.items()}
        model_version, policy_version = verdict.model_version, verdict.policy_version
    else:
        status, reasons, scores = Status.HELD, [_engine_failed(failure)], {}
        model_version, policy_version = moderator.model_version, policy.version
    engine_status = status  # what the engine said, before the article's pre-moderation
    if premoderate and status is Status.PUBLISHED:
        status, reasons = Status.HELD, [*reasons, dict(PREMODERATED)]

    with site.db.writing() as session:
        now = site.clock()
        state = records.ensure_user(session, new.author_id, new.author_name, now)
        if state != StandingState.GOOD.value:  # blocked since the check above (or a lapsed suspension)
            standing = records.standing_of(session, session.get(User, new.author_id), policy, now)
            _check_standing(standing, policy)
        values = dict(article_id=new.article_id, author_id=new.author_id, author_name=new.author_name,
                      parent_id=new.parent_id, root_id=root_id, text=new.text, status=status.value,
                      engine_status=engine_status.value, scores=scores, reasons=reasons,
                      model_version=model_version, policy_version=policy_version, open_reports=0,
                      created_at=now, updated_at=now)
        comment_id = session.execute(_INSERT, values).scalar_one()
        audit.record(session, now, ENGINE, "comment.moderated", comment_id=comment_id, user_id=new.author_id,
                     text=new.text, model_version=model_version, policy_version=policy_version,
                     status=status.value, reasons=[r["code"] for r in reasons], via=caller.actor)
        if status is not Status.PUBLISHED:
            webhooks.enqueue(session, f"comment.{status.value}", {
                "comment_id": comment_id, "article_id": new.article_id, "author_id": new.author_id,
                "status": status.value,
                "reasons": [{"code": r["code"], "message": r["message"]} for r in reasons],
                "model_version": model_version, "policy_version": policy_version}, now)
        if status is Status.REJECTED:
            author = session.get(User, new.author_id)
            assert author is not None
            standing = users.add_strike(session, site, author, comment_id, ENGINE, now, new_comment=True)
    comment = Comment(id=comment_id, article_id=new.article_id, author_id=new.author_id,
                      author_name=new.author_name, parent_id=new.parent_id, text=new.text, status=status,
                      engine_status=engine_status, created_at=now, scores=scores, reasons=reasons,
                      model_version=model_version, policy_version=policy_version)
    return Posted(comment, standing)


def _check_thread(session: Session, new: NewComment) -> tuple[int | None, bool]:
    """Check the article is there and open, and the parent in it; the reply's thread root, and
    whether the article is pre-moderated."""
    article = session.execute(_ARTICLE_OPEN, {"aid": new.article_id}).first()
    if article is None:
        raise NotFoundError(f"no article with id {new.article_id!r}; create it first (POST /articles)")
    if not article.open:
        raise ConflictError(f"comments on article {new.article_id!r} are closed")
    if new.parent_id is None:
        return None, bool(article.premoderate)
    parent = session.execute(_PARENT, {"cid": new.parent_id}).first()
    if parent is None:
        raise NotFoundError(f"no comment with id {new.parent_id} to reply to")
    if parent.article_id != new.article_id:
        raise InputError(f"comment {new.parent_id} belongs to another article")
    return int(parent.root_id or new.parent_id), bool(article.premoderate)


def _check_standing(standing: UserStanding, policy: Policy) -> None:
    message = rules.blocked_message(standing, policy.standing)
    if message is not None:
        raise BlockedError(message, standing.state.value, iso(standing.until))


def get_comment(site: Site, comment_id: int) -> Comment:
    with site.db.reading() as session:
        return records.comment(records.get_comment_row(session, comment_id))
