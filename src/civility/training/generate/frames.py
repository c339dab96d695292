"""Template families of the generated corpus, each with the labels its sentences carry.

A family is a handful of templates that say one kind of thing in one way. Validation holds out
whole families (``split_of``), so its figure measures wording the model never saw. Minimal
pairs run across families: the same words meaning different things ("kill the bill" / "kill the
Kurds"; "they should be killed" / "no one should be killed" / "he wrote that they should be
killed, which is vile"; "you are an idiot" / "that argument is idiotic").
"""

from __future__ import annotations

from dataclasses import dataclass

from civility.domain import LABELS
from civility.training.generate.words import GREETINGS, HEATED, SEX_SERVICES


def _labels(*on: str) -> dict[str, int]:
    return {name: int(name in on) for name in LABELS}


CLEAN = _labels()
HATE = _labels("toxicity", "identity_attack")
GROUP_THREAT = _labels("toxicity", "identity_attack", "threat")
THREAT = _labels("toxicity", "threat")
INSULT = _labels("toxicity", "insult")
PROFANE = _labels("toxicity", "profanity")
SEXUAL = _labels("toxicity", "sexual")
SPAM = _labels("spam")


@dataclass(frozen=True)
class Family:
    name: str
    kind: str  # what the family teaches, for reporting per kind
    labels: dict[str, int]
    templates: tuple[str, ...]
    weight: float = 1.0


F = Family
FAMILIES: tuple[Family, ...] = (
    # --- hate against a group, with no swear word -------------------------------------------
    F("hate.dehumanise", "hate_dehumanising", HATE, (
        "{G} are {D}.", "{G} are no better than {D}", "all {G} are {D}, each and every one",
        "honestly, {G} are simply {D}", "let's be real, {A} people are {D}",
        "face it, the {G} have always been {D}", "what else do you expect from {D} like the {G}?")),
    F("hate.dehumanise.treat", "hate_dehumanising", HATE, (
        "treat the {G} as you would {D}", "{G} breed like {D}",
        "{place} is crawling with {G}, like {D}", "you can't reason with {D} like the {G}",
        "the {G} multiply like {D} wherever they settle", "keep the {G} in pens like the {D} they are")),
    F("hate.traits", "hate_stereotype", HATE, (
        "{G} are {NT}", "every {S} I have ever met was {NT}", "{A} folk are so {NT}",
        "typical {S}, {NT} as always", "{G} are {NT} by nature", "the trouble with {G} is that they are {NT}",
        "I lived among {G} for years: {NT}, all of them")),
    F("hate.habits", "hate_stereotype", HATE, (
        "{G} {NH}", "all {G} do is {NH}", "{G} always {NH}, it's what they do",
        "give it ten years and the {G} will {NH} here too")),
    F("hate.negated_positive", "hate_negated_positive", HATE, (
        "{G} are not {PT}", "{G} could never become {PT}", "no {S} has ever been {PT}",
        "{G} can't be {PT}, it's not in their blood", "don't pretend {G} are {PT}",
        "{G} will never be {PT}, whatever you do for them", "a {PT} {S}? there is no such thing")),
    F("hate.question", "hate_question", HATE, (
        "why are {G} so {NT}?", "why do {G} always {NH}?", "has anyone ever met a {S} who wasn't {NT}?",
        "what is it with {G} and being so {NT}?", "why can't {G} just stop being {NT}?",
        "is there a single {S} anywhere who isn't {NT}?", "am I the only one who sees how {NT} {G} are?")),
    F("hate.disgust", "hate_disgust", HATE, (
        "{G} {DV}", "{HV} {G}", "{HV} {G} and everything they stand for", "{A} people {DV}",
        "honestly {G} {DV}", "being near {G} {DV}", "the mere sight of a {S} {DV}")),
    F("hate.exclusion", "hate_exclusion", HATE, (
        "{G} {EX}", "all {G} {EX}", "kick every {S} out of {place}", "no more {G} in {place}",
        "{place} would thrive without {G}", "put every {S} on a train out of {place}",
        "{place} is not for {G}, never was")),
    F("hate.conspiracy", "hate_conspiracy", HATE, (
        "{G} {CO}", "wake up, the {G} {CO}", "everyone knows the {G} {CO}",
        "it's no secret that {G} {CO}", "follow the money and you will find the {G}",
        "the {G} pull the strings behind every crisis")),
    F("hate.worth", "hate_dehumanising", HATE, (
        "the life of a {S} is worth less than a dog's", "one of ours is worth a hundred {G}",
        "a dead {S} is no loss to anyone", "{A} lives don't matter")),
    # --- hate against a nation said through its country, and criticism of a state that is not
    F("hate.nation", "hate_nation", HATE, (
        "{C} is a nation of {NS}", "the whole {A} people are {NS} and always will be",
        "{A} people are {NS}, every generation the same", "{C} and its people are {NS} to the last child",
        "never trust anything {A}: {NS} from birth", "{C} breeds nothing but {NS}")),
    F("hate.nation.denial", "hate_nation", HATE, (
        "{C} is not a real country, just land held by {NS}", "{A} history is a lie told by {NS}",
        "the so-called {A} nation is nothing but a tribe of {NS}", "{A} culture? there is none, only {NS}",
        "{C} has no right to exist, it is a den of {NS}")),
    F("state.rulers", "state_criticism", CLEAN, (
        "the rulers of {C} are {NS}, not its people", "I blame the government of {C}, not ordinary {G}",
        "the army of {C} behaved like {NS} in {place}, and its generals should be tried",
        "the leadership of {C} has lied for years; its citizens deserve better",
        "the regime in {C} are {NS}, and its own people suffer most")),
    F("state.distinction", "state_criticism", CLEAN, (
        "hating the {A} people for what their government did is wrong",
        "many {G} oppose the war their leaders started", "the people of {C} are not their regime",
        "criticising the government of {C} is not the same as hating {G}",
        "ordinary {G} did not choose this war")),
    # --- threats and incitement -------------------------------------------------------------
    F("threat.group.passive", "threat_group", GROUP_THREAT, (
        "{G} should be {K}", "all {G} must be {K}", "every {S} deserves to be {K}",
        "the {G} need to be {K}", "{G} ought to be {K}, all of them",
        "the only good {S} is one who has been {K}", "{G} deserve to be {K}, every single one")),
    F("threat.group.active", "threat_group", GROUP_THREAT, (
        "we should {H} every {S} we find", "let's {H} the {G}", "time to {H} the {G} once and for all",
        "I would gladly {H} any {S} who comes near {place}", "our men should {H} their families")),
    F("threat.group.wish", "threat_wish", GROUP_THREAT, (
        "I hope all {G} {W}", "may every {S} {W}", "if only the {G} would all {W}",
        "here's hoping every {S} will {W}", "I'd be glad to see every {S} {W}",
        "nothing would please me more than all {G} to {W}")),
    F("threat.group.incite", "threat_incitement", GROUP_THREAT, (
        "grab your guns and go after the {G}", "go to {place} and {H} every {S} you see",
        "take up arms and drive the {G} into the sea", "burn the {A} villages with everyone inside",
        "the {G} should get a lesson written in bullets", "arm yourselves and hunt down the {G}",
        "don't let a single {S} leave {place} alive")),
    F("threat.person.direct", "threat_person", THREAT, (
        "I swear I'll {H} you one of these days", "I plan to {H} you and everyone you love",
        "cross my path again and I will {H} you",
        "keep talking and I'll {H} you", "one more word and I {H} you", "touch my family and I will {H} you",
        "when we meet again I will {H} you, count on it")),
    F("threat.person.third", "threat_person", THREAT, (
        "{P} ought to be {K}", "somebody ought to {H} {P}", "{N} deserves to be {K}",
        "the day I meet {P} I will {H} him", "mark my words, {P} will be {K} before spring",
        "someone needs to {H} {P} before it is too late", "{P} has it coming and will be {K} soon enough")),
    F("threat.person.wish", "threat_wish", THREAT, (
        "I hope {P} {W}", "may {N} {W}", "I wish {P} would {W}", "I hope you {W}")),
    F("threat.veiled", "threat_veiled", THREAT, (
        "we have found out where {P} sleeps", "{P} won't feel so brave once we track him down",
        "{P}'s family won't be safe after this", "people like you end up at the bottom of the river",
        "you'll pay for this with your blood one day", "enjoy your last days, {P}",
        "we are coming for your whole household", "careful on your way home tonight, {P}")),
    F("threat.conditional", "threat_veiled", THREAT, (
        "should {P} ever set foot in {place} he will be {K}", "vote for this and you'll be {K}",
        "print that and the editor will be {K}",
        "publish another piece like that and the writer gets {K}")),
    F("threat.person.promise", "threat_person", THREAT, (
        "I will track you down and {H} you", "I'll {H} you with my own hands",
        "you'll be {K} by the weekend, I promise",
        "wait until I get hold of you, I will {H} you", "I know your face now and I will {H} you")),
    F("threat.person.second", "threat_person", THREAT, (
        "you deserve to be {K} for writing this", "you should be {K} for this article",
        "someone is going to {H} you soon, and I'll be glad", "keep writing and you will be {K}",
        "people like you need to be {K}")),
    F("threat.group.slogans", "threat_group", GROUP_THREAT, (
        "death to the {G}", "death to every {S}", "death to all {G}!", "{A} blood will flow",
        "a bullet for every {S}", "the {G} to the gallows", "no mercy for the {G}, kill them all")),
    F("threat.group.sweep", "threat_group", GROUP_THREAT, (
        "{H} the {G} until none are left standing", "{H} them all, every {S} in {place}",
        "go after the {G} and {H} them until they run", "the {G} will be {K} one street at a time",
        "round up the {G} and {H} every last one of them")),
    F("threat.person.until", "threat_person", THREAT, (
        "{H} {P} until he stops talking", "someone should {H} {P} and make it hurt",
        "{P} needs to be {K}, and I volunteer", "find {P} and {H} him before he writes again",
        "{P} will be {K} for what he wrote")),
    # --- calls to kill people named by what they did, and the lawful ends that pair with them -
    F("threat.conduct", "threat_conduct", THREAT, (
        "{WD} who {DEED} should be {K} {CR}", "every one of {WD} who {DEED} deserves to be {K}",
        "for what they did, {WD} must be {K} {CR}", "anyone who {DEED} should be {K}, no trial needed",
        "as for {WD} who {DEED}, I say they should be {K} {CR}",
        "{WD} who {DEED} don't deserve a court, they deserve to be {K}")),
    F("threat.conduct.active", "threat_conduct", THREAT, (
        "we should track down {WD} who {DEED} and {H} them", "someone must find {WD} who {DEED} and {H} them",
        "send fighters after {WD} who {DEED} and {H} each and all of them {CR}",
        "I pray someone will {H} {WD} who {DEED}", "if I find {WD} who {DEED}, I will {H} them {CR}")),
    F("justice.lawful", "justice", CLEAN, (
        "{WD} who {DEED} {JU}", "for what they did, {WD} {JU}", "anyone who {DEED} {JU}",
        "as for {WD} who {DEED}, they {JU}", "{WD} who {DEED} are war criminals and {JU}",
        "I hope {WD} who {DEED} are caught, and they {JU}")),
    F("justice.restraint", "justice", CLEAN, (
        "no one, not even {WD} who {DEED}, should be {K} by a mob",
        "I want {WD} who {DEED} in a courtroom, not {K}",
        "killing {WD} who {DEED} would make us no better than them",
        "even {WD} who {DEED} must not be {K} {CR}; let a court decide",
        "revenge on {WD} who {DEED} will not bring anyone back")),
    F("justice.question", "justice", CLEAN, (
        "will {WD} who {DEED} ever see a courtroom?", "when will {WD} who {DEED} finally be tried?",
        "why are {WD} who {DEED} still walking free?", "who will arrest {WD} who {DEED}?",
        "is anyone even investigating {WD} who {DEED}?")),
    # --- threats over lawful civic acts, and the lawful answers to the same acts --------------
    F("threat.civic", "threat_civic", THREAT, (
        "{CA} who {CD} should be {K}", "whoever {CD} deserves to be {K}",
        "anyone who {CD} ought to be {K} {CR}", "{CA} who {CD} will be {K}, I promise you",
        "every one of {CA} who {CD} should be {K}")),
    F("threat.civic.active", "threat_civic", THREAT, (
        "I would {H} {CA} who {CD}", "someone should {H} whoever {CD}",
        "if I meet one of {CA} who {CD}, I will {H} him", "let's find {CA} who {CD} and {H} them",
        "go to their homes and {H} {CA} who {CD}")),
    F("civic.accountability", "accountability", CLEAN, (
        "{CA} who {CD} {CE}", "those who {CD} {CE}", "all of {CA} who {CD} {CE}",
        "as for {CA} who {CD}, they {CE}", "{CA} who {CD}? they {CE}")),
    F("civic.anger", "accountability", CLEAN, (
        "I am furious with {CA} who {CD}", "{CA} who {CD} have made a terrible mistake",
        "shame on {CA} who {CD}", "I will never forgive {CA} who {CD}",
        "{CA} who {CD} have let us all down")),
    # --- personal attacks -------------------------------------------------------------------
    F("insult.you", "insult_person", INSULT, (
        "you are a {IN}", "you {IA} {IN}", "be quiet, you {IN}", "what a {IN} you are",
        "it takes a {IN} like you to swallow this", "nobody cares what a {IN} like you thinks",
        "you're a complete {IN}", "only a {IN} would post this")),
    F("insult.you.adj", "insult_person", INSULT, (
        "is it an act, or are you honestly this {IA}?", "you are too {IA} to understand the article",
        "go finish school before you comment, you {IA} {IN}", "how can anyone be as {IA} as you?",
        "you must be very {IA} to believe that", "are you always this {IA}, or only today?")),
    F("insult.third", "insult_person", INSULT, (
        "{P} is a {IA} {IN}", "{N} is a {IN}", "{P} is too {IA} to tie his own shoes",
        "the writer of this is a {IN}", "{N}, you {IA} {IN}", "{N} is merely a {IA} {IN}")),
    F("insult.mock", "insult_person", INSULT, (
        "there is nothing between your ears, {IN}", "do you practise being this {IA}?",
        "I've met rocks smarter than you", "your mother must be so ashamed of you, {IN}",
        "I doubt a single thought has ever crossed your head", "were you dropped on your head as a child?")),
    F("insult.role", "insult_person", INSULT, (
        "{P} is a {IA} {IN} with no business in a newsroom", "{N} is a {IA} {IN}, nothing more",
        "what a {IA} {IN} {P} is", "{P}? a {IA} {IN} who should find another job",
        "everyone knows {N} is a {IN}")),
    F("insult.vocative", "insult_person", INSULT, (
        "hey {IN}, try reading past the headline", "listen, {IN}, nobody asked you",
        "keep crying, {IN}", "nice try, {IA} {IN}", "sit down, {IN}", "read the article first, {IN}",
        "typical comment from a {IA} {IN}")),
    F("hate.not_human", "hate_dehumanising", HATE, (
        "{G} barely count as human", "there is nothing human about {G}", "{G} are {D} in human skin",
        "calling {G} people is too generous", "{G} are closer to {D} than to us",
        "{G} were never meant to live among people", "{G} are {D} wearing clothes")),
    F("hate.contempt", "hate_stereotype", HATE, (
        "{G} are good for nothing", "{G} cannot be relied on for anything", "{G} ruin everything they touch",
        "the world would be better without {G}", "{G} have never been anything but {NT}",
        "nothing good has ever come out of {G}", "{G} are a stain on {place} and always will be")),
    # --- profanity, sexual content, spam ----------------------------------------------------
    F("profanity.plain", "profanity", PROFANE, (
        "{SW} this {ID}", "what the {SW} is this {ID}", "{SWA} ridiculous {ID} if you ask me",
        "holy {SW}, the {ID} passed", "{SWA} hell, not again", "this is {SWA} brilliant, well done")),
    F("profanity.at", "profanity", _labels("toxicity", "profanity", "insult"), (
        "{SW} you", "{SW} right off with your opinions, {IN}", "you {SWA} {IN}",
        "go {SW} yourself")),
    F("sexual.explicit", "sexual", SEXUAL, (
        "dm me your {BODY} pics", "I'd {SX} you all night long", "bet she's wild in bed",
        "post a photo of your {BODY} for us", "I want to {SX} the reporter",
        "meet me tonight and I'll {SX} you till you scream", "my {BODY} is all yours tonight, baby",
        "hot singles in {place} want to {SX} you")),
    F("sexual.desire", "sexual", SEXUAL, (
        "{P} {AR}", "watching {P} on air {AR}", "the way {P} moves {AR}", "every time {P} speaks, it {AR}",
        "that outfit on {P} {AR}")),
    F("sexual.services", "sexual", _labels("sexual", "spam", "toxicity"), SEX_SERVICES),
    F("sexual.proposition", "sexual", SEXUAL, (
        "hey gorgeous, want to {SP}?", "you and me should {SP}", "{SP}, you know you want to")),
    F("sexual.invitation", "sexual", SEXUAL, (
        "I'd love to {SP} with the presenter", "the weather girl should {SP} with me",
        "any lonely wives in {place} who want to {SP}?", "drop me a line if you fancy a chance to {SP}")),
    F("spam.products", "spam", SPAM, (
        "{PROD}, order today at {URL}", "{PROD}! Contact {EMAIL}", "{PROD}, WhatsApp {PHONE}",
        "Looking for {PRODL}? Visit {URL}")),
    F("spam.link", "spam", SPAM, (
        "{PITCH} at {URL}", "{PITCH}, visit {URL} now", "{PITCH}! {URL}",
        "tap this link for {OFFER}: {URL}")),
    F("spam.contact", "spam", SPAM, (
        "{PITCH}, message me on WhatsApp {PHONE}", "{OFFER}, contact {EMAIL}",
        "message me via Telegram for {OFFER}", "{PITCH}. Call {PHONE} today")),
    # --- the "no" side: naming a group is not hate ------------------------------------------
    F("identity.fact", "identity_neutral", CLEAN, ("{G} {FACT}", "many {G} {FACT}", "the {G} {FACT}")),
    F("identity.question", "identity_neutral", CLEAN, (
        "how many {G} live in {place}?", "what do {G} think about the ceasefire?",
        "do most {G} speak two languages?", "are there {A} schools in {place}?",
        "does anyone know a good {A} restaurant in {place}?")),
    F("identity.personal", "identity_neutral", CLEAN, (
        "my grandma is {A}", "we lived next door to a {A} family for years",
        "as a {S}, I see this differently",
        "my partner is {A} and we live in {place}", "I'm {A} and I support this plan",
        "speaking as a {S}, the reporting here is spot on", "my best friend from school is a {S}",
        "my {A} colleagues were shocked by the news")),
    F("identity.positive", "identity_positive", CLEAN, ("{POS}", "{G} are {PT}", "I find {G} very {PT}",
    "I have always been welcomed by {G}", "{G} have given so much to {place}")),
    F("identity.news", "identity_neutral", CLEAN, (
        "the {A} community marked the anniversary in {place}", "{A} leaders met the minister on {day}",
        "the report says {G} face discrimination in housing",
        "a new survey of {G} in {place} was published", "{A} refugees arrived in {place} on {day}",
        "the {A} minority is asking for schools in its own language")),
    F("identity.negated", "negated_hate", CLEAN, (
        "{G} are not {D}; they are neighbours and citizens", "{G} are not {NT}",
        "calling {G} {D} is simply wrong",
        "stop saying {G} {NH}, it's a myth", "{G} don't {NH}, that's a lie spread by bigots",
        "{G} are people like anyone else, not {D}", "it is false that {G} are {NT}")),
    F("identity.protect", "negated_hate", CLEAN, (
        "no {S} deserves to be {K}", "being {A} is no reason for anyone to be {K}",
        "{G} must not be {K} for who they are", "no one, {A} or not, should be {K}",
        "no child deserves to be {K}, {A} or otherwise", "nobody should be {K} for being {A}")),
    F("negation.refusal", "negated_hate", CLEAN, (
        "I have nothing against {G}", "never in my life would I want a {S} to {W}",
        "I refuse to hate {G} because of their rulers", "hating {G} solves nothing",
        "I don't blame ordinary {G} for this war", "there is no reason to fear {G}",
        "I will never hate {G}, whatever their government does",
        "ordinary {G} are not to blame for their leaders")),
    F("negation.rights", "negated_hate", CLEAN, (
        "{G} should not be {PF}", "it would be wrong for {G} to be {PF}",
        "no government has the right to see {G} {PF}", "{G} must never be {PF} again",
        "we cannot allow {G} to be {PF}")),
    F("negation.myth", "negated_hate", CLEAN, (
        "it is a myth that {G} {NH}", "the claim that {G} are {NT} is false",
        "contrary to what some say, {G} are not {NT}", "there is no evidence that {G} {NH}",
        "{G} are no more {NT} than anyone else", "studies show {G} are no more {NT} than their neighbours")),
    F("negation.victims", "negated_hate", CLEAN, (
        "civilians, {A} or not, must never be {K}",
        "no family deserves to bury a child, {A} families included",
        "mothers on every side have buried sons, and no {S} mother should have to",
        "not one more {S} should be {K} in this war", "wishing death on {G} is never acceptable",
        "the {A} dead are human beings too", "every {A} life lost in this war is a tragedy")),
    # --- counter-speech: quoting or reporting hate in order to condemn it -------------------
    F("counter.quote", "counter_speech", CLEAN, (
        "a commenter above wrote that {G} are {D}. Disgusting.",
        "please remove the post that calls {G} {D}",
        "to say {G} should be {K} is hateful, nothing less",
        "flagged a post insisting all {G} {NH}",
        "he wrote that {G} should be {K}, which is vile",
        "calls for {G} to be {K} break the law; moderators, act",
        "the comment saying {G} are {NT} is pure bigotry", "the user who claimed {G} {NH} should be banned")),
    F("counter.report", "counter_speech", CLEAN, (
        "a man on the tram yelled that {G} should {W} and nobody said a word; it still bothers me",
        "my neighbour keeps saying {G} are {NT} and I have stopped speaking to him",
        "someone sprayed '{G} out' on the wall, and the neighbours painted over it by noon",
        "anyone who calls {G} {D} ought to feel shame",
        "once leaders start calling {G} {D}, the violence follows. History shows it.",
        "my uncle says {G} are {D}; I told him he was wrong",
        "the crowd chanted that {G} should {W}, and it was horrifying")),
    F("counter.question", "counter_speech", CLEAN, (
        "why is a post saying {G} should be {K} still up?", "how is calling {G} {D} allowed on this site?",
        "are we really pretending that '{G} are {D}' is an opinion?",
        "who thinks writing that {G} {NH} is okay?")),
    F("counter.reply", "counter_speech", CLEAN, (
        "please don't generalise about {G}", "that comment about {G} is racist",
        "so much hatred towards {G} in this thread, shameful", "hate against {G} has no place here",
        "the hateful replies about {G} prove the article's point", "blaming all {G} for this is bigotry",
        "you can criticise a government without insulting {G}")),
    # --- news reporting of violence ---------------------------------------------------------
    F("news.violence", "news_violence", CLEAN, (
        "{n} {A} troops died in fighting near {place}, officials said",
        "the shelling killed {n} civilians in {place} on {day}",
        "the suspect shot two people and was later detained, police said",
        "rescuers recovered {n} bodies in {place} after the strike",
        "historians estimate that thousands were massacred in {place} in {year}")),
    F("news.crime", "news_violence", CLEAN, (
        "the victim had been stabbed {n} times, jurors heard",
        "the man had threatened his former partner with death, prosecutors said",
        "the indictment says three men were tortured and murdered by the group",
        "the attackers shouted that they would burn the village, according to witnesses",
        "the gunman killed {n} people before he was shot by police",
        "{n} men were shot dead by the rebels, the inquiry found")),
    F("news.diplomacy", "news_politics", CLEAN, (
        "{N} and {N} held a phone call on {day} about the fighting in {place}",
        "{C} accused {C} of breaking the truce", "aid convoys reached {place} on {day}",
        "talks between {C} and {C} will resume next week in {place}",
        "the foreign minister of {C} warned of a wider war in the region",
        "{N} vowed a forceful military response if {place} is attacked",
        "{C} recalled its ambassador from {C} on {day}")),
    # --- violent words used figuratively ----------------------------------------------------
    F("idiom.politics", "violent_idiom", CLEAN, (
        "let's kill {TGT} before it reaches the floor", "death to {TGT}!",
        "{TGT} should die a quiet death in committee",
        "voters will punish {N} come polling day", "{N}'s party got massacred at the polls",
        "the opposition tore {TGT} to shreds in parliament", "bury {TGT} and start again",
        "the committee shot down {TGT} on {day}", "{N}'s campaign is dead in the water")),
    F("idiom.sport", "violent_idiom", CLEAN, (
        "{T} slaughtered {T} 5-0", "{T} murdered them after the break", "{T} will destroy {T} on {day}",
        "our striker shot wide twice before the break", "{T} got absolutely killed at home")),
    F("idiom.everyday", "violent_idiom", CLEAN, (
        "I would murder {FOOD} after that shift", "these stairs are killing me",
        "drop me an email when you can",
        "you killed it up there on stage", "my feet are killing me after that march",
        "dying to read part two", "the punchline absolutely killed me",
        "this deadline will be the death of me", "I'm dying of laughter here",
        "that exam absolutely murdered me")),
    # --- criticism of ideas, not people -----------------------------------------------------
    F("idea.criticism", "idea_criticism", CLEAN, (
        "frankly the {ID} is {DI}", "such a {DI} {ID}, honestly", "the {ID} is {DI} and here's why",
        "{N}'s {ID} is {DI}", "with respect, the {ID} is {DI}")),
    F("idea.disagree", "civil_disagreement", CLEAN, (
        "I strongly disagree with {N} here", "{N} is wrong about the ceasefire",
        "the {ID} overlooks what is happening on the ground", "{P} should resign over this scandal",
        "{N} broke his promises and voters should remember that", "shame on the government for this {ID}")),
    F("objects.dislike", "dislike_object", CLEAN, (
        "{HV} {O}", "{O} {DV}", "I hate {O} so much", "{O} ought to be outlawed",
        "nothing is worse than {O}")),
    F("heated.politics", "civil_disagreement", CLEAN, HEATED),
    F("greeting", "greeting", CLEAN, GREETINGS),
    F("everyday", "everyday", CLEAN, (
        "been reading this paper for years, from {place}", "thanks {N}, good to know",
        "great reporting on {place}, thank you",
        "is there news on the {ID}?", "I'm so angry about this {ID}", "this {ID} makes me furious",
        "commenting for the first time, from {place}", "warm wishes to everyone in {place}",
        "same here in {place}",
        "fair enough, {N}", "is the full {ID} published anywhere?", "cheers for the explanation")),
)
