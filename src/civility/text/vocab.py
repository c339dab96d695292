"""Regular-expression pieces for the rules: groups, violence, dehumanising words, insults.

All patterns run on normalised text (lower case, obfuscation undone).
"""

from __future__ import annotations

import re

from civility.text.lexicon import INSULT_WORDS


def alt(words: str) -> str:
    """A non-capturing alternation of whitespace-separated words (``_`` stands for a space)."""
    items = sorted((w.replace("_", " ") for w in words.split()), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"


_NATIONS = """
turk turks turkish armenian armenians azeri azeris azerbaijani azerbaijanis russian russians
ukrainian ukrainians syrian syrians kurd kurds kurdish georgian georgians iranian iranians
arab arabs israeli israelis palestinian palestinians american americans mexican mexicans
chinese indian indians pakistani pakistanis afghan afghans somali somalis nigerian nigerians
african africans european europeans german germans french british english polish poles
greek greeks serb serbs albanian albanians romanian romanians gypsy gypsies roma asian asians
latino latinos latinas hispanic hispanics korean koreans japanese vietnamese filipino filipinos
irish scots welsh italians italian dutch swedes norwegians persians persian
"""
_FAITHS_AND_OTHERS = """
jew jews jewish muslim muslims islam islamic christian christians catholic catholics hindu
hindus sikh sikhs buddhist buddhists atheist atheists black_people blacks white_people whites
immigrant immigrants migrant migrants refugee refugees foreigner foreigners gay gays lesbian
lesbians homosexual homosexuals bisexual bisexuals trans transgender transgenders queer queers
women woman girls feminist feminists disabled_people cripples retards autistic_people
native_americans indigenous_people
"""
GROUP = alt(_NATIONS + _FAITHS_AND_OTHERS)
# "these people", "those Turks", "all of them", "they": the target of a group statement.
TARGET = (rf"(?:(?:all\s+(?:of\s+)?)?(?:the\s+|these\s+|those\s+|such\s+|every\s+|most\s+)?"
          rf"(?:{GROUP}|people|folks|nomads|savages|invaders|them|they)\b)")

DEHUMANISING = alt("""
vermin rats rodents cockroaches roaches parasites parasite leeches lice maggots insects
animals animal beasts beast subhuman subhumans sub-human untermenschen apes monkeys
disease diseases cancer cancerous plague virus infestation filth scum trash garbage savages
savage barbarians barbaric mongrels dogs pigs swine locusts tumour tumor
""")
STEREOTYPE = alt("""
all_criminals all_terrorists all_rapists all_thieves born_liars inferior genetically_inferior
subhuman less_than_human not_human not_real_humans not_people evil all_evil a_threat a_danger
worthless dirty filthy sneaky dishonest lazy greedy violent primitive backward criminals
thieves liars rapists terrorists stupid dumb inferior untrustworthy treacherous disloyal
dangerous fanatics groomers drunks parasitic barbaric uncivilised uncivilized
""")

KILLED = alt("""
killed murdered slaughtered shot executed hanged hung lynched exterminated eliminated gassed
burned burnt burned_alive beheaded butchered massacred wiped_out put_down strung_up stabbed
beaten_to_death tortured raped nuked bombed destroyed annihilated eradicated punished_with_death
dead drowned mowed_down shot_dead burned_at_the_stake
""")
KILL = alt("""
kill murder slaughter shoot execute hang lynch exterminate eliminate gas burn behead butcher
massacre wipe_out stab rape strangle torture nuke bomb annihilate eradicate hunt_down
hunt_them_down beat_up break_the_neck_of
""")

INSULT = alt(" ".join(w for w in INSULT_WORDS if w not in {"disgusting", "garbage", "trash"}))

NEGATION = re.compile(
    r"\b(?:not|never|no\s+one|nobody|don't|dont|doesn't|shouldn't|mustn't|won't|wouldn't|"
    r"cannot|can't|no|nor|against|stop|condemn\w*|oppose\w*)\b")
# Reporting or condemning someone else's words: counter-speech, not the speaker's own view.
REPORTING = re.compile(
    r"\b(?:say(?:s|ing)?|said|claim(?:s|ing|ed)?|wrote|writ(?:es|ing)|call(?:s|ing|ed)\s+for|"
    r"calling|post(?:ed)?|comment(?:s|ed)?|tweet(?:s|ed)?|suggest(?:s|ing|ed)?|"
    r"argu(?:e|es|ing|ed)|chant(?:s|ing|ed)?|shout(?:s|ing|ed)?|slogan|words?|phrase|"
    r"rhetoric|propaganda|quote[sd]?|quoting|"
    r"(?:they|he|she|someone|people)\s+(?:think|thinks|believe|believes)|the\s+idea\s+that|"
    r"calls?|remark|letters?|phrases?|manifesto|describ\w+|label\w*|write)\b")
CONDEMNING = re.compile(
    r"\b(?:hateful|hate\s+speech|disgusting|despicable|vile|racist|racism|bigot\w*|"
    r"shame\w*|unacceptable|wrong|sick(?:ening)?|appalling|horrif\w+|abhorrent|"
    r"condemn\w*|reported|report\s+(?:this|it|them)|has\s+no\s+place|no\s+place\s+for|"
    r"be\s+removed|delete|ban\s+(?:this|him|her)|ashamed|offensive|dehumanis\w+|dehumaniz\w+|"
    r"incite\w*|lie|lies|myth|nonsense|false|stop|against|banned|flag\w*|call\s+it\s+out|"
    r"disgrace\w*|monstrous|propaganda|investigate|pogroms?|chilling|bigotry|prejudice|"
    r"dangerous|cruel|hurtful|disgust\w*)\b")

# Criticism of ideas rather than of people: "a stupid argument", "this plan is idiotic".
IDEA = alt("""
argument arguments idea ideas point points article articles piece plan plans policy policies
decision decisions comment comments opinion opinions take logic reasoning claim claims theory
proposal proposals law laws bill headline story editorial column analysis reporting coverage
statement statements speech excuse excuses question answer view views position approach
strategy deal agreement report review premise conclusion suggestion thinking move idea_of
""")
DISMISSIVE = alt("""
stupid dumb idiotic ridiculous absurd moronic silly nonsensical ludicrous laughable asinine
brainless lame pathetic foolish naive dumbest stupidest daft
""")
IDEA_CRITICISM = re.compile(
    rf"\b{DISMISSIVE}\s+(?:\w+\s+)?{IDEA}\b|"
    rf"\b{IDEA}\s+(?:is|was|are|were|sounds?|seems?|looks?)\s+(?:\w+\s+)?{DISMISSIVE}\b")
# "you are stupid", "you're so dumb": the same words aimed at the reader.
AT_YOU = re.compile(rf"\byou(?:'re|\s+are|\s+sound|\s+look|\s+must\s+be)?\s+(?:\w+\s+)?{DISMISSIVE}\b")
