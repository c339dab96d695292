"""Every answer Civility gives Coral passes Coral's own response schema.

Coral (coralproject/talk, the external moderation phase) validates each answer and ignores the
whole answer when any field fails. `coral_keeps` transcribes that schema's facts: the keys
Coral reads, the values it allows, and that it strips keys it does not know.
"""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from test_coral import PATH, SECRET, coral_request

from civility.policy.config import default_policy_text, policy_from_text
from civility.service.site import Site
from civility.web.coral import sign

STATUSES = {"APPROVED", "NONE", "PREMOD", "REJECTED", "SYSTEM_WITHHELD"}
FLAG_REASONS = {"COMMENT_DETECTED_TOXIC", "COMMENT_DETECTED_SPAM"}
REJECTION_CODES = {"OFFENSIVE", "ABUSIVE", "SPAM", "BANNED_WORD", "AD", "ILLEGAL_CONTENT",
                   "HARASSMENT_BULLYING", "MISINFORMATION", "HATE_SPEECH", "IRRELEVANT_CONTENT", "OTHER"}
TAGS = {"FEATURED", "STAFF"}


def coral_keeps(body: Any) -> dict[str, Any]:
    """What Coral keeps of an answer; AssertionError naming the field Coral would refuse."""
    assert isinstance(body, dict), "the answer must be an object"
    kept: dict[str, Any] = {}
    if "actions" in body:
        assert isinstance(body["actions"], list), "actions must be an array"
        kept["actions"] = []
        for action in body["actions"]:
            assert isinstance(action, dict), "actions[] must be objects"
            assert action.get("actionType") == "FLAG", f"actionType {action.get('actionType')!r}"
            assert action.get("reason") in FLAG_REASONS, f"reason {action.get('reason')!r}"
            kept["actions"].append({"actionType": "FLAG", "reason": action["reason"]})
    if "status" in body:
        assert body["status"] in STATUSES, f"status {body['status']!r}"
        kept["status"] = body["status"]
    if "tags" in body:
        assert isinstance(body["tags"], list) and all(t in TAGS for t in body["tags"]), "tags"
        kept["tags"] = body["tags"]
    if "moderationAction" in body:
        kept["moderationAction"] = _moderation_action(body["moderationAction"])
    return kept


def _moderation_action(m: Any) -> dict[str, Any]:
    assert isinstance(m, dict), "moderationAction must be an object"
    assert m.get("status") in STATUSES, f"moderationAction.status {m.get('status')!r}"
    kept: dict[str, Any] = {"status": m["status"]}
    if "rejectionReason" in m:
        r = m["rejectionReason"]
        assert isinstance(r, dict), "rejectionReason must be an object"
        assert r.get("code") in REJECTION_CODES, f"rejectionReason.code {r.get('code')!r}"
        kept["rejectionReason"] = {"code": r["code"]}
        for key in ("legalGrounds", "detailedExplanation", "customReason"):
            if key in r:
                assert isinstance(r[key], str), f"rejectionReason.{key} must be a string"
                kept["rejectionReason"][key] = r[key]
    return kept


def test_the_transcription_refuses_what_coral_refuses() -> None:
    coral_keeps({"status": "REJECTED", "actions": [{"actionType": "FLAG", "reason": "COMMENT_DETECTED_SPAM"}],
                 "moderationAction": {"status": "REJECTED", "rejectionReason": {"code": "AD"}}})
    assert coral_keeps({"status": "NONE", "metadata": {"x": 1}}) == {"status": "NONE"}
    for bad in ({"actions": [{"actionType": "FLAG", "reason": "COMMENT_DETECTED_BANNED_WORD"}]},
                {"actions": [{"actionType": "DONTAGREE", "reason": "COMMENT_DETECTED_TOXIC"}]},
                {"status": "HELD"}, {"tags": ["UNANSWERED"]},
                {"moderationAction": {"status": "REJECTED", "rejectionReason": {"code": "TOXIC"}}}):
        with pytest.raises(AssertionError):
            coral_keeps(bad)


POLICY = (default_policy_text()
          .replace("banned = []", 'banned = ["rejectword"]').replace("suspect = []", 'suspect = ["holdword"]')
          .replace("hold_links = false", "hold_links = true").replace("new_user_comments = 0",
                                                                     "new_user_comments = 1"))
TEXTS = [
    "A marked [threat] comment.", "A marked [identity_attack] comment.", "A marked [insult] comment.",
    "A marked [insult:0.6] comment.", "A marked [profanity] comment.", "A marked [sexual] comment.",
    "A marked [toxicity] comment.", "A marked [spam] comment.", "A marked [spam:0.6] comment.",
    "The rejectword is here.", "The holdword is here.", "See www.example.org for the whole speech.",
    "Это очень плохая статья, автор ничего не понимает.",
    "<p>The <b>rejectword</b> &amp; the talks.</p>", "<p>A calm remark about the talks.</p>",
    "The ceasefire talks in Moscow deserve a careful look.",
]


def post(client: TestClient, body: bytes) -> Any:
    return client.post(PATH, content=body, headers={"Content-Type": "application/json",
                                                    "X-Coral-Signature": sign(SECRET, body)})


@pytest.mark.parametrize("unsupported", ["hold", "reject"])
def test_every_answer_passes_corals_schema(site: Site, client: TestClient, unsupported: str) -> None:
    site.coral_secrets = (SECRET,)
    policy = POLICY.replace('unsupported = "hold"', f'unsupported = "{unsupported}"')
    site.use_policy(policy_from_text(policy))
    seen: set[str] = set()
    for text in TEXTS:
        for action in ("NEW", "EDIT"):
            r = post(client, coral_request(text, action=action))
            assert r.status_code in (200, 204), r.text
            if r.status_code == 200:
                kept = coral_keeps(r.json())
                assert kept == r.json(), "Civility sends only what Coral keeps"
                seen.add(kept["status"])
                if kept["status"] == "REJECTED":
                    reason = kept["moderationAction"]["rejectionReason"]
                    assert reason["detailedExplanation"], text
    assert seen == {"REJECTED", "SYSTEM_WITHHELD"}


def answer(client: TestClient, text: str, author: str = "user-77") -> Any:
    body = coral_request(text).replace(b'"user-77"', f'"{author}"'.encode())
    r = post(client, body)
    return r.json() if r.status_code == 200 else None


def test_reasons_are_told_in_corals_codes(site: Site, client: TestClient) -> None:
    site.coral_secrets = (SECRET,)
    site.use_policy(policy_from_text(POLICY.replace("new_user_comments = 1", "new_user_comments = 0")))
    cases = {"A marked [threat] comment.": ("HARASSMENT_BULLYING", "COMMENT_DETECTED_TOXIC"),
             "A marked [identity_attack] comment.": ("HATE_SPEECH", "COMMENT_DETECTED_TOXIC"),
             "A marked [insult] comment.": ("ABUSIVE", "COMMENT_DETECTED_TOXIC"),
             "A marked [profanity] comment.": ("OFFENSIVE", "COMMENT_DETECTED_TOXIC"),
             "A marked [spam] comment.": ("SPAM", "COMMENT_DETECTED_SPAM"),
             "The rejectword is here.": ("BANNED_WORD", "COMMENT_DETECTED_TOXIC")}
    for text, (code, flag) in cases.items():
        got = answer(client, text)
        assert got["status"] == "REJECTED", text
        assert got["moderationAction"]["rejectionReason"]["code"] == code, text
        assert {"actionType": "FLAG", "reason": flag} in got["actions"], text
    threat = answer(client, "A marked [threat] comment.")["moderationAction"]["rejectionReason"]
    assert threat["detailedExplanation"] == site.policy.categories[next(
        c for c in site.policy.categories if c.value == "threat")].message
    link = answer(client, "See www.example.org for the whole speech.")
    assert link["status"] == "SYSTEM_WITHHELD" and link["actions"] == [
        {"actionType": "FLAG", "reason": "COMMENT_DETECTED_SPAM"}]
    # The publisher moves threats to HATE_SPEECH in the policy file.
    moved = POLICY.replace('threat = "HARASSMENT_BULLYING"', 'threat = "HATE_SPEECH"')
    site.use_policy(policy_from_text(moved))
    assert answer(client, "A marked [threat] comment.")["moderationAction"]["rejectionReason"]["code"] \
        == "HATE_SPEECH"


def test_new_readers_are_held_then_trusted(site: Site, client: TestClient) -> None:
    site.coral_secrets = (SECRET,)
    site.use_policy(policy_from_text(POLICY))
    calm = "The ceasefire talks in Moscow deserve a careful look."
    first = answer(client, calm, author="newcomer")
    assert first["status"] == "SYSTEM_WITHHELD" and first["actions"] == []
    assert answer(client, calm, author="newcomer") is None  # one earlier comment: no longer new


def test_html_is_judged_as_text_and_evidence_points_into_the_html(site: Site, client: TestClient,
                                                                   admin: Any) -> None:
    site.coral_secrets = (SECRET,)
    site.use_policy(policy_from_text(POLICY.replace("new_user_comments = 1", "new_user_comments = 0")))
    html = "<p>Fine &amp; <b>calm</b>,</p><p>but <i>rejectword</i> here.</p>"
    assert answer(client, html)["status"] == "REJECTED"
    entry = admin.get("/audit?event=coral.moderated").json()[0]
    assert entry["detail"]["format"] == "HTML"
    [banned] = [e for e in entry["detail"]["evidence"] if e["reason"] == "banned_word"]
    [(start, end)] = banned["spans"]
    assert html[start:end] == "rejectword"
    # An edit is judged afresh: the new text is fine, so Coral's own settings decide.
    edited = coral_request("<p>Fine &amp; <b>calm</b>.</p>", action="EDIT")
    assert post(client, edited).status_code == 204
