"""The desk beyond the queue, in-process on both databases: every comment with search and filters,
reversing a rejection, undo, notes, appeals, reports, articles, live counts and the dashboard's
weekly figures. The stub moderator decides by markers: [threat] rejects, [insult:0.6] holds, and
the profanity lexicon holds "damn"."""

from __future__ import annotations

import re
from typing import Any

from fastapi.testclient import TestClient
from test_pages import csrf_of, login

from helpers import Api


def _mod(client: TestClient, mod: Api) -> dict[str, str]:
    assert login(client, key=mod.headers["Authorization"][7:]).status_code == 303
    return {"X-CSRF-Token": csrf_of(client)}


def _ids(page: str) -> list[int]:
    return [int(x) for x in re.findall(r'<article class="item[^"]*" id="c(\d+)"', page)]


def _post(publisher: Api, article: str, author: str, text: str, name: str | None = None) -> Any:
    body = {"article_id": article, "author_id": author, "text": text}
    if name:
        body["author_name"] = name
    return publisher.post("/comments", body).json()


def test_every_view_search_and_filter(client: TestClient, mod: Api, publisher: Api) -> None:
    publisher.post("/articles", {"id": "ferry", "title": "The night ferry"})
    publisher.post("/articles", {"id": "budget", "title": "The city budget"})
    ok = _post(publisher, "ferry", "ann", "The timetable changed again.", "Ann")
    held = _post(publisher, "ferry", "bob", "A [insult:0.6] here.", "Bob")
    rejected = _post(publisher, "budget", "bob", "A [threat] there.", "Bob")
    profane = _post(publisher, "budget", "cy", "This damn budget.")
    later = _post(publisher, "budget", "ann", "Ann's second note on the budget.", "Ann")
    assert [c["status"] for c in (ok, held, rejected, profane)] == ["published", "held", "rejected", "held"]
    _mod(client, mod)
    page = lambda **q: _ids(client.get("/moderate/comments", params=q).text)  # noqa: E731
    every = [later["id"], profane["id"], rejected["id"], held["id"], ok["id"]]
    assert page() == every
    assert page(view="held") == [profane["id"], held["id"]]
    assert page(view="rejected") == [rejected["id"]]
    assert page(view="approved") == [later["id"], ok["id"]]
    assert page(q="TIMETABLE") == [ok["id"]]
    assert page(author="bob") == [rejected["id"], held["id"]]
    assert page(author="An") == [later["id"], ok["id"]]  # part of a display name
    assert page(article="budget") == [later["id"], profane["id"], rejected["id"]]
    assert page(article="night ferry") == [held["id"], ok["id"]]  # by title
    assert page(reason="threat") == [rejected["id"]]
    assert page(reason="insult") == [held["id"]]
    assert page(category="profanity", min="0.5") == [profane["id"]]
    assert profane["id"] not in page(category="profanity", max="0.5")
    assert page(new="1") == [profane["id"], held["id"], ok["id"]]  # each author's first comment
    assert page(since="2000-01-01") == every and page(until="2000-01-01") == []
    bad = client.get("/moderate/comments", params={"min": "2", "category": "threat"})
    assert bad.status_code == 422 and "between 0 and 1" in bad.text
    assert client.get("/moderate/comments", params={"min": "0.3"}).status_code == 422
    assert client.get("/moderate/comments", params={"since": "yesterday"}).status_code == 422
    assert client.get("/moderate/comments", params={"view": "secret"}).status_code == 422
    assert client.get("/moderate/comments", params={"until": "9999-12-31"}).status_code == 422
    for before in ("²", "99999999999999999999", "-1"):
        assert client.get("/moderate/comments", params={"before": before}).status_code == 422


def test_reversing_a_rejection_takes_its_strike_back(client: TestClient, mod: Api, publisher: Api) -> None:
    publisher.post("/articles", {"id": "a", "title": "A story"})
    c = _post(publisher, "a", "eve", "A [threat] in an otherwise fine comment.")
    assert mod.get("/users/eve").json()["standing"]["strikes"] == 1
    h = _mod(client, mod)
    assert "Reverse: publish" in client.get("/moderate/comments", params={"view": "rejected"}).text
    r = client.post("/moderate/actions/decide", json={"ids": [c["id"]], "action": "approve"}, headers=h)
    assert r.json()["done"][0]["status"] == "published"
    assert mod.get("/users/eve").json()["standing"]["strikes"] == 0
    history = client.get(f"/moderate/comments/{c['id']}").text
    assert "approved it, reversing the rejection" in history and "took back the strike" in history
    # undo: the comment is rejected again and the same strike is back (not a new one)
    r = client.post("/moderate/actions/undo", json={"id": c["id"]}, headers=h)
    assert r.status_code == 200 and r.json()["status"] == "rejected"
    eve = mod.get("/users/eve").json()
    assert eve["standing"]["strikes"] == 1 and eve["strikes_total"] == 1
    # rejecting a rejected comment is refused, so no decision can be undone into a lost strike
    again = client.post("/moderate/actions/decide", json={"ids": [c["id"]], "action": "reject"}, headers=h)
    assert again.json()["failed"] == {str(c["id"]): f"comment {c['id']} is already rejected"}
    again = client.post("/moderate/actions/undo", json={"id": c["id"]}, headers=h)
    assert again.status_code == 409 and "no decision to undo" in again.json()["error"]["message"]


def test_undo_returns_a_comment_to_the_queue_with_its_reports(client: TestClient, mod: Api,
                                                              publisher: Api) -> None:
    publisher.post("/articles", {"id": "a", "title": "A story"})
    c = _post(publisher, "a", "fay", "A [insult:0.6] comment.")
    h = _mod(client, mod)
    assert client.get("/moderate/actions/counts").json()["queue"] == 1
    client.post("/moderate/actions/decide", json={"ids": [c["id"]], "action": "reject", "reason": "other"},
                headers=h)
    assert client.get("/moderate/actions/counts").json()["queue"] == 0
    assert mod.get("/users/fay").json()["standing"]["strikes"] == 1
    assert client.post("/moderate/actions/undo", json={"id": c["id"]}, headers=h).json()["status"] == "held"
    assert client.get("/moderate/actions/counts").json()["queue"] == 1
    assert mod.get("/users/fay").json()["standing"]["strikes"] == 0
    assert client.post("/moderate/actions/undo", json={"id": c["id"]}).status_code == 403  # no CSRF


def test_reports_page_groups_reasons_by_comment(client: TestClient, mod: Api, publisher: Api) -> None:
    publisher.post("/articles", {"id": "a", "title": "A story"})
    c = _post(publisher, "a", "gil", "A perfectly ordinary comment.")
    for who, why in (("r1", "It is off topic"), ("r2", "Rude to the author")):
        sent = publisher.post(f"/comments/{c['id']}/reports", {"reporter_id": who, "reason": why})
        assert sent.status_code == 201
    _mod(client, mod)
    page = client.get("/moderate/reports").text
    assert _ids(page) == [c["id"]]
    assert "It is off topic" in page and "Rude to the author" in page and "2 reports" in page
    assert client.get("/moderate/actions/counts").json()["reports"] == 1
    assert _ids(client.get("/moderate/comments", params={"view": "reported"}).text) == [c["id"]]


def test_an_appeal_decided_from_its_page(client: TestClient, mod: Api, publisher: Api) -> None:
    publisher.post("/articles", {"id": "a", "title": "A story"})
    rejected = _post(publisher, "a", "hal", "One [threat] too many.")
    mod.post("/users/hal/standing", {"action": "suspend", "hours": 24})
    appeal = publisher.post("/users/hal/appeal", {"text": "I was quoting someone, please look again."}).json()
    h = _mod(client, mod)
    page = client.get("/moderate/appeals").text
    assert "I was quoting someone, please look again." in page
    assert f"/moderate/comments/{rejected['id']}" in page
    assert "Threats and calls for violence" in page  # the engine's reason for the comment that led here
    assert client.get("/moderate/actions/counts").json()["appeals"] == 1
    r = client.post("/moderate/actions/appeal", json={"id": appeal["id"], "action": "grant", "note": "fair"},
                    headers=h)
    assert r.json()["status"] == "granted"
    assert mod.get("/users/hal").json()["standing"]["state"] == "good"
    assert "No open appeals." in client.get("/moderate/appeals").text
    twice = client.post("/moderate/actions/appeal", json={"id": appeal["id"], "action": "deny"}, headers=h)
    assert twice.status_code == 409


def test_reader_page_notes_suspension_and_reinstate(client: TestClient, mod: Api, publisher: Api) -> None:
    publisher.post("/articles", {"id": "a", "title": "A story"})
    _post(publisher, "a", "ida", "A calm comment.")
    _post(publisher, "a", "ida", "Another calm comment.", "Ida")
    _post(publisher, "a", "ida", "A third calm comment.", "Ida B.")
    h = _mod(client, mod)
    page = client.get("/moderate/users/ida").text
    assert 'data-standing="reinstate"' not in page  # nothing to reinstate
    assert client.post("/moderate/actions/note", json={"user_id": "ida", "text": "Warned by email"},
                       headers=h).status_code == 200
    assert client.post("/moderate/actions/note", json={"user_id": "nobody", "text": "x"},
                       headers=h).status_code == 404
    r = client.post("/moderate/actions/standing", headers=h, json={
        "user_id": "ida", "action": "suspend", "hours": 72, "reason": "Repeated personal attacks"})
    assert r.json()["state"] == "suspended"
    standing = mod.get("/users/ida").json()["standing"]
    assert standing["reason"] == "Repeated personal attacks"
    page = client.get("/moderate/users/ida").text
    assert "Warned by email" in page and 'data-standing="reinstate"' in page
    assert "suspended the reader until" in page and ": Repeated personal attacks." in page
    assert "reasons: [" not in page and "via:" not in page
    assert "Names used on comments: <strong>Ida</strong>, <strong>Ida B.</strong>" in page


def test_article_page_closes_and_premoderates(client: TestClient, mod: Api, publisher: Api) -> None:
    publisher.post("/articles", {"id": "quiet", "title": "A quiet story"})
    h = _mod(client, mod)
    assert "A quiet story" in client.get("/moderate/articles").text
    assert "Pre-moderate every comment" in client.get("/moderate/articles/quiet").text
    r = client.post("/moderate/actions/article", json={"id": "quiet", "premoderate": True}, headers=h)
    assert r.json() == {"id": "quiet", "open": True, "premoderate": True}
    c = _post(publisher, "quiet", "jo", "A calm comment.")
    assert c["status"] == "held" and c["reasons"][-1]["code"] == "premoderation.article"
    got = mod.get(f"/comments/{c['id']}").json()
    assert got["engine_status"] == "published"  # the engine's own verdict
    bad = publisher.patch("/articles/quiet", {"url": "//elsewhere.example/page"})
    assert bad.status_code == 422
    client.post("/moderate/actions/article", json={"id": "quiet", "open": False}, headers=h)
    closed = publisher.post("/comments", {"article_id": "quiet", "author_id": "jo", "text": "Hello."})
    assert closed.status_code == 409
    page = client.get("/moderate/articles/quiet").text
    assert "closed, pre-moderated" in page and _ids(page) == [c["id"]]
    assert "0 published, 1 held, 0 rejected" in page and 'data-count="queue">1<' in page
    assert client.get("/moderate/articles/none").status_code == 404
    assert client.post("/moderate/actions/article", json={"id": "none", "open": True},
                       headers=h).status_code == 404


def test_dashboard_weekly_figures(client: TestClient, mod: Api, publisher: Api) -> None:
    publisher.post("/articles", {"id": "busy", "title": "The busy story"})
    held = _post(publisher, "busy", "kim", "This damn thing.")
    _post(publisher, "busy", "lee", "A calm comment.")
    h = _mod(client, mod)
    client.post("/moderate/actions/decide", json={"ids": [held["id"]], "action": "approve"}, headers=h)
    page = client.get("/moderate/dashboard").text
    assert "The busy story</a>: 2 comments" in page
    assert re.search(r'data-label="Category">profanity</td><td data-label="Held, then decided">1</td>'
                     r'<td data-label="of them published">1</td>', page)
    assert "median time to a decision" in page and 'class="axis"' in page


def test_search_pages_through_matches_and_past_its_scan_bound(site: Any, publisher: Api,
                                                              monkeypatch: Any) -> None:
    from civility.service import desk

    publisher.post("/articles", {"id": "a", "title": "A story"})
    ids = [_post(publisher, "a", f"p{i}", f"Comment {i} [insult:0.6]" if i % 2 else f"Comment {i}")["id"]
           for i in range(9)]
    page = desk.search(site, desk.Filters(), limit=4)
    assert [it.comment.id for it in page.items] == ids[::-1][:4] and page.next_before == ids[5]
    rest = desk.search(site, desk.Filters(), limit=4, before=page.next_before)
    assert [it.comment.id for it in rest.items] == ids[::-1][4:8]
    monkeypatch.setattr(desk, "SCAN", 2)
    monkeypatch.setattr(desk, "MAX_SCAN", 4)  # four rows a search: matches are found page by page
    held = desk.Filters(reason="insult")
    seen, before = [], None
    for _ in range(5):
        got = desk.search(site, held, limit=10, before=before)
        seen += [it.comment.id for it in got.items]
        before = got.next_before
        if before is None:
            break
    assert seen == [i for i in ids[::-1] if ids.index(i) % 2]
