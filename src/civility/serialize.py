"""Verdicts as plain JSON-ready dicts: used by `civility check --json`, the store and the API."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from civility.domain import CATEGORIES, Evidence, Reason, Verdict


def iso(moment: datetime | None) -> str | None:
    """A UTC time as the API writes it everywhere: ``2026-11-25T10:00:00Z``."""
    if moment is None:
        return None
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def evidence_json(e: Evidence) -> dict[str, Any]:
    return {"category": e.category.value, "score": e.score, "source": e.source, "detail": e.detail,
            "spans": [{"start": s.start, "end": s.end, "text": s.text} for s in e.spans]}


def reason_json(r: Reason) -> dict[str, Any]:
    return {"code": r.code, "action": r.action.value, "message": r.message, "score": r.score,
            "threshold": r.threshold, "evidence": [evidence_json(e) for e in r.evidence]}


def verdict_json(verdict: Verdict) -> dict[str, Any]:
    return {
        "action": verdict.action.value,
        "scores": {c.value: verdict.scores[c] for c in CATEGORIES},
        "reasons": [reason_json(r) for r in verdict.reasons],
        "evidence": [evidence_json(e) for e in verdict.evidence],
        "model_version": verdict.model_version, "policy_version": verdict.policy_version,
        "language": verdict.language,
    }
