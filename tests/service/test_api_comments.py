"""Articles, comments and threads through the REST API, on a real database."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from helpers import Api


def post(api: Api, text: str, author: str = "reader-1", article: str = "karabakh", **extra: Any) -> Any:
    return api.post("/comments", {"article_id": article, "author_id": author, "text": text, **extra})


def test_a_rejected_comment_answers_with_reasons_evidence_and_a_strike(publisher: Api,
                                                                       article: str) -> None:
    text = "They deserve it [threat] and more."
    r = post(publisher, text, author_name="Ararat")
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["status"] == "rejected"
    threat = next(reason for reason in body["reasons"] if reason["code"] == "threat")
    assert threat["action"] == "reject" and threat["score"] == 0.99
    spans = [s for reason in body["reasons"] for e in reason["evidence"] for s in e["spans"]]
    assert spans and all(text[s["start"]:s["end"]] == s["text"] for s in spans)
    assert body["author_standing"]["strikes"] == 1


def test_thread_nests_replies_and_keeps_a_place_for_removed_parents(publisher: Api, mod: Api,
                                                                    article: str) -> None:
    top = post(publisher, "A thoughtful point about the ceasefire talks.").json()["id"]
    reply = post(publisher, "I disagree, the talks have failed before.", "reader-2",
                 parent_id=top).json()["id"]
    post(publisher, "Fair, but this time Russia is involved.", "reader-1", parent_id=reply)
    second = post(publisher, "Who will monitor the ceasefire?", "reader-3").json()["id"]
    reply2 = post(publisher, "Peacekeepers, probably.", "reader-4", parent_id=second).json()["id"]
    assert mod.post(f"/comments/{second}/decision", {"action": "reject"}).status_code == 200

    thread = publisher.get("/articles/karabakh/comments").json()
    assert thread["total"] == 4
    first, removed = thread["comments"]
    assert first["id"] == top and first["replies"][0]["id"] == reply
    assert first["replies"][0]["replies"][0]["text"] == "Fair, but this time Russia is involved."
    assert removed == {"id": second, "status": "removed", "author_id": None, "author_name": None,
                       "text": None, "created_at": None,
                       "replies": [removed["replies"][0]]}
    assert removed["replies"][0]["id"] == reply2


def test_thread_pages_top_level_comments(publisher: Api, article: str) -> None:
    ids = [post(publisher, f"Comment number {i} on the talks.", f"reader-{i}").json()["id"] for i in range(5)]
    page1 = publisher.get("/articles/karabakh/comments?limit=2").json()
    assert [c["id"] for c in page1["comments"]] == ids[:2]
    page2 = publisher.get(f"/articles/karabakh/comments?limit=2&after={page1['next_after']}").json()
    assert [c["id"] for c in page2["comments"]] == ids[2:4]
    page3 = publisher.get(f"/articles/karabakh/comments?limit=2&after={page2['next_after']}").json()
    assert [c["id"] for c in page3["comments"]] == ids[4:] and page3["next_after"] is None


def test_held_and_rejected_comments_stay_out_of_the_thread(publisher: Api, article: str) -> None:
    post(publisher, "A marked [insult] comment.")
    assert publisher.get("/articles/karabakh/comments").json()["comments"] == []


def test_comments_need_a_known_open_article(publisher: Api, article: str) -> None:
    r = post(publisher, "Hello", article="no-such-article")
    assert r.status_code == 404 and "no-such-article" in r.json()["error"]["message"]
    assert publisher.patch("/articles/karabakh", {"open": False}).json()["open"] is False
    r = post(publisher, "Hello again")
    assert r.status_code == 409 and "closed" in r.json()["error"]["message"]


def test_duplicate_article_is_a_conflict(publisher: Api, article: str) -> None:
    r = publisher.post("/articles", {"id": "karabakh", "title": "Again"})
    assert r.status_code == 409


def test_bad_input_gets_a_4xx_with_a_message(publisher: Api, article: str, client: TestClient) -> None:
    cases = [
        ({"article_id": "karabakh", "author_id": "a"}, 422, "text is required"),
        ({"article_id": "karabakh", "author_id": "a", "text": "   "}, 422, "text is empty"),
        ({"article_id": "karabakh", "author_id": "a", "text": "x" * 10001}, 422, "limit is 10000"),
        ({"article_id": "karabakh", "author_id": "a", "text": 5}, 422, "text"),
        ({"article_id": "karabakh", "author_id": "", "text": "hi"}, 422, "author_id"),
        ({"article_id": "karabakh", "author_id": "a", "text": "hi", "parent_id": "x"}, 422, "parent_id"),
        ({"article_id": "karabakh", "author_id": "a", "text": "hi", "parent_id": 99999}, 404, "99999"),
        ({"article_id": "karabakh", "author_id": "a", "text": "hi", "colour": "red"}, 422, "colour"),
        ([1, 2, 3], 422, "valid"),
    ]
    for body, status, words in cases:
        r = publisher.post("/comments", body)
        assert r.status_code == status, (body, r.text)
        assert words in r.json()["error"]["message"], (body, r.json())
    r = client.post("/api/v1/comments", content=b'{"text": "unclosed', headers={
        **publisher.headers, "Content-Type": "application/json"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_json"
    assert publisher.get("/articles/nope").status_code == 404
    assert publisher.get("/articles/karabakh/comments?limit=0").status_code == 422
    assert publisher.get("/nowhere").json()["error"]["code"] == "not_found"


def test_a_reply_must_stay_in_its_article(publisher: Api, article: str) -> None:
    publisher.post("/articles", {"id": "other", "title": "Another story"})
    parent = post(publisher, "A comment on the other story.", article="other").json()["id"]
    r = post(publisher, "Replying across stories.", parent_id=parent)
    assert r.status_code == 422 and "another article" in r.json()["error"]["message"]


def test_post_answers_in_the_documented_shape(publisher: Api, article: str) -> None:
    from civility.web.schemas import PostedOut

    texts = ["One [threat] here.", "A held [profanity:0.6] one.", "Peace, at last.",
             "Another [insult] one."]
    bodies = [post(publisher, text).json() for text in texts]
    assert bodies[-1]["author_standing"]["state"] == "suspended"
    for body in bodies:
        assert PostedOut.model_validate(body).model_dump(mode="json") == body
