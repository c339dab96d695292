"""Coral's external moderation phase: ``POST /integrations/coral/moderate``.

Coral signs each request with its phase's signing secret (``X-Coral-Signature: sha256=HEX``,
an HMAC-SHA256 of the raw body; several comma-separated while a secret is being rotated). We check
the signature, run the publisher's policy on the comment and answer in Coral's terms, which Coral
checks against its schema before it uses any of it: 204 when the policy would publish (no
opinion: Coral's own settings decide), or a status (``SYSTEM_WITHHELD`` for hold, ``REJECTED``
for reject) with ``COMMENT_DETECTED_TOXIC`` or ``COMMENT_DETECTED_SPAM`` flags and, for a
rejection, Coral's rejection reason code from the policy's ``[coral]`` table.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse

from civility.domain import Action, Category, Verdict
from civility.errors import CivilityError
from civility.policy.config import Coral
from civility.service import audit
from civility.service.secret import same_secret
from civility.service.site import Site
from civility.web.auth import site_of
from civility.web.errors import ApiError, error_response
from civility.web.markup import Markup, looks_like_html, visible_text
from civility.web.schemas import ErrorOut, errors

router = APIRouter(tags=["coral"])
log = logging.getLogger("civility.web")

STATUS = {Action.HOLD: "SYSTEM_WITHHELD", Action.REJECT: "REJECTED"}
# Coral takes two flags from an external phase; which one follows from the reason's Coral code.
# A reason told as OTHER, IRRELEVANT_CONTENT or MISINFORMATION (a new reader, a language) flags nothing.
TOXIC, SPAM = "COMMENT_DETECTED_TOXIC", "COMMENT_DETECTED_SPAM"
FLAG_OF_CODE = {"OFFENSIVE": TOXIC, "ABUSIVE": TOXIC, "BANNED_WORD": TOXIC, "HARASSMENT_BULLYING": TOXIC,
                "HATE_SPEECH": TOXIC, "ILLEGAL_CONTENT": TOXIC, "SPAM": SPAM, "AD": SPAM}
MAX_BODY = 1_000_000


def sign(secret: str, body: bytes) -> str:
    """The header value Coral sends for ``body`` (used by tests and by the docs' example)."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def verified(header: str | None, body: bytes, secrets: tuple[str, ...]) -> bool:
    if not header:
        return False
    given = [part.strip() for part in header.split(",") if part.strip().startswith("sha256=")]
    expected = [sign(secret, body) for secret in secrets]
    return any(same_secret(g, e) for g in given for e in expected)


def coral_answer(verdict: Verdict, coral: Coral) -> dict[str, Any] | None:
    """Coral's moderation response for a verdict, in Coral's schema; None for no opinion.

    Flags say toxic or spam; a rejection says why in ``moderationAction.rejectionReason``: the
    policy's Coral code for the strongest reason, with the policy's message as the explanation."""
    if verdict.action is Action.PUBLISH:
        return None
    status = STATUS[verdict.action]
    flags = dict.fromkeys(flag for r in verdict.reasons if (flag := FLAG_OF_CODE.get(coral.code(r.code))))
    moderation: dict[str, Any] = {"status": status}
    if verdict.action is Action.REJECT:
        # Overall toxicity is at least its worst part: name the part when there is one.
        rejecting = [r for r in verdict.reasons if r.action is Action.REJECT]
        first = next((r for r in rejecting if r.code != Category.TOXICITY.value), rejecting[0])
        code = coral.code(first.code)
        moderation["rejectionReason"] = {"code": code, "detailedExplanation": first.message}
        if code == "OTHER":
            moderation["rejectionReason"]["customReason"] = first.message
    return {"status": status, "actions": [{"actionType": "FLAG", "reason": f} for f in flags],
            "moderationAction": moderation}


UNCHECKED = {"status": "SYSTEM_WITHHELD", "actions": [{"actionType": "FLAG", "reason": TOXIC}],
             "moderationAction": {"status": "SYSTEM_WITHHELD"}}  # the engine failed: a person decides


def evidence_in_body(verdict: Verdict, body: Markup | None) -> list[dict[str, Any]]:
    """Where each reason's evidence is, in characters of the body as Coral sent it."""
    out = []
    for reason in verdict.reasons:
        spans = [body.span(sp.start, sp.end) if body else sp for e in reason.evidence for sp in e.spans]
        out.append({"reason": reason.code, "spans": [[sp.start, sp.end] for sp in spans]})
    return out


@router.post("/integrations/coral/moderate", status_code=200,
             responses={204: {"description": "No opinion: the policy would publish it"},
                        **errors(400, 401, 413, 431),
                        404: {"model": ErrorOut, "description": "The Coral integration is off"}},
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
    """Run the policy on a Coral comment, new or edited, and keep the decision in the audit log.

    An edit (``action: EDIT``) is judged afresh on its new text: Coral asks again on every edit
    and takes the new answer. An HTML body is judged on the text a reader sees; the evidence is
    kept in characters of the body as sent."""
    author = payload.get("author") if isinstance(payload.get("author"), dict) else {}
    story = payload.get("story") if isinstance(payload.get("story"), dict) else {}
    assert isinstance(author, dict) and isinstance(story, dict)
    user_id = f"coral:{author['id']}" if author.get("id") else None
    markup = visible_text(text) if looks_like_html(text) else None
    published = None
    if user_id and site.policy.premoderation.new_user_comments > 0:
        # Coral does not tell Civility what its moderators decide: a reader's earlier new comments
        # that Civility did not reject (let through or held) count as the reader's experience.
        with site.db.reading() as session:
            published = sum(audit.count(session, "coral.moderated", user_id, action="NEW", status=status)
                            for status in ("NONE", "SYSTEM_WITHHELD"))
    try:
        verdict: Verdict | None = site.moderate(markup.text if markup else text, author_published=published)
    except CivilityError:  # empty or over the policy's length: Coral has its own checks
        return None
    except Exception:  # the engine failed: hold it for a person rather than let it through
        log.exception("engine failed on a Coral request")
        verdict = None
    answer = coral_answer(verdict, site.policy.coral) if verdict is not None else UNCHECKED
    with site.db.writing() as session:
        audit.record(session, site.clock(), "coral", "coral.moderated", user_id=user_id,
                     model_version=verdict.model_version if verdict else None,
                     policy_version=verdict.policy_version if verdict else None,
                     status=answer["status"] if answer else "NONE", action=payload.get("action"),
                     story=story.get("id"), format="HTML" if markup else "PLAIN_TEXT",
                     reasons=verdict.reason_codes if verdict else ["engine_error"],
                     evidence=evidence_in_body(verdict, markup) if verdict else [])
    return answer
