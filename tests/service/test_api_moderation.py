"""The queue, decisions, reports, roles and the audit trail."""

from __future__ import annotations

from fastapi.testclient import TestClient
from test_api_comments import post

from civility.service.site import Site
from helpers import Api

INSULT = "A marked [insult] comment."  # rejected
HELD = ["A [profanity:0.6] comment.", "Another [profanity:0.6] one.", "A doubtful [identity_attack:0.6] one."]


def test_queue_shows_held_comments_oldest_first_with_evidence_and_history(publisher: Api, mod: Api,
                                                                          article: str) -> None:
    posted = [post(publisher, HELD[0], "swearer").json(), post(publisher, INSULT, "troll").json(),
              post(publisher, HELD[1], "critic").json(), post(publisher, HELD[2], "hater").json(),
              post(publisher, "A calm remark.", "calm").json()]
    assert [c["status"] for c in posted] == ["held", "rejected", "held", "held", "published"]
    queue = mod.get("/queue").json()
    ids = [i["comment"]["id"] for i in queue["items"]]
    assert ids == [posted[0]["id"], posted[2]["id"], posted[3]["id"]] and queue["size"] == 3
    page = mod.get("/queue?limit=2").json()
    assert len(page["items"]) == 2 and page["next_after"] == posted[2]["id"]
    rest = mod.get(f"/queue?after={page['next_after']}").json()
    assert [i["comment"]["id"] for i in rest["items"]] == [posted[3]["id"]]
    item = queue["items"][0]
    assert item["article_title"] == "Putin, Erdogan Discuss Karabakh Fighting"
    assert item["why"] == "held" and item["comment"]["scores"]
    assert item["author"]["comments"]["held"] >= 1
    assert item["comment"]["reasons"][0]["message"]


def test_decisions_publish_reject_and_are_audited(publisher: Api, mod: Api, article: str,
                                                  admin: Api) -> None:
    c = post(publisher, HELD[2], "hater").json()
    assert c["status"] == "held"
    r = mod.post(f"/comments/{c['id']}/decision", {"action": "approve", "note": "satire, in context"})
    assert r.status_code == 200 and r.json()["comment"]["status"] == "published"
    ok = post(publisher, "Thank you for the careful reporting.", "fan").json()
    r = mod.post(f"/comments/{ok['id']}/decision", {"action": "reject", "reason": "insult"})
    assert r.json()["comment"]["status"] == "rejected" and r.json()["author_standing"]["strikes"] == 1

    history = mod.get(f"/comments/{c['id']}/history").json()["history"]
    assert [h["event"] for h in history] == ["comment.moderated", "comment.decided"]
    auto, human = history
    assert auto["actor"] == "civility" and auto["text"] == HELD[2]
    assert auto["model_version"] and auto["policy_version"] == "2026.11.1"
    assert human["actor"] == "moderator:test-moderator" and human["note"] == "satire, in context"
    assert human["detail"]["overruled"] is True and human["detail"]["after"] == "published"
    events = [e["event"] for e in admin.get("/audit?limit=50").json()]
    assert "comment.decided" in events and "user.strike" in events


def test_approving_a_rejected_comment_takes_back_its_strike(publisher: Api, mod: Api, article: str) -> None:
    c = post(publisher, INSULT, "troll").json()
    mod.post(f"/comments/{c['id']}/decision", {"action": "reject"})
    assert mod.get("/users/troll").json()["standing"]["strikes"] == 1
    r = mod.post(f"/comments/{c['id']}/decision", {"action": "approve"})
    assert r.json()["author_standing"]["strikes"] == 0


def test_reports_from_several_readers_send_a_comment_back_to_the_queue(publisher: Api, mod: Api,
                                                                       article: str) -> None:
    c = post(publisher, "The ceasefire will not last a week.", "writer").json()
    assert c["status"] == "published"
    r = publisher.post(f"/comments/{c['id']}/reports", {"reporter_id": "r1", "reason": "misleading"})
    assert r.status_code == 201 and r.json()["in_queue"] is False
    again = publisher.post(f"/comments/{c['id']}/reports", {"reporter_id": "r1", "reason": "again"})
    assert again.status_code == 409
    r = publisher.post(f"/comments/{c['id']}/reports", {"reporter_id": "r2", "reason": "offensive"})
    assert r.json() == {"comment_id": c["id"], "reports": 2, "in_queue": True, "hidden": False}
    item = next(i for i in mod.get("/queue").json()["items"] if i["comment"]["id"] == c["id"])
    assert item["why"] == "reported" and [x["reason"] for x in item["reports"]] == ["misleading", "offensive"]
    mod.post(f"/comments/{c['id']}/decision", {"action": "approve"})
    assert all(i["comment"]["id"] != c["id"] for i in mod.get("/queue").json()["items"])
    assert publisher.post("/comments/99999/reports", {"reporter_id": "r", "reason": "x"}).status_code == 404
    assert publisher.post(f"/comments/{c['id']}/reports", {"reporter_id": "r3"}).status_code == 422


def test_roles_and_keys(client: TestClient, publisher: Api, mod: Api, admin: Api, article: str) -> None:
    assert client.get("/api/v1/queue").status_code == 401
    r = client.get("/api/v1/queue", headers={"Authorization": "Bearer civ_not-a-real-key"})
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    r = publisher.get("/queue")
    assert r.status_code == 403 and "moderator" in r.json()["error"]["message"]
    assert mod.get("/queue").status_code == 200
    assert mod.get("/keys").status_code == 403
    new = admin.post("/keys", {"role": "publisher", "name": "site-backend"}).json()
    assert new["key"].startswith("civ_") and new["role"] == "publisher"
    site_api = Api(client, new["key"])
    assert site_api.get("/articles/karabakh").status_code == 200
    listed = admin.get("/keys").json()
    assert all("key" not in k and "digest" not in k for k in listed)
    assert admin.delete(f"/keys/{new['id']}").json()["revoked_at"]
    assert site_api.get("/articles/karabakh").status_code == 401
    assert admin.post("/keys", {"role": "emperor", "name": "x"}).status_code == 422


def test_keys_are_stored_hashed(site: Site, admin: Api) -> None:
    from sqlalchemy import select

    from civility.store.tables import ApiKey

    secret = admin.post("/keys", {"role": "moderator", "name": "desk"}).json()["key"]
    with site.db.reading() as session:
        stored = [(k.digest, k.prefix) for k in session.scalars(select(ApiKey))]
    assert all(secret != d and secret not in d for d, _ in stored)
    assert any(p == secret[:10] for _, p in stored)


def test_policy_can_be_read_and_replaced(mod: Api, admin: Api, publisher: Api, article: str) -> None:
    current = mod.get("/policy").json()
    assert current["version"] == "2026.11.1" and "[categories.threat]" in current["source"]
    stricter = current["source"].replace('version = "2026.11.1"', 'version = "2026.11.2"').replace(
        "new_user_comments = 0", "new_user_comments = 1")
    r = admin.put("/policy", {"source": stricter})
    assert r.status_code == 200 and r.json()["version"] == "2026.11.2"
    c = post(publisher, "I read the whole piece and I agree with the author.", "newbie").json()
    assert c["status"] == "held" and [r["code"] for r in c["reasons"]] == ["premoderation.new_user"]
    bad = admin.put("/policy", {"source": stricter.replace("hold = 0.45", "hold = 2.0")})
    assert bad.status_code == 422 and "categories.threat" in bad.json()["error"]["message"]
    assert admin.put("/policy", {"source": "[policy"}).status_code == 422
    assert mod.get("/policy").json()["version"] == "2026.11.2"
    assert mod.put("/policy", {"source": stricter}).status_code == 403
