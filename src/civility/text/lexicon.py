"""Word lists: the normaliser sees through their disguises, and the word-list phase scores
profanity, slurs and sexual words. Insults and violence words are here only so that "1d10t"
and "k1ll" are read as the words they hide; what they mean is the model's to judge.

A trailing ``*`` marks a stem: any word that starts with it matches (``fuck*`` covers
"fucking", "fuckface"). Lists are lower case and already normalised.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

PROFANITY = """
fuck* motherfuck* shit shits shitty shite shithead* shitshow bullshit* horseshit dipshit
ass asses asshole* arse arsehole* dumbass jackass smartass badass
bitch bitches bitchy bitching son-of-a-bitch
bastard bastards cunt cunts dick dicks dickhead* prick pricks cock cocks cocksucker*
piss pissed pissing damn damned goddamn* dammit crap crappy wanker* twat twats bollocks
douche douchebag* slut sluts whore whores hoe hoes skank wtf stfu
""".split()

# Words that name a person as worthless, listed so the normaliser sees through "1d10t"; whether
# they attack a person ("you idiot") or criticise an idea ("a stupid idea") is the model's call.
INSULT_WORDS = """
idiot idiots idiotic moron morons moronic stupid imbecile imbeciles cretin cretins
dumb dumbo retard retarded loser losers clown clowns fool fools pathetic scum scumbag scumbags
lowlife degenerate degenerates trash garbage worthless ignorant dimwit dimwits halfwit nitwit
buffoon jerk jerks creep creeps pig pigs rat rats snake coward cowards liar liars hypocrite
brainless clueless troll trolls shill shills traitor traitors parasite parasites disgusting
dumbest stupidest dense braindead brain-dead senile spineless hack hacks thug thugs dunce
""".split()

# Slurs aimed at groups. Kept short and to the unambiguous ones; the model covers the rest.
SLURS = """
nigger* nigga* faggot* fag fags dyke dykes kike kikes spic spics chink chinks wetback*
raghead* towelhead* tranny trannies gook gooks paki pakis coon coons darkie* beaner* sandnigger*
""".split()

# Violence words, listed so the normaliser sees through "k1ll" and "k i l l".
VIOLENCE = """
kill killed killing murder murdered slaughter slaughtered shoot shot stab stabbed hang hanged
lynch lynched behead beheaded burn burned exterminate exterminated eliminate gas gassed bomb
rape raped die dead execute executed massacre genocide torture tortured strangle
""".split()

SEXUAL = """
porn porno pornhub nude nudes naked sex sexy horny boobs tits titties pussy penis vagina
blowjob* handjob* cum cumming orgasm dildo milf milfs nsfw xxx onlyfans camgirl* hooker* escort*
sext sexting hookup undress striptease webcam
""".split()


def _stems(words: Iterable[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    exact = frozenset(w for w in words if not w.endswith("*"))
    stems = tuple(sorted((w[:-1] for w in words if w.endswith("*")), key=len, reverse=True))
    return exact | frozenset(stems), stems


class WordList:
    """A set of words and stems with a fast membership test."""

    def __init__(self, words: Iterable[str]) -> None:
        self.exact, self.stems = _stems(list(words))

    def match(self, token: str) -> str | None:
        """The canonical entry that ``token`` is, or None."""
        if token in self.exact:
            return token
        for stem in self.stems:
            if token.startswith(stem) and len(token) - len(stem) <= 8:
                return stem
        return None

    def __contains__(self, token: str) -> bool:
        return self.match(token) is not None


PROFANE = WordList(PROFANITY)
INSULTING = WordList(INSULT_WORDS)
SLURRING = WordList(SLURS)
SEXUAL_WORDS = WordList(SEXUAL)

VOWELS = frozenset("aeiouy")

# Ordinary words that a dropped vowel or a swap would otherwise turn into profanity.
REAL_WORDS = frozenset("""
sit hose ares carp rap dad pics pick dock duck shot cuts cots asset ssa tics tis
bich prik sits dcks wacker con cons cono conos hes hos pak paks stuf stf whor darke
darki kik kiks gok goks goko baner bener ars
""".split())


@lru_cache(maxsize=1)
def variant_table() -> dict[str, str]:
    """Misspellings that readers use to dodge filters, mapped to the word they hide.

    Covers one dropped vowel ("fck", "btch") and one swap of inner letters ("fcuk").
    Only words of four letters or more get variants, so short real words stay themselves.
    """
    table: dict[str, str] = {}
    for word in PROFANITY + SLURS + SEXUAL + VIOLENCE + INSULT_WORDS:
        table.setdefault(word.rstrip("*"), word.rstrip("*"))
    real = set(table) | REAL_WORDS
    words = [w.rstrip("*") for w in PROFANITY + SLURS]
    for word in words:
        if len(word) < 4 or "-" in word:
            continue
        for i in range(1, len(word)):
            if word[i] in VOWELS:
                dropped = word[:i] + word[i + 1 :]
                if dropped not in real:
                    table.setdefault(dropped, word)
        for i in range(1, len(word) - 1):
            if word[i] != word[i + 1]:
                swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
                if swapped not in real:
                    table.setdefault(swapped, word)
    for extra, word in {"fuk": "fuck", "fuq": "fuck", "phuck": "fuck", "fck": "fuck",
                        "sht": "shit", "azz": "ass", "biatch": "bitch", "beyotch": "bitch",
                        "phuk": "fuck", "fvck": "fuck", "kunt": "cunt", "dik": "dick",
                        "fking": "fucking", "fkn": "fucking", "mofo": "motherfucker",
                        "effing": "fucking", "sh!t": "shit"}.items():
        table[extra] = word
    return table


def by_length(words: Iterable[str]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for w in words:
        out.setdefault(len(w), []).append(w)
    return out


@lru_cache(maxsize=1)
def mask_candidates() -> dict[int, list[str]]:
    """Words a masked token such as "f*ck" may stand for, by length, most likely first."""
    order = [*PROFANITY, "fucking", "fucked", "fucker", "fucks", *SLURS, *SEXUAL, *VIOLENCE]
    return by_length(w.rstrip("*") for w in order if "-" not in w)


# Words that carry no judgement on their own: never shown alone as evidence.
STOP_WORDS = frozenset("""
a an the and or but nor so yet of to in on at by for with from into onto over under about as
is are was were be been being am do does did have has had will would shall should can could
may might must it its this that these those there here he she they we you i me him her them us
my your his their our its who whom whose which what when where why how all any some each
every no not than then too very just also only if because while after before up down out off
again once s t don't isn't aren't wasn't weren't i'm you're they're we're it's that's
""".split())
