"""The store: migrations, concurrent writers, and a failing engine that must not lose a comment."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from civility.domain import Verdict
from civility.errors import InputError
from civility.policy.engine import Moderator
from civility.service.site import Site
from civility.store.database import Database, head_revision, normalise_url
from civility.store.tables import AuditRow, Base, CommentRow
from helpers import Api


def test_migrations_build_exactly_the_tables(site: Site) -> None:
    assert site.db.revision() == head_revision() == "0007"
    with site.db.reader.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []


def test_urls() -> None:
    assert normalise_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("data/civility.db") == "sqlite:///data/civility.db"
    with pytest.raises(InputError):
        Database("")
    with pytest.raises(InputError, match="cannot open database"):
        Database("sqlite:////no/such/folder/x.db").upgrade()


def test_concurrent_posts_lose_nothing(site: Site, client: TestClient, publisher: Api, article: str) -> None:
    def one(i: int) -> int:
        r = publisher.post("/comments", {"article_id": article, "author_id": f"reader-{i % 7}",
                                         "text": f"Comment {i}: the talks matter for the region."})
        return int(r.status_code)

    with ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(one, range(120)))
    assert statuses == [201] * 120
    with site.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(CommentRow)) == 120
        assert session.scalar(select(func.count()).select_from(AuditRow)
                              .where(AuditRow.event == "comment.moderated")) == 120


class BrokenEngine(Moderator):
    """An engine that fails on one text, the way a real bug would: with an exception."""

    def moderate(self, text: str, *, author_published: int | None = None) -> Verdict:
        if "trigger" in text:
            raise RuntimeError("engine bug")
        return super().moderate(text, author_published=author_published)


def test_a_failing_engine_holds_the_comment(site: Site, publisher: Api, mod: Api, article: str,
                                            stub_moderator: Moderator) -> None:
    site.moderator = BrokenEngine(site.policy, stub_moderator.scorer)
    r = publisher.post("/comments", {"article_id": article, "author_id": "a", "text": "this will trigger it"})
    assert r.status_code == 201
    body: dict[str, Any] = r.json()
    assert body["status"] == "held" and body["reasons"][0]["code"] == "engine_error"
    queued = mod.get("/queue").json()["items"]
    assert [i["comment"]["text"] for i in queued] == ["this will trigger it"]
    ok = publisher.post("/comments", {"article_id": article, "author_id": "a", "text": "A fine comment."})
    assert ok.json()["status"] == "published"


def test_health_and_openapi(client: TestClient) -> None:
    health = client.get("/api/v1/health").json()
    assert health["status"] == "ok" and health["policy_version"] == "2026.11.1"
    spec = client.get("/api/v1/openapi.json").json()
    for path in ["/api/v1/articles", "/api/v1/comments", "/api/v1/articles/{article_id}/comments",
                 "/api/v1/queue", "/api/v1/comments/{comment_id}/decision",
                 "/api/v1/comments/{comment_id}/reports", "/api/v1/users/{user_id}",
                 "/api/v1/users/{user_id}/standing", "/api/v1/users/{user_id}/appeal",
                 "/api/v1/users/{user_id}/export"]:
        assert path in spec["paths"], path
    assert "delete" in spec["paths"]["/api/v1/users/{user_id}"]
