"""Comment bodies sent as HTML: the text a reader sees, with a map back to the HTML.

Coral sends the body as HTML when its phase's format is HTML, and Perspective accepts
``comment.type = "HTML"``. The engine judges the text a reader sees; each character of that text
remembers the stretch of HTML it came from (an entity such as ``&amp;`` is one character of text
and five of HTML), so that evidence found in the text can be shown in the body as it was sent.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from civility.domain import Span

_TOKEN = re.compile(
    r"(?P<comment><!--.*?(?:-->|$))"
    r"|(?P<hidden><(?P<hname>script|style)\b[^>]*>.*?(?:</(?P=hname)\s*>|$))"
    r"|(?P<tag></?(?P<name>[a-zA-Z][a-zA-Z0-9]*)\b[^>]*>)"
    r"|(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});)",
    re.DOTALL | re.IGNORECASE)
# Tags that end a line or a block: the words on either side must not run together.
_BREAKS = frozenset({"br", "p", "div", "li", "ul", "ol", "blockquote", "pre", "h1", "h2", "h3", "h4",
                     "h5", "h6", "tr", "td", "th", "hr", "section", "article", "header", "footer"})
_LOOKS_LIKE_HTML = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*\b[^>]*>|&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);")


@dataclass(frozen=True)
class Markup:
    """The visible text of an HTML body; ``sources[i]`` is where ``text[i]`` is in the HTML."""

    html: str
    text: str
    sources: tuple[tuple[int, int], ...]

    def span(self, start: int, end: int) -> Span:
        """A stretch of the text, as the stretch of HTML it came from."""
        if not self.sources or end <= start:
            return Span(0, 0, "")
        first = self.sources[min(start, len(self.sources) - 1)][0]
        last = self.sources[min(end, len(self.sources)) - 1][1]
        return Span(first, last, self.html[first:last])


def looks_like_html(body: str) -> bool:
    """Whether a body (Coral's request does not say which format it uses) carries markup."""
    return _LOOKS_LIKE_HTML.search(body) is not None


def visible_text(body: str) -> Markup:
    """The text a reader sees: tags and comments dropped, entities decoded, runs of white space
    (and the breaks between blocks) made one space, ends trimmed."""
    chars: list[str] = []
    sources: list[tuple[int, int]] = []

    def emit(ch: str, start: int, end: int) -> None:
        if ch.isspace():
            if not chars or chars[-1] == " ":
                return
            ch = " "
        chars.append(ch)
        sources.append((start, end))

    at = 0
    for m in _TOKEN.finditer(body):
        for i in range(at, m.start()):
            emit(body[i], i, i + 1)
        at = m.end()
        if m.group("entity"):
            for ch in html.unescape(m.group("entity")):
                emit(ch, m.start(), m.end())
        elif m.group("tag") and m.group("name").lower() in _BREAKS:
            emit(" ", m.start(), m.end())
    for i in range(at, len(body)):
        emit(body[i], i, i + 1)
    while chars and chars[-1] == " ":
        chars.pop()
        sources.pop()
    return Markup(body, "".join(chars), tuple(sources))


def plain_text(text: str, kind: str) -> str:
    """The text to judge: ``text`` itself, or the visible text when ``kind`` is ``HTML``."""
    return visible_text(text).text if kind == "HTML" else text
