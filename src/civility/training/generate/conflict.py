"""Template families about groups, nations, people and deeds: hate and threats, each beside
the lawful or harmless sentences that share its words (criticism of a state, calls for justice,
anger at a vote)."""

from __future__ import annotations

from civility.training.generate.family import CLEAN, GROUP_THREAT, HATE, THREAT, Family

F = Family
CONFLICT: tuple[Family, ...] = (
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
        "{place} is not for {G}, never was", "{G} should all be {XP}",
        "I want every {S} in {place} {XP}", "the sooner the {G} are {XP}, the better for all of us")),
    F("hate.conspiracy", "hate_conspiracy", HATE, (
        "{G} {CO}", "wake up, the {G} {CO}", "everyone knows the {G} {CO}",
        "it's no secret that {G} {CO}", "follow the money and you will find the {G}",
        "the {G} pull the strings behind every crisis")),
    F("hate.worth", "hate_dehumanising", HATE, (
        "the life of a {S} is worth less than a dog's", "one of ours is worth a hundred {G}",
        "a dead {S} is no loss to anyone", "{A} lives don't matter")),
    F("hate.not_human", "hate_dehumanising", HATE, (
        "{G} barely count as human", "there is nothing human about {G}", "{G} are {D} in human skin",
        "calling {G} people is too generous", "{G} are closer to {D} than to us",
        "{G} were never meant to live among people", "{G} are {D} wearing clothes",
        "{G} are not worth the air they breathe", "nobody would miss a few {G}",
        "I'd swap every {S} alive for one decent dog", "{A} lives are cheap and always were")),
    F("hate.contempt", "hate_stereotype", HATE, (
        "{G} are good for nothing", "{G} cannot be relied on for anything", "{G} ruin everything they touch",
        "the world would be better without {G}", "{G} have never been anything but {NT}",
        "nothing good has ever come out of {G}", "{G} are a stain on {place} and always will be",
        "{G} have never done an honest day's work", "you can tell a {S} lives nearby by the mess")),
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
)
