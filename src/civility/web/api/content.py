"""Articles, comments, threads and readers' reports: what a publisher's site calls."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from civility.domain import Caller
from civility.serialize import iso
from civility.service import comments, moderation, threads
from civility.service.threads import Node
from civility.web import schemas as s
from civility.web.auth import publisher, site_of

router = APIRouter(tags=["content"])
PublisherKey = Annotated[Caller, publisher]


@router.post("/articles", responses=s.errors(409), status_code=201, response_model=s.ArticleOut,
             summary="Create an article that readers can comment on")
def create_article(body: s.ArticleIn, request: Request, caller: PublisherKey) -> threads.ArticleRecord:
    return threads.create_article(site_of(request), caller, body.id, body.title, body.url)


@router.get("/articles/{article_id}", responses=s.errors(404),
            response_model=s.ArticleOut, summary="An article")
def get_article(article_id: str, request: Request, caller: PublisherKey) -> threads.ArticleRecord:
    return threads.get_article(site_of(request), article_id)


@router.patch("/articles/{article_id}", responses=s.errors(404), response_model=s.ArticleOut,
              summary="Change an article's title or URL, close its thread or pre-moderate it")
def patch_article(article_id: str, body: s.ArticlePatch, request: Request,
                  caller: PublisherKey) -> threads.ArticleRecord:
    return threads.update_article(site_of(request), caller, article_id, body.title, body.url, body.open,
                                  body.premoderate)


def thread_node(node: Node) -> s.ThreadComment:
    c = node.comment
    replies = [thread_node(r) for r in node.replies]
    if c is None:
        return s.ThreadComment(id=node.id, status="removed", replies=replies)
    return s.ThreadComment(id=c.id, status="published", author_id=c.author_id, author_name=c.author_name,
                           text=c.text, created_at=c.created_at, replies=replies)


@router.get("/articles/{article_id}/comments", responses=s.errors(404), response_model=s.ThreadOut,
            summary="The published thread: top-level comments oldest first, replies nested")
def get_thread(article_id: str, request: Request, caller: PublisherKey,
               limit: Annotated[int, Query(ge=1, le=threads.MAX_PAGE)] = 20,
               after: Annotated[s.RowId | None, Query(description="next_after of the previous page")] = None,
               ) -> s.ThreadOut:
    t = threads.thread(site_of(request), article_id, limit, after)
    return s.ThreadOut(article=s.ArticleOut.model_validate(t.article),
                       comments=[thread_node(n) for n in t.comments], total=t.total, next_after=t.next_after)


@router.post("/comments", status_code=201, response_model=None,
             responses={201: {"model": s.PostedOut, "description": "Stored, with the policy's decision"},
                        403: {"model": s.ErrorOut, "description": "The author is suspended or banned"},
                        404: {"model": s.ErrorOut, "description": "Unknown article or parent"},
                        **s.errors(409)},
             summary="Post a reader's comment; the policy decides at once")
def post_comment(body: s.CommentIn, request: Request, caller: PublisherKey) -> JSONResponse:
    posted = comments.post_comment(site_of(request), caller, comments.NewComment(
        body.article_id, body.author_id, body.text, body.author_name, body.parent_id))
    c, standing = posted.comment, posted.standing
    # The busiest endpoint answers with plain JSON (the shape of PostedOut, which a test checks)
    # rather than validating the verdict a second time.
    return JSONResponse({
        "id": c.id, "status": c.status.value, "reasons": c.reasons, "scores": c.scores,
        "author_standing": {"state": standing.state.value, "reason": standing.reason,
                            "until": iso(standing.until),
                            "strikes": standing.strikes}}, status_code=201)


@router.post("/comments/{comment_id}/reports", responses=s.errors(404, 409), status_code=201,
             response_model=s.ReportedOut,
             summary="A reader reports a published comment")
def report(comment_id: s.RowId, body: s.ReportIn, request: Request,
           caller: PublisherKey) -> moderation.Reported:
    return moderation.report(site_of(request), caller, comment_id, body.reporter_id, body.reason)
