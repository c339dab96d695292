"""Training examples the project writes itself, for what the public corpora lack.

The corpora hold almost no threats, sexual content, news-comment spam, news reporting of
violence, counter-speech or negated hate, and they teach a model that naming a group is
hateful. These templates fill those gaps. They are deliberately not the functional test
suite's sentences (tests/functional), which are written separately and never trained on.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from civility.training.corpora import Example

ALL = ("toxicity", "profanity", "insult", "identity_attack", "threat", "sexual", "spam")

GROUPS = [
    "Turks", "Armenians", "Azerbaijanis", "Russians", "Ukrainians", "Syrians", "Kurds", "Jews",
    "Muslims", "Christians", "Hindus", "Sikhs", "Mexicans", "Chinese people", "Arabs",
    "Africans", "Roma", "immigrants", "refugees", "gay people", "lesbians", "trans people",
    "women", "disabled people", "Black people", "Asians", "Latinos", "Iranians", "Georgians",
    "Palestinians", "Israelis", "Americans", "Germans", "Poles", "Somalis", "Afghans",
    "atheists", "Catholics", "migrants", "Native Americans", "Pakistanis", "Indians",
]
ADJ = ["Turkish", "Armenian", "Azerbaijani", "Russian", "Ukrainian", "Syrian", "Kurdish",
       "Jewish", "Muslim", "Christian", "Mexican", "Chinese", "Arab", "Nigerian", "gay",
       "transgender", "Iranian", "Georgian", "Palestinian", "Israeli", "Pakistani", "Somali",
       "Greek", "Lebanese", "Polish", "Black", "Korean", "Hindu", "lesbian", "deaf", "blind"]
PEOPLE = ["the mayor", "the minister", "the senator", "the president", "the author",
          "the editor", "the governor", "the prime minister", "the chancellor", "the councillor"]
YOU = ["you", "You", "u", "this commenter", "the person above", "the guy above"]
DEHUMANISING = ["vermin", "rats", "cockroaches", "parasites", "animals", "a disease",
                "a cancer", "subhuman", "a plague", "savages", "filth", "an infestation",
                "lice", "beasts", "a virus", "mongrels", "leeches", "barbarians"]
STEREOTYPES = ["all criminals", "all terrorists", "born liars", "genetically inferior",
               "too stupid to vote", "a threat to our children", "incapable of honesty",
               "ruining this country", "lazy thieves", "not real humans",
               "a stain on civilisation", "less intelligent than us"]
KILL_VERBS = ["killed", "shot", "hanged", "executed", "wiped out", "exterminated",
              "slaughtered", "burned alive", "put down", "gassed", "strung up", "beheaded",
              "beaten to death", "lined up against a wall"]
INSULTS = ["idiot", "moron", "clown", "imbecile", "loser", "fool", "cretin", "halfwit",
           "pathetic excuse for a human", "waste of oxygen", "scumbag", "brainless troll",
           "ignorant pig", "liar", "coward", "dimwit", "joke", "disgrace"]
VIOLENT_NEWS = [
    "{n} soldiers were killed in clashes near the border on {day}, officials said.",
    "The shelling killed {n} civilians, including children, according to local authorities.",
    "Police said the suspect shot two people before he was arrested.",
    "Relatives buried the bodies of {n} fighters who died in the offensive.",
    "The report describes how prisoners were tortured and executed during the war.",
    "Witnesses told reporters that the militia burned villages and massacred residents.",
    "At least {n} people died when a bomb exploded in the market, the ministry said.",
    "The court heard that the victim was stabbed {n} times.",
    "Historians estimate that hundreds of thousands were killed in the genocide.",
    "The army said it had destroyed {n} tanks and killed dozens of enemy troops.",
    "Human rights groups accused both sides of killing prisoners of war.",
    "\"We will not stop until the fighting ends,\" the general told a press briefing.",
    "The mercenaries were paid a monthly salary to fight, their relatives said.",
    "Rescue teams recovered {n} bodies from the rubble on {day}.",
    "The minister called the attack a war crime and demanded an investigation.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _ex(text: str, **labels: int) -> Example:
    full = {c: 0 for c in ALL}
    full.update(labels)
    return Example(text, full, "civility-synthetic")


def _pick(rng: random.Random, items: list[str]) -> str:
    return items[rng.randrange(len(items))]


def _news(rng: random.Random) -> Iterator[Example]:
    for _ in range(600):
        t = _pick(rng, VIOLENT_NEWS).format(n=rng.randint(2, 900), day=_pick(rng, DAYS))
        yield _ex(t)


def _neutral(rng: random.Random) -> Iterator[Example]:
    forms = [
        "I am {a} and I have {b} friends.", "My neighbours are {g} and they are lovely.",
        "{G} have lived in this region for centuries.", "As a {a} woman I found this article useful.",
        "Many {g} celebrated the holiday with their families.", "My grandmother was {a}.",
        "The {a} community organised a charity dinner for the victims.",
        "I grew up among {g} and {g2}, and we were all friends.",
        "{G} and {g2} deserve to live in peace and dignity.",
        "We must protect the rights of {g}.", "There are many {a} doctors in our city.",
        "{G} are people like everyone else.", "The article about {g} was balanced.",
        "I married a {a} man and our children speak two languages.",
        "Is there any {a} restaurant near the station?", "{G} have suffered a lot in this war.",
        "The {a} team played really well last night.", "Both {g} and {g2} lost family members.",
    ]
    for _ in range(1800):
        g, g2 = rng.sample(GROUPS, 2)
        a, b = rng.sample(ADJ, 2)
        t = _pick(rng, forms).format(a=a, b=b, g=g, g2=g2, G=g[0].upper() + g[1:])
        yield _ex(t)


def _civil(rng: random.Random) -> Iterator[Example]:
    forms = [
        "I strongly disagree with {p} on this, the plan will fail.",
        "{P} is wrong and the policy is a disaster for farmers.",
        "With respect, the author ignores the economic evidence.",
        "{P} should resign after this scandal.", "This decision by {p} is shameful and short-sighted.",
        "I think {p} has completely misread the situation.", "The government's response was incompetent.",
        "Your argument makes no sense to me; the numbers say otherwise.",
        "{P} lied about the budget and voters should remember that.",
        "Terrible article, badly researched and one-sided.",
        "The commenter above makes a fair point about the budget.",
        "You are right that the treaty was signed in 1921, but the borders changed later.",
        "The person above forgets that the ceasefire was broken twice.",
        "I see your point, but you are mistaken about the dates.",
        "The guy above is correct, the figures come from the UN.",
        "You clearly care about this, and so do I, but we disagree.",
    ]
    for _ in range(700):
        p = _pick(rng, PEOPLE)
        yield _ex(_pick(rng, forms).format(p=p, P=p[0].upper() + p[1:]))


def _counter(rng: random.Random) -> Iterator[Example]:
    forms = [
        "Calling {g} {d} is disgusting and has no place here.",
        "The comment saying {g} should be {k} is hateful and should be removed.",
        "People who say {g} are {d} are spreading hate.",
        "No, {g} are not {s}. That is a racist lie.",
        "Someone wrote that {g} are {d}. Shame on them.",
        "I reported the post claiming {g} are {s}.",
        "Stop dehumanising {g}; words like '{d}' lead to violence.",
        "It is wrong to wish that {g} be {k}.",
    ]
    for _ in range(900):
        g = _pick(rng, GROUPS)
        t = _pick(rng, forms).format(g=g, d=_pick(rng, DEHUMANISING), s=_pick(rng, STEREOTYPES),
                                     k=_pick(rng, KILL_VERBS))
        yield _ex(t)


def _negated(rng: random.Random) -> Iterator[Example]:
    forms = [
        "We must never let {g} suffer.", "No one should ever hurt {g}.",
        "Nobody deserves to be {k}, including {g}.", "{G} should never be treated as {d}.",
        "I would never say that {g} are {s}.", "It is not true that {g} are {s}.",
        "{G} must not be {k} for what their government did.",
        "Never again should {g} be {k}.",
    ]
    for _ in range(700):
        g = _pick(rng, GROUPS)
        t = _pick(rng, forms).format(g=g, G=g[0].upper() + g[1:], d=_pick(rng, DEHUMANISING),
                                     s=_pick(rng, STEREOTYPES), k=_pick(rng, KILL_VERBS))
        yield _ex(t)


def _hate(rng: random.Random) -> Iterator[Example]:
    forms = [
        "{G} are {d}.", "These {g} are nothing but {d}.", "{G} are {s}.",
        "Every one of those {g} is {d}.", "Honestly, {g} are {d} and always will be.",
        "Send all the {g} back where they came from.", "{G} don't belong in our country.",
        "You can't trust {g}, they are {s}.", "{G} breed like {d}.",
        "This country would be better without {g}.", "{G} are not people, they are {d}.",
        "The {a} are {d}, history proves it.", "Keep {g} out of our neighbourhood.",
    ]
    for _ in range(1500):
        g = _pick(rng, GROUPS)
        t = _pick(rng, forms).format(g=g, G=g[0].upper() + g[1:], d=_pick(rng, DEHUMANISING),
                                     s=_pick(rng, STEREOTYPES), a=_pick(rng, ADJ))
        yield _ex(t, toxicity=1, identity_attack=1)


def _threat(rng: random.Random) -> Iterator[Example]:
    group_forms = [
        "{G} should be {k}.", "All {g} deserve to be {k}.", "I hope every {a} gets {k}.",
        "{G} must pay with their blood.", "Someone needs to {v} them all.",
        "We should {v} every last one of the {g}.", "The {g} will be {k}, mark my words.",
        "They should be {k} not once but many times.", "Feed the {g} to the dogs.",
    ]
    person_forms = [
        "I will find you and {v} you.", "I know where you live and I am coming for you.",
        "{P} should be {k}.", "Someone should {v} {p}.", "I hope {p} dies slowly.",
        "You will regret this when I get my hands on you.", "Watch your back, you are next.",
        "{P} deserves a bullet.", "I'm going to {v} you and your family.",
        "If I see you I will break your neck.",
    ]
    verbs = ["kill", "shoot", "hang", "stab", "burn", "destroy", "slaughter", "hunt down",
             "beat", "execute"]
    for _ in range(1400):
        g = _pick(rng, GROUPS)
        p = _pick(rng, PEOPLE)
        forms = group_forms if rng.random() < 0.5 else person_forms
        t = _pick(rng, forms).format(g=g, G=g[0].upper() + g[1:], a=_pick(rng, ADJ),
                                     k=_pick(rng, KILL_VERBS), v=_pick(rng, verbs), p=p,
                                     P=p[0].upper() + p[1:])
        ident = int(forms is group_forms)
        yield _ex(t, toxicity=1, threat=1, identity_attack=ident)


def _insult(rng: random.Random) -> Iterator[Example]:
    forms = [
        "{y} are a {i}.", "Shut up, you {i}.", "What a {i} {p} is.", "{P} is a complete {i}.",
        "Only a {i} like you would write this.", "Nobody cares what you think, {i}.",
        "The author is a {i} who should find another job.", "Go away, {i}.",
        "You must be the biggest {i} on this site.", "{P}? An absolute {i}.",
    ]
    for _ in range(1200):
        p = _pick(rng, PEOPLE)
        t = _pick(rng, forms).format(y=_pick(rng, YOU), i=_pick(rng, INSULTS), p=p,
                                     P=p[0].upper() + p[1:])
        yield _ex(t, toxicity=1, insult=1)


def _profanity(rng: random.Random) -> Iterator[Example]:
    forms = ["This is {f} ridiculous.", "What the {g} is going on here?", "Holy {s}, that's bad.",
             "This {s} government can't do anything right.", "{F} this article.",
             "Who the {g} wrote this {s}?", "I'm so {f} tired of this {s}."]
    for _ in range(600):
        t = _pick(rng, forms).format(f=_pick(rng, ["fucking", "f*cking", "bloody fucking"]),
                                     g=_pick(rng, ["fuck", "hell", "f*ck"]),
                                     s=_pick(rng, ["shit", "crap", "bullshit", "shitty"]),
                                     F=_pick(rng, ["Fuck", "Screw"]))
        yield _ex(t, toxicity=1, profanity=1)


def _sexual(rng: random.Random) -> Iterator[Example]:
    forms = ["Send me nudes baby.", "I want to have sex with you tonight.",
             "Check out my hot naked pics on my profile.", "She has great tits and a nice ass.",
             "I'm horny, who wants to sext?", "Hot singles want to hook up with you now.",
             "I would love to see you naked.", "Watch free porn videos here.",
             "Let's talk dirty, I'll make you moan.", "Show me your body, take your clothes off."]
    for _ in range(500):
        yield _ex(_pick(rng, forms), toxicity=1, sexual=1)


def _spam(rng: random.Random) -> Iterator[Example]:
    forms = ["Earn ${n} a day working from home! Visit {u} now.",
             "Cheap watches and pills at {u}, free shipping!!!",
             "I made ${n} last week with this crypto trick, click {u}",
             "Follow my channel for daily giveaways {u}",
             "Congratulations, you won a free iPhone! Claim at {u}",
             "Best loans, no credit check, call 0800 {n} today.",
             "Buy followers and likes cheap at {u}",
             "WhatsApp +44 7{n} for a guaranteed investment return of 300%."]
    domains = ["bestdeal.biz", "http://cash-now.xyz/offer", "www.freegift.ru", "bit.ly/3xYz9",
               "crypto-profit.net/join"]
    for _ in range(600):
        t = _pick(rng, forms).format(n=rng.randint(100, 9999), u=_pick(rng, domains))
        yield _ex(t, spam=1)


def examples(seed: int = 13) -> list[Example]:
    """All project-written examples, deduplicated, in a fixed order for a fixed seed."""
    rng = random.Random(seed)
    seen: set[str] = set()
    out: list[Example] = []
    for gen in (_news, _neutral, _civil, _counter, _negated, _hate, _threat, _insult,
                _profanity, _sexual, _spam):
        for ex in gen(rng):
            if ex.text not in seen:
                seen.add(ex.text)
                out.append(ex)
    return out
