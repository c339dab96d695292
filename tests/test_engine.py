"""The whole engine with the shipped models: the fixture, calibration, evidence, languages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from civility.domain import Action, Category
from civility.policy.engine import Moderator


def test_fixture_comment_is_rejected_for_threat_and_hate(moderator: Moderator,
                                                          fixture_article: dict[str, Any]) -> None:
    text = fixture_article["comments"][0]["text"]
    verdict = moderator.moderate(text)
    assert verdict.action is Action.REJECT
    assert {"threat", "identity_attack"} <= set(verdict.reason_codes)
    spans = [s for r in verdict.reasons for e in r.evidence for s in e.spans]
    assert spans and all(text[s.start:s.end] == s.text for s in spans)


def test_every_article_paragraph_is_published(
        moderator: Moderator, fixture_article: dict[str, Any]) -> None:
    art = fixture_article["article"]
    texts = [art["title"], *art["summary"], *art["paragraphs"]]
    verdicts = moderator.moderate_many(texts)
    held = [(t[:60], v.reason_codes) for t, v in zip(texts, verdicts, strict=True)
            if v.action is not Action.PUBLISH]
    assert held == []


def test_news_scores_low(moderator: Moderator) -> None:
    texts = ["Thanks for the update.", "The minister met the president in Istanbul.",
             "The council will vote on the new budget on Tuesday.",
             "Talks between the two delegations resumed in Vienna this morning."]
    for verdict, text in zip(moderator.moderate_many(texts), texts, strict=True):
        assert max(verdict.scores.values()) < 0.2, (text, verdict.scores)


def test_greetings_score_low(moderator: Moderator) -> None:
    for verdict in moderator.moderate_many(["hi", "hello", "Good morning.", "Hello everyone!"]):
        assert max(verdict.scores.values()) < 0.2


def test_evidence_spans_point_at_the_original_text(moderator: Moderator) -> None:
    text = "Honestly, you are a total 1d10t and f u c k your article"
    verdict = moderator.moderate(text)
    assert verdict.action is not Action.PUBLISH
    spans = [s for e in verdict.evidence for s in e.spans]
    assert spans and all(text[s.start:s.end] == s.text for s in spans)
    assert any(s.text == "f u c k" for s in spans)


def test_model_evidence_is_whole_words(moderator: Moderator) -> None:
    for text in ["These people are vermin and should be wiped out.", "You are a worthless idiot."]:
        verdict = moderator.moderate(text)
        for e in verdict.evidence:
            if e.source.startswith("model:"):
                for s in e.spans:
                    assert (s.start == 0 or not text[s.start - 1].isalnum()) and (
                        s.end == len(text) or not text[s.end].isalnum()), (text, s)


def test_batch_equals_single(moderator: Moderator) -> None:
    texts = ["Lovely article, thanks.", "You are a moron.", "Buy cheap pills at pills.biz",
             "Armenians are vermin.", "The ceasefire collapsed within hours."]
    batch = moderator.moderate_many(texts)
    single = [moderator.moderate(t) for t in texts]
    assert [v.scores for v in batch] == [v.scores for v in single]
    assert [v.action for v in batch] == [v.action for v in single]


def test_a_language_the_model_does_not_read_is_held_not_scored(moderator: Moderator) -> None:
    verdict = moderator.moderate("Их всех надо наказать, этих людей, прямо сейчас.")
    assert verdict.language == "ru" and verdict.action is Action.HOLD
    assert verdict.reason_codes == ["language"]
    assert all(score == 0.0 for c, score in verdict.scores.items() if c is not Category.SPAM)


def test_scores_cover_every_category_and_name_the_models(moderator: Moderator) -> None:
    verdict = moderator.moderate("Nice weather today.")
    assert set(verdict.scores) == set(Category)
    assert all(0.0 <= s <= 1.0 for s in verdict.scores.values())
    assert verdict.model_version.startswith("encoder-") and "ngram-" in verdict.model_version


def test_googles_client_scores_the_fixture_comment_as_a_threat(
        fixture_article: dict[str, Any], tmp_path: Path) -> None:
    """Issue 11's acceptance, with the real model: Google's Perspective client, unmodified but
    for the discovery URL and the key, against a running `civility serve`."""
    from googleapiclient import discovery

    from helpers import new_key, running_server

    db = f"sqlite:///{tmp_path / 'civility.db'}"
    key = new_key("publisher", db, tmp_path)
    with running_server(db, tmp_path) as url:
        client = discovery.build("commentanalyzer", "v1alpha1", developerKey=key,
                                 discoveryServiceUrl=f"{url}/$discovery/rest?version=v1alpha1",
                                 static_discovery=False, cache_discovery=False)
        answer = client.comments().analyze(body={
            "comment": {"text": fixture_article["comments"][0]["text"]},
            "requestedAttributes": {"THREAT": {}}}).execute()
        client.close()
    assert answer["attributeScores"]["THREAT"]["summaryScore"]["value"] > 0.5
