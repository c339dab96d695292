"""A Perspective-compatible endpoint: ``POST /v1alpha1/comments:analyze``.

Newsrooms that call Google Jigsaw's Perspective API (directly or through Coral) switch to
Civility by changing the base URL and the key. Requests and answers keep Perspective's shape;
errors keep Google's error shape. Texts sent here are scored and never stored.
"""

from __future__ import annotations

import html
import logging
import re
from html.parser import HTMLParser
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials

from civility.domain import Category, Role, Verdict
from civility.errors import CivilityError
from civility.web.auth import CHALLENGE, authenticate, bearer, check_role, site_of
from civility.web.errors import ApiError

router = APIRouter(tags=["perspective"])
log = logging.getLogger("civility.web")

# Perspective attribute -> how Civility scores it. SEVERE_TOXICITY has no category of its own:
# it is the worst of threat, identity attack and sexual content, or swearing aimed at someone.
ATTRIBUTES: dict[str, Category | None] = {
    "TOXICITY": Category.TOXICITY,
    "SEVERE_TOXICITY": None,
    "IDENTITY_ATTACK": Category.IDENTITY_ATTACK,
    "INSULT": Category.INSULT,
    "PROFANITY": Category.PROFANITY,
    "THREAT": Category.THREAT,
    "SEXUALLY_EXPLICIT": Category.SEXUAL,
    "SPAM": Category.SPAM,
}
SEVERE_PARTS = (Category.THREAT, Category.IDENTITY_ATTACK, Category.SEXUAL)
LANGUAGES = ("en",)
MAX_TEXT = 20_480  # Perspective's own limit is 20 KB of text


def attribute_of(name: str) -> str | None:
    """The attribute a requested name stands for (``TOXICITY_EXPERIMENTAL`` is TOXICITY)."""
    base = name.removesuffix("_EXPERIMENTAL")
    return base if base in ATTRIBUTES else None


def google_error(message: str, error_type: str | None = None, status: int = 400,
                 state: str = "INVALID_ARGUMENT", **extra: Any) -> JSONResponse:
    body: dict[str, Any] = {"code": status, "message": message, "status": state}
    if error_type:
        body["details"] = [{"@type": "type.googleapis.com/google.commentanalyzer.v1alpha1.Error",
                            "errorType": error_type, **extra}]
    return JSONResponse({"error": body}, status_code=status)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def plain_text(text: str, kind: str) -> str:
    if kind != "HTML":
        return text
    parser = _Text()
    parser.feed(text)
    parser.close()
    return html.unescape(re.sub(r"\s+", " ", "".join(parser.parts)).strip())


def score(verdict: Verdict, attribute: str) -> float:
    category = ATTRIBUTES[attribute]
    s = verdict.scores
    if category is not None:
        return float(s[category])
    swearing_at = min(s[Category.PROFANITY], s[Category.INSULT])
    return float(max(max(s[c] for c in SEVERE_PARTS), swearing_at))


def span_scores(verdict: Verdict, attribute: str, text: str, summary: float) -> list[dict[str, Any]]:
    """The evidence spans behind an attribute's score; the whole text when there are none."""
    category = ATTRIBUTES[attribute]
    wanted = set(SEVERE_PARTS) if category is None else {category}
    if category is Category.TOXICITY:
        wanted = set(Category)
    spans: dict[tuple[int, int], float] = {}
    for e in verdict.evidence:
        if e.category in wanted:
            for sp in e.spans:
                spans[(sp.start, sp.end)] = max(spans.get((sp.start, sp.end), 0.0), e.score)
    if not spans:
        spans[(0, len(text))] = summary
    return [{"begin": b, "end": e, "score": {"value": round(v, 4), "type": "PROBABILITY"}}
            for (b, e), v in sorted(spans.items())]


def _caller_key(request: Request, key: str | None,
                credentials: HTTPAuthorizationCredentials | None) -> None:
    """The key as Perspective takes it (``?key=``) or as a Bearer header."""
    if key:
        credentials = HTTPAuthorizationCredentials(scheme="Bearer", credentials=key)
    if credentials is None:
        raise ApiError(401, "unauthenticated", "send the API key as ?key=KEY or 'Authorization: Bearer KEY'",
                       CHALLENGE)
    check_role(authenticate(request, credentials), Role.PUBLISHER)


@router.post("/v1alpha1/comments:analyze", summary="Perspective API compatible scoring")
def analyze(request: Request, body: dict[str, Any],
            key: Annotated[str | None, Query(description="The API key, as Perspective takes it")] = None,
            credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)] = None,
            ) -> JSONResponse:
    """Score `comment.text` for the `requestedAttributes`, in Perspective's request and
    response shapes. Needs a publisher key or a stronger one."""
    _caller_key(request, key, credentials)
    comment = body.get("comment")
    if not isinstance(comment, dict) or not isinstance(comment.get("text"), str):
        return google_error("Comment must be specified: comment.text is required and must be a string.")
    kind = comment.get("type", "PLAIN_TEXT")
    if kind not in ("PLAIN_TEXT", "HTML"):
        return google_error(f"Unsupported comment type: {kind}. Use PLAIN_TEXT or HTML.")
    text = plain_text(comment["text"], kind)
    if not text.strip():
        return google_error("Comment text was empty.", "COMMENT_EMPTY")
    if len(text.encode("utf-8")) > MAX_TEXT:
        return google_error(f"Comment text too long: at most {MAX_TEXT} bytes of UTF-8.", "COMMENT_TOO_LONG")
    requested = body.get("requestedAttributes")
    if not isinstance(requested, dict) or not requested:
        return google_error("requestedAttributes must name at least one attribute, e.g. {\"TOXICITY\": {}}.")
    languages = body.get("languages") or []
    if not isinstance(languages, list) or not all(isinstance(x, str) for x in languages):
        return google_error("languages must be a list of language codes, e.g. [\"en\"].")
    for name, options in requested.items():
        if attribute_of(name) is None:
            return google_error(f"Unknown attribute: {name}. Civility supports: {', '.join(ATTRIBUTES)}.",
                                "ATTRIBUTE_NOT_SUPPORTED")
        if not isinstance(options, dict):
            return google_error(f"requestedAttributes.{name} must be an object, e.g. {{}}.")
        if options.get("scoreType", "PROBABILITY") != "PROBABILITY":
            return google_error(f"Unsupported scoreType {options['scoreType']!r} for {name}: "
                                "only PROBABILITY is supported.")
        threshold = options.get("scoreThreshold", 0.0)
        if not isinstance(threshold, int | float) or not 0 <= threshold <= 1:
            return google_error(f"scoreThreshold for {name} must be a number from 0 to 1.")
    unsupported = [lang for lang in languages if lang.split("-")[0].lower() not in LANGUAGES]
    if unsupported:
        name = next(iter(requested))
        return google_error(
            f"Attribute {name} does not support request languages: {', '.join(unsupported)}. "
            f"Civility scores: {', '.join(LANGUAGES)}.", "LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE",
            languageNotSupportedByAttributeError={"requestedLanguages": unsupported, "attribute": name})
    try:
        verdict = site_of(request).moderate(text)
    except CivilityError as exc:
        return google_error(exc.message)
    except Exception:  # the engine failed: say so, as Google would, rather than guess a score
        log.exception("engine failed on an analyze request")
        return google_error("The comment could not be scored; try again.", status=503, state="UNAVAILABLE")
    scores: dict[str, Any] = {}
    for name, options in requested.items():
        attribute = attribute_of(name)
        assert attribute is not None
        value = score(verdict, attribute)
        if value < float(options.get("scoreThreshold", 0.0)):
            continue
        entry: dict[str, Any] = {"summaryScore": {"value": round(value, 4), "type": "PROBABILITY"}}
        if body.get("spanAnnotations"):
            entry["spanScores"] = span_scores(verdict, attribute, text, value)
        scores[name] = entry
    answer: dict[str, Any] = {"attributeScores": scores, "detectedLanguages": ["en"],
                              "languages": [x.lower() for x in languages] or ["en"]}
    if "clientToken" in body:
        answer["clientToken"] = body["clientToken"]
    return JSONResponse(answer)
