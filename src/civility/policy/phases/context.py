"""Context that a bag of words misses: counter-speech and negated statements about groups.

The model reads words, not who says them or whether they are denied. This phase tempers its
hate, threat and insult scores where the comment condemns or reports what it quotes, or
denies a claim about a group ("refugees are not criminals"). The rules weigh their own
matches the same way; evidence records the tempering.
"""

from __future__ import annotations

import re

from civility.domain import Category, Draft, Evidence
from civility.policy.phases.base import Context, sentence_of
from civility.text.vocab import AT_YOU, CONDEMNING, DISMISSIVE, GROUP, IDEA_CRITICISM, REPORTING

TEMPERED = (Category.IDENTITY_ATTACK, Category.THREAT, Category.INSULT, Category.TOXICITY)
FACTOR = 0.45

DENIAL = re.compile(
    rf"\b(?:{GROUP}|people|they|civilians|children|nobody|no\s+one)\s+"
    rf"(?:are|is|were|was|do|does|should|must|would)\s*(?:n't|\s+not|\s+never)\b|"
    rf"\b(?:aren't|isn't|weren't|don't|shouldn't|mustn't)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:blame|hate|be\s+blamed|deserve|be\s+treated|be\s+targeted|be\s+attacked)\b|"
    rf"\b(?:no\s+one|nobody|not\s+a\s+single|never\s+again)\b|\bi(?:'d|\s+would)\s+never\b|"
    rf"\bnot\s+(?:true|fair)\s+that\b|\bit(?:'s|\s+is)\s+wrong\s+to\b")


def _counter_speech(text: str) -> re.Match[str] | None:
    for m in REPORTING.finditer(text):
        s, e = sentence_of(text, m.start(), m.end())
        if CONDEMNING.search(text, s, e):
            return m
    return None


def context(draft: Draft, ctx: Context) -> None:
    if not draft.model_scores:
        return
    text = draft.normalized
    found = _counter_speech(text)
    why = "counter-speech: reports and condemns what it quotes"
    if found is None:
        found = DENIAL.search(text)
        why = "denies or negates a statement about people"
    if found is None:
        return
    for category in TEMPERED:
        before = draft.model_scores.get(category, 0.0)
        draft.model_scores[category] = before * FACTOR
    span = draft.span(found.start(), found.end())
    draft.evidence.append(Evidence(Category.TOXICITY, 0.0, "context:tempering", (span,),
                                   f"{why}; model scores for hate, threat and insult "
                                   f"multiplied by {FACTOR}"))


IDEAS_FACTOR = 0.5
DISMISSIVE_WORD = re.compile(rf"\b{DISMISSIVE}\b")


def ideas(draft: Draft, ctx: Context) -> None:
    """Criticism of an argument, a policy or an article is not a personal attack.

    Trained on tweets, the model reads "stupid" as abuse wherever it stands. Where the
    dismissive word is aimed at an idea ("a stupid argument", "the plan is idiotic") and no rule
    found an insult aimed at a person, its insult and toxicity scores are halved.
    """
    if not draft.model_scores or draft.scores.get(Category.INSULT, 0.0) > 0.0:
        return
    text = draft.normalized
    aimed = [(m.start(), m.end()) for m in IDEA_CRITICISM.finditer(text)]
    if not aimed or AT_YOU.search(text):
        return
    # Every dismissive word must be aimed at an idea: "a stupid idea from a stupid man" is not.
    for word in DISMISSIVE_WORD.finditer(text):
        if not any(s <= word.start() and word.end() <= e for s, e in aimed):
            return
    for category in (Category.INSULT, Category.TOXICITY):
        draft.model_scores[category] = draft.model_scores.get(category, 0.0) * IDEAS_FACTOR
    spans = tuple(draft.span(s, e) for s, e in aimed)
    draft.evidence.append(Evidence(Category.INSULT, 0.0, "context:ideas", spans,
                                   "criticises an idea, not a person; model scores for insult and "
                                   f"toxicity multiplied by {IDEAS_FACTOR}"))
