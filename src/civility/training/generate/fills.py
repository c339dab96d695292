"""Smaller fills for the generated corpus: swearing, sexual words, spam pitches, fillers."""

from __future__ import annotations

SWEAR = ("fuck", "shit", "damn", "crap", "bullshit", "fucking hell", "piss", "bollocks")
SWEAR_ADJ = ("fucking", "bloody", "damn", "goddamn", "shitty", "fucking stupid", "freaking")
SEX_ACTS = ("fuck", "bang", "screw", "lick", "ride", "sleep with", "undress", "touch")
BODY = ("tits", "boobs", "ass", "body", "legs", "dick", "cock", "pussy", "naked pics")
PITCHES = (
    "Earn $500 a day from home", "Make money fast with crypto", "Lose 10 kg in two weeks",
    "Cheap designer watches", "5k followers for just $5", "Huge casino welcome package",
    "Free iPhone giveaway", "Earn big from your sofa", "Guaranteed 30% monthly returns",
    "Buy cheap pills without prescription", "Sneaker sale, unbeatable prices", "Instant loans approved today",
)
OFFERS = ("a free gift card", "cheap followers", "a huge discount", "the secret trading signal",
          "a 90% off coupon", "free spins", "easy money", "a flash bonus")
URLS = ("www.cash-now.biz", "http://bit.ly/3xYq9", "bestdeals-shop.top", "easyprofit.xyz",
        "https://crypto-gains.click", "www.followfast.net", "luckyspin-casino.io", "pills4u.ru")
PHONES = ("+1 212 555 0147", "0800 123 4567", "+44 7700 900123", "+7 901 234 56 78")
EMAILS = ("deals@cash-now.biz", "offers@winbig.xyz", "promo@followfast.net")
# Neutral sentences put around a generated one, so that meaning is read in a longer comment.
FILLERS = (
    "I read the whole article twice.", "Let me say this clearly.", "This is my opinion.",
    "Things keep getting worse over there.", "I have followed this story for years.",
    "Nobody in the government seems to care.", "That's all I have to say.",
    "Glad the paper covered this.", "Prices went up again this month.",
    "My family has lived here for three generations.", "The ceasefire did not last long.",
    "Just my two cents.", "I don't usually comment here.", "Read the report yourself.",
    "Winter is coming and the roads are still broken.", "The talks start again next week.",
)
