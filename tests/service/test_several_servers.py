"""Three `civility serve` processes on one PostgreSQL database behave as one service: limits,
key revocations, policy changes and webhook deliveries hold across them."""

from __future__ import annotations

import re
import time
from contextlib import ExitStack
from pathlib import Path

import httpx
import pytest
from test_webhooks import Receiver

from helpers import new_key, policy_text_for_tests, running_server


def _servers(db_url: str, tmp_path: Path, stack: ExitStack, n: int = 3) -> list[str]:
    urls = []
    for i in range(n):
        folder = tmp_path / f"server-{i}"
        folder.mkdir()
        urls.append(stack.enter_context(running_server(db_url, folder)))
    return urls


def _failed_login(url: str) -> int:
    with httpx.Client(base_url=url) as c:
        page = c.get("/moderate/login")
        found = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert found is not None
        return c.post("/moderate/login", data={"csrf": found.group(1), "username": "anna",
                                               "password": "not the password"}).status_code


def test_three_servers_on_one_postgres_act_as_one(db_url: str, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    if db_url.startswith("sqlite"):
        pytest.skip("several servers share one PostgreSQL database; SQLite is the one-process default")
    monkeypatch.setenv("CIVILITY_WEBHOOK_PRIVATE_TARGETS", "true")  # the receiver is on loopback
    admin_key = new_key("admin", db_url, tmp_path)
    receiver = Receiver()
    with ExitStack() as stack:
        a, b, c = urls = _servers(db_url, tmp_path, stack)
        admin = {"Authorization": f"Bearer {admin_key}"}

        # Limits: failed logins spread over the three count against one limit.
        codes = [_failed_login(urls[i % 3]) for i in range(12)]
        assert codes[:10] == [401] * 10 and codes[10:] == [429, 429], codes

        # Revocation: made on one server, revoked on another, refused on the third at once.
        made = httpx.post(f"{a}/api/v1/keys", json={"role": "publisher", "name": "site"},
                          headers=admin).json()
        publisher = {"Authorization": f"Bearer {made['key']}"}
        assert httpx.get(f"{c}/api/v1/articles/none", headers=publisher).status_code == 404
        assert httpx.delete(f"{b}/api/v1/keys/{made['id']}", headers=admin).status_code == 200
        assert httpx.get(f"{c}/api/v1/articles/none", headers=publisher).status_code == 401
        publisher = {"Authorization": f"Bearer {new_key('publisher', db_url, tmp_path)}"}

        # Policy: put in force on one server, in force on the others within a second or so.
        source = policy_text_for_tests().replace('banned = ["rejectword"]',
                                                 'banned = ["rejectword", "newword"]')
        assert httpx.put(f"{a}/api/v1/policy", json={"source": source}, headers=admin).status_code == 200
        httpx.post(f"{a}/api/v1/articles", json={"id": "a1", "title": "A story"}, headers=publisher)
        time.sleep(1.5)
        for url in (b, c):
            r = httpx.post(f"{url}/api/v1/comments", headers=publisher, json={
                "article_id": "a1", "author_id": f"r-{url[-5:]}", "text": "A newword in a comment."})
            assert r.json()["status"] == "rejected", (url, r.text)

        # Webhooks: each server runs a sender; every event arrives once, in order.
        hook = httpx.post(f"{b}/api/v1/webhooks", json={"url": receiver.url, "events": ["comment.held"]},
                          headers=admin)
        assert hook.status_code == 201, hook.text
        for i in range(9):
            httpx.post(f"{urls[i % 3]}/api/v1/comments", headers=publisher, json={
                "article_id": "a1", "author_id": f"reader-{i}", "text": f"A holdword comment, number {i}."})
        end = time.monotonic() + 30
        while len(receiver.received) < 9 and time.monotonic() < end:
            time.sleep(0.1)
        time.sleep(1.0)
        ids = [e["id"] for e in receiver.events()]
        assert len(ids) == 9 and ids == sorted(set(ids))
    receiver.close()
