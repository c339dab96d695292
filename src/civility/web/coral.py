"""Coral's external moderation phase: ``POST /integrations/coral/moderate``.

Coral signs each request with its phase's signing secret (``X-Coral-Signature: sha256=HEX``,
an HMAC-SHA256 of the raw body; several comma-separated while a secret is being rotated). We check
the signature, run the publisher's policy on the comment and answer in Coral's terms: 204 when
the policy would publish (no opinion: Coral's own settings decide), or a status
(``SYSTEM_WITHHELD`` for hold, ``REJECTED`` for reject) with flags saying why.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse

from civility.domain import Action, Verdict
from civility.errors import CivilityError
from civility.service import audit
from civility.service.site import Site
from civility.web.auth import site_of
from civility.web.errors import ApiError, error_response
from civility.web.perspective import plain_text

router = APIRouter(tags=["coral"])
log = logging.getLogger("civility.web")

STATUS = {Action.HOLD: "SYSTEM_WITHHELD", Action.REJECT: "REJECTED"}
FLAGS = {
    "spam": "COMMENT_DETECTED_SPAM",
    "banned_word": "COMMENT_DETECTED_BANNED_WORD",
    "suspect_word": "COMMENT_DETECTED_SUSPECT_WORD",
    "premoderation.link": "COMMENT_DETECTED_LINKS",
    "premoderation.new_user": "COMMENT_DETECTED_NEW_COMMENTER",
}
TOXIC = "COMMENT_DETECTED_TOXIC"  # every other category: toxicity, insult, hate, threat, ...
MAX_BODY = 1_000_000


def sign(secret: str, body: bytes) -> str:
    """The header value Coral sends for ``body`` (used by tests and by the docs' example)."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def verified(header: str | None, body: bytes, secrets: tuple[str, ...]) -> bool:
    if not header:
        return False
    given = [part.strip() for part in header.split(",") if part.strip().startswith("sha256=")]
    expected = [sign(secret, body) for secret in secrets]
    return any(hmac.compare_digest(g, e) for g in given for e in expected)


def coral_answer(verdict: Verdict) -> dict[str, Any] | None:
    """Coral's moderation response for a verdict; None for no opinion."""
    if verdict.action is Action.PUBLISH:
        return None
    actions: dict[str, list[str]] = {}
    for reason in verdict.reasons:
        actions.setdefault(FLAGS.get(reason.code, TOXIC), []).append(reason.message)
    return {
        "status": STATUS[verdict.action],
        "actions": [{"actionType": "FLAG", "reason": flag, "additionalDetails": " ".join(dict.fromkeys(msgs))}
                    for flag, msgs in actions.items()],
        "metadata": {"civility": {"action": verdict.action.value, "reasons": verdict.reason_codes,
                                  "scores": {c.value: s for c, s in verdict.scores.items()},
                                  "model_version": verdict.model_version,
                                  "policy_version": verdict.policy_version}},
    }


@router.post("/integrations/coral/moderate", status_code=200,
             responses={204: {"description": "No opinion: the policy would publish it"},
                        401: {"description": "Missing or wrong X-Coral-Signature"}},
             summary="Coral's external moderation phase (signed with the phase's signing secret)")
async def moderate(request: Request) -> Response:
    site = site_of(request)
    if not site.coral_secrets:
        return error_response(404, "not_configured", "the Coral integration is off: start the service "
                              "with CIVILITY_CORAL_SECRET set to the phase's signing secret")
    body = await request.body()
    if len(body) > MAX_BODY:
        return error_response(413, "too_large", f"the request body is over {MAX_BODY} bytes")
    if not verified(request.headers.get("x-coral-signature"), body, site.coral_secrets):
        raise ApiError(401, "bad_signature", "the X-Coral-Signature header is missing or does not match "
                       "the signing secret")
    try:
        payload = json.loads(body)
        text = payload["comment"]["body"]
        if not isinstance(text, str):
            raise TypeError("comment.body is not a string")
    except (ValueError, KeyError, TypeError) as exc:
        return error_response(400, "bad_input", f"not a Coral moderation request: {exc}")
    from starlette.concurrency import run_in_threadpool

    answer = await run_in_threadpool(judge, site, text, payload)
    if answer is None:
        return Response(status_code=204)
    return JSONResponse(answer)


def judge(site: Site, text: str, payload: dict[str, Any]) -> dict[str, Any] | None:
    """Run the policy on a Coral comment and keep the decision in the audit log."""
    fmt = "HTML" if "<" in text and ">" in text else "PLAIN_TEXT"
    try:
        verdict: Verdict | None = site.moderate(plain_text(text, fmt))
    except CivilityError:  # empty or over the policy's length: Coral has its own checks
        return None
    except Exception:  # the engine failed: hold it for a person rather than let it through
        log.exception("engine failed on a Coral request")
        verdict = None
    answer = coral_answer(verdict) if verdict is not None else {
        "status": "SYSTEM_WITHHELD",
        "actions": [{"actionType": "FLAG", "reason": TOXIC,
                     "additionalDetails": "Civility could not check it."}]}
    author = payload.get("author") if isinstance(payload.get("author"), dict) else {}
    story = payload.get("story") if isinstance(payload.get("story"), dict) else {}
    assert isinstance(author, dict) and isinstance(story, dict)
    with site.db.writing() as session:
        audit.record(session, site.clock(), "coral", "coral.moderated",
                     user_id=f"coral:{author['id']}" if author.get("id") else None,
                     model_version=verdict.model_version if verdict else None,
                     policy_version=verdict.policy_version if verdict else None,
                     status=answer["status"] if answer else "NONE", action=payload.get("action"),
                     story=story.get("id"), reasons=verdict.reason_codes if verdict else ["engine_error"])
    return answer
