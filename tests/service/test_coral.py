"""Coral's external moderation phase: signed requests, Coral's statuses and flags."""

from __future__ import annotations

import json
from typing import Any

import pytest
from fastapi.testclient import TestClient

from civility.service.site import Site
from civility.web.coral import sign

SECRET = "ssc_4c1f0e-coral-phase-secret"
PATH = "/integrations/coral/moderate"


def coral_request(text: str, action: str = "NEW") -> bytes:
    """The body Coral posts, as its external moderation documentation describes it."""
    payload = {"tenant": {"id": "tenant-1", "domain": "comments.asbarez.example"}, "action": action,
               "comment": {"body": text, "parentID": None}, "author": {"id": "user-77", "role": "COMMENTER"},
               "story": {"id": "story-karabakh", "url": "https://asbarez.example/karabakh"},
               "site": {"id": "site-1"}}
    return json.dumps(payload, indent=2).encode()


@pytest.fixture
def coral(site: Site, client: TestClient) -> TestClient:
    site.coral_secrets = (SECRET,)
    return client


def post(client: TestClient, body: bytes, signature: str | None) -> Any:
    headers = {"Content-Type": "application/json"}
    if signature is not None:
        headers["X-Coral-Signature"] = signature
    return client.post(PATH, content=body, headers=headers)


def test_a_threat_is_rejected_with_a_toxic_flag(coral: TestClient) -> None:
    body = coral_request("A marked [threat] comment.")
    r = post(coral, body, sign(SECRET, body))
    assert r.status_code == 200, r.text
    answer = r.json()
    assert answer["status"] == "REJECTED"
    assert answer["actions"] == [{"actionType": "FLAG", "reason": "COMMENT_DETECTED_TOXIC"}]
    reason = answer["moderationAction"]["rejectionReason"]
    assert reason["code"] == "HARASSMENT_BULLYING" and "violence" in reason["detailedExplanation"]


def test_hold_spam_and_no_opinion(coral: TestClient) -> None:
    body = coral_request("This damn war never ends.", action="EDIT")
    assert post(coral, body, sign(SECRET, body)).json()["status"] == "SYSTEM_WITHHELD"
    spam = coral_request("Cheap pills!!! Buy now at http://pills.example best price, call +1 555 0100")
    answer = post(coral, spam, sign(SECRET, spam)).json()
    assert any(a["reason"] == "COMMENT_DETECTED_SPAM" for a in answer["actions"])
    fine = coral_request("The ceasefire talks in Moscow deserve a careful look.")
    r = post(coral, fine, sign(SECRET, fine))
    assert r.status_code == 204 and r.content == b""


def test_signatures_are_checked(coral: TestClient, site: Site) -> None:
    body = coral_request("The ceasefire talks in Moscow deserve a careful look.")
    assert post(coral, body, None).status_code == 401
    assert post(coral, body, sign("wrong-secret", body)).status_code == 401
    tampered = body.replace(b"careful", b"hateful")
    r = post(coral, tampered, sign(SECRET, body))
    assert r.status_code == 401 and r.json()["error"]["code"] == "bad_signature"
    # While a secret is rotated Coral sends one signature per active secret.
    site.coral_secrets = ("new-secret", SECRET)
    assert post(coral, body, f"{sign('old-gone', body)},{sign(SECRET, body)}").status_code == 204
    garbage = b"{not json"
    assert post(coral, garbage, sign(SECRET, garbage)).status_code == 400


def test_off_until_configured(client: TestClient) -> None:
    body = coral_request("hello")
    r = post(client, body, sign(SECRET, body))
    assert r.status_code == 404 and "CIVILITY_CORAL_SECRET" in r.json()["error"]["message"]


def test_decisions_are_audited(coral: TestClient, admin: Any) -> None:
    body = coral_request("This damn war never ends.")
    post(coral, body, sign(SECRET, body))
    entries = admin.get("/audit?event=coral.moderated").json()
    assert entries[0]["user_id"] == "coral:user-77" and entries[0]["detail"]["status"] == "SYSTEM_WITHHELD"
    assert entries[0]["text"] is None  # Coral keeps the text; Civility keeps the decision
