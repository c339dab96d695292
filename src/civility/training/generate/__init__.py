"""The generated, contrastive corpus: template families filled from the word lists.

``generate(seed, per_family)`` gives ``Example`` rows whose ``group`` names their family and
whose ``split`` is ``"train"`` or ``"valid"``: validation holds out whole families (one per kind
that has several), so its figure measures templates the model never saw.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable, Sequence

from civility.training.corpora import Example
from civility.training.generate import fills, words
from civility.training.generate.frames import FAMILIES, Family
from civility.training.generate.groups import CITIES, COUNTRIES, GROUPS

_SLOT = re.compile(r"\{([A-Z]+|n|place|day|year)\}")
NOISE_RATE = 0.08    # share of sentences with one misspelt word (on both sides of the line)
CONTEXT_RATE = 0.3   # share of sentences set between neutral sentences
COMPOSED_SHARE = 10.0  # comments of several sentences, in units of ``per_family``: a tenth of the
# generated rows, since a long comment dilutes what one of its sentences says (benchmarks/long_comments.py)
COMPOSED_CHARS = 520  # a composed comment, at most: it fills the training window, as long comments do
COMPOSED_HEATED = 8  # heated sentences around the other ones, at most
SECOND_INNER_RATE = 0.3  # composed comments with a second sentence of another family
ADJUNCT_RATE = 0.3    # share of sentences given an adjunct of time, place or manner (both sides)


def _pick(rng: random.Random, pool: tuple[str, ...]) -> str:
    return rng.choice(pool)


def _fill(template: str, rng: random.Random) -> tuple[str, str]:
    """The template filled in, and the group it names (if it names one)."""
    group = rng.choice(GROUPS)
    simple: dict[str, Callable[[], str]] = {
        "G": lambda: group.plural, "A": lambda: group.adjective, "S": lambda: group.singular,
        "D": lambda: _pick(rng, words.DEHUMANISING), "NT": lambda: _pick(rng, words.NEGATIVE_TRAITS),
        "NH": lambda: _pick(rng, words.NEGATIVE_HABITS), "PT": lambda: _pick(rng, words.POSITIVE_TRAITS),
        "DV": lambda: _pick(rng, words.DISGUST_VERBS), "HV": lambda: _pick(rng, words.HATE_VERBS_I),
        "EX": lambda: _pick(rng, words.EXCLUSION), "CO": lambda: _pick(rng, words.CONSPIRACY),
        "K": lambda: _pick(rng, words.KILLED), "H": lambda: _pick(rng, words.HARM),
        "W": lambda: _pick(rng, words.DEATH_WISH), "IN": lambda: _pick(rng, words.INSULT_NOUNS),
        "IA": lambda: _pick(rng, words.INSULT_ADJ), "DI": lambda: _pick(rng, words.DISMISSIVE),
        "ID": lambda: _pick(rng, words.IDEAS), "O": lambda: _pick(rng, words.OBJECTS),
        "P": lambda: _pick(rng, words.PERSONS), "N": lambda: _pick(rng, words.NAMES),
        "TGT": lambda: _pick(rng, words.POLITICAL_TARGETS), "T": lambda: _pick(rng, words.TEAMS),
        "FOOD": lambda: _pick(rng, words.FOODS), "C": lambda: _pick(rng, COUNTRIES),
        "SW": lambda: _pick(rng, fills.SWEAR), "SWA": lambda: _pick(rng, fills.SWEAR_ADJ),
        "SX": lambda: _pick(rng, fills.SEX_ACTS), "BODY": lambda: _pick(rng, fills.BODY),
        "PITCH": lambda: _pick(rng, fills.PITCHES), "OFFER": lambda: _pick(rng, fills.OFFERS),
        "URL": lambda: _pick(rng, fills.URLS), "PHONE": lambda: _pick(rng, fills.PHONES),
        "EMAIL": lambda: _pick(rng, fills.EMAILS),
        "PF": lambda: _pick(rng, words.PROTECTED_FROM), "SP": lambda: _pick(rng, words.SEXUAL_PROPOSITIONS),
        "PROD": lambda: _pick(rng, words.OTHER_PRODUCTS),
        "PRODL": lambda: _pick(rng, words.OTHER_PRODUCTS).lower(),
        "place": lambda: _pick(rng, CITIES + COUNTRIES), "day": lambda: _pick(rng, words.DAYS),
        "year": lambda: _pick(rng, words.YEARS), "n": lambda: str(rng.choice((2, 3, 7, 12, 40, 52, 300))),
        "FACT": lambda: _fill(_pick(rng, words.NEUTRAL_FACTS), rng)[0],
        "AR": lambda: _pick(rng, words.AROUSAL),
        "WD": lambda: _pick(rng, words.WRONGDOERS), "DEED": lambda: _deed(rng),
        "JU": lambda: _pick(rng, words.JUSTICE), "CR": lambda: _pick(rng, words.CRUELTY),
        "CA": lambda: _pick(rng, words.CIVIC_ACTORS), "CD": lambda: _pick(rng, words.CIVIC_DEEDS),
        "CE": lambda: _pick(rng, words.CIVIC_ENDS), "NS": lambda: _pick(rng, words.NATION_SLURS),
        "XP": lambda: _pick(rng, words.EXPELLED),
    }

    def one(m: re.Match[str]) -> str:
        key = m.group(1)
        if key == "POS":
            return _pick(rng, words.POSITIVE_STATEMENTS).format(G=group.plural, A=group.adjective)
        return simple[key]()

    names_group = any(f"{{{k}}}" in template for k in ("G", "A", "S", "POS"))
    return _SLOT.sub(one, template), group.plural if names_group else ""


def _deed(rng: random.Random) -> str:
    """A deed, half the time made longer by a tail and, now and then, by a second deed."""
    deed = _pick(rng, words.DEEDS)
    if rng.random() < 0.5:
        deed = f"{deed} {_pick(rng, words.DEED_TAILS)}"
    if rng.random() < 0.2:
        deed = f"{deed}, and {_pick(rng, words.DEEDS)}"
    return deed


def _misspell(text: str, rng: random.Random) -> str:
    tokens = text.split(" ")
    long = [i for i, t in enumerate(tokens) if len(t) >= 4 and t.isalpha()]
    if not long:
        return text
    i = rng.choice(long)
    w = tokens[i]
    j = rng.randrange(1, len(w) - 1)
    how = rng.randrange(4)
    if how == 0:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]          # swapped letters
    elif how == 1:
        w = w[:j] + w[j + 1:]                            # a dropped letter
    elif how == 2:
        w = w[:j] + w[j] + w[j:]                         # a doubled letter
    else:
        w = " ".join(w) if rng.random() < 0.5 else w[:j] + " " + w[j:]  # spaces inside
    tokens[i] = w
    return " ".join(tokens)


def _dress(text: str, rng: random.Random) -> str:
    """Vary case and punctuation as readers do."""
    style = rng.random()
    text = text[0].upper() + text[1:] if style < 0.6 else text
    if style > 0.9:
        text = text.lower()
    if text[-1] not in ".!?'\"" and rng.random() < 0.6:
        text += rng.choice((".", ".", "!", "!!", "..."))
    return text


def _with_adjunct(text: str, rng: random.Random) -> str:
    """``text`` with an adjunct of time, place or manner before or after it: how a sentence
    starts or ends must not decide what it means."""
    if rng.random() < 0.7:
        end = len(text.rstrip(".!?"))
        after = _fill(rng.choice(words.ADJUNCTS_AFTER), rng)[0]
        return f"{text[:end]} {after}{text[end:]}"
    return f"{rng.choice(words.ADJUNCTS_BEFORE)} {text[0].lower()}{text[1:]}"


def sentence(family: Family, rng: random.Random) -> tuple[str, str]:
    """A sentence of the family, and the group it names ("" if none)."""
    filled, group = _fill(rng.choice(family.templates), rng)
    if rng.random() < ADJUNCT_RATE and family.kind not in ("spam", "greeting"):
        filled = _with_adjunct(filled, rng)
    text = _dress(filled, rng)
    if rng.random() < NOISE_RATE:
        text = _misspell(text, rng)
    if rng.random() < CONTEXT_RATE:
        before, after = rng.choice(fills.FILLERS), rng.choice(fills.FILLERS)
        text = rng.choice((f"{before} {text}", f"{text} {after}", f"{before} {text} {after}"))
    return text, group


def held_out_families() -> frozenset[str]:
    """One family per kind that has several: the one whose name hashes lowest."""
    by_kind: dict[str, list[str]] = {}
    for f in FAMILIES:
        by_kind.setdefault(f.kind, []).append(f.name)
    held = set()
    for names in by_kind.values():
        if len(names) > 1:
            held.add(min(names, key=lambda n: hashlib.sha1(n.encode()).hexdigest()))
    return frozenset(held)


def generate(seed: int = 0, per_family: int = 500) -> list[Example]:
    """Unique generated sentences, ``per_family`` (at most) for each family."""
    held = held_out_families()
    out: list[Example] = []
    for family in FAMILIES:
        # Each family draws from its own stream: editing one family leaves the others as they were.
        rng = random.Random(f"{seed}:{family.name}")
        seen: set[str] = set()
        want = int(per_family * family.weight)
        for _ in range(want * 4):
            if len(seen) >= want:
                break
            text, target = sentence(family, rng)
            if text.lower() not in seen:
                seen.add(text.lower())
                out.append(Example(text, dict(family.labels), "generated", group=family.name,
                                   split="valid" if family.name in held else "train",
                                   extra={"kind": family.kind, "target": target}))
    out.extend(_composed(seed, int(per_family * COMPOSED_SHARE), held))
    return out


def heated_family() -> Family:
    """The heated but clean talk about states and leaders that long comments are made of."""
    return next(f for f in FAMILIES if f.name == "heated.politics")


def joined(parts: Sequence[str]) -> str:
    """Sentences as one comment, each ending in a full stop unless it has its own."""
    return " ".join(p if p[-1] in ".!?" else p + "." for p in parts)


def _composed(seed: int, count: int, held: frozenset[str]) -> list[Example]:
    """Comments of two to ten sentences: heated but clean talk about states and leaders, with one
    sentence of another family somewhere in it; a comment carries every label its sentences do.

    Long comments are where a threat hides in the middle of a rant; without these, length alone
    would say "clean". Sentences of held-out families make the validation share (a fifth).
    """
    rng = random.Random(f"{seed}:composed")
    heated = heated_family()
    pools = {split: [f for f in FAMILIES if f is not heated and f.kind != "spam"
                     and (f.name in held) == (split == "valid")] for split in ("train", "valid")}
    out: list[Example] = []
    seen: set[str] = set()
    for i in range(count * 2):
        if len(out) >= count:
            break
        split = "valid" if i % 5 == 4 else "train"
        inner = rng.choice(pools[split])
        text, target = sentence(inner, rng)
        inners = [_dress(text, rng)]
        labels = {k: max(v, heated.labels[k]) for k, v in inner.labels.items()}
        if rng.random() < SECOND_INNER_RATE:  # rants often say two kinds of thing
            # of the same side of the line, so that long comments stay as often clean as short ones
            bad = any(inner.labels.values())
            other = rng.choice([f for f in pools[split] if any(f.labels.values()) == bad])
            inners.append(_dress(sentence(other, rng)[0], rng))
            labels = {k: max(v, other.labels[k]) for k, v in labels.items()}
        parts = [sentence(heated, rng)[0] for _ in range(rng.randint(1, COMPOSED_HEATED))]
        while parts and sum(len(p) + 1 for p in parts + inners) > COMPOSED_CHARS:
            parts.pop()
        for one in inners:
            parts.insert(rng.randint(0, len(parts)), one)
        comment = joined(parts)
        if comment.lower() in seen:
            continue
        seen.add(comment.lower())
        out.append(Example(comment, labels, "generated", group=f"composed:{inner.name}", split=split,
                           extra={"kind": f"composed_{inner.kind}", "target": target}))
    return out
