"""Which language a comment is written in, with a bundled model (langid.py) and care for short
or name-heavy English, which language identifiers get wrong ("Putin met Erdogan" is not
Indonesian).

A text is taken to be in the site's language unless the evidence says otherwise: letters mostly
in another script (Cyrillic, Armenian, Arabic, Georgian, Greek, ...), or a confident
identification over enough words with hardly any of the site language's common words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

# The languages readers of the region's news write in, and Europe's larger ones. Restricting
# the candidates keeps rare look-alikes (Indonesian for English names) out of the answer.
CANDIDATES = ("en", "tr", "az", "ru", "uk", "hy", "ka", "fa", "ar", "ku", "de", "fr", "es", "it",
              "pt", "nl", "pl", "ro", "bg", "el", "sr", "hr", "sv", "he")
MIN_WORDS = 4          # fewer words than this: too little to say it is not the site's language
MIN_CONFIDENCE = 0.95
_WORD = re.compile(r"[^\W\d_]+")
# Common English words that other Latin-script languages do not use as words: a text with
# several of them is English, names or not.
COMMON_ENGLISH = frozenset("""
the and of to that this these those with for from are were been they you your their our have
has would should could what who why how when just about because there which than then very
""".split())


@dataclass(frozen=True)
class Language:
    code: str           # ISO 639-1, or "und" when the text is too short or has no letters
    confidence: float
    reliable: bool      # False: too little evidence, the site's language is assumed


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from langid.langid import LanguageIdentifier, model

    ident = LanguageIdentifier.from_modelstring(model, norm_probs=True)
    ident.set_languages([c for c in CANDIDATES if c in ident.nb_classes])
    return ident


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else ""


def identify(text: str, site: str = "en") -> Language:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return Language("und", 0.0, False)
    latin = sum(_script(c) == "LATIN" for c in letters) / len(letters)
    words = _WORD.findall(text)
    threshold = MIN_CONFIDENCE
    if latin >= 0.5:
        common = sum(w.lower() in COMMON_ENGLISH for w in words) if site == "en" else 0
        names = sum(w[0].isupper() for w in words)
        if (len(words) < MIN_WORDS or common >= 2 or common / len(words) >= 0.2
                or names / len(words) >= 0.6):
            return Language(site, 0.0, False)
        if common == 0 and site == "en":
            threshold = 0.9  # four words or more and not one common English word
    code, confidence = _identifier().classify(text)
    if latin < 0.5 or confidence >= threshold:
        return Language(str(code), round(float(confidence), 4), True)
    return Language(site, round(float(confidence), 4), False)
