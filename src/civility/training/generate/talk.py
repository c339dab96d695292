"""Template families of everyday comment talk: personal attacks, profanity, sexual content and
spam, and the "no" side: naming a group, condemning hate, reporting violence, idioms, criticism of
ideas, greetings."""

from __future__ import annotations

from civility.training.generate.family import CLEAN, INSULT, PROFANE, SEXUAL, SPAM, Family, labels_on
from civility.training.generate.words import GREETINGS, HEATED, SEX_SERVICES

F = Family
TALK: tuple[Family, ...] = (
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
    # --- profanity, sexual content, spam ----------------------------------------------------
    F("profanity.plain", "profanity", PROFANE, (
        "{SW} this {ID}", "what the {SW} is this {ID}", "{SWA} ridiculous {ID} if you ask me",
        "holy {SW}, the {ID} passed", "{SWA} hell, not again", "this is {SWA} brilliant, well done")),
    F("profanity.at", "profanity", labels_on("toxicity", "profanity", "insult"), (
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
    F("sexual.services", "sexual", labels_on("sexual", "spam", "toxicity"), SEX_SERVICES),
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
    F("identity.asking", "identity_neutral", CLEAN, (
        "when do {G} celebrate their new year?", "which {A} writers would you recommend to a beginner?",
        "is {A} taught in the schools of {place}?", "where can I read more about {A} history?",
        "how did {G} in {place} vote in the referendum?", "what share of {place} is {A} today?",
        "were {G} consulted before the new law was passed?")),
    F("identity.nation", "identity_neutral", CLEAN, (
        "{C} is a nation of farmers and traders", "the whole {A} people mourned when the poet died",
        "{A} people have kept their language alive for centuries",
        "{C} and its people rebuilt {place} after the earthquake",
        "every generation of {G} has sung the same old songs",
        "{A} history is long and complicated, and worth reading about",
        "{C} has taken in many refugees from {place}",
        "the {A} diaspora in {place} sends money home every month")),
    F("identity.protect", "negated_hate", CLEAN, (
        "no {S} deserves to be {K}", "being {A} is no reason for anyone to be {K}",
        "{G} must not be {K} for who they are", "no one, {A} or not, should be {K}",
        "no child deserves to be {K}, {A} or otherwise", "nobody should be {K} for being {A}")),
    F("identity.shield", "negated_hate", CLEAN, (
        "we must protect {G} from being {PF}", "it is shameful that {G} were {PF} in {place}",
        "I will stand beside my {A} neighbours if anyone tries to have them {PF}",
        "the law forbids {G} being {PF} for who they are", "{G} deserve protection, not to be {PF}",
        "nobody, {A} or otherwise, should ever be {PF}", "when {G} are {PF}, none of us is safe")),
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
        "the {A} dead are human beings too", "every {A} life lost in this war is a tragedy",
        "an {A} life is worth exactly as much as any other", "no life is cheaper because it is {A}")),
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
        "you can criticise a government without insulting {G}",
        "calling {G} {D} says more about you than about them",
        "I flagged a reply that wished {G} would {W}")),
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
