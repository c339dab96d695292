"""Each phase on its own, with sentences it must and must not fire on (no model involved)."""

from __future__ import annotations

import pytest

from civility.domain import Action, Category, Draft
from civility.errors import InputError
from civility.models.cascade import ModelScores
from civility.models.encoder import marked_words
from civility.policy.config import load_policy
from civility.policy.phases import checks, classifier, decide, language, spam, words
from civility.policy.phases.base import Context
from helpers import StubScorer

POLICY = load_policy()
CTX = Context(POLICY, None)


def draft(text: str, ctx: Context = CTX) -> Draft:
    d = Draft(text=text)
    checks.normalise(d, ctx)
    language.identify_language(d, ctx)
    return d


def test_length_refuses_empty_and_oversized() -> None:
    with pytest.raises(InputError, match="empty"):
        checks.length(Draft(text=" \n "), CTX)
    with pytest.raises(InputError, match="at most"):
        checks.length(Draft(text="a" * (POLICY.max_length + 1)), CTX)
    checks.length(Draft(text="fine"), CTX)


@pytest.mark.parametrize("text", ["what the f*ck", "sh1t happens", "f u c k this", "b.u.l.l.s.h.i.t",
                                  "f\u03c5ck", "fu\u200bck you", "fuuuuck", "$hit", "a$$hole"])
def test_lexicon_sees_through_spelling(text: str) -> None:
    d = draft(text)
    words.lexicon(d, CTX)
    assert d.scores.get(Category.PROFANITY, 0) >= 0.85, text
    assert all(text[s.start:s.end] == s.text for e in d.evidence for s in e.spans)


@pytest.mark.parametrize("text", ["Scunthorpe United won", "we must assess the class",
                                  "the cockpit was damaged", "shiitake mushrooms", "I love Dickens",
                                  "Moby Dick is a novel", "I met Dick Cheney in 2004", "Cocktail hour"])
def test_lexicon_leaves_innocent_words(text: str) -> None:
    d = draft(text)
    words.lexicon(d, CTX)
    assert d.scores == {} and d.evidence == [], text


def test_ambiguous_words_hold_rather_than_reject() -> None:
    d = draft("what a dick move")
    words.lexicon(d, CTX)
    assert POLICY.categories[Category.PROFANITY].hold <= d.scores[Category.PROFANITY] < \
        POLICY.categories[Category.PROFANITY].reject


def test_shouted_ambiguous_words_still_count() -> None:
    d = draft("YOU ARE A DICK")
    words.lexicon(d, CTX)
    assert d.scores[Category.PROFANITY] >= POLICY.categories[Category.PROFANITY].hold


@pytest.mark.parametrize("text, category", [("those kikes again", Category.IDENTITY_ATTACK),
                                            ("send nudes", Category.SEXUAL)])
def test_lexicon_slurs_and_sexual_words(text: str, category: Category) -> None:
    d = draft(text)
    words.lexicon(d, CTX)
    assert d.scores[category] >= 0.8


@pytest.mark.parametrize("text, source", [
    ("Earn $500 a day from home, visit www.cash-now.biz", "rule:spam.link-and-sales"),
    ("Cheap loans, WhatsApp +44 7700 900123", "rule:spam.contact-and-sales"),
    ("see a.com and b.net and c.org", "rule:spam.many-links"),
    ("follow me " * 8 + "please", "rule:spam.repetition"),
])
def test_spam_rules_fire(text: str, source: str) -> None:
    d = draft(text)
    spam.spam(d, CTX)
    assert source in {e.source for e in d.evidence}
    assert d.scores[Category.SPAM] >= POLICY.categories[Category.SPAM].hold


@pytest.mark.parametrize("text", ["I read it on bbc.com this morning",
                                  "The price of bread rose by 5% this year.",
                                  "Call me old-fashioned, but I liked the old layout."])
def test_spam_rules_leave_ordinary_comments(text: str) -> None:
    d = draft(text)
    spam.spam(d, CTX)
    assert d.scores.get(Category.SPAM, 0.0) < POLICY.categories[Category.SPAM].hold


def test_language_identifies_and_the_policy_decides() -> None:
    russian = draft("Их всех надо наказать, этих людей, прямо сейчас.")
    assert russian.language == "ru" and not russian.language_supported
    language.unsupported(russian, CTX)
    assert [(r.code, r.action) for r in russian.reasons] == [("language", Action.HOLD)]
    german = draft("Das ist so schlimm, was ist in Berlin los?")
    assert german.language == "de" and not german.language_supported
    english = draft("Putin and Erdogan discussed Karabakh.")
    assert english.language == "en" and english.language_supported
    language.unsupported(english, CTX)
    assert english.reasons == []


def test_classifier_adds_scores_and_whole_word_evidence() -> None:
    ctx = Context(POLICY, StubScorer())
    d = draft("the vermin remark")
    out = ModelScores({c: 0.0 for c in Category} | {Category.IDENTITY_ATTACK: 0.9},
                      [(0, 3, -3.0), (4, 7, 2.0), (11, 17, -1.0)], "encoder")
    d.model_scores, d.model_tokens = dict(out.scores), out.tokens
    classifier.classifier(d, ctx)
    assert d.scores[Category.IDENTITY_ATTACK] == 0.9
    assert [s.text for e in d.evidence for s in e.spans] == ["vermin"]


def test_when_the_span_head_marks_nothing_the_words_it_ranks_highest_are_shown_as_such() -> None:
    ctx = Context(POLICY, StubScorer())
    d = draft("they should all be shot")
    tokens = [(0, 4, -4.0), (5, 11, -2.5), (12, 15, -3.9), (16, 18, -3.0), (19, 23, -1.8)]
    d.model_scores = {c: 0.0 for c in Category} | {Category.THREAT: 0.9}
    d.model_tokens = tokens
    classifier.classifier(d, ctx)
    [evidence] = d.evidence
    assert [s.text for s in evidence.spans] == ["shot"]  # "should" is near too, but a stop word
    assert "none passed its bar" in evidence.detail
    d = draft("they should all be shot")
    d.model_scores = {c: 0.0 for c in Category} | {Category.THREAT: 0.9}
    d.model_tokens = []  # no tokens at all: the score alone, said so
    classifier.classifier(d, ctx)
    assert not d.evidence[0].spans and d.evidence[0].detail == "the model's score"


def test_evidence_is_whole_words_never_a_lone_stop_word() -> None:
    text = "they are vermin and the rest"
    tokens = [(0, 4, 1.0), (9, 12, 2.0), (20, 23, 3.0)]  # "they", "ver" of vermin, "the"
    assert marked_words(text, tokens) == [(9, 15)]
    assert marked_words("dirty rats here", [(0, 5, 1.0), (6, 10, 1.0)]) == [(0, 10)]
    assert marked_words("you, the", [(0, 3, 1.0), (5, 8, 1.0)]) == []


def test_toxicity_is_at_least_its_worst_part() -> None:
    d = draft("x")
    d.scores = {Category.THREAT: 0.9, Category.TOXICITY: 0.2}
    decide.toxicity(d, CTX)
    assert d.scores[Category.TOXICITY] == 0.9


def test_thresholds_give_hold_and_reject() -> None:
    threat = POLICY.categories[Category.THREAT]
    for score, action in ((threat.hold - 0.01, Action.PUBLISH), (threat.hold, Action.HOLD),
                          (threat.reject, Action.REJECT)):
        d = draft("x")
        d.scores = {Category.THREAT: score}
        decide.thresholds(d, CTX)
        assert d.final is action


def test_premoderation_holds_new_readers_and_links() -> None:
    from dataclasses import replace

    from civility.policy.config import Premoderation

    policy = replace(POLICY, premoderation=Premoderation(new_user_comments=2, hold_links=True))
    new = draft("hello")
    checks.premoderation(new, Context(policy, None, author_published=1))
    assert [r.code for r in new.reasons] == ["premoderation.new_user"]
    link = draft("see example.com")
    checks.premoderation(link, Context(policy, None, author_published=5))
    assert [r.code for r in link.reasons] == ["premoderation.link"]
    known = draft("hello")
    checks.premoderation(known, Context(policy, None, author_published=5))
    assert known.reasons == []


def test_publisher_words_ban_and_suspect() -> None:
    from dataclasses import replace

    from civility.policy.config import WordRules

    policy = replace(POLICY, words=WordRules(banned=("frobnicate",), suspect=("widget scam",)))
    ctx = Context(policy, None)
    banned = draft("Please do not FR0BNICATE here.", ctx)
    words.publisher_words(banned, ctx)
    assert [(r.code, r.action) for r in banned.reasons] == [("banned_word", Action.REJECT)]
    assert banned.reasons[0].evidence[0].spans[0].text == "FR0BNICATE"
    suspect = draft("this is a widget   scam I think", ctx)
    words.publisher_words(suspect, ctx)
    assert [(r.code, r.action) for r in suspect.reasons] == [("suspect_word", Action.HOLD)]
