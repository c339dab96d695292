from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from civility.domain import Action, Category
from civility.errors import InputError, PolicyError
from civility.policy.config import load_policy
from civility.policy.engine import Moderator


def test_fixture_comment_is_rejected_for_threat_and_hate(
        moderator: Moderator, fixture_article: dict[str, Any]) -> None:
    text = fixture_article["comments"][0]["text"]
    verdict = moderator.moderate(text)
    assert verdict.action is Action.REJECT
    assert {"threat", "identity_attack"} <= set(verdict.reason_codes)
    threat = next(r for r in verdict.reasons if r.code == "threat")
    spans = [s for e in threat.evidence for s in e.spans]
    assert any("killed" in s.text for s in spans)
    assert all(text[s.start:s.end] == s.text for s in spans)


def test_every_article_paragraph_is_published(
        moderator: Moderator, fixture_article: dict[str, Any]) -> None:
    art = fixture_article["article"]
    texts = [art["title"], *art["summary"], *art["paragraphs"]]
    verdicts = moderator.moderate_many(texts)
    held = [(t[:60], v.reason_codes) for t, v in zip(texts, verdicts, strict=True)
            if v.action is not Action.PUBLISH]
    assert held == []


def test_evidence_spans_point_at_the_original_text(moderator: Moderator) -> None:
    text = "Honestly, you are a total 1d10t and f u c k your article"
    verdict = moderator.moderate(text)
    assert verdict.action is not Action.PUBLISH
    spans = [s for e in verdict.evidence for s in e.spans]
    assert spans
    for s in spans:
        assert text[s.start:s.end] == s.text
    assert any(s.text == "f u c k" for s in spans)


def test_batch_equals_single(moderator: Moderator) -> None:
    texts = ["Lovely article, thanks.", "You are a moron.", "Buy cheap pills at pills.biz",
             "Armenians are vermin."]
    batch = moderator.moderate_many(texts)
    single = [moderator.moderate(t) for t in texts]
    assert [v.scores for v in batch] == [v.scores for v in single]
    assert [v.action for v in batch] == [v.action for v in single]


def test_empty_and_oversized_text_are_refused(moderator: Moderator) -> None:
    with pytest.raises(InputError, match="empty"):
        moderator.moderate("   ")
    with pytest.raises(InputError, match="at most"):
        moderator.moderate("a" * 1_000_001)


def test_banned_and_suspect_words_from_the_policy(tmp_path: Path) -> None:
    source = Path(load_policy.__code__.co_filename).with_name("default.toml").read_text()
    source = source.replace("banned = []", 'banned = ["frobnicate"]').replace(
        "suspect = []", 'suspect = ["widget scam"]')
    path = tmp_path / "policy.toml"
    path.write_text(source)
    mod = Moderator(load_policy(path), use_model=False)
    banned = mod.moderate("Please do not FR0BNICATE here.")
    assert banned.action is Action.REJECT and banned.reason_codes == ["banned_word"]
    assert banned.reasons[0].evidence[0].spans[0].text == "FR0BNICATE"
    suspect = mod.moderate("this is a widget   scam I think")
    assert suspect.action is Action.HOLD and suspect.reason_codes == ["suspect_word"]


def test_bad_policy_files_say_what_is_wrong(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text("[categories.threat]\nhold = 0.9\nreject = 0.1\n")
    with pytest.raises(PolicyError, match="categories"):
        load_policy(path)
    path.write_text("not = [toml")
    with pytest.raises(PolicyError, match="not valid TOML"):
        load_policy(path)
    with pytest.raises(PolicyError, match="not found"):
        load_policy(tmp_path / "missing.toml")


def test_scores_cover_every_category(moderator: Moderator) -> None:
    verdict = moderator.moderate("Nice weather today.")
    assert set(verdict.scores) == set(Category)
    assert all(0.0 <= s <= 1.0 for s in verdict.scores.values())
    assert verdict.action is Action.PUBLISH


def test_criticising_an_idea_is_not_a_personal_attack(moderator: Moderator) -> None:
    for text in ["That is a stupid argument.", "The minister's plan is idiotic and will fail."]:
        verdict = moderator.moderate(text)
        assert verdict.action is Action.PUBLISH, (text, verdict.reason_codes)
        assert any(e.source == "context:ideas" for e in verdict.evidence)
    for text in ["Stupid idea from a stupid man.", "You are stupid and your argument is idiotic.",
                 "Only a total imbecile would write something this dumb."]:
        verdict = moderator.moderate(text)
        assert verdict.action is not Action.PUBLISH, text
        assert not any(e.source == "context:ideas" for e in verdict.evidence), text
