"""Word phases: Civility's own lists (profanity, slurs, sexual words) and the publisher's lists.

The publisher's banned words reject a comment; suspect words hold it for a moderator.
"""

from __future__ import annotations

import re

from civility.domain import Action, Category, Draft, Reason
from civility.policy.phases.base import Context, add
from civility.text.lexicon import PROFANE, SEXUAL_WORDS, SLURRING

_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
MILD = frozenset({"damn", "damned", "crap", "crappy", "piss", "pissed", "hoe", "hoes", "wtf",
                  "bollocks", "dammit", "ass", "arse", "screw"})
STRONG_SEXUAL = frozenset({"porn", "porno", "pornhub", "nudes", "blowjob", "handjob", "pussy",
                           "dildo", "xxx", "cum", "cumming", "camgirl", "onlyfans", "tits",
                           "titties", "boobs", "horny", "milf", "nsfw"})


def lexicon(draft: Draft, ctx: Context) -> None:
    for m in _WORD.finditer(draft.normalized):
        word = m.group(0)
        span = [(m.start(), m.end())]
        if (slur := SLURRING.match(word)) is not None:
            add(draft, Category.IDENTITY_ATTACK, 0.9, "wordlist:slurs", span, f"slur '{slur}'")
            add(draft, Category.PROFANITY, 0.8, "wordlist:slurs", span, f"slur '{slur}'")
        elif (swear := PROFANE.match(word)) is not None:
            score = 0.6 if swear in MILD else 0.92
            add(draft, Category.PROFANITY, score, "wordlist:profanity", span, f"'{swear}'")
        elif (sexual := SEXUAL_WORDS.match(word)) is not None:
            score = 0.8 if sexual in STRONG_SEXUAL else 0.3
            add(draft, Category.SEXUAL, score, "wordlist:sexual", span, f"'{sexual}'")


# Sexual propositions with no explicit word: the act or undressing, aimed at "you" or "me".
PROPOSITION = re.compile(
    r"\b(?:have\s+sex|sex\s+with|hook\s*up|naked|nude|undress\w*|strip(?:ping)?\b|"
    r"clothes\s+off|in\s+(?:my|your)\s+bed|bend\s+(?:you\s+)?over|lick\s+you|touching\s+myself|"
    r"getting\s+hard|make\s+you\s+(?:moan|scream)|sext\w*|horny|sexy\s+(?:girls|boys|singles)|"
    r"hot\s+(?:singles|girls|milfs?|housewives)|webcam|good\s+time\s+in\s+bed)")
INTIMATE = re.compile(r"\b(?:you|your|me|my|myself|baby|sweetheart|tonight|us|pose|watch|"
                      r"waiting|want|love\s+to)\b")


def propositions(draft: Draft, ctx: Context) -> None:
    text = draft.normalized
    for m in PROPOSITION.finditer(text):
        if INTIMATE.search(text, max(0, m.start() - 60), m.end() + 60):
            add(draft, Category.SEXUAL, 0.78, "rule:sexual.proposition",
                [(m.start(), m.end())], "a sexual proposition")


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, phrase.split())) + r"(?!\w)")


def publisher_words(draft: Draft, ctx: Context) -> None:
    rules = ctx.policy.words
    for words, action, message, source in (
        (rules.banned, Action.REJECT, rules.banned_message, "wordlist:banned"),
        (rules.suspect, Action.HOLD, rules.suspect_message, "wordlist:suspect"),
    ):
        spans: list[tuple[int, int]] = []
        for phrase in words:
            spans.extend((m.start(), m.end())
                         for m in _phrase_pattern(phrase).finditer(draft.normalized))
        if spans:
            code = "banned_word" if action is Action.REJECT else "suspect_word"
            before = len(draft.evidence)
            add(draft, Category.TOXICITY, 0.0, source, spans, code)
            evidence = draft.evidence.pop(before)
            draft.reasons.append(Reason(code, action, message, evidence=(evidence,)))
