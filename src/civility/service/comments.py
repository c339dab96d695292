"""Posting a comment: check the thread and the author, run the policy, store it with its decision."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from civility.domain import STATUS_OF_ACTION, Caller, Comment, Status, UserStanding, Verdict
from civility.errors import BlockedError, ConflictError, InputError, NotFoundError
from civility.policy import standing as rules
from civility.policy.config import Policy
from civility.serialize import reason_json
from civility.service import audit, records, users
from civility.service.site import Site
from civility.store.tables import Article, CommentRow, User

log = logging.getLogger("civility.service")
ENGINE = "civility"  # the actor named in the audit log for automatic decisions
MAX_ID = 200


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
    """Store the comment with the policy's decision. A failing engine holds it, never loses it."""
    check_id(new.article_id, "article_id")
    check_id(new.author_id, "author_id")
    if new.author_name is not None and len(new.author_name) > MAX_ID:
        raise InputError(f"author_name must be at most {MAX_ID} characters")
    policy = site.policy
    check_text(new.text, policy.max_length)
    now = site.clock()
    with site.db.reading() as session:
        _check_thread(session.get(Article, new.article_id), new, session)
        user = session.get(User, new.author_id)
        _check_standing(records.standing_of(session, user, policy, now), policy)
        published = 0
        if policy.premoderation.new_user_comments and user is not None:
            published = int(session.scalar(select(func.count()).select_from(CommentRow).where(
                CommentRow.author_id == new.author_id,
                CommentRow.status == Status.PUBLISHED.value)) or 0)
    moderator = site.moderator
    verdict: Verdict | None = None
    try:
        verdict = moderator.moderate(new.text, author_published=published)
    except Exception as exc:  # the comment must not be lost because the engine broke
        log.exception("engine failed on a comment by %s; holding it", new.author_id)
        failure = exc

    with site.db.writing() as session:
        now = site.clock()
        user = records.ensure_user(session, new.author_id, new.author_name, now)
        _check_standing(records.standing_of(session, user, policy, now), policy)
        if verdict is not None:
            status = STATUS_OF_ACTION[verdict.action]
            reasons = [reason_json(r) for r in verdict.reasons]
            scores = {c.value: s for c, s in verdict.scores.items()}
            model_version, policy_version = verdict.model_version, verdict.policy_version
        else:
            status, reasons, scores = Status.HELD, [_engine_failed(failure)], {}
            model_version, policy_version = moderator.model_version, policy.version
        root_id = None
        if new.parent_id is not None:
            parent = records.get_comment_row(session, new.parent_id)
            root_id = parent.root_id or parent.id
        row = CommentRow(article_id=new.article_id, author_id=new.author_id, author_name=new.author_name,
                         parent_id=new.parent_id, root_id=root_id, text=new.text, status=status.value,
                         engine_status=status.value, scores=scores, reasons=reasons,
                         model_version=model_version, policy_version=policy_version, open_reports=0,
                         created_at=now, updated_at=now)
        session.add(row)
        session.flush()
        audit.record(session, now, ENGINE, "comment.moderated", comment_id=row.id, user_id=user.id,
                     text=new.text, model_version=model_version, policy_version=policy_version,
                     status=status.value, reasons=[r["code"] for r in reasons], via=caller.actor)
        after = records.standing_of(session, user, policy, now)
        if status is Status.REJECTED:
            after = users.add_strike(session, site, user, row.id, ENGINE, now)
        return Posted(records.comment(row), after)


def _check_thread(article: Article | None, new: NewComment, session: Session) -> None:
    if article is None:
        raise NotFoundError(f"no article with id {new.article_id!r}; create it first (POST /articles)")
    if not article.open:
        raise ConflictError(f"comments on article {new.article_id!r} are closed")
    if new.parent_id is not None:
        parent = session.get(CommentRow, new.parent_id)
        if parent is None:
            raise NotFoundError(f"no comment with id {new.parent_id} to reply to")
        if parent.article_id != new.article_id:
            raise InputError(f"comment {new.parent_id} belongs to another article")


def _check_standing(standing: UserStanding, policy: Policy) -> None:
    message = rules.blocked_message(standing, policy.standing)
    if message is not None:
        until = standing.until.isoformat() if standing.until else None
        raise BlockedError(message, standing.state.value, until)


def get_comment(site: Site, comment_id: int) -> Comment:
    with site.db.reading() as session:
        return records.comment(records.get_comment_row(session, comment_id))
