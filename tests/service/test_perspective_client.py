"""Google's own Perspective client (google-api-python-client), unmodified, against `civility serve`:
only the discovery URL and the key differ from Perspective's documentation sample."""

from __future__ import annotations

import hashlib
import json
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import httpx
import pytest
from googleapiclient import discovery
from googleapiclient.errors import HttpError

from helpers import new_key, running_server


def test_googles_client_analyzes_and_suggests(db_url: str, tmp_path: Path) -> None:
    key = new_key("publisher", db_url, tmp_path)
    moderator = new_key("moderator", db_url, tmp_path)
    closing: list[Any] = []
    with running_server(db_url, tmp_path) as url, ExitStack() as stack:
        stack.callback(lambda: [c.close() for c in closing])
        doc = httpx.get(f"{url}/$discovery/rest?version=v1alpha1").json()
        assert doc["rootUrl"] == url + "/" and set(doc["resources"]["comments"]["methods"]) == {
            "analyze", "suggestscore"}
        assert httpx.get(f"{url}/$discovery/rest?version=v9").status_code == 404
        # Perspective's documentation sample, with these two values changed: the key and the URL.
        client = discovery.build("commentanalyzer", "v1alpha1", developerKey=key,
                                 discoveryServiceUrl=f"{url}/$discovery/rest?version=v1alpha1",
                                 static_discovery=False, cache_discovery=False)
        closing.append(client)
        comments = client.comments()
        text = "The talks in Moscow went on all night."
        plain = comments.analyze(body={"comment": {"text": text},
                                       "requestedAttributes": {"TOXICITY": {}, "THREAT": {}}}).execute()
        assert set(plain["attributeScores"]) == {"TOXICITY", "THREAT"}
        for entry in plain["attributeScores"].values():
            assert entry["summaryScore"]["type"] == "PROBABILITY" and 0 <= entry["summaryScore"]["value"] <= 1
            assert "spanScores" not in entry
        assert "clientToken" not in plain
        full = comments.analyze(body={
            "comment": {"text": text}, "requestedAttributes": {"INSULT": {}}, "spanAnnotations": True,
            "languages": ["en"], "doNotStore": True, "clientToken": "story-9/comment-4"}).execute()
        assert full["clientToken"] == "story-9/comment-4" and full["languages"] == ["en"]
        for span in full["attributeScores"]["INSULT"]["spanScores"]:
            assert 0 <= span["begin"] < span["end"] <= len(text)

        for body, status, error_type in [
            ({"comment": {"text": text}, "requestedAttributes": {"FLIRTATION": {}}}, 400,
             "ATTRIBUTE_NOT_SUPPORTED"),
            ({"comment": {"text": ""}, "requestedAttributes": {"TOXICITY": {}}}, 400, "COMMENT_EMPTY"),
            ({"comment": {"text": text}, "requestedAttributes": {"TOXICITY": {}}, "languages": ["de"]}, 400,
             "LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE"),
        ]:
            with pytest.raises(HttpError) as raised:
                comments.analyze(body=body).execute()
            assert raised.value.resp.status == status
            error = json.loads(raised.value.content)["error"]
            assert error["code"] == status and error["status"] == "INVALID_ARGUMENT"
            assert error["details"][0]["errorType"] == error_type
        stranger = discovery.build("commentanalyzer", "v1alpha1", developerKey="civ_wrong",
                                   discoveryServiceUrl=f"{url}/$discovery/rest?version=v1alpha1",
                                   static_discovery=False, cache_discovery=False)
        closing.append(stranger)
        with pytest.raises(HttpError) as raised:
            stranger.comments().analyze(body={"comment": {"text": text},
                                              "requestedAttributes": {"TOXICITY": {}}}).execute()
        assert raised.value.resp.status == 401

        secret = "A private remark the sender will not have stored."
        suggestion = {"comment": {"text": secret}, "languages": ["en"], "clientToken": "s-1",
                      "attributeScores": {"TOXICITY": {"summaryScore": {"value": 0.9}},
                                          "INSULT": {"spanScores": [{"begin": 0, "end": 9,
                                                                     "score": {"value": 1}}]}}}
        answer = comments.suggestscore(body={**suggestion, "doNotStore": True}).execute()
        assert answer["clientToken"] == "s-1" and answer["requestedLanguages"] == ["en"]
        assert answer["detectedLanguages"] == ["en"]
        comments.suggestscore(body=suggestion).execute()
        with pytest.raises(HttpError) as raised:
            comments.suggestscore(body={"comment": {"text": secret}, "attributeScores": {}}).execute()
        assert raised.value.resp.status == 400

        kept = httpx.get(f"{url}/api/v1/feedback", headers={"Authorization": f"Bearer {moderator}"}).json()
        assert [f["text"] for f in kept] == [secret, None]
        assert {f["text_sha256"] for f in kept} == {hashlib.sha256(secret.encode()).hexdigest()}
        assert kept[0]["scores"] == {"TOXICITY": {"summary": 0.9, "spans": []},
                                     "INSULT": {"summary": None, "spans": [[0, 9, 1.0]]}}
        as_publisher = httpx.get(f"{url}/api/v1/feedback", headers={"Authorization": f"Bearer {key}"})
        assert as_publisher.status_code == 403
