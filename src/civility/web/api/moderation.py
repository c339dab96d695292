"""The moderator's part: the queue, decisions and a comment's history."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from civility.domain import Caller, Category, Comment
from civility.service import audit, comments, feedback, moderation
from civility.web import schemas as s
from civility.web.auth import admin, moderator, site_of

router = APIRouter(tags=["moderation"])
ModeratorKey = Annotated[Caller, moderator]


@router.get("/queue", response_model=s.QueueOut,
            summary="Held and reader-reported comments, oldest first, with scores, evidence and history")
def get_queue(request: Request, caller: ModeratorKey, limit: Annotated[int, Query(ge=1, le=200)] = 50,
              after: Annotated[s.RowId | None, Query(description="next_after of the previous page")] = None,
              ) -> s.QueueOut:
    site = site_of(request)
    items = moderation.queue(site, limit + 1, after)
    more = len(items) > limit
    items = items[:limit]
    return s.QueueOut(items=[s.QueueItemOut.model_validate(i) for i in items],
                      size=moderation.queue_size(site),
                      next_after=items[-1].comment.id if more and items else None)


@router.get("/comments/{comment_id}", responses=s.errors(404), response_model=s.CommentOut,
            summary="A comment with its status, scores and evidence")
def get_comment(comment_id: s.RowId, request: Request, caller: ModeratorKey) -> Comment:
    return comments.get_comment(site_of(request), comment_id)


@router.get("/comments/{comment_id}/history", responses=s.errors(404), response_model=s.HistoryOut,
            summary="Every decision on a comment: by whom, when, on which text, under which versions")
def get_history(comment_id: s.RowId, request: Request, caller: ModeratorKey) -> s.HistoryOut:
    comment, entries = moderation.history(site_of(request), comment_id)
    return s.HistoryOut(comment=s.CommentOut.model_validate(comment),
                        history=[s.AuditOut.model_validate(e) for e in entries])


@router.post("/comments/{comment_id}/decision", responses=s.errors(404, 409), response_model=s.DecidedOut,
             summary="Approve or reject a comment")
def decide(comment_id: s.RowId, body: s.DecisionIn, request: Request, caller: ModeratorKey) -> s.DecidedOut:
    reason = body.reason.value if isinstance(body.reason, Category) else body.reason
    d = moderation.decide(site_of(request), caller, comment_id, body.action, body.note, reason)
    return s.DecidedOut(comment=s.CommentOut.model_validate(d.comment),
                        author_standing=s.StandingOut.model_validate(d.standing))


@router.get("/audit", response_model=list[s.AuditOut], summary="The audit log, newest first")
def get_audit(request: Request, caller: Annotated[Caller, admin],
              event: str | None = None, user_id: str | None = None, comment_id: s.RowId | None = None,
              before: Annotated[s.RowId | None, Query(description="Only entries with a smaller id")] = None,
              limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> list[s.AuditOut]:
    with site_of(request).db.reading() as session:
        rows = audit.entries(session, comment_id=comment_id, user_id=user_id, event=event, before=before,
                             limit=limit)
    return [s.AuditOut.model_validate(e) for e in rows]


@router.get("/feedback", response_model=list[s.FeedbackOut],
            summary="Scores suggested through Perspective's comments:suggestscore, newest first")
def get_feedback(request: Request, caller: ModeratorKey,
                 before: Annotated[s.RowId | None,
                                   Query(description="Only entries with a smaller id")] = None,
                 limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> list[s.FeedbackOut]:
    return [s.FeedbackOut.model_validate(f)
            for f in feedback.entries(site_of(request), before=before, limit=limit)]
