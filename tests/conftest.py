from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from civility.policy.config import default_policy_text
from civility.policy.engine import Moderator
from civility.service.site import Site
from helpers import Api, StubScorer

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURE = SHARED / "fixtures" / "karabakh_article.json"


@pytest.fixture(scope="session")
def moderator() -> Moderator:
    return Moderator()


@pytest.fixture(scope="session")
def stub_moderator() -> Moderator:
    """The default policy over a stub model: service tests never depend on the real model."""
    return Moderator(scorer=StubScorer())


@pytest.fixture(scope="session")
def fixture_article() -> dict[str, Any]:
    if not FIXTURE.exists():
        pytest.skip("shared/fixtures is not beside the project")
    data: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return data


# --- the service: a real database per test, SQLite always, PostgreSQL when CI starts one -------

POSTGRES = os.environ.get("CIVILITY_TEST_POSTGRES", "")
if os.environ.get("CI") and not POSTGRES:
    raise RuntimeError("CI must run the service tests on PostgreSQL too: set CIVILITY_TEST_POSTGRES "
                       "(.ci/run starts a server with .ci/postgres)")
BACKENDS = ["sqlite", "postgresql"]  # without a server, the PostgreSQL half is skipped, visibly
NO_POSTGRES = ("no PostgreSQL: set CIVILITY_TEST_POSTGRES=postgresql://user@host/db (a database the "
               "tests may empty) to run the service tests on PostgreSQL too")


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Say what this run covered, so that nothing is left out silently."""
    write = terminalreporter.write_line
    write("databases: SQLite" + (" and PostgreSQL" if POSTGRES else f"; {NO_POSTGRES}"))
    if not FIXTURE.exists():
        write(f"shared material: {SHARED} is missing, so the fixture's tests were skipped")


def _fresh_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    from civility.store.database import normalise_url

    engine = create_engine(normalise_url(url))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'civility.db'}"
    if not POSTGRES:
        pytest.skip(NO_POSTGRES)
    _fresh_postgres(POSTGRES)
    return POSTGRES


@pytest.fixture
def site(db_url: str, stub_moderator: Moderator) -> Iterator[Site]:
    from civility.service import policies
    from civility.service.setup import COMMAND_LINE, open_database
    from civility.store.tables import utcnow

    db = open_database(db_url)
    policies.startup(db, default_policy_text(), COMMAND_LINE, utcnow(), explicit=True)
    yield Site(db, stub_moderator)
    db.close()


@pytest.fixture
def client(site: Site) -> Iterator[TestClient]:
    from civility.web.app import create_app

    with TestClient(create_app(site), raise_server_exceptions=False) as c:
        yield c


def _key(site: Site, role: str) -> str:
    from civility.domain import Role
    from civility.service import keys
    from civility.service.setup import COMMAND_LINE

    return keys.create_key(site.db, Role(role), f"test-{role}", COMMAND_LINE)[1]


@pytest.fixture
def publisher(client: TestClient, site: Site) -> Api:
    return Api(client, _key(site, "publisher"))


@pytest.fixture
def mod(client: TestClient, site: Site) -> Api:
    return Api(client, _key(site, "moderator"))


@pytest.fixture
def admin(client: TestClient, site: Site) -> Api:
    return Api(client, _key(site, "admin"))


@pytest.fixture
def article(publisher: Api) -> str:
    r = publisher.post("/articles", {"id": "karabakh", "title": "Putin, Erdogan Discuss Karabakh Fighting",
                                     "url": "https://news.example/karabakh"})
    assert r.status_code == 201, r.text
    return "karabakh"
