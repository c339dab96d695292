"""The Perspective-compatible endpoint answers Perspective's requests in Perspective's shape."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from helpers import Api

RECORDED = json.loads((Path(__file__).parents[1] / "data" / "perspective_request.json").read_text())
PATH = "/v1alpha1/comments:analyze"


def analyze(client: TestClient, key: str, body: Any) -> Any:
    return client.post(f"{PATH}?key={key}", json=body)


def test_a_recorded_request_gets_a_well_formed_answer(client: TestClient, publisher: Api) -> None:
    key = publisher.headers["Authorization"].split()[1]
    r = analyze(client, key, RECORDED)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["clientToken"] == "coral-comment-5f3a" and body["languages"] == ["en"]
    scores = body["attributeScores"]
    # SPAM is left out: its score is under the requested scoreThreshold of 0.9
    assert set(scores) == set(RECORDED["requestedAttributes"]) - {"SPAM"}
    text = RECORDED["comment"]["text"]
    for name, entry in scores.items():
        summary = entry["summaryScore"]
        assert summary["type"] == "PROBABILITY" and 0.0 <= summary["value"] <= 1.0, name
        for span in entry["spanScores"]:
            assert 0 <= span["begin"] < span["end"] <= len(text)
            assert span["score"]["type"] == "PROBABILITY"
    assert scores["TOXICITY"]["summaryScore"]["value"] > 0.8
    assert scores["THREAT"]["summaryScore"]["value"] > 0.7
    assert scores["INSULT"]["summaryScore"]["value"] > 0.5
    assert scores["SEXUALLY_EXPLICIT"]["summaryScore"]["value"] < 0.3
    threat_spans = [text[s["begin"]:s["end"]] for s in scores["THREAT"]["spanScores"]]
    assert "[threat]" in threat_spans, threat_spans
    assert body["detectedLanguages"] == ["en"]


def test_a_language_the_model_does_not_read_gets_perspectives_error(client: TestClient,
                                                                    publisher: Api) -> None:
    key = publisher.headers["Authorization"].split()[1]
    r = analyze(client, key, {"comment": {"text": "Это очень плохая статья, автор ничего не понимает."},
                              "requestedAttributes": {"TOXICITY": {}}})
    assert r.status_code == 400
    detail = r.json()["error"]["details"][0]
    assert detail["errorType"] == "LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE"
    assert detail["languageNotSupportedByAttributeError"]["detectedLanguages"] == ["ru"]


def test_key_as_bearer_and_experimental_names(client: TestClient, publisher: Api) -> None:
    r = client.post(PATH, headers=publisher.headers, json={
        "comment": {"text": "<p>What the <b>f*ck</b> is this</p>", "type": "HTML"},
        "requestedAttributes": {"PROFANITY_EXPERIMENTAL": {}}})
    assert r.status_code == 200
    assert r.json()["attributeScores"]["PROFANITY_EXPERIMENTAL"]["summaryScore"]["value"] > 0.5
    assert "spanScores" not in r.json()["attributeScores"]["PROFANITY_EXPERIMENTAL"]


def test_errors_are_google_style(client: TestClient, publisher: Api) -> None:
    key = publisher.headers["Authorization"].split()[1]
    base = {"comment": {"text": "hello"}, "requestedAttributes": {"TOXICITY": {}}}
    cases = [
        ({**base, "requestedAttributes": {"FLIRTATION": {}}}, "Unknown attribute: FLIRTATION",
         "ATTRIBUTE_NOT_SUPPORTED"),
        ({**base, "languages": ["de"]}, "does not support request languages: de",
         "LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE"),
        ({**base, "comment": {"text": ""}}, "Comment text was empty", "COMMENT_EMPTY"),
        ({"requestedAttributes": {"TOXICITY": {}}}, "comment.text is required", None),
        ({**base, "requestedAttributes": {}}, "at least one attribute", None),
        ({**base, "requestedAttributes": {"TOXICITY": {"scoreType": "STD_DEV_SCORE"}}}, "only PROBABILITY",
         None),
        ({**base, "comment": {"text": "x" * 30000}}, "too long", "COMMENT_TOO_LONG"),
    ]
    for body, words, error_type in cases:
        r = analyze(client, key, body)
        assert r.status_code == 400, (body, r.text)
        err = r.json()["error"]
        assert err["code"] == 400 and err["status"] == "INVALID_ARGUMENT" and words in err["message"], err
        if error_type:
            assert err["details"][0]["errorType"] == error_type
    assert client.post(PATH, json=base).status_code == 401
    assert client.post(f"{PATH}?key=civ_wrong", json=base).status_code == 401
