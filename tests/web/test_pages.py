"""The moderator's pages and the widget's API, in-process: logins, CSRF, escaping, CORS, headers."""

from __future__ import annotations

import re
from typing import Any

from fastapi.testclient import TestClient

from civility.domain import Role
from civility.service import staff
from civility.service.readers import make_reader_token
from civility.service.setup import COMMAND_LINE
from civility.service.site import Site
from helpers import Api

XSS = '<script>alert(1)</script><img src=x onerror="alert(2)"> damn it'


def login(client: TestClient, **fields: str) -> Any:
    page = client.get("/moderate/login")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert token is not None
    return client.post("/moderate/login", data={"csrf": token.group(1), **fields}, follow_redirects=False)


def csrf_of(client: TestClient) -> str:
    found = re.search(r'<meta name="csrf" content="([^"]+)">', client.get("/moderate/").text)
    assert found is not None
    return found.group(1)


def test_pages_need_a_login(client: TestClient) -> None:
    for path in ["/moderate/", "/moderate/dashboard", "/moderate/comments/1", "/moderate/users/x"]:
        r = client.get(path, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/moderate/login", path
    r = client.post("/moderate/actions/decide", json={"ids": [1], "action": "approve"})
    assert r.status_code == 401


def test_password_login_csrf_and_logout(client: TestClient, site: Site, publisher: Api) -> None:
    staff.create_account(site.db, "anna", "a long enough password", Role.MODERATOR, COMMAND_LINE)
    assert login(client, username="anna", password="wrong password!").status_code == 401
    r = login(client, username="anna", password="a long enough password")
    assert r.status_code == 303 and "civility_session" in r.headers["set-cookie"]
    assert "HttpOnly" in r.headers["set-cookie"] and "SameSite=strict" in r.headers["set-cookie"]
    publisher.post("/articles", {"id": "a1", "title": "A story"})
    held = publisher.post("/comments", {"article_id": "a1", "author_id": "u1",
                                        "text": "This damn war."}).json()
    assert held["status"] == "held"
    body = {"ids": [held["id"]], "action": "approve"}
    assert client.post("/moderate/actions/decide", json=body).status_code == 403  # no CSRF token
    bad = client.post("/moderate/actions/decide", json=body, headers={"X-CSRF-Token": "forged"})
    assert bad.status_code == 403 and bad.json()["error"]["code"] == "csrf"
    token = csrf_of(client)
    ok = client.post("/moderate/actions/decide", json=body, headers={"X-CSRF-Token": token})
    assert ok.json()["done"] == [{"id": held["id"], "status": "published", "author_standing": "good"}]
    who = client.get("/moderate/").text
    assert "moderator:anna" in who
    client.post("/moderate/logout", data={"csrf": token})
    assert client.get("/moderate/", follow_redirects=False).status_code == 303


def test_login_form_needs_its_own_token(client: TestClient, mod: Api) -> None:
    client.get("/moderate/login")
    r = client.post("/moderate/login", data={"csrf": "guess", "key": mod.headers["Authorization"][7:]})
    assert r.status_code == 200 and "expired" in r.text


def test_publisher_keys_cannot_log_in(client: TestClient, publisher: Api) -> None:
    assert login(client, key=publisher.headers["Authorization"][7:]).status_code == 401


def test_queue_escapes_text_and_shows_evidence(client: TestClient, mod: Api, publisher: Api) -> None:
    publisher.post("/articles", {"id": "a1", "title": "A <b>bold</b> story"})
    c = publisher.post("/comments", {"article_id": "a1", "author_id": "u1", "author_name": "<i>Eve</i>",
                                     "text": XSS}).json()
    assert c["status"] == "held"
    assert login(client, key=mod.headers["Authorization"][7:]).status_code == 303
    page = client.get("/moderate/").text
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<i>Eve</i>" not in page and "&lt;i&gt;Eve&lt;/i&gt;" in page
    assert "A &lt;b&gt;bold&lt;/b&gt; story" in page
    assert re.search(r'<mark class="ev ev-profanity" title="profanity"[^>]*>damn</mark>', page)
    assert f'data-id="{c["id"]}"' in page and "<meter" in page
    history = client.get(f"/moderate/comments/{c['id']}").text
    assert "The engine held it for a moderator (profanity)" in history and "&lt;img src=x" in history
    assert "suspended" not in client.get("/moderate/users/u1").text
    dash = client.get("/moderate/dashboard")
    assert dash.status_code == 200 and "<svg" in dash.text and "profanity" in dash.text
    assert client.get("/moderate/comments/99999").status_code == 404


def test_every_page_has_a_strict_csp(client: TestClient) -> None:
    for path in ["/moderate/login", "/demo", "/api/v1/health", "/widget.js"]:
        r = client.get(path)
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "object-src 'none'" in csp and "unsafe-inline" not in csp
        assert r.headers["x-frame-options"] == "DENY" and r.headers["x-content-type-options"] == "nosniff"
    assert client.get("/widget.js").headers["content-type"].startswith("text/javascript")


def test_widget_posts_for_guests_and_answers_in_the_policys_words(client: TestClient) -> None:
    client.get("/demo")  # makes the demo article
    thread = client.get("/widget/v1/articles/demo-night-ferry").json()
    assert thread["sign_in"] == "guest" and thread["policy"]["max_length"] == 10000
    reader = {"guest_token": new_guest(client), "name": "Ani"}
    r = client.post("/widget/v1/comments", json={"article_id": "demo-night-ferry", "reader": reader,
                                                 "text": "A marked [threat] comment."})
    assert r.status_code == 201 and r.json()["status"] == "rejected"
    assert "Threats and calls for violence against anyone are not allowed." in [
        x["message"] for x in r.json()["reasons"]]
    ok = client.post("/widget/v1/comments", json={"article_id": "demo-night-ferry", "reader": reader,
                                                  "text": "Keep the night ferry, please."}).json()
    assert ok["status"] == "published" and ok["reasons"] == []
    report = client.post(f"/widget/v1/comments/{ok['id']}/reports",
                         json={"reason": "spam", "reader": {"guest_token": new_guest(client)}})
    assert report.status_code == 201
    fake = "g1.guest-0123456789abcdef01234567." + "0" * 64
    for forged in ({"guest_id": "admin"}, {"guest_token": fake}, {}):
        bad = client.post("/widget/v1/comments", json={"article_id": "demo-night-ferry", "text": "hi",
                                                       "reader": forged})
        assert bad.status_code == 422 and bad.json()["error"]["code"] == "bad_guest_token", forged


def new_guest(client: TestClient) -> str:
    r = client.post("/widget/v1/guests")
    assert r.status_code == 201 and r.json()["token"].startswith("g1." + r.json()["id"] + ".")
    return str(r.json()["token"])


def test_a_guest_cannot_be_impersonated_from_the_public_id(client: TestClient) -> None:
    client.get("/demo")
    token = new_guest(client)
    posted = client.post("/widget/v1/comments", json={"article_id": "demo-night-ferry", "text": "Mine.",
                                                      "reader": {"guest_token": token, "name": "Ani"}})
    shown = client.get("/widget/v1/articles/demo-night-ferry").json()["comments"][0]
    assert shown["id"] == posted.json()["id"]
    public_id = shown["author_id"]
    assert token not in str(shown) and public_id in token
    # Everything the page shows about the guest does not make a token that the server accepts.
    for guess in (public_id, f"g1.{public_id}.", f"g1.{public_id}.{'f' * 64}", f"g1.{public_id}"):
        r = client.post("/widget/v1/comments", json={"article_id": "demo-night-ferry", "text": "Not me.",
                                                     "reader": {"guest_token": guess, "name": "Ani"}})
        assert r.status_code == 422, guess


def test_fresh_guest_identities_do_not_escape_the_limits(client: TestClient, site: Site) -> None:
    client.get("/demo")
    guests = [new_guest(client) for _ in range(6)]
    codes = [client.post("/widget/v1/comments", json={
        "article_id": "demo-night-ferry", "text": f"Point number {i}.", "reader": {"guest_token": g}}
    ).status_code for g in guests for i in range(6)]
    assert codes == [201] * 30 + [429] * 6  # 30 a minute from one address, however many guests
    made = [client.post("/widget/v1/guests").status_code for _ in range(20)]
    assert made.count(201) == 14 and made[-1] == 429  # 20 new guest identities an hour an address
    first = client.get("/widget/v1/articles/demo-night-ferry").json()["comments"][0]["id"]
    for g in guests[:3]:  # three guests of one client are one reporter
        r = client.post(f"/widget/v1/comments/{first}/reports",
                        json={"reason": "spam", "reader": {"guest_token": g}})
        assert r.status_code == 201
    from sqlalchemy import func, select

    from civility.store.tables import Report
    with site.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Report).where(Report.comment_id == first)) == 1


def test_widget_with_signed_readers(client: TestClient, site: Site) -> None:
    site.widget_secret = "shared-with-the-publisher"
    client.get("/demo")
    body = {"article_id": "demo-night-ferry", "text": "Signed in and polite."}
    r = client.post("/widget/v1/comments", json={**body, "reader": {"guest_token": new_guest(client)}})
    assert r.status_code == 422 and "signed in" in r.json()["error"]["message"]
    forged = make_reader_token("not-the-secret", "u-9", "Mallory")
    assert client.post("/widget/v1/comments", json={**body, "reader": {"token": forged}}).status_code == 422
    token = make_reader_token("shared-with-the-publisher", "u-42", "Hasmik")
    ok = client.post("/widget/v1/comments", json={**body, "reader": {"token": token}})
    assert ok.status_code == 201
    thread = client.get("/widget/v1/articles/demo-night-ferry").json()
    assert thread["comments"][0]["author_id"] == "u-42" and thread["comments"][0]["author_name"] == "Hasmik"


def test_cors_only_for_the_publishers_origins(client: TestClient, site: Site) -> None:
    site_origin = "https://news.example"
    # The widget's CORS list is read when the app is made: make one with it.
    from civility.web.app import create_app

    site.widget_origins = (site_origin,)
    with TestClient(create_app(site)) as c:
        pre = c.options("/widget/v1/comments", headers={"Origin": site_origin,
                                                        "Access-Control-Request-Method": "POST",
                                                        "Access-Control-Request-Headers": "content-type"})
        assert pre.headers["access-control-allow-origin"] == site_origin
        other = c.get("/widget/v1/articles/x", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers
        api = c.get("/api/v1/health", headers={"Origin": site_origin})
        assert "access-control-allow-origin" not in api.headers  # keys never belong in browsers
        refused = c.options("/widget/v1/comments", headers={"Origin": "https://evil.example",
                                                            "Access-Control-Request-Method": "DELETE"})
        assert refused.status_code == 400 and refused.json()["error"]["code"] == "cors_refused"
        assert "origin, method" in refused.json()["error"]["message"]


def test_failed_logins_and_widget_posts_are_limited(client: TestClient, site: Site) -> None:
    staff.create_account(site.db, "anna", "a long enough password", Role.MODERATOR, COMMAND_LINE)
    for _ in range(10):
        assert login(client, username="anna", password="guessing wrong").status_code == 401
    blocked = login(client, username="anna", password="a long enough password")
    assert blocked.status_code == 429 and int(blocked.headers["retry-after"]) > 0
    assert "Too many failed logins" in blocked.text
    client.get("/demo")
    reader = {"guest_token": new_guest(client)}
    answers = [client.post("/widget/v1/comments", json={"article_id": "demo-night-ferry", "reader": reader,
                                                        "text": f"Keep the ferry, reason {i}."})
               for i in range(7)]
    assert [r.status_code for r in answers] == [201] * 6 + [429]
    assert "too many comments" in answers[-1].json()["error"]["message"]
    other = client.post("/widget/v1/comments", json={"article_id": "demo-night-ferry", "text": "Hello.",
                                                     "reader": {"guest_token": new_guest(client)}})
    assert other.status_code == 201


def _held(publisher: Api) -> int:
    publisher.post("/articles", {"id": "a1", "title": "A story"})
    held = publisher.post("/comments", {"article_id": "a1", "author_id": "u1", "text": "This damn war."})
    assert held.json()["status"] == "held"
    return int(held.json()["id"])


def test_revoking_a_key_ends_the_sessions_made_with_it(client: TestClient, site: Site, publisher: Api,
                                                      admin: Api) -> None:
    made = admin.post("/keys", {"role": "moderator", "name": "desk"}).json()
    assert login(client, key=made["key"]).status_code == 303
    assert client.get("/moderate/", follow_redirects=False).status_code == 200
    token = csrf_of(client)
    assert admin.delete(f"/keys/{made['id']}").status_code == 200
    assert client.get("/moderate/", follow_redirects=False).status_code == 303
    r = client.post("/moderate/actions/decide", json={"ids": [_held(publisher)], "action": "approve"},
                    headers={"X-CSRF-Token": token})
    assert r.status_code == 401


def test_disabling_a_login_or_changing_its_role_ends_its_sessions(client: TestClient, site: Site) -> None:
    staff.create_account(site.db, "ben", "a long enough password", Role.ADMIN, COMMAND_LINE)
    assert login(client, username="ben", password="a long enough password").status_code == 303
    assert "admin:ben" in client.get("/moderate/").text
    staff.change_account(site.db, "ben", COMMAND_LINE, role=Role.MODERATOR)
    assert client.get("/moderate/", follow_redirects=False).status_code == 303
    assert login(client, username="ben", password="a long enough password").status_code == 303
    assert "moderator:ben" in client.get("/moderate/").text
    staff.change_account(site.db, "ben", COMMAND_LINE, disable=True)
    assert client.get("/moderate/", follow_redirects=False).status_code == 303
    assert login(client, username="ben", password="a long enough password").status_code == 401
    events = [e["event"] for e in site_audit(site)]
    assert {"staff.role_changed", "staff.disabled", "staff.sessions_ended"} <= set(events)


def site_audit(site: Site) -> list[dict[str, Any]]:
    from civility.service import audit

    with site.db.reading() as session:
        return [{"event": e.event} for e in audit.entries(session)]


def test_the_login_page_prints_no_text_from_the_request(client: TestClient) -> None:
    page = client.get("/moderate/login?error=Your+account+is+locked.+Call+0800+123")
    assert page.status_code == 200 and "locked" not in page.text and "0800" not in page.text


def test_the_widget_shows_the_policy_pending_comments_and_a_suspension_with_an_appeal(
        client: TestClient, mod: Api) -> None:
    client.get("/demo")
    thread = client.get("/widget/v1/articles/demo-night-ferry").json()
    assert thread["policy"]["description"].startswith("Comments are welcome")
    assert "Threats and calls for violence against anyone are not allowed." in thread["policy"]["rules"]
    me, other = new_guest(client), new_guest(client)

    def post(text: str, who: str) -> Any:
        return client.post("/widget/v1/comments", json={"article_id": "demo-night-ferry", "text": text,
                                                        "reader": {"guest_token": who, "name": "Ani"}}).json()

    held = post("A marked [insult:0.6] remark about the timetable.", me)
    assert held["status"] == "held" and held["standing"]["state"] == "good"
    mine = client.post("/widget/v1/articles/demo-night-ferry/mine",
                       json={"reader": {"guest_token": me}}).json()
    assert [p["id"] for p in mine["pending"]] == [held["id"]] and mine["standing"]["state"] == "good"
    theirs = client.post("/widget/v1/articles/demo-night-ferry/mine", json={"reader": {"guest_token": other}})
    assert theirs.json()["pending"] == []  # another reader never sees it
    shown = client.get("/widget/v1/articles/demo-night-ferry").json()["comments"]
    assert held["id"] not in [c["id"] for c in shown]

    post("A marked [threat] comment.", me)
    second = post("Another marked [threat] comment.", me)
    assert second["status"] == "rejected" and second["standing"]["state"] == "suspended"
    assert second["standing"]["until"] and "reinstate" in second["standing"]["message"]
    blocked = client.post("/widget/v1/comments", json={
        "article_id": "demo-night-ferry", "text": "Hello again.", "reader": {"guest_token": me}})
    assert blocked.status_code == 403 and blocked.json()["error"]["code"] == "user_blocked"
    appeal = client.post("/widget/v1/appeals", json={"text": "I lost my temper; it will not happen again.",
                                                     "reader": {"guest_token": me}})
    assert appeal.status_code == 201, appeal.text
    assert [a["text"] for a in mod.get("/appeals").json()] == [
        "I lost my temper; it will not happen again."]
    again = client.post("/widget/v1/appeals", json={"text": "Please.", "reader": {"guest_token": me}})
    assert again.status_code == 409
    good = client.post("/widget/v1/appeals", json={"text": "Why not.", "reader": {"guest_token": other}})
    assert good.status_code in (404, 409)  # a reader never seen, or in good standing: nothing to appeal
