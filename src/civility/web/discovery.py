"""Perspective's discovery document: ``GET /$discovery/rest?version=v1alpha1``.

Google's API clients (``googleapiclient.discovery.build("commentanalyzer", "v1alpha1", ...)``)
read this document to learn the methods, their paths and the root URL they call. Served here
with this server as the root URL, it lets a newsroom's Perspective code run unchanged but for
the discovery URL and the key.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from civility import __version__
from civility.web.perspective import ATTRIBUTES, GOOGLE_ERRORS, google_error

router = APIRouter(tags=["perspective"])
VERSION = "v1alpha1"


def _object(description: str, **properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "description": description, "properties": properties}


def _string(description: str) -> dict[str, Any]:
    return {"type": "string", "description": description}


def _ref(name: str, description: str = "") -> dict[str, Any]:
    return {"$ref": name, "description": description} if description else {"$ref": name}


def _list(item: dict[str, Any], description: str) -> dict[str, Any]:
    return {"type": "array", "items": item, "description": description}


def _map(item: dict[str, Any], description: str) -> dict[str, Any]:
    return {"type": "object", "additionalProperties": item, "description": description}


LANGUAGES = _list({"type": "string"}, "Language codes (ISO 639-1)")
SCHEMAS: dict[str, dict[str, Any]] = {
    "TextEntry": _object("A text to score", text=_string("The text"),
                         type={"type": "string", "enum": ["TEXT_TYPE_UNSPECIFIED", "PLAIN_TEXT", "HTML"],
                               "description": "PLAIN_TEXT (the default) or HTML"}),
    "Context": _object("Accepted and not used", entries=_list(_ref("TextEntry"), "Texts around the comment")),
    "AttributeParameters": _object(
        "Options for one requested attribute",
        scoreType=_string("PROBABILITY, the only type"),
        scoreThreshold={"type": "number", "format": "float",
                        "description": "Leave the attribute out when its score is under this"}),
    "Score": _object("A score", value={"type": "number", "format": "float", "description": "From 0 to 1"},
                     type=_string("PROBABILITY")),
    "SpanScore": _object("The score of a part of the text",
                         begin={"type": "integer", "format": "int32", "description": "First character"},
                         end={"type": "integer", "format": "int32", "description": "After the last one"},
                         score=_ref("Score")),
    "AttributeScores": _object("An attribute's scores", summaryScore=_ref("Score", "The whole text's score"),
                               spanScores=_list(_ref("SpanScore"), "Scores of parts of the text")),
    "AnalyzeCommentRequest": _object(
        "What to score", comment=_ref("TextEntry"), context=_ref("Context"),
        requestedAttributes=_map(_ref("AttributeParameters"), f"Any of: {', '.join(ATTRIBUTES)}"),
        spanAnnotations={"type": "boolean", "description": "Also return spanScores"},
        languages=LANGUAGES,
        doNotStore={"type": "boolean", "description": "Civility never stores analyzed text"},
        clientToken=_string("Echoed"), sessionId=_string("Accepted"), communityId=_string("Accepted")),
    "AnalyzeCommentResponse": _object(
        "The scores", attributeScores=_map(_ref("AttributeScores"), "Scores by requested attribute"),
        languages=LANGUAGES, detectedLanguages=LANGUAGES, clientToken=_string("As sent")),
    "SuggestCommentScoreRequest": _object(
        "Scores suggested for a text", comment=_ref("TextEntry"), context=_ref("Context"),
        attributeScores=_map(_ref("AttributeScores"), "Suggested scores by attribute"), languages=LANGUAGES,
        doNotStore={"type": "boolean", "description": "Keep only the scores and the text's SHA-256"},
        clientToken=_string("Echoed"), sessionId=_string("Accepted"), communityId=_string("Kept")),
    "SuggestCommentScoreResponse": _object(
        "The suggestion was kept", detectedLanguages=LANGUAGES, requestedLanguages=LANGUAGES,
        clientToken=_string("As sent")),
}
PARAMETERS = {
    "key": {"type": "string", "location": "query", "description": "The API key"},
    "alt": {"type": "string", "location": "query", "default": "json", "enum": ["json"],
            "description": "Data format for the response"},
    "prettyPrint": {"type": "boolean", "location": "query", "default": "true",
                    "description": "Accepted; answers are compact"},
    "fields": {"type": "string", "location": "query", "description": "Accepted; the whole answer is sent"},
}


def _method(name: str, summary: str) -> dict[str, Any]:
    request, response = {"analyze": ("AnalyzeCommentRequest", "AnalyzeCommentResponse"),
                         "suggestscore": ("SuggestCommentScoreRequest", "SuggestCommentScoreResponse")}[name]
    path = f"{VERSION}/comments:{name}"
    return {"id": f"commentanalyzer.comments.{name}", "path": path, "flatPath": path, "httpMethod": "POST",
            "description": summary, "parameters": {}, "parameterOrder": [],
            "request": {"$ref": request}, "response": {"$ref": response}}


def document(root_url: str) -> dict[str, Any]:
    """The discovery document for a server reached at ``root_url`` (ending in ``/``)."""
    return {
        "kind": "discovery#restDescription", "discoveryVersion": "v1", "id": f"commentanalyzer:{VERSION}",
        "name": "commentanalyzer", "version": VERSION, "revision": __version__,
        "title": "Civility (Perspective Comment Analyzer API compatible)",
        "description": "Civility's Perspective-compatible endpoints: comments.analyze scores a text, "
                       "comments.suggestscore keeps suggested scores as feedback.",
        "protocol": "rest", "rootUrl": root_url, "servicePath": "", "baseUrl": root_url,
        "batchPath": "batch", "parameters": PARAMETERS, "schemas": SCHEMAS,
        "resources": {"comments": {"methods": {
            "analyze": _method("analyze", "Scores a comment for the requested attributes."),
            "suggestscore": _method("suggestscore", "Keeps scores suggested for a comment."),
        }}},
    }


@router.get("/$discovery/rest", summary="Perspective's discovery document, for Google's API clients",
            responses={404: {**GOOGLE_ERRORS[400], "description": "NOT_FOUND: a version not served"}})
def discovery(request: Request, version: str = VERSION) -> JSONResponse:
    """The document Google's clients read (`discoveryServiceUrl`); its root URL is this server
    as the request reached it. Needs no key: it describes the API and holds no data."""
    if version != VERSION:
        return google_error(f"Version {version} of commentanalyzer is not served; use {VERSION}.",
                            status=404, state="NOT_FOUND")
    return JSONResponse(document(str(request.base_url)))
