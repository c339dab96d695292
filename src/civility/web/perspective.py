"""A Perspective-compatible endpoint: ``POST /v1alpha1/comments:analyze``.

Newsrooms that call Google Jigsaw's Perspective API (directly or through Coral) switch to
Civility by changing the base URL and the key. Requests and answers keep Perspective's shape;
errors keep Google's error shape. Texts sent here are scored and never stored.
"""

from __future__ import annotations

import json
import logging
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials

from civility.domain import Caller, Category, Role, Verdict
from civility.errors import CivilityError
from civility.service import feedback
from civility.text.language import identify
from civility.web.auth import authenticate, bearer, check_role, site_of
from civility.web.errors import ApiError
from civility.web.markup import plain_text

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
MAX_TEXT = 20_480  # Perspective's own limit is 20 KB of text
CHALLENGE = 'Bearer realm="civility"'  # httplib2, under Google's client, cannot parse a bare "Bearer"


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


def _language_error(attribute: str, requested: list[str], detected: list[str],
                    supported: tuple[str, ...]) -> JSONResponse:
    """Perspective's answer for a language an attribute does not cover."""
    which = requested or detected
    return google_error(
        f"Attribute {attribute} does not support request languages: {', '.join(which)}. "
        f"Civility scores: {', '.join(supported)}.", "LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE",
        languageNotSupportedByAttributeError={"requestedLanguages": requested,
                                              "detectedLanguages": detected,
                                              "attribute": attribute})


def caller_key(request: Request, key: str | None,
               credentials: HTTPAuthorizationCredentials | None) -> Caller | JSONResponse:
    """The key as Perspective takes it (``?key=``) or as a Bearer header; a refusal in Google's
    error shape, with a challenge Google's client (httplib2) can parse, for a missing or bad one."""
    if key:
        credentials = HTTPAuthorizationCredentials(scheme="Bearer", credentials=key)
    try:
        if credentials is None:
            raise ApiError(401, "unauthenticated", "The request is missing an API key: send it as ?key=KEY "
                           "or 'Authorization: Bearer KEY'.")
        return check_role(authenticate(request, credentials), Role.PUBLISHER)
    except ApiError as exc:
        state = {401: "UNAUTHENTICATED", 403: "PERMISSION_DENIED"}.get(exc.status, "INVALID_ARGUMENT")
        answer = google_error(exc.message, status=exc.status, state=state)
        if exc.status == 401:
            answer.headers["WWW-Authenticate"] = CHALLENGE
        return answer


def comment_text(body: dict[str, Any]) -> str | JSONResponse:
    """The text to judge from a request's ``comment``, or Perspective's error for a bad one."""
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
    return text


def request_languages(body: dict[str, Any]) -> list[str] | JSONResponse:
    languages = body.get("languages") or []
    if not isinstance(languages, list) or not all(isinstance(x, str) for x in languages):
        return google_error("languages must be a list of language codes, e.g. [\"en\"].")
    return languages


# How Perspective's endpoints take the key: as ?key=, or as a Bearer header.
KeyQuery = Annotated[str | None, Query(description="The API key, as Perspective takes it")]
BearerCredentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
NOT_JSON = object()


async def _json_body(request: Request) -> Any:
    """The body, parsed after the route has checked the key (as Perspective does): a missing or
    wrong key is answered first, whatever the body or its content type."""
    raw = await request.body()
    try:
        return json.loads(raw)
    except ValueError:
        return NOT_JSON


JsonBody = Annotated[Any, Depends(_json_body)]


def request_object(body: Any) -> dict[str, Any] | JSONResponse:
    if not isinstance(body, dict):
        return google_error("The request body must be a JSON object.")
    return body


_GOOGLE_ERROR = {"type": "object", "required": ["error"], "properties": {"error": {
    "type": "object", "required": ["code", "message", "status"],
    "properties": {"code": {"type": "integer"}, "message": {"type": "string"},
                   "status": {"type": "string"}, "details": {"type": "array"}}}}}
GOOGLE_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"description": meaning, "content": {"application/json": {"schema": _GOOGLE_ERROR}}}
    for status, meaning in (
        (400, "INVALID_ARGUMENT: the request is malformed, the text empty or too long (COMMENT_TOO_LONG), "
              "an attribute or language unsupported"),
        (401, "UNAUTHENTICATED: no key, or an unknown or revoked one"),
        (403, "PERMISSION_DENIED: the key's role may not score"),
        (503, "UNAVAILABLE: the engine could not score the text; try again"))}
_COMMENT = {"type": "object", "required": ["text"], "properties": {
    "text": {"type": "string"}, "type": {"type": "string", "enum": ["PLAIN_TEXT", "HTML"]}}}
_LANGUAGES = {"type": "array", "items": {"type": "string"}}


def _body_doc(schema: dict[str, Any]) -> dict[str, Any]:
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": schema}}}}


ANALYZE_DOC = _body_doc({"type": "object", "required": ["comment", "requestedAttributes"], "properties": {
    "comment": _COMMENT, "languages": _LANGUAGES, "spanAnnotations": {"type": "boolean"},
    "doNotStore": {"type": "boolean"}, "clientToken": {"type": "string"},
    "requestedAttributes": {"type": "object", "minProperties": 1, "additionalProperties": {
        "type": "object", "properties": {"scoreType": {"type": "string", "enum": ["PROBABILITY"]},
                                         "scoreThreshold": {"type": "number", "minimum": 0, "maximum": 1}}},
        "propertyNames": {"enum": [f"{a}{x}" for a in ATTRIBUTES for x in ("", "_EXPERIMENTAL")]}}}})
_SCORE = {"type": "object", "required": ["value"], "properties": {
    "value": {"type": "number", "minimum": 0, "maximum": 1},
    "type": {"type": "string", "enum": ["PROBABILITY"]}}}
SUGGEST_DOC = _body_doc({"type": "object", "required": ["comment", "attributeScores"], "properties": {
    "comment": _COMMENT, "languages": _LANGUAGES, "doNotStore": {"type": "boolean"},
    "clientToken": {"type": "string"}, "communityId": {"type": "string"},
    "attributeScores": {"type": "object", "minProperties": 1, "additionalProperties": {
        "type": "object", "required": ["summaryScore"], "properties": {"summaryScore": _SCORE}},
        "propertyNames": {"enum": [f"{a}{x}" for a in ATTRIBUTES for x in ("", "_EXPERIMENTAL")]}}}})


@router.post("/v1alpha1/comments:analyze", summary="Perspective API compatible scoring",
             responses=GOOGLE_ERRORS, openapi_extra=ANALYZE_DOC)
def analyze(request: Request, raw: JsonBody,
            key: KeyQuery = None,
            credentials: BearerCredentials = None,
            ) -> JSONResponse:
    """Score `comment.text` for the `requestedAttributes`, in Perspective's request and
    response shapes. Needs a publisher key or a stronger one."""
    caller = caller_key(request, key, credentials)
    if isinstance(caller, JSONResponse):
        return caller
    body = request_object(raw)
    if isinstance(body, JSONResponse):
        return body
    text = comment_text(body)
    if isinstance(text, JSONResponse):
        return text
    requested = body.get("requestedAttributes")
    if not isinstance(requested, dict) or not requested:
        return google_error("requestedAttributes must name at least one attribute, e.g. {\"TOXICITY\": {}}.")
    languages = request_languages(body)
    if isinstance(languages, JSONResponse):
        return languages
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
    supported = site_of(request).policy.languages.supported
    unsupported = [lang for lang in languages if lang.split("-")[0].lower() not in supported]
    if unsupported:
        return _language_error(next(iter(requested)), unsupported, [], supported)
    try:
        verdict = site_of(request).moderate(text)
    except CivilityError as exc:
        return google_error(exc.message)
    except Exception:  # the engine failed: say so, as Google would, rather than guess a score
        log.exception("engine failed on an analyze request")
        return google_error("The comment could not be scored; try again.", status=503, state="UNAVAILABLE")
    if verdict.language not in supported:
        return _language_error(next(iter(requested)), [], [verdict.language], supported)
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
    answer: dict[str, Any] = {"attributeScores": scores, "detectedLanguages": [verdict.language],
                              "languages": [x.lower() for x in languages] or [verdict.language]}
    if "clientToken" in body:
        answer["clientToken"] = body["clientToken"]
    return JSONResponse(answer)


def _score_value(score: Any, where: str) -> float | str:
    """A suggested score's value, or the message saying what is wrong with it."""
    if not isinstance(score, dict) or not isinstance(score.get("value"), int | float) \
            or isinstance(score.get("value"), bool) or not 0 <= score["value"] <= 1:
        return f"{where} must be {{\"value\": a number from 0 to 1}}."
    if score.get("type", "PROBABILITY") != "PROBABILITY":
        return f"{where}: only PROBABILITY scores are supported."
    return float(score["value"])


def suggested_scores(given: Any, text: str) -> dict[str, Any] | str:
    """``attributeScores`` of a suggestion as Civility keeps them, or what is wrong with them."""
    if not isinstance(given, dict) or not given:
        return "attributeScores must not be empty, e.g. {\"TOXICITY\": {\"summaryScore\": {\"value\": 0.9}}}."
    out: dict[str, Any] = {}
    for name, entry in given.items():
        attribute = attribute_of(name)
        if attribute is None:
            return f"Unknown attribute: {name}. Civility supports: {', '.join(ATTRIBUTES)}."
        if not isinstance(entry, dict) or not ("summaryScore" in entry or entry.get("spanScores")):
            return f"attributeScores.{name} must have a summaryScore or spanScores."
        summary = None
        if "summaryScore" in entry:
            value = _score_value(entry["summaryScore"], f"attributeScores.{name}.summaryScore")
            if isinstance(value, str):
                return value
            summary = value
        spans: list[list[float]] = []
        for span in entry.get("spanScores") or []:
            where = f"attributeScores.{name}.spanScores"
            if not isinstance(span, dict) or not all(isinstance(span.get(k), int) for k in ("begin", "end")) \
                    or not 0 <= span["begin"] < span["end"] <= len(text):
                return f"{where}: each needs begin and end inside the text (begin < end <= {len(text)})."
            value = _score_value(span.get("score"), f"{where}.score")
            if isinstance(value, str):
                return value
            spans.append([span["begin"], span["end"], value])
        out[attribute] = {"summary": summary, "spans": spans}
    return out


@router.post("/v1alpha1/comments:suggestscore", summary="Perspective API compatible score suggestions",
             responses=GOOGLE_ERRORS, openapi_extra=SUGGEST_DOC)
def suggestscore(request: Request, raw: JsonBody,
                 key: KeyQuery = None,
                 credentials: BearerCredentials = None,
                 ) -> JSONResponse:
    """Keep the scores a publisher suggests for a text as feedback that moderators can read
    (`GET /api/v1/feedback`) and training can learn from. With `doNotStore` only the scores and
    the text's SHA-256 are kept. Needs a publisher key or a stronger one."""
    caller = caller_key(request, key, credentials)
    if isinstance(caller, JSONResponse):
        return caller
    body = request_object(raw)
    if isinstance(body, JSONResponse):
        return body
    text = comment_text(body)
    if isinstance(text, JSONResponse):
        return text
    languages = request_languages(body)
    if isinstance(languages, JSONResponse):
        return languages
    scores = suggested_scores(body.get("attributeScores"), text)
    if isinstance(scores, str):
        return google_error(scores)
    token, community = body.get("clientToken"), body.get("communityId")
    site = site_of(request)
    feedback.record(site, caller, "perspective.suggestscore", text, scores,
                    store_text=body.get("doNotStore") is not True, languages=[x.lower() for x in languages],
                    client_token=token if isinstance(token, str) else None,
                    community_id=community if isinstance(community, str) else None)
    found, usual = identify(text, site.policy.languages.site), site.policy.languages.site
    answer: dict[str, Any] = {"detectedLanguages": [found.code if found.reliable else usual],
                              "requestedLanguages": [x.lower() for x in languages]}
    if "clientToken" in body:
        answer["clientToken"] = body["clientToken"]
    return JSONResponse(answer)
