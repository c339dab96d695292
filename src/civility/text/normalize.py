"""Normalisation that sees through obfuscation while keeping a map back to the original.

``normalize(text)`` returns the normalised text and, for every character of it, the index of
the original character it came from, so that evidence found in the normalised text can be
shown on the text the reader wrote.

Steps, in order:
1. per character: drop zero-width and other format characters and combining marks, apply
   Unicode NFKC (full-width letters, ligatures, styled maths letters), strip accents, case-fold;
2. per token: Cyrillic and Greek look-alikes inside Latin words become Latin letters,
   leetspeak inside words (sh1t, @ss, k1ll) becomes letters, masked letters (f*ck, f#ck) and
   spaced or dotted letters (f u c k, b.u.l.l) are matched against the word lists, runs of a
   repeated letter are shortened (fuuuuck), and known misspellings (fcuk, btch) are mapped.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from civility.text.lexicon import mask_candidates, variant_table

HOMOGLYPHS = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "һ": "h",
    "ԁ": "d", "ԛ": "q", "ԝ": "w", "ɡ": "g", "ı": "i",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "ω": "w", "γ": "y",
}
LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g",
        "@": "a", "$": "s", "!": "i", "|": "l", "+": "t", "€": "e", "£": "l"}
MASKS = frozenset("*#%_")

_TOKEN = re.compile(r"[^\s.,;:?\"'()\[\]{}<>/\\-]+")
# Single letters joined by one kind of separator: "f u c k", "b.u.l.l", "s-h-i-t".
_SPACED = re.compile(r"(?<![^\s\"'(])((?:[^\W\d_*][ .\-_*]){2,}[^\W\d_*])(?![^\s\"'.,!?)])")
_REPEATS = re.compile(r"(.)\1{2,}")


@dataclass(frozen=True)
class Normalized:
    text: str
    offsets: tuple[int, ...]


def _char_pass(text: str) -> tuple[list[str], list[int]]:
    if text.isascii():
        return list(text.lower()), list(range(len(text)))
    chars: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        cat = unicodedata.category(ch)
        if cat in ("Cf", "Mn", "Me", "Cc") and ch not in "\n\t\r":
            continue
        folded = unicodedata.normalize("NFKC", ch)
        decomposed = unicodedata.normalize("NFKD", folded)
        base = "".join(c for c in decomposed if not unicodedata.combining(c)) or folded
        for out in base.casefold():
            if unicodedata.combining(out):
                continue
            chars.append(out)
            offsets.append(i)
    return chars, offsets


def _lookup(token: str) -> str | None:
    table = variant_table()
    if token in table:
        return table[token]
    once = _REPEATS.sub(r"\1", token)
    twice = _REPEATS.sub(r"\1\1", token)
    for cand in (twice, re.sub(r"(.)\1+", r"\1", token), once):
        if cand in table:
            return table[cand]
    return None


def _unmask(token: str) -> str | None:
    """Match a token with masked letters ("f*ck", "sh#t") against the word lists."""
    letters = sum(c.isalpha() for c in token)
    masked = sum(c in MASKS for c in token)
    if masked == 0 or letters == 0 or masked > len(token) - 1 or not token[0].isalpha():
        return None
    for cand in mask_candidates().get(len(token), []):
        if all(t == c or t in MASKS for t, c in zip(token, cand, strict=True)):
            return cand
    return None


def _deleet(token: str) -> str:
    """Map leetspeak characters to letters when the token is a word that uses them."""
    mapped = "".join(LEET.get(c, c) for c in token)
    if mapped == token:
        return token
    if _lookup(mapped) is not None:
        return mapped
    interior = any(
        c in LEET and token[i - 1].isalpha() and token[i + 1].isalpha()
        for i, c in enumerate(token[1:-1], start=1)
    )
    return mapped if interior and sum(c.isalpha() for c in token) >= 2 else token


def _dehomoglyph(token: str) -> str:
    if token.isascii():
        return token
    mapped = "".join(HOMOGLYPHS.get(c, c) for c in token)
    has_latin = any("a" <= c <= "z" for c in token)
    if has_latin or (mapped.isascii() and _lookup(mapped) is not None):
        return mapped
    return token


def normalize_token(token: str) -> str:
    """The word a single token stands for, after every token-level step."""
    word = _dehomoglyph(token)
    word = _deleet(word)
    found = _lookup(word) or _unmask(word)
    if found is not None:
        return found
    return _REPEATS.sub(r"\1\1", word)


def _replace(chars: list[str], offsets: list[int], spans: list[tuple[int, int, str]]
             ) -> tuple[list[str], list[int]]:
    """Replace spans of ``chars`` (sorted, disjoint) and spread their offsets over the new text."""
    out_c: list[str] = []
    out_o: list[int] = []
    pos = 0
    for start, end, new in spans:
        out_c.extend(chars[pos:start])
        out_o.extend(offsets[pos:start])
        width = end - start
        for k, ch in enumerate(new):
            idx = start + (width - 1 if k == len(new) - 1 else min(k * width // len(new), width - 1))
            out_c.append(ch)
            out_o.append(offsets[idx])
        pos = end
    out_c.extend(chars[pos:])
    out_o.extend(offsets[pos:])
    return out_c, out_o


def normalize(text: str) -> Normalized:
    chars, offsets = _char_pass(text)
    flat = "".join(chars)
    spans: list[tuple[int, int, str]] = []
    for m in _SPACED.finditer(flat):
        joined = re.sub(r"[ .\-_*]", "", m.group(1))
        seps = set(re.sub(r"[^ .\-_*]", "", m.group(1)))
        word = _lookup(joined)
        if len(seps) == 1 and word is not None:
            spans.append((m.start(1), m.end(1), word))
    if spans:
        chars, offsets = _replace(chars, offsets, spans)
        flat = "".join(chars)
        spans = []
    for m in _TOKEN.finditer(flat):
        token = m.group(0)
        # Trailing "!" and "*" are punctuation, not leetspeak, unless the word needs them.
        core = token.rstrip("!?*")
        if any(c in MASKS for c in token) and _unmask(token) is not None:
            core = token
        if not core:
            continue
        new = normalize_token(core)
        if new != core:
            spans.append((m.start(), m.start() + len(core), new))
    if spans:
        chars, offsets = _replace(chars, offsets, spans)
    return Normalized("".join(chars), tuple(offsets))
