"""Suggested scores (feedback): kept for moderators to read and for training to learn from.

A caller that asks for its text not to be stored (Perspective's ``doNotStore``) leaves only the
text's SHA-256 and the scores: enough to count agreement and to match the text if it is sent
again, never enough to read it.
"""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import select

from civility.domain import Caller, Feedback, JSONDict
from civility.service.site import Site
from civility.store.tables import FeedbackRow


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def record(site: Site, caller: Caller, source: str, text: str, scores: JSONDict, *, store_text: bool,
           languages: list[str], client_token: str | None = None, community_id: str | None = None) -> int:
    """Keep one suggestion; its id."""
    values: dict[str, Any] = {
        "at": site.clock(), "actor": caller.actor, "source": source,
        "text": text if store_text else None, "text_sha256": text_sha256(text), "scores": scores,
        "languages": languages, "client_token": client_token, "community_id": community_id}
    with site.db.writing() as session:
        row = FeedbackRow(**values)
        session.add(row)
        session.flush()
        return row.id


def _entry(row: FeedbackRow) -> Feedback:
    return Feedback(row.id, row.at, row.actor, row.source, row.text, row.text_sha256, dict(row.scores),
                    list(row.languages), row.client_token, row.community_id)


def entries(site: Site, *, before: int | None = None, limit: int = 100) -> list[Feedback]:
    """Suggestions, newest first."""
    q = select(FeedbackRow)
    if before is not None:
        q = q.where(FeedbackRow.id < before)
    with site.db.reading() as session:
        return [_entry(r) for r in session.scalars(q.order_by(FeedbackRow.id.desc()).limit(limit))]
