"""`civility serve` as a real process: keys from the CLI, the fixture's thread over HTTP."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from civility.client import CivilityApiError, Client
from civility.store.database import head_revision
from helpers import civility, new_key, running_server


@pytest.fixture
def server(db_url: str, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """A running server on a free loopback port, and an admin key made by `civility keys create`."""
    secret = new_key("admin", db_url, tmp_path)
    with running_server(db_url, tmp_path) as url:
        yield url, secret


def test_the_fixture_thread_over_http(server: tuple[str, str], fixture_article: dict[str, Any]) -> None:
    url, admin_key = server
    with Client(url, admin_key) as admin:
        key = admin.create_key("publisher", "asbarez.example")["key"]
    with Client(url, key) as site:
        site.create_article("karabakh", fixture_article["article"]["title"])
        seed = "A comment with the rejectword in it."
        assert site.post_comment("karabakh", "Ararat", seed)["status"] == "rejected"
        for paragraph in fixture_article["article"]["paragraphs"][:6]:
            assert site.post_comment("karabakh", "reader", paragraph)["status"] == "published"
        assert site.thread("karabakh")["total"] == 6
        with pytest.raises(CivilityApiError) as err:
            site.post_comment("no-such-story", "reader", "hello")
        assert err.value.status == 404 and err.value.code == "not_found"
        scored = site.analyze(seed, ["THREAT", "TOXICITY"], span_annotations=True, client_token="t1")
        assert 0.0 <= scored["attributeScores"]["THREAT"]["summaryScore"]["value"] <= 1.0
        assert scored["clientToken"] == "t1"
        with pytest.raises(CivilityApiError) as err:
            site.analyze("hello", ["FLIRTATION"])
        assert err.value.status == 400 and "Unknown attribute" in err.value.message
    raw = httpx.post(url + "/api/v1/comments", content=b"not json",
                     headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"})
    assert raw.status_code == 400


def test_cli_keys_and_db(db_url: str, tmp_path: Path) -> None:
    up = civility("db", "upgrade", "--db", db_url, cwd=tmp_path)
    assert up.returncode == 0 and f"migration {head_revision()}" in up.stdout
    made = civility("keys", "create", "--role", "moderator", "--name", "desk", "--db", db_url, cwd=tmp_path)
    assert made.stdout.strip().startswith("civ_")
    listed = civility("keys", "list", "--db", db_url, cwd=tmp_path)
    assert "moderator\tdesk" in listed.stdout and made.stdout.strip() not in listed.stdout
    key_id = listed.stdout.split("\t")[0]
    assert "Revoked" in civility("keys", "revoke", key_id, "--db", db_url, cwd=tmp_path).stdout
    login = civility("users", "create", "--username", "anna", "--password", "a long password", "--db", db_url,
                     cwd=tmp_path)
    assert login.returncode == 0 and "anna" in login.stdout
    short = civility("users", "create", "--username", "bob", "--password", "short", "--db", db_url,
                     cwd=tmp_path)
    assert short.returncode == 2
    assert short.stderr.strip() == "error: a password must be at least 10 characters"
    changed = civility("users", "change", "anna", "--role", "admin", "--db", db_url, cwd=tmp_path)
    assert changed.returncode == 0 and "sessions have ended" in changed.stdout
    nothing = civility("users", "change", "anna", "--db", db_url, cwd=tmp_path)
    assert nothing.returncode == 2 and nothing.stderr.startswith("error: say what to change")
    nobody = civility("users", "change", "zed", "--disable", "--db", db_url, cwd=tmp_path)
    assert nobody.returncode == 2 and "no login 'zed'" in nobody.stderr
    bad = civility("keys", "create", "--role", "emperor", "--db", db_url, cwd=tmp_path)
    assert bad.returncode == 2 and bad.stderr.strip().startswith("error: unknown role")
    missing = civility("keys", "revoke", "999", "--db", db_url, cwd=tmp_path)
    assert missing.returncode == 2 and "no API key with id 999" in missing.stderr


def test_serve_refuses_bad_arguments(tmp_path: Path) -> None:
    r = civility("serve", "--port", "0", "--db", str(tmp_path / "x.db"), cwd=tmp_path)
    assert r.returncode == 2 and r.stderr.strip() == "error: --port must be between 1 and 65535, not 0"
    r = civility("serve", "--policy", str(tmp_path / "none.toml"), "--db", str(tmp_path / "x.db"),
                 cwd=tmp_path)
    assert r.returncode == 2 and "policy file not found" in r.stderr
    r = civility("serve", "--db", "sqlite:////no/such/dir/c.db", cwd=tmp_path)
    assert r.returncode == 2 and "cannot open database" in r.stderr


def _login_form(client: httpx.Client) -> str:
    page = client.get("/moderate/login")
    found = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert found is not None, page.text
    return found.group(1)


def test_the_running_server_hides_keys_trusts_no_forwarded_header_and_caps_heads(
        db_url: str, tmp_path: Path) -> None:
    secret = new_key("publisher", db_url, tmp_path)
    with running_server(db_url, tmp_path, "--access-log") as url, httpx.Client(base_url=url) as c:
        assert c.get(f"/api/v1/health?key={secret}&x=1").status_code == 200
        # Rotating X-Forwarded-For does not make each failed login come from somewhere new.
        statuses = []
        for i in range(12):
            token = _login_form(c)
            r = c.post("/moderate/login", data={"csrf": token, "key": "wrong"},
                       headers={"X-Forwarded-For": f"203.0.113.{i}"})
            statuses.append(r.status_code)
        assert statuses[:10] == [401] * 10 and statuses[10:] == [429, 429]
        # A request head over the cap is refused, and the server goes on.
        try:
            big: int | None = c.get("/api/v1/health", headers={"X-Big": "a" * 64_000}).status_code
        except httpx.HTTPError:
            big = None  # the connection was closed on it
        assert big in (None, 400, 431)
        assert c.get("/api/v1/health").status_code == 200
    log = (tmp_path / "server.log").read_text()
    assert "/api/v1/health?key=REDACTED&x=1" in log
    assert secret not in log
