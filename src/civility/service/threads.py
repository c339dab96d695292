"""Articles and their published threads, replies nested under their parents."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError

from civility.domain import Caller, Comment, Status
from civility.errors import ConflictError, InputError, NotFoundError
from civility.service import audit, records
from civility.service.comments import check_id
from civility.service.site import Site
from civility.store.tables import Article, CommentRow

MAX_PAGE = 100


@dataclass(frozen=True)
class ArticleRecord:
    id: str
    title: str
    url: str | None
    open: bool
    created_at: datetime
    premoderate: bool = False


@dataclass
class Node:
    """A comment in a thread. A comment that is not published, but has published replies,
    stays as a placeholder (``comment`` is None) so the replies keep their place."""

    id: int
    comment: Comment | None
    replies: list[Node] = field(default_factory=list)


@dataclass(frozen=True)
class Thread:
    article: ArticleRecord
    comments: list[Node]
    total: int  # published comments in the whole thread
    next_after: int | None  # pass as ``after`` for the next page of top-level comments


def article_record(row: Article) -> ArticleRecord:
    return ArticleRecord(row.id, row.title, row.url, row.open, row.created_at, bool(row.premoderate))


def _check_article(title: str, url: str | None) -> None:
    if not title.strip() or len(title) > 500:
        raise InputError("title must be 1 to 500 characters")
    if url is not None and (len(url) > 2000 or not url.startswith(("http://", "https://", "/"))
                            or url.startswith(("//", "/\\"))):
        raise InputError("url must be an http(s) URL or a path, at most 2000 characters")


def create_article(site: Site, caller: Caller, article_id: str, title: str,
                   url: str | None = None) -> ArticleRecord:
    check_id(article_id, "id")
    _check_article(title, url)
    try:
        with site.db.writing() as session:
            if session.get(Article, article_id) is not None:
                raise ConflictError(f"article {article_id!r} already exists")
            now = site.clock()
            row = Article(id=article_id, title=title, url=url, open=True, premoderate=False,
                          created_at=now)
            session.add(row)
            audit.record(session, now, caller.actor, "article.created", article_id=article_id)
            return article_record(row)
    except IntegrityError as exc:  # created by another writer in between (PostgreSQL)
        raise ConflictError(f"article {article_id!r} already exists") from exc


def update_article(site: Site, caller: Caller, article_id: str, title: str | None = None,
                   url: str | None = None, open: bool | None = None,
                   premoderate: bool | None = None) -> ArticleRecord:
    with site.db.writing() as session:
        row = session.get(Article, article_id)
        if row is None:
            raise NotFoundError(f"no article with id {article_id!r}")
        _check_article(title if title is not None else row.title, url)
        changed: dict[str, object] = {}
        if title is not None and title != row.title:
            row.title = changed["title"] = title
        if url is not None and url != row.url:
            row.url = changed["url"] = url
        if open is not None and open != row.open:
            row.open = changed["open"] = open
        if premoderate is not None and premoderate != row.premoderate:
            row.premoderate = changed["premoderate"] = premoderate
        if changed:
            audit.record(session, site.clock(), caller.actor, "article.updated", article_id=article_id,
                         changed=changed)
        return article_record(row)


def get_article(site: Site, article_id: str) -> ArticleRecord:
    with site.db.reading() as session:
        row = session.get(Article, article_id)
        if row is None:
            raise NotFoundError(f"no article with id {article_id!r}")
        return article_record(row)


def thread(site: Site, article_id: str, limit: int = 20, after: int | None = None) -> Thread:
    """One page of top-level comments, oldest first, each with all its published replies."""
    if not 1 <= limit <= MAX_PAGE:
        raise InputError(f"limit must be between 1 and {MAX_PAGE}")
    published = Status.PUBLISHED.value
    with site.db.reading() as session:
        article = session.get(Article, article_id)
        if article is None:
            raise NotFoundError(f"no article with id {article_id!r}")
        has_published_reply = select(CommentRow.root_id).where(
            CommentRow.article_id == article_id, CommentRow.status == published,
            CommentRow.root_id.is_not(None))
        q = select(CommentRow).where(
            CommentRow.article_id == article_id, CommentRow.parent_id.is_(None),
            or_(CommentRow.status == published, CommentRow.id.in_(has_published_reply)))
        if after is not None:
            q = q.where(CommentRow.id > after)
        tops = list(session.scalars(q.order_by(CommentRow.id).limit(limit + 1)))
        more = len(tops) > limit
        tops = tops[:limit]
        replies = list(session.scalars(select(CommentRow).where(
            CommentRow.root_id.in_([t.id for t in tops])).order_by(CommentRow.id))) if tops else []
        total = int(session.scalar(select(func.count()).select_from(CommentRow).where(
            CommentRow.article_id == article_id, CommentRow.status == published)) or 0)
        nodes = _tree(tops, replies)
        return Thread(article_record(article), nodes, total, tops[-1].id if more and tops else None)


@dataclass(frozen=True)
class Pending:
    """A reader's own comment that waits for a moderator: shown to that reader only."""

    id: int
    parent_id: int | None
    text: str
    created_at: datetime


def pending_of(site: Site, article_id: str, author_id: str, limit: int = 20) -> list[Pending]:
    """The comments of ``author_id`` on the article that are held for a moderator, oldest first."""
    with site.db.reading() as session:
        rows = session.scalars(select(CommentRow).where(
            CommentRow.article_id == article_id, CommentRow.author_id == author_id,
            CommentRow.status == Status.HELD.value).order_by(CommentRow.id).limit(limit))
        return [Pending(r.id, r.parent_id, r.text, r.created_at) for r in rows]


def _tree(tops: list[CommentRow], replies: list[CommentRow]) -> list[Node]:
    nodes: dict[int, Node] = {}
    for row in [*tops, *replies]:
        shown = row.status == Status.PUBLISHED.value
        nodes[row.id] = Node(row.id, records.comment(row) if shown else None)
    for row in replies:
        parent = nodes.get(row.parent_id) if row.parent_id is not None else None
        if parent is not None:
            parent.replies.append(nodes[row.id])
    return [n for n in (_prune(nodes[t.id]) for t in tops) if n is not None]


def _prune(node: Node) -> Node | None:
    """Drop unpublished comments that have no published reply below them."""
    node.replies = [r for r in (_prune(c) for c in node.replies) if r is not None]
    return node if node.comment is not None or node.replies else None
