"""Spam signals the corpora do not teach: links, contact details, sales talk, repetition."""

from __future__ import annotations

import re

from civility.domain import Category, Draft
from civility.policy.phases.base import Context, add

LINK = re.compile(
    r"(?:https?://|www\.)\S+|(?<![\w-])[\w-]+\.(?:com|net|org|ru|info|biz|xyz|ly|io|co|top|click|shop)"
    r"\b(?:/\S*)?")
CONTACT = re.compile(
    r"(?:\+\d[\d\s-]{7,}\d|\b0\d{3}[\s-]?\d{3,}|\b(?:whatsapp|telegram|wechat|dm\s+me|text\s+me|"
    r"call\s+now|call\s+me)\b|(?<![\w.+-])[\w.+-]+@[\w-]+\.[a-z]{2,}\b)")
SALES = re.compile(
    r"\b(?:buy|cheap|discount|free\s+(?:shipping|gift|trial|iphone|money)|earn|income|profit|"
    r"click|subscribe|follow\s+(?:me|my)|check\s+out\s+my|my\s+channel|giveaway|promo|"
    r"crypto|bitcoin|forex|invest(?:ment)?|loan|loans|casino|viagra|pills|weight\s+loss|"
    r"work\s+from\s+home|guaranteed|winner|you\s+won|you\s+have\s+won|claim|offers?|"
    r"limited\s+time|\d+\s?(?:usd|dollars)\s+(?:a|per|an)\s+(?:day|week|hour|month)|act\s+now|"
    r"deals?|visit|order\s+now|get\s+rich|prizes?|sign\s+up|promo\s+code|lowest\s+prices?|"
    r"\d+%\s+off|see\s+more\s+at|link\s+in\s+bio)\b|\$\s?\d+")


def spam(draft: Draft, ctx: Context) -> None:
    text = draft.normalized
    links = list(LINK.finditer(text))
    contacts = list(CONTACT.finditer(text))
    sales = list(SALES.finditer(text))
    spans = [(m.start(), m.end()) for m in links + contacts + sales]
    if links and sales:
        add(draft, Category.SPAM, 0.93, "rule:spam.link-and-sales", spans,
            "a link together with sales talk")
    elif contacts and sales:
        add(draft, Category.SPAM, 0.9, "rule:spam.contact-and-sales", spans,
            "contact details together with sales talk")
    elif len(links) >= 3:
        add(draft, Category.SPAM, 0.8, "rule:spam.many-links", spans, f"{len(links)} links")
    elif len({m.group(0) for m in sales}) >= 3:
        add(draft, Category.SPAM, 0.6, "rule:spam.sales-talk", spans, "sales talk")
    elif links:
        add(draft, Category.SPAM, 0.3, "rule:spam.link", spans, "contains a link")
    words = re.findall(r"\w+", text)
    if len(words) >= 12 and len(set(words)) / len(words) < 0.25:
        add(draft, Category.SPAM, 0.7, "rule:spam.repetition", [(0, len(text))],
            "the same words repeated")
