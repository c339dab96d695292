"""Word lists for the generated corpus: what fills the frames.

Written for training only. The functional suite (tests/functional) is written apart and never
read here; `benchmarks/suite_overlap.py` checks that no generated sentence is close to a case.
"""

from __future__ import annotations

DEHUMANISING = (
    "vermin", "rats", "cockroaches", "parasites", "animals", "beasts", "savages", "lice",
    "a disease", "a cancer", "a plague", "a virus", "an infestation", "filth",
    "trash", "scum", "subhuman", "leeches", "maggots", "pigs", "dogs", "apes", "monkeys",
    "snakes", "hyenas", "locusts", "termites", "a tumour", "a pestilence", "barbarians",
    "mongrels", "swine", "worms", "bacteria", "a swarm", "insects", "rodents", "primitive hordes",
    "human waste", "a sickness on this earth", "a poison", "not even human", "a lower species",
)
NEGATIVE_TRAITS = (
    "lazy", "dirty", "dishonest", "violent", "stupid", "primitive", "greedy", "sneaky",
    "treacherous", "filthy", "backward", "criminal", "barbaric", "useless",
    "dangerous", "brainwashed", "cowardly", "untrustworthy", "ignorant", "evil", "bloodthirsty",
    "thieving", "deceitful", "worthless", "disgusting", "uncivilised", "parasitic", "fanatical",
    "ugly", "smelly", "mentally deficient", "genetically inferior", "born liars", "all thieves",
    "all terrorists", "all rapists", "a danger to our kids", "incapable of loyalty",
    "a drain on everyone else", "unfit to live among us", "a danger to decent people",
)
NEGATIVE_HABITS = (
    "lie", "steal", "cheat", "multiply to outnumber us", "live off welfare", "ruin every place they go",
    "spread disease", "bring crime", "destroy our culture", "hate everyone else", "smell",
    "refuse to work", "stab you in the back", "turn every city into a slum", "rape and murder",
    "scheme against us", "sell out their own neighbours", "abuse their women", "dodge taxes",
)
POSITIVE_TRAITS = (
    "smart", "hard-working", "honest", "kind", "generous", "brave", "talented", "capable",
    "trustworthy", "welcoming", "peaceful", "intelligent", "creative", "decent", "loyal",
    "fit to lead", "good neighbours", "good parents", "equal citizens", "fully human",
    "able to govern themselves", "as capable as anyone", "worthy of respect", "hospitable",
)
# Statements of fact or description about a group: neutral, not judgements.
NEUTRAL_FACTS = (
    "make up about {n} percent of the population of {place}",
    "have lived in {place} for centuries",
    "celebrate their new year in the spring",
    "held a rally in {place} on {day}",
    "form the biggest minority in {place}",
    "voted in large numbers in the last election",
    "run many of the small shops on this street",
    "publish newspapers of their own in {place}",
    "were counted separately in the {year} census",
    "are represented by {n} members of parliament",
    "settled in {place} after {year}",
    "speak several languages at home",
    "observe a month of fasting every year",
    "opened a new community centre in {place}",
    "have a long history in the region",
    "marched peacefully through {place}",
    "took part in the survey, the researchers said",
    "are a diverse community with many traditions",
    "work in farming, trade and medicine",
    "were among the first settlers of {place}",
)
POSITIVE_STATEMENTS = (
    "{G} are welcome here", "I love {A} food", "my {A} neighbours are lovely",
    "{G} have made this country better", "we stand with {G}", "{G} deserve the same rights as everyone",
    "{A} music is beautiful", "I have great respect for {G}", "{G} are our friends and family",
    "really proud of our {A} community", "{A} culture is so rich", "{G} built this city too",
    "some of my best colleagues are {G}", "{A} writers taught me a lot",
    "{G} have every right to live here in peace", "{A} hospitality is wonderful, truly",
    "the {A} team played beautifully", "{A} doctors saved my father's life",
    "{G} deserve dignity like anyone", "I'm glad {G} feel safe here now",
)
DISGUST_VERBS = (
    "disgust me", "make me sick", "make my skin crawl", "are revolting", "are repulsive",
    "turn my stomach", "shame the human race", "ought to feel ashamed they exist",
)
HATE_VERBS_I = ("I hate", "I despise", "I can't stand", "I loathe", "nobody likes", "I detest",
                "I will never tolerate", "I can't bear to be around")
EXCLUSION = (
    "should pack up and leave for good", "must be expelled from the nation",
    "don't fit in this nation", "must lose the right to vote",
    "must be barred from living here", "don't belong here", "must stay away from our schools",
    "should be stripped of citizenship", "should never be allowed to hold office",
    "belong locked up in camps", "need to go home on the next boat",
    "must be removed from our neighbourhoods", "must be stopped from raising kids",
)
CONSPIRACY = (
    "own all the banks", "run every newspaper", "are plotting to replace us",
    "are secretly running the government", "start all the wars for profit", "spike the wells",
    "are taking over our country", "are swamping us by design", "want to destroy the West",
    "bought all the politicians", "spread the virus on purpose",
)
# Passive forms of violence: "they should be ___".
KILLED = (
    "killed", "shot", "hanged", "executed", "wiped out", "exterminated", "slaughtered",
    "burned alive", "put down", "gassed", "strung up", "beheaded", "beaten to death",
    "shot against a wall", "eradicated", "butchered", "massacred", "drowned", "stabbed",
    "lynched", "tortured to death", "bombed into dust", "erased from the earth",
    "shot on sight", "put against a wall", "skinned alive", "crushed", "destroyed",
    "gunned down", "set on fire", "run over", "knifed", "beaten bloody", "kicked to death",
    "blown up", "finished off", "hunted like animals", "poisoned", "buried alive", "starved to death",
    # euphemisms: a killing said without a killing word
    "sent to their graves", "put six feet under", "wiped from existence", "made to disappear for good",
    "sent to the next world", "put in the ground", "taken out for good", "dealt with permanently",
)
# Active harm: "I will ___ you".
HARM = (
    "kill", "shoot", "stab", "hang", "strangle", "beat", "burn", "bury",
    "slit the throat of", "break the neck of", "smash the face of", "destroy", "murder",
    "execute", "butcher", "slaughter", "gut", "put a bullet in", "run over", "poison", "behead",
    "torch the house of", "cut up", "choke",
    "lynch", "gun down", "knife", "beat up", "kick in the head of", "set fire to", "blow up",
    "hunt", "finish off", "bash in the skull of", "drown", "shoot up the house of",
)
DEATH_WISH = (
    "die", "die slowly", "burn in hell", "rot in a ditch", "get cancer", "drop dead",
    "suffer for the rest of their lives", "vanish from this planet for good",
    "get what is coming to them", "choke on their own blood", "be blown to pieces",
)
# Insults aimed at a person.
INSULT_NOUNS = (
    "idiot", "moron", "imbecile", "cretin", "fool", "clown", "loser", "halfwit", "dimwit",
    "nitwit", "buffoon", "dunce", "simpleton", "numbskull", "muppet", "troll", "hypocrite",
    "coward", "liar", "fraud", "creep", "lowlife", "scumbag", "parasite", "degenerate",
    "waste of everyone's time", "waste of oxygen", "brainless sheep", "village idiot", "peasant",
    "pathetic little man", "disgrace", "clueless child", "bootlicker", "traitor", "snake",
    "bigot", "crook", "thug", "useless hack", "propaganda puppet", "paid shill", "bot",
    "uneducated oaf", "ignoramus", "sad little troll", "attention seeker", "charlatan",
    "airhead", "windbag", "blowhard", "has-been", "nobody", "sellout", "stooge", "lapdog",
    "muppet of the regime", "empty suit", "grifter", "fool in a tie",
)
INSULT_ADJ = (
    "stupid", "pathetic", "ignorant", "brainless", "clueless", "illiterate", "dumb", "worthless",
    "miserable", "spineless", "delusional", "senile", "disgusting", "ugly", "fat", "small-minded",
    "uneducated", "gutless", "sad", "deranged", "hopeless", "dishonest", "retarded", "idiotic",
    "talentless", "shameless", "incompetent", "witless", "feeble-minded", "pompous", "vile",
)
# Dismissive words for ideas, articles and plans: criticism, not an attack on a person.
DISMISSIVE = (
    "stupid", "idiotic", "ridiculous", "absurd", "nonsense", "dumb", "pathetic", "naive",
    "ill-informed", "one-sided", "lazy", "shallow", "misleading", "a disaster", "a joke",
    "laughable", "wrong", "badly argued", "short-sighted", "incoherent", "pointless",
    "a waste of money", "embarrassing", "tone-deaf", "dishonest", "reckless",
)
IDEAS = (
    "argument", "plan", "policy", "proposal", "article", "op-ed", "headline", "decision",
    "bill", "budget", "law", "idea", "theory", "analysis", "editorial", "strategy", "reform",
    "tax", "ceasefire deal", "peace plan", "sanctions policy", "statement", "speech",
    "survey", "poll", "ruling", "forecast", "report", "comment section", "new rule",
)
OBJECTS = (
    "foggy commutes", "traffic jams", "soggy chips", "this weather", "cold coffee",
    "the new parking rules", "talent shows", "long meetings", "spam calls", "the latest levy",
    "mosquitoes", "queues at the airport", "autocorrect", "loud motorbikes", "the referee",
    "this app update", "the clocks going back", "the final episode", "tomatoes", "jazz",
    "the price of bread", "printer ink", "airport food", "commercials", "this heat",
    "cilantro", "the redesign", "group chats", "crowded trains", "wet socks",
)
PERSONS = (
    "the author", "the journalist", "the editor", "the mayor", "the minister", "the senator",
    "the president", "the prime minister", "the governor", "the councillor", "the ambassador",
    "the spokesman", "the general", "the judge", "the coach", "the referee", "the reporter",
    "the writer of this piece", "that fellow up there", "the person who posted this", "the poster above me",
    "my neighbour", "that streamer", "the host", "the professor", "the CEO",
)
NAMES = (
    "Aliyev", "Pashinyan", "Erdogan", "Putin", "Zelensky", "Macron", "Biden", "Trump",
    "Scholz", "Sunak", "Netanyahu", "Raisi", "Lukashenko", "Orban", "Meloni", "Modi",
    "Davis", "Petrosyan", "Yilmaz", "Ivanova", "Muller", "Garcia", "Khan", "Hughes", "Novak",
)
POLITICAL_TARGETS = (
    "the bill", "this proposal", "the tax hike", "the merger", "the parking levy",
    "the pension reform", "the budget", "their campaign", "the amendment", "the deal",
    "the project", "the motion", "bureaucracy", "corruption", "the old regime's laws",
    "the austerity plan", "the toll road", "the casino plan", "red tape", "the dress code",
)
TEAMS = ("the Reds", "Galatasaray", "Ararat", "Dynamo", "the home side", "our team",
         "the visitors", "Spartak", "Fenerbahce", "the champions", "Shakhtar", "the Lions")
FOODS = ("a lasagne", "a burger", "a kebab", "some dumplings", "a cold beer", "a coffee",
         "a plate of pasta", "a steak", "some baklava", "a sandwich")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
YEARS = ("1915", "1988", "1994", "2008", "2014", "2016", "2020", "2022", "2023", "2024")
# What a group must be protected from: "{G} should not be ___".
PROTECTED_FROM = (
    "deported", "expelled", "harassed", "driven from their homes", "attacked", "arrested for their faith",
    "locked up without trial", "shot at", "bombed", "beaten", "forced to flee", "punished for their language",
    "banned from the parks", "treated as suspects", "left to starve", "denied medical care",
)
# What a hateful comment wants done to a whole group (the pair of ``PROTECTED_FROM``).
EXPELLED = (
    "deported", "expelled", "driven out", "thrown out of the country", "stripped of their passports",
    "put on the first plane out", "banned from our towns", "barred from our schools",
    "removed from the voter rolls", "rounded up and sent away", "made to leave within a month",
)
# Sexual propositions with no explicit word.
SEXUAL_PROPOSITIONS = (
    "spend the whole night in my bed", "get naked together", "take everything off for me",
    "have a little fun under the sheets", "come up to my hotel room", "show me what is under that dress",
    "let me undress you slowly", "keep me warm in bed tonight", "send me pictures without your clothes",
)
OTHER_PRODUCTS = (
    "Essays written for you overnight", "Cheap flights to anywhere", "Meet lonely singles near you",
    "Premium VPN at 90% off", "Fake reviews that boost your shop", "Visa and residence papers fast",
    "Unlock any phone in minutes", "Replica handbags, top grade", "Online degrees, no exams",
    "Free trial of our diet capsules", "Car insurance half price", "Your website on page one of search",
)
# People named by what they did, and what they did: "the ___ who ___ should ...". The same
# subject ends in a call for justice on the clean side and in a call for killing on the other.
WRONGDOERS = (
    "the soldiers", "the gunmen", "the commanders", "the officers", "the hired fighters",
    "the militiamen", "the snipers", "the pilots", "the guards", "the generals", "the contractors",
    "the men", "the border police", "the paramilitaries", "the looters", "the smugglers",
    "the recruiters", "the drone operators", "the officials", "the warlords", "those thugs",
)
DEEDS = (
    "shelled the maternity ward", "fired on the refugee convoy", "burned the old church",
    "ordered the strikes on the market", "tortured the prisoners", "laid mines around the school",
    "looted the abandoned villages", "signed the deportation orders",
    "crossed the border to fight for a paycheck", "took a salary to fight a war that was never theirs",
    "bombed the water plant", "executed the captured medics", "dragged families from their beds",
    "opened fire on the protesters", "sold weapons to both sides", "blew up the crowded bridge",
    "blocked the aid trucks for weeks", "kidnapped the aid workers", "razed the cemetery",
    "shot at the ambulances", "came from abroad to fight for cash", "starved the besieged town",
    # deeds that are themselves killings: the main clause, not a violent word, decides
    "went to another country to kill people they had never met", "murdered the villagers in their sleep",
    "came here to slaughter farmers for a monthly wage", "shot the wounded instead of treating them",
    "joined the war to kill civilians for money", "killed the journalists at the checkpoint",
)
# What lengthens a deed: purpose, manner and motive, as long sentences carry them.
DEED_TAILS = (
    "and bragged about it online", "for a handful of coins", "without a single thought for the children",
    "in a land where nobody had ever harmed them", "only because they were paid to",
    "and then filmed it for their friends", "while the whole world looked away",
    "for nothing but a salary and a uniform", "knowing full well that only civilians lived there",
    "after swearing they would spare the town", "for the third time this month",
    "in the name of a cause they cannot even explain",
)
# People named by a lawful civic act, and the acts: a threat over a vote, a ruling or an article
# is a threat, and the harsh but lawful answers to the same acts are not.
CIVIC_ACTORS = (
    "the MPs", "the councillors", "the judges", "the senators", "the voters", "the journalists",
    "the ministers", "the lawmakers", "the activists", "the protesters", "the election officials",
    "the regulators", "the reporters", "the jurors", "the bankers", "the union leaders",
    "the doctors", "the teachers", "the board members", "the mayors",
)
CIVIC_DEEDS = (
    "voted for the new tax", "signed the trade deal", "backed the pension reform", "passed this budget",
    "ruled in favour of the developer", "wrote this article", "approved the pipeline",
    "raised the bus fares", "closed the local hospital", "supported the ceasefire",
    "let the factory close", "published the leaked emails", "cut the school funding",
    "counted the ballots", "defended the refugees in court", "marched for the new law",
    "lowered the speed limit", "sold the port to foreigners", "banned the rally", "backed the lockdown",
)
CIVIC_ENDS = (
    "should be voted out", "deserve to lose their seats", "ought to resign in disgrace",
    "should hang their heads in shame", "will pay for it at the ballot box",
    "should be thrown out at the next election", "must answer to the voters",
    "deserve every angry letter they get", "should be named and shamed in the paper",
    "need to be held to account by parliament", "should never be trusted again",
    "have killed this town's future", "should be fired tomorrow", "ought to be recalled",
)
# What a whole nation is called when a comment blames a people, not its rulers.
NATION_SLURS = (
    "thieves", "murderers", "liars", "savages", "barbarians", "butchers", "fanatics", "bandits",
    "killers", "traitors", "parasites", "animals", "criminals", "cowards", "beasts", "invaders",
)
# Lawful ends for the same people: harsh, and clean.
JUSTICE = (
    "should face a war crimes tribunal", "must be tried in a proper court",
    "deserve long prison sentences", "should never walk free again",
    "must answer for it before a judge", "should be arrested and extradited",
    "must be named, charged and tried", "should lose their ranks and pensions",
    "will have to answer to history", "ought to be sanctioned by every country",
    "must be brought to justice under the law", "should be stripped of their medals",
    "deserve to be prosecuted with the full force of the law", "should be investigated by the UN",
    "should spend the rest of their days in a cell", "must never hold a weapon again",
)
# What turns a killing into a cruelty: "should be shot ___".
CRUELTY = (
    "slowly", "in public", "one by one", "without mercy", "while their families watch",
    "and left where they fall", "and their bodies dumped in the river", "and left for the crows",
    "over and over again", "ten times over", "until not one is left",
    "in the cruellest way imaginable", "like the animals they are",
    "and their remains thrown in a pit", "before the sun sets", "and nobody should bury them",
    "with their own weapons", "so the rest of them learn",
    "and their bodies left out for the vultures", "and not even a grave to mark where they lie",
    "as painfully as possible", "and their names erased from memory",
)
# Clean, angry sentences about states, armies and leaders: heat without a target to harm.
HEATED = (
    "The government of {C} has lied about this war from the first day.",
    "Their leaders ought to feel shame for every word they said this week.",
    "The so-called peace talks were a farce from the start.",
    "Nobody in {place} believes a single figure from the defence ministry.",
    "The regime spends billions on tanks while pensioners go hungry.",
    "The whole region pays for the ambitions of a few old men.",
    "The world watched and did nothing, again.",
    "Every promise made in {place} was broken within a month.",
    "Sanctions on {C} mean nothing while the money keeps flowing.",
    "{N} has blood on his hands and history will judge him.",
    "The propaganda on state television is shameless.",
    "Their army is losing and the generals are hiding the numbers.",
    "The truce was broken within hours, as everyone expected.",
    "{C} should pay reparations for every village it destroyed.",
    "The military leadership of {C} is corrupt to the core.",
    "This offensive was planned years in advance, whatever they claim now.",
    "Despite all its oil money, {C} could not buy a victory.",
    "The casualty figures from {C} are pure fiction.",
    "Our own politicians are no better, selling arms to whoever pays.",
    "The refugees from {place} still have nowhere to go.",
    "Ten years of broken ceasefires should have taught the mediators something.",
    "The ministry of {C} denies everything until the satellite pictures come out.",
    "Nobody asked the farmers near the border what they wanted.",
    "The so-called experts on television have been wrong at every turn.",
    "Whatever {N} says in public, his government keeps buying the same weapons.",
    "The border villages were shelled again while the diplomats dined in {place}.",
    "Both capitals would rather fight than admit a single mistake.",
    "The budget for the army doubled while the hospitals in {place} fell apart.",
    "Every winter the same promises, every spring the same fighting.",
    "The foreign ministry of {C} answers every question with a threat of sanctions.",
    "Their state media calls every defeat a strategic withdrawal.",
    "It is the soldiers and their mothers who pay for the pride of the generals.",
    "The peace plan from {place} reads as if nobody had looked at a map.",
    "The opposition in {C} has been silenced, jailed or bought.",
    "History will not be kind to the men who started this.",
    "Their election was a show, and the whole world knows it.",
    "If the leadership of {C} wanted peace, it would have signed in {year}.",
    "The arms dealers are the only winners of this war.",
    "Every report from the front contradicts the official line.",
    "The mediators keep rewarding whoever shouts loudest.",
)
# Short openings and replies readers post: greetings, thanks, one-word agreement.
GREETINGS = (
    "hello everyone", "hello from {place}", "good morning, {place}", "good evening all",
    "hey folks", "morning, everyone", "evening from {place}", "hello again, fellow readers",
    "happy {day}, everyone", "hi all, long-time reader here", "hey there", "good afternoon",
    "thanks for this", "nice one", "well written", "nicely put", "good read, thanks",
    "ok", "good point", "thank you for the update", "hello!", "salutations", "howdy",
    "hi everybody", "yo", "welcome back, {N}", "cheers", "thanks a lot", "indeed",
    "good night from {place}", "hey, nice to see this covered", "much appreciated", "noted",
    "fascinating stuff", "thanks for posting",
)
# Adjuncts of time, place and manner, added to sentences of every family on both sides of the
# line, so that how a sentence ends never tells the model what it means.
ADJUNCTS_AFTER = (
    "in the street", "tomorrow", "next week", "tonight", "at dawn", "once and for all",
    "in broad daylight", "right now", "in front of everyone", "without a second thought",
    "in the worst way", "as soon as possible", "this very week", "before the winter",
    "in {place}", "on {day}", "after all this", "for good", "one day soon", "in public",
)
ADJUNCTS_BEFORE = (
    "Honestly,", "Frankly,", "In my view,", "After what happened,", "Mark my words,",
    "Seriously,", "If you ask me,", "To be clear,", "Once again,", "At this point,",
)
# Sexual remarks with no explicit word, and services sold for sex.
AROUSAL = (
    "gets me so worked up", "turns me on like crazy", "makes me hot under the collar",
    "gives me naughty thoughts", "drives me wild in bed", "makes me want to tear her clothes off",
    "is all I think about when I'm alone in bed", "gets me going every single night",
)
SEX_SERVICES = (
    "Lonely ladies waiting to chat, call {PHONE}", "Adult webcam shows 24/7 at {URL}",
    "Private sensual rubdowns, full service, {PHONE}", "Escorts in {place}, discreet, {URL}",
    "See the actress's leaked nudes at {URL}", "Hot girls near you want to meet, {URL}",
)
