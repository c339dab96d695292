"""A template family of the generated corpus, and the label sets its sentences carry."""

from __future__ import annotations

from dataclasses import dataclass

from civility.domain import LABELS


def labels_on(*on: str) -> dict[str, int]:
    return {name: int(name in on) for name in LABELS}


CLEAN = labels_on()
HATE = labels_on("toxicity", "identity_attack")
GROUP_THREAT = labels_on("toxicity", "identity_attack", "threat")
THREAT = labels_on("toxicity", "threat")
INSULT = labels_on("toxicity", "insult")
PROFANE = labels_on("toxicity", "profanity")
SEXUAL = labels_on("toxicity", "sexual")
SPAM = labels_on("spam")


@dataclass(frozen=True)
class Family:
    name: str
    kind: str  # what the family teaches, for reporting per kind
    labels: dict[str, int]
    templates: tuple[str, ...]
    weight: float = 1.0
