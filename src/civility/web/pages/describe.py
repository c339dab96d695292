"""The audit log as sentences a moderator reads: "The engine rejected it: threat." rather than
``reasons: ['threat']; via: publisher:site-backend``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from civility.domain import AuditEntry

ENGINE_ACTORS = {"civility", "engine"}


def _who(actor: str) -> str:
    if actor in ENGINE_ACTORS:
        return "Civility"
    return actor.split(":", 1)[-1] if ":" in actor else actor


def _codes(values: Any) -> str:
    if not values:
        return ""
    return ", ".join(str(v).replace("_", " ") for v in values)


def _until(d: dict[str, Any]) -> str:
    until = d.get("until")
    return f" until {str(until)[:16].replace('T', ' ')} UTC" if until else ""


def _moderated(e: AuditEntry, d: dict[str, Any]) -> str:
    status = {"published": "published it", "held": "held it for a moderator",
              "rejected": "rejected it"}.get(str(d.get("status")), f"marked it {d.get('status')}")
    reasons = _codes(d.get("reasons"))
    return f"The engine {status}" + (f" ({reasons})." if reasons else ".")


def _decided(e: AuditEntry, d: dict[str, Any]) -> str:
    verb = "approved" if d.get("action") == "approve" else "rejected"
    reason = f" for {str(d['reason']).replace('_', ' ')}" if d.get("reason") else ""
    turned = ""
    if d.get("before") == "rejected" and d.get("after") == "published":
        turned = ", reversing the rejection"
    elif d.get("overruled"):
        turned = f", overruling the engine (which had {d.get('engine')} it)"
    return f"{_who(e.actor)} {verb} it{reason}{turned}."


SENTENCES: dict[str, Callable[[AuditEntry, dict[str, Any]], str]] = {
    "comment.moderated": _moderated,
    "comment.decided": _decided,
    "comment.decision_undone": lambda e, d: (
        f"{_who(e.actor)} undid the decision; the comment is {d.get('after')} again."),
    "comment.reported": lambda e, d: (
        f"Reported by {d.get('reporter')}" + (f": “{e.note}”" if e.note else ".")),
    "comment.hidden": lambda e, d: f"Hidden after {d.get('reports')} reports, until a moderator decides.",
    "user.strike": lambda e, d: f"A strike, for comment {e.comment_id}.",
    "user.strike_pardoned": lambda e, d: f"{_who(e.actor)} took back the strike for comment {e.comment_id}.",
    "user.suspended": lambda e, d: (
        f"{_who(e.actor)} suspended the reader{_until(d)}"
        + (f": {d['reason']}." if d.get("reason") else ".")),
    "user.banned": lambda e, d: (
        f"{_who(e.actor)} banned the reader" + (f": {d['reason']}." if d.get("reason") else ".")),
    "user.reinstated": lambda e, d: f"{_who(e.actor)} reinstated the reader; their strikes are cleared.",
    "user.appealed": lambda e, d: "The reader appealed" + (f": “{e.text}”" if e.text else "."),
    "appeal.granted": lambda e, d: f"{_who(e.actor)} granted the appeal.",
    "appeal.denied": lambda e, d: f"{_who(e.actor)} denied the appeal.",
    "user.noted": lambda e, d: f"{_who(e.actor)} noted: {e.note}",
    "user.exported": lambda e, d: f"{_who(e.actor)} exported the reader's data.",
    "user.deleted": lambda e, d: f"{_who(e.actor)} erased the reader's data.",
}


def sentence(e: AuditEntry) -> str:
    """One entry as a sentence; an event this module does not know is shown with its details."""
    how = SENTENCES.get(e.event)
    if how is not None:
        text = how(e, e.detail)
        if e.note and e.event not in ("comment.reported", "user.noted") and e.note != e.detail.get("reason"):
            text += f" Note: {e.note}"
        return text
    details = "; ".join(f"{k}: {v}" for k, v in e.detail.items())
    return f"{_who(e.actor)}: {e.event}" + (f" ({details})" if details else "")
