"""Webhooks to a real receiver on loopback: signed, in order, and kept while the receiver is down."""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from test_api_comments import post

from civility.service.site import Site
from civility.service.webhooks import Sender
from helpers import Api


class Receiver:
    """A publisher's endpoint: keeps what it is sent, answers 200 (or ``fail_with``)."""

    def __init__(self, port: int = 0) -> None:
        self.received: list[tuple[dict[str, str], bytes]] = []
        self.fail_with: int | None = None
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                if outer.fail_with is None:
                    outer.received.append(({k.lower(): v for k, v in self.headers.items()}, body))
                self.send_response(outer.fail_with or 200)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/civility-events"

    def events(self) -> list[dict[str, Any]]:
        return [json.loads(body) for _, body in self.received]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def sender(site: Site) -> Iterator[Sender]:
    """A sender to receivers on this machine, as ``webhook-private-targets`` allows."""
    site.webhook_private_targets = True
    s = Sender(site.db, base_delay=0.05, max_delay=0.2, poll=0.02, timeout=2, allow_private=True)
    s.start()
    yield s
    s.stop()


def wait_for(check: Callable[[], bool], seconds: float = 15) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if check():
            return
        time.sleep(0.05)
    raise AssertionError("timed out")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def verify(secret: str, headers: dict[str, str], body: bytes) -> bool:
    parts = dict(p.split("=", 1) for p in headers["x-civility-signature"].split(","))
    expected = hmac.new(secret.encode(), f"{parts['t']}.".encode() + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, parts["v1"])


def test_events_arrive_signed_and_in_order(sender: Sender, admin: Api, publisher: Api, mod: Api,
                                           article: str) -> None:
    receiver = Receiver()
    try:
        hook = admin.post("/webhooks", {"url": receiver.url}).json()
        held = post(publisher, "This damn war never ends.", "swearer").json()
        post(publisher, "A marked [threat] comment.", "ararat")
        post(publisher, "A marked [insult] comment.", "ararat")  # suspended
        post(publisher, "A calm, published comment.", "calm")  # no event
        mod.post(f"/comments/{held['id']}/decision", {"action": "approve"})
        expected = ["comment.held", "comment.rejected", "comment.rejected", "user.standing_changed",
                    "comment.decided"]
        wait_for(lambda: len(receiver.received) >= len(expected))
        events = receiver.events()
        assert [e["event"] for e in events] == expected
        assert [e["id"] for e in events] == sorted(e["id"] for e in events)
        suspended = [e for e in events if e["event"] == "user.standing_changed"]
        assert suspended[-1]["data"]["state"] == "suspended" and suspended[-1]["data"]["user_id"] == "ararat"
        assert events[-1]["data"]["overruled_engine"] is True
        for headers, body in receiver.received:
            assert verify(hook["secret"], headers, body)
            assert not verify("whsec_wrong", headers, body)
        time.sleep(0.3)
        assert len(receiver.received) == len(expected)  # nothing sent twice
    finally:
        receiver.close()


def test_a_receiver_that_is_down_loses_nothing(sender: Sender, admin: Api, publisher: Api,
                                               article: str) -> None:
    port = free_port()
    hook = admin.post("/webhooks", {"url": f"http://127.0.0.1:{port}/hook",
                                    "events": ["comment.held"]}).json()
    texts = [f"This damn war never ends, day {i}." for i in range(5)]
    for i, text in enumerate(texts):
        assert post(publisher, text, f"reader-{i}").json()["status"] == "held"
    wait_for(lambda: any(d["attempts"] >= 2 for d in admin.get(f"/webhooks/{hook['id']}/deliveries").json()))
    pending = admin.get(f"/webhooks/{hook['id']}/deliveries?status=pending").json()
    assert len(pending) == 5 and "ConnectError" in (pending[-1]["last_error"] or "")
    receiver = Receiver(port)  # the publisher's endpoint comes back
    try:
        wait_for(lambda: len(receiver.received) == 5)
        comments = [e["data"]["comment_id"] for e in receiver.events()]
        assert comments == sorted(comments)
        assert len(admin.get(f"/webhooks/{hook['id']}/deliveries?status=delivered").json()) == 5
    finally:
        receiver.close()


def test_an_error_answer_is_retried(sender: Sender, admin: Api, publisher: Api, article: str) -> None:
    receiver = Receiver()
    receiver.fail_with = 503
    try:
        hook = admin.post("/webhooks", {"url": receiver.url, "events": ["comment.held"]}).json()
        post(publisher, "This damn war never ends.", "reader")
        wait_for(lambda: admin.get(f"/webhooks/{hook['id']}/deliveries").json()[0]["attempts"] >= 2)
        assert admin.get(f"/webhooks/{hook['id']}/deliveries").json()[0]["last_error"] == "HTTP 503"
        receiver.fail_with = None
        wait_for(lambda: len(receiver.received) == 1)
    finally:
        receiver.close()


def test_webhook_input_is_checked(admin: Api, publisher: Api) -> None:
    assert admin.post("/webhooks", {"url": "ftp://x"}).status_code == 422
    assert admin.post("/webhooks", {"url": "http://x", "events": ["comment.eaten"]}).status_code == 422
    assert publisher.post("/webhooks", {"url": "http://x"}).status_code == 403
    assert admin.get("/webhooks/999/deliveries").status_code == 404
    hook = admin.post("/webhooks", {"url": "https://hooks.news.example/civility"}).json()
    assert admin.delete(f"/webhooks/{hook['id']}").json()["active"] is False


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/x", "http://[::1]/x", "http://169.254.169.254/latest/meta-data", "http://10.1.2.3/x",
    "http://192.168.0.10:8080/x", "http://[::ffff:127.0.0.1]/x", "http://localhost:8000/x",
    "http://0.0.0.0/x", "https://hooks.news.example:6379/x", "https://hooks.news.example:22/x",
    "https://user:pass@hooks.news.example/x", "https://hooks.news.example/x\r\nX-Evil: 1",
    "https://hooks.news.example/a b", "http://[not-an-address/x", "https://hooks.news.example:99999/x",
    "https:///nohost"])
def test_webhook_targets_that_are_refused(admin: Api, url: str) -> None:
    r = admin.post("/webhooks", {"url": url})
    assert r.status_code == 422, (url, r.text)
    assert "webhook" in r.json()["error"]["message"]


def test_private_targets_are_a_setting_and_ports_stay_checked(site: Site, admin: Api) -> None:
    site.webhook_private_targets = True
    assert admin.post("/webhooks", {"url": "http://10.1.2.3:8080/x"}).status_code == 201
    assert admin.post("/webhooks", {"url": "http://127.0.0.1:5432/x"}).status_code == 422


def test_a_target_that_resolves_to_a_private_address_fails_with_its_reason(
        site: Site, admin: Api, publisher: Api, article: str) -> None:
    """Checked at delivery too: a public-looking name whose address is private is not sent to."""
    with site.db.writing() as session:  # a webhook made before these checks, or renamed in DNS
        from civility.store.tables import Webhook, utcnow
        session.add(Webhook(url="http://127.0.0.1:8999/x", secret="s", events=["comment.held"], active=True,
                            created_at=utcnow()))
        session.add(Webhook(url="http://[broken/x", secret="s", events=["comment.held"], active=True,
                            created_at=utcnow()))
    post(publisher, "This damn war never ends.", "reader-1")
    sender = Sender(site.db, base_delay=0.05, poll=0.01, timeout=2)
    assert sender.send_due() == 2
    for hook in admin.get("/webhooks").json():
        [delivery] = admin.get(f"/webhooks/{hook['id']}/deliveries").json()
        assert delivery["status"] == "failed" and delivery["attempts"] == 1
        assert delivery["last_error"].startswith("undeliverable: a webhook"), delivery["last_error"]


def test_two_senders_deliver_each_event_once(site: Site, admin: Api, publisher: Api, article: str) -> None:
    """Several server processes on one PostgreSQL database each run a sender."""
    receiver = Receiver()
    site.webhook_private_targets = True
    senders = [Sender(site.db, base_delay=0.05, poll=0.01, timeout=2, allow_private=True) for _ in range(2)]
    try:
        admin.post("/webhooks", {"url": receiver.url, "events": ["comment.held"]})
        for i in range(12):
            post(publisher, f"This damn war never ends, day {i}.", f"reader-{i}")
        for s in senders:
            s.start()
        wait_for(lambda: len(receiver.received) >= 12)
        time.sleep(0.5)
        ids = [e["id"] for e in receiver.events()]
        assert len(ids) == 12 and ids == sorted(set(ids))  # each once, in order
    finally:
        for s in senders:
            s.stop()
        receiver.close()
