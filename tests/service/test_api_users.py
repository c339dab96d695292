"""User standing (strikes, suspension, ban), appeals, export and erasure."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from test_api_comments import post

from civility.service.site import Site
from helpers import Api

THREAT = "A marked [threat] comment."
INSULT = "A marked [insult] comment."
HELD = "A doubtful [profanity:0.6] comment."


def test_repeat_offender_is_suspended_then_banned(publisher: Api, mod: Api, article: str) -> None:
    early = post(publisher, HELD, "ararat").json()
    assert early["status"] == "held"
    assert post(publisher, THREAT, "ararat").json()["status"] == "rejected"
    second = post(publisher, INSULT, "ararat").json()
    assert second["status"] == "rejected"
    assert second["author_standing"]["state"] == "suspended"  # 2 strikes in 30 days: 24 hours
    blocked = post(publisher, "Can I still post?", "ararat")
    assert blocked.status_code == 403
    err = blocked.json()["error"]
    assert err["code"] == "user_blocked" and err["standing"] == "suspended" and err["until"]
    assert "suspended until" in err["message"] and "2 rejected comments within 30 days" in err["message"]
    # A moderator now rejects the comment that was held: the third strike bans.
    decided = mod.post(f"/comments/{early['id']}/decision", {"action": "reject"}).json()
    assert decided["author_standing"]["state"] == "banned"
    r = post(publisher, "Hello?", "ararat")
    assert r.status_code == 403 and r.json()["error"]["standing"] == "banned"
    assert "blocked" in r.json()["error"]["message"]
    user = mod.get("/users/ararat").json()
    assert user["standing"]["state"] == "banned" and user["strikes_total"] == 3
    assert user["comments"]["rejected"] == 3
    events = [h["event"] for h in user["history"]]
    assert "user.suspended" in events and "user.banned" in events


def test_a_suspension_runs_out(site: Site, publisher: Api, article: str) -> None:
    start = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    site.clock = lambda: start
    post(publisher, THREAT, "hothead")
    assert post(publisher, INSULT, "hothead").json()["author_standing"]["state"] == "suspended"
    site.clock = lambda: start + timedelta(hours=23)
    assert post(publisher, "Sorry.", "hothead").status_code == 403
    site.clock = lambda: start + timedelta(hours=25)
    r = post(publisher, "I apologise for what I wrote yesterday.", "hothead")
    assert r.status_code == 201 and r.json()["status"] == "published"


def test_strikes_older_than_the_window_do_not_count(site: Site, publisher: Api, article: str) -> None:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    site.clock = lambda: start
    post(publisher, THREAT, "returning")
    site.clock = lambda: start + timedelta(days=31)
    r = post(publisher, INSULT, "returning").json()
    assert r["status"] == "rejected" and r["author_standing"] == {
        "state": "good", "until": None, "reason": None, "strikes": 1}


def test_moderator_suspends_bans_and_reinstates(publisher: Api, mod: Api, article: str) -> None:
    post(publisher, "A first, polite comment.", "reader")
    r = mod.post("/users/reader/standing", {"action": "suspend", "hours": 2, "note": "cool off"})
    assert r.status_code == 200 and r.json()["state"] == "suspended"
    assert post(publisher, "Another one.", "reader").status_code == 403
    assert mod.post("/users/reader/standing", {"action": "ban"}).json()["state"] == "banned"
    assert mod.post("/users/reader/standing", {"action": "reinstate"}).json()["state"] == "good"
    assert post(publisher, "Back again, politely.", "reader").status_code == 201
    assert mod.post("/users/reader/standing", {"action": "exile"}).status_code == 422
    assert mod.post("/users/reader/standing", {"action": "suspend", "hours": 0}).status_code == 422
    assert mod.post("/users/nobody/standing", {"action": "ban"}).status_code == 404
    assert publisher.post("/users/reader/standing", {"action": "ban"}).status_code == 403


def test_appeal_granted_reinstates_and_clears_strikes(publisher: Api, mod: Api, article: str) -> None:
    post(publisher, "A polite comment.", "appellant")
    assert publisher.post("/users/appellant/appeal", {"text": "why?"}).status_code == 409  # good standing
    mod.post("/users/appellant/standing", {"action": "ban"})
    r = publisher.post("/users/appellant/appeal", {"text": "I was quoting the other side."})
    assert r.status_code == 201 and r.json()["status"] == "open"
    assert publisher.post("/users/appellant/appeal", {"text": "again"}).status_code == 409
    open_ = mod.get("/appeals").json()
    assert [a["user_id"] for a in open_] == ["appellant"]
    decided = mod.post(f"/appeals/{open_[0]['id']}/decision", {"action": "grant", "note": "fair"}).json()
    assert decided["status"] == "granted" and decided["decided_by"] == "moderator:test-moderator"
    assert mod.get("/users/appellant").json()["standing"]["state"] == "good"
    assert mod.post(f"/appeals/{open_[0]['id']}/decision", {"action": "deny"}).status_code == 409
    assert mod.get("/appeals").json() == []


def test_export_and_delete_a_reader(publisher: Api, mod: Api, admin: Api, article: str) -> None:
    mine = post(publisher, "My view: the ceasefire is fragile.", "leaving", author_name="Ani").json()
    reply = post(publisher, "I agree with you.", "other", parent_id=mine["id"]).json()
    post(publisher, INSULT, "leaving")
    publisher.post(f"/comments/{reply['id']}/reports", {"reporter_id": "leaving", "reason": "off topic"})
    data = publisher.get("/users/leaving/export").json()
    assert data["user"]["name"] == "Ani" and len(data["comments"]) == 2
    assert data["reports"][0]["reason"] == "off topic" and len(data["strikes"]) == 1

    assert publisher.delete("/users/leaving").status_code == 403
    r = admin.delete("/users/leaving")
    assert r.status_code == 200 and r.json()["erased"]["comments"] == 2
    thread = publisher.get("/articles/karabakh/comments").json()["comments"]
    assert thread[0]["status"] == "removed" and thread[0]["replies"][0]["text"] == "I agree with you."
    after = publisher.get("/users/leaving/export").json()
    assert after["user"]["name"] is None and all(c["text"] == "" for c in after["comments"])
    assert after["reports"] == []  # their reports are no longer tied to them
    history = mod.get(f"/comments/{mine['id']}/history").json()["history"]
    assert history[0]["text"] is None  # the judged text is erased from the audit log too
    audit = admin.get("/audit?event=user.deleted").json()
    assert audit[0]["actor"] == "admin:test-admin" and audit[0]["detail"]["erased"]["comments"] == 2
    reported = admin.get(f"/audit?event=comment.reported&comment_id={reply['id']}").json()
    assert len(reported) == 1  # the record that a report was made stays, without who or why
    assert "leaving" not in json.dumps(reported) and "off topic" not in json.dumps(reported)
    assert admin.delete("/users/nobody").status_code == 404
