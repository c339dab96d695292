"""Hand-written rules for threats, dehumanising hate and personal attacks.

The corpora are thin on threats and on hate without swear words, so these patterns give the
model a floor: each match adds evidence with a fixed score. A match inside a negation ("no one
should be killed") or inside counter-speech ("the comment saying Turks should be killed is
hateful") counts for little; the context phase weighs the model's scores the same way.
"""

from __future__ import annotations

import re

from civility.domain import Category, Draft
from civility.policy.phases.base import Context, add, sentence_of
from civility.text.vocab import (
    CONDEMNING,
    DEHUMANISING,
    GROUP,
    INSULT,
    KILL,
    KILLED,
    NEGATION,
    REPORTING,
    STEREOTYPE,
    TARGET,
)

_ADV = r"(?:\s+(?:all|just|simply|really|definitely|surely|each|every\s+one|also|only))*"
_MODAL = (r"(?:should|must|ought\s+to|need\s+to|needs\s+to|deserve\s+to|deserves\s+to|"
          r"have\s+to|has\s+to|will|gonna|going\s+to|better|shall|may|can)")

THREATS: list[tuple[str, float, re.Pattern[str]]] = [
    # "they should be killed", "Turks must all be wiped out"
    ("threat.should-be-killed", 0.92, re.compile(
        rf"\b{_MODAL}{_ADV}\s+(?:be|get)\s+{KILLED}\b")),
    # "I will kill you", "we should hunt them down", "someone should shoot the mayor"
    ("threat.will-kill", 0.9, re.compile(
        rf"\b(?:i|we|i'll|ill|we'll|im|i'm|i\s+am|someone|somebody|anyone|they|you|u|let's|lets|"
        rf"people)\s+(?:\w+\s+){{0,3}}?{KILL}\s+(?:you|u|ya|him|her|them|those|these|all|every|"
        rf"the|that|this|your|his|their|each|anyone|everyone|{GROUP})\b")),
    ("threat.imperative-kill", 0.85, re.compile(
        rf"(?:^|[.!?\n]\s*)(?:just\s+|now\s+|please\s+|let's\s+|lets\s+)?{KILL}\s+"
        rf"(?:them|all|every|the|these|those|their|his|her|your|{GROUP})\b")),
    ("threat.wish-death", 0.88, re.compile(
        r"\b(?:i\s+hope|hopefully|i\s+wish|may)\s+(?:\w+\s+){0,3}?(?:die|dies|get\s+killed|"
        r"gets\s+killed|burn|burns|rot|rots|suffer|suffers|get\s+shot|gets\s+shot|drop\s+dead|"
        r"is\s+killed|are\s+killed|get\s+raped|gets\s+raped|is\s+next|perish|perishes)\b")),
    ("threat.deserve-death", 0.9, re.compile(
        r"\b(?:deserves?|earned|has\s+earned|need|needs)\s+(?:\w+\s+){0,2}?(?:a\s+bullet|to\s+die|"
        r"death|the\s+death\s+penalty|a\s+rope|to\s+hang|the\s+noose|to\s+be\s+\w+ed\b)")),
    ("threat.idioms", 0.85, re.compile(
        r"\b(?:fed\s+to\s+(?:the\s+)?(?:wild\s+)?(?:dogs|pigs|wolves|sharks)|meet\s+(?:their|his|her|"
        r"your)\s+maker|pay\s+with\s+(?:their|his|her|your)\s+(?:blood|lives|life|heads?)|"
        r"wipe\s+(?:them|it|\w+)\s+off\s+the\s+(?:map|face\s+of\s+the\s+earth)|"
        r"put\s+a\s+bullet\s+(?:in|through)|line\s+them\s+(?:all\s+)?up\s+against|"
        r"(?:i|we)\s+know\s+where\s+you\s+live|watch\s+your\s+back|you(?:'re|\s+are)\s+(?:dead|next)\b|"
        r"you\s+will\s+(?:pay|regret|bleed|suffer)|taste\s+of\s+(?:their|his|your)\s+own\s+medicine|"
        r"rivers\s+of\s+blood|feel\s+the\s+heavy\s+hand|bloodbath|hunt\s+(?:them|you|\w+)\s+down|"
        r"death\s+to\s+(?:all\s+)?(?:the\s+)?\w+|kill\s+them\s+all|gas\s+chambers?\s+for|"
        r"(?:find|know)\s+(?:out\s+)?where\s+(?:you|he|she|they)\s+lives?|"
        r"make\s+(?:you|them|him|her)\s+pay|(?:won't|will\s+not|wont)\s+survive|"
        r"cut\s+(?:your|his|her|their)\s+throats?|break\s+(?:every\s+bone|your\s+(?:neck|legs|face))|"
        r"mow(?:ed)?\s+(?:them\s+)?down|(?:get|gets|deserves?)\s+a\s+bullet|"
        r"bomb\s+(?:their|his|your|the)\s+\w+\s+until|"
        r"(?:burn|bomb|torch)\s+(?:the|their|your|his)\s+\w+\s+(?:down|with\s+(?:them|you))|"
        r"with\s+(?:them|you|your\s+family)\s+inside)")),
]

HATE: list[tuple[str, float, re.Pattern[str]]] = [
    # "these people are vermin", "Turks are nothing but parasites"
    ("hate.dehumanising", 0.9, re.compile(
        rf"\b{TARGET}\s+(?:are|is|were|r|remain|become)\s+(?:\w+\s+){{0,3}}?"
        rf"(?:nothing\s+but\s+|just\s+|such\s+|like\s+|a\s+bunch\s+of\s+|a\s+|an\s+|the\s+)?"
        rf"{DEHUMANISING}\b")),
    ("hate.stereotype", 0.75, re.compile(
        rf"\b(?:all\s+)?{GROUP}\s+(?:are|is)\s+(?:all\s+|just\s+|simply\s+|born\s+|naturally\s+)?"
        rf"{STEREOTYPE}\b")),
    ("hate.exclusion", 0.7, re.compile(
        rf"\b(?:send|kick|throw|deport|drive|ship|get)\s+(?:all\s+)?(?:the\s+|these\s+|those\s+)?"
        rf"(?:{GROUP}|them)\s+(?:back|out)\b|\b(?:{GROUP})\s+(?:don't|do\s+not|dont)\s+belong\b|"
        rf"\bno\s+place\s+for\s+{GROUP}\b|\b(?:{GROUP})\s+(?:go\s+home|go\s+back)\b")),
    # "women are too emotional to lead", "every Syrian is a potential bomber"
    ("hate.generalisation", 0.56, re.compile(
        rf"\b(?:all\s+|the\s+)?{GROUP}\s+(?:are|is)\s+(?:all|always|too|just|only|naturally|"
        rf"genetically|inherently|mostly|basically|never|by\s+nature)\b|"
        rf"\b(?:every|each|any)\s+{GROUP}\s+(?:is|in)\b|"
        rf"\b(?:all\s+|the\s+)?{GROUP}\s+(?:always|never|only|all)\s+\w+|"
        rf"\b{GROUP}\s+(?:can't|cannot|can\s+never)\s+be\s+trusted|"
        rf"\b{GROUP}\s+(?:control|run|own)\s+(?:the|our|all)\b|"
        rf"\b{GROUP}\s+(?:have|has)\s+(?:never|no)\s+\w+|"
        rf"\b{GROUP}\s+(?:should|must)\s+(?:not|never)\s+be\s+allowed|"
        rf"\b{GROUP}\s+(?:are|is)\s+(?:not|never)\s+(?:capable|able|fit|smart|intelligent|"
        rf"civili[sz]ed|human|trustworthy|loyal)\b|"
        rf"\b{GROUP}\s+(?:breed|smell|stink|steal|will\s+steal|are\s+replacing)\b|"
        rf"\b{GROUP}\s+(?:\w+\s+){{0,3}}?(?:are|is)\s+(?:ruining|destroying|poisoning|invading|"
        rf"infesting|taking\s+over|polluting|corrupting)\b")),
    ("hate.vermin-noun", 0.8, re.compile(
        rf"\b(?:{GROUP})\s+(?:vermin|rats|cockroaches|parasites|filth|scum|savages|animals|pigs|"
        rf"dogs|apes|nomads|invaders|terrorists)\b")),
    ("hate.genocidal-label", 0.6, re.compile(
        rf"\b(?:genocidal|terrorist|artificial|fake|fascist|criminal|barbaric)\s+(?:nation\s+of\s+)?"
        rf"(?:{GROUP}|turkey|azerbaijan|armenia|russia|ukraine|israel|palestine)\b")),
]

INSULTS: list[tuple[str, float, re.Pattern[str]]] = [
    ("insult.you-are", 0.88, re.compile(
        rf"\b(?:you|u|ya)(?:\s+are|'re|re|\s+r|\s+must\s+be|\s+sound\s+like|\s+look\s+like|"
        rf"\s+seem\s+like)\s+(?:\w+\s+){{0,3}}?{INSULT}\b")),
    ("insult.you-noun", 0.9, re.compile(
        rf"\b(?:you|u|ya)\s+(?:\w+\s+)?{INSULT}s?\b(?!\s+(?:idea|argument|comment|point|take|"
        rf"opinion|article|mistake|question|thing|stuff|remark|decision|policy|plan))")),
    ("insult.name-is", 0.72, re.compile(
        rf"\b(?:he|she|the\s+author|the\s+writer|the\s+reporter|the\s+journalist|the\s+editor|"
        rf"the\s+guy|this\s+guy|this\s+woman|this\s+man|your\s+\w+|[a-z]+)\s+is\s+(?:a|an|such\s+a|"
        rf"such\s+an|the)\s+(?:\w+\s+){{0,2}}?{INSULT}\b(?!\s+(?:idea|argument|move|plan|policy))")),
    ("insult.you-compared", 0.75, re.compile(
        r"\b(?:iq|brains?|intelligence|brain\s+cells?)\s+of\s+an?\s+\w+|"
        r"\b(?:are\s+)?you\s+(?:really\s+)?(?:this|that|so)\s+(?:dense|thick|dumb|stupid|slow)\b|"
        r"\b(?:dumb|thick|stupid)\s+as\s+(?:a\s+)?(?:rock|brick|post|bricks|rocks)|"
        r"\bgo\s+back\s+under\s+your\s+bridge|\bwaste\s+of\s+(?:space|oxygen|skin)\b")),
    ("insult.vocative", 0.8, re.compile(rf",\s*(?:you\s+)?(?:\w+\s+)?{INSULT}s?\s*[.!?]*\s*$")),
    ("insult.shut-up", 0.7, re.compile(
        r"\b(?:shut\s+up|get\s+lost|go\s+to\s+hell|piss\s+off|get\s+a\s+brain|"
        r"nobody\s+asked\s+you|kill\s+yourself|kys|go\s+die|screw\s+you|fuck\s+you)\b")),
]


_QUOTES = "\"“”‘’«»"


def _inside_quotes(text: str, start: int, end: int, s: int, e: int) -> bool:
    """Whether the match stands between quotation marks within its sentence (or just past)."""
    before = text[max(0, s - 2):start]
    after = text[end:min(len(text), e + 2)]
    opened = sum(before.count(q) for q in _QUOTES) % 2 == 1
    return opened and any(q in after for q in _QUOTES)


# "wrote this", "said it": a reporting verb with an object, not a clause it reports.
_OBJECT = re.compile(r"\s+(?:this|it|that\s+article|the\s+article|these|something)\b(?!\s+(?:is|are))")
# Rules whose own pattern holds a negation ("can't be trusted", "won't survive").
NEGATIVE_BY_DESIGN = frozenset({"hate.generalisation", "threat.idioms", "hate.stereotype"})


def _discount(text: str, start: int, end: int, *, negate_before: bool = True,
              negate_inside: bool = True) -> tuple[float, str]:
    """How much of a rule's score to keep, given negation or counter-speech around the match."""
    s, e = sentence_of(text, start, end)
    before = text[max(s, start - 40):start]
    match = text[start:end]
    sentence = text[s:e]
    if (negate_before and NEGATION.search(before[-25:])) or (negate_inside
                                                           and NEGATION.search(match)):
        return 0.25, "negated"
    reported = REPORTING.search(text, max(s, start - 60), start)
    if reported and not _OBJECT.match(text, reported.end()):
        return 0.3, "reported speech"
    if _inside_quotes(text, start, end, s, e):
        return 0.3, "quoted"
    if REPORTING.search(sentence) and CONDEMNING.search(sentence):
        return 0.3, "counter-speech"
    if re.search(r"[\"“'‘]", before) and CONDEMNING.search(text[max(0, s - 200):e + 200]):
        return 0.35, "quoted and condemned"
    return 1.0, ""


_AT_GROUP = re.compile(rf"\b(?:{GROUP}|them|they|these\s+people|those\s+people|nation|race)\b")


def _run(draft: Draft, rules: list[tuple[str, float, re.Pattern[str]]],
         category: Category, at_group: Category | None = None) -> None:
    """Apply ``rules``; with ``at_group``, a match aimed at a group also counts there."""
    text = draft.normalized
    for name, score, pattern in rules:
        for m in pattern.finditer(text):
            keep, why = _discount(text, m.start(), m.end(),
                                  negate_before=category is not Category.INSULT,
                                  negate_inside=name not in NEGATIVE_BY_DESIGN)
            spans = [(m.start(), m.end())]
            add(draft, category, score * keep, f"rule:{name}", spans, why or "matched")
            if at_group is not None and _AT_GROUP.search(text, max(0, m.start() - 150),
                                                         m.end() + 30):
                add(draft, at_group, score * keep * 0.9, f"rule:{name}", spans,
                    why or "aimed at a group")


def threats(draft: Draft, ctx: Context) -> None:
    _run(draft, THREATS, Category.THREAT, at_group=Category.IDENTITY_ATTACK)


def hate(draft: Draft, ctx: Context) -> None:
    _run(draft, HATE, Category.IDENTITY_ATTACK)


def insults(draft: Draft, ctx: Context) -> None:
    _run(draft, INSULTS, Category.INSULT)
