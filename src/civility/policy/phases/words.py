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
# Words that are also names or plain words ("Moby Dick", "a prick of the needle"): a capitalised
# one inside a sentence is taken for a name, and a lower-case one holds rather than rejects.
AMBIGUOUS = frozenset({"dick", "dicks", "cock", "cocks", "prick", "pricks", "pussy", "knob",
                       "tit", "tits", "balls", "bugger", "hoe", "hoes", "ass", "asses"})
STRONG_SEXUAL = frozenset({"porn", "porno", "pornhub", "nudes", "blowjob", "handjob", "pussy",
                           "dildo", "xxx", "cum", "cumming", "camgirl", "onlyfans", "tits",
                           "titties", "boobs", "horny", "milf", "nsfw"})


def _named(draft: Draft, start: int, end: int) -> bool:
    """Whether the original word is capitalised (not shouted) inside a sentence, as names are."""
    span = draft.span(start, end)
    before = draft.text[:span.start].rstrip()
    return (span.text[:1].isupper() and not span.text.isupper() and bool(before)
            and before[-1] not in ".!?:\"'\n")


def lexicon(draft: Draft, ctx: Context) -> None:
    for m in _WORD.finditer(draft.normalized):
        word = m.group(0)
        span = [(m.start(), m.end())]
        if word in AMBIGUOUS and _named(draft, m.start(), m.end()):
            continue
        if (slur := SLURRING.match(word)) is not None:
            add(draft, Category.IDENTITY_ATTACK, 0.9, "wordlist:slurs", span, f"slur '{slur}'")
            add(draft, Category.PROFANITY, 0.8, "wordlist:slurs", span, f"slur '{slur}'")
        elif (swear := PROFANE.match(word)) is not None:
            score = 0.6 if swear in MILD or swear in AMBIGUOUS else 0.92
            add(draft, Category.PROFANITY, score, "wordlist:profanity", span, f"'{swear}'")
        elif (sexual := SEXUAL_WORDS.match(word)) is not None:
            score = 0.8 if sexual in STRONG_SEXUAL else 0.3
            add(draft, Category.SEXUAL, score, "wordlist:sexual", span, f"'{sexual}'")


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
