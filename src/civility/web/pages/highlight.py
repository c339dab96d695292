"""Evidence spans as segments of a comment's text, for highlighting. The template escapes them."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Segment:
    text: str
    categories: tuple[str, ...]  # the categories whose evidence covers this stretch; () for none

    @property
    def title(self) -> str:
        return ", ".join(c.replace("_", " ") for c in self.categories)


def segments(text: str, reasons: list[dict[str, Any]]) -> list[Segment]:
    """Cut ``text`` where evidence spans start and end; each piece names what covers it."""
    spans: list[tuple[int, int, str]] = []
    for reason in reasons:
        for ev in reason.get("evidence", []):
            for sp in ev.get("spans", []):
                start, end = sp.get("start"), sp.get("end")
                if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
                    spans.append((start, end, str(ev.get("category", reason.get("code", "")))))
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out = []
    for a, b in itertools.pairwise(cuts):
        covering = tuple(sorted({c for s, e, c in spans if s <= a and b <= e}))
        out.append(Segment(text[a:b], covering))
    return out
