"""The publisher's policy file (TOML): thresholds, messages, word lists, pre-moderation, standing."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from civility.domain import CATEGORIES, Category
from civility.errors import PolicyError
from civility.text.normalize import normalize


@dataclass(frozen=True)
class CategoryRule:
    hold: float
    reject: float
    message: str


@dataclass(frozen=True)
class WordRules:
    banned: tuple[str, ...] = ()
    suspect: tuple[str, ...] = ()
    banned_message: str = "The comment uses a word that is not allowed here."
    suspect_message: str = "The comment uses a word that a moderator should check in context."


@dataclass(frozen=True)
class Premoderation:
    new_user_comments: int = 0
    hold_links: bool = False
    message: str = "Comments from new readers, or with links, are checked by a moderator first."


@dataclass(frozen=True)
class Standing:
    strike_window_days: int = 30
    suspend_after_strikes: int = 2
    suspension_hours: int = 24
    ban_after_strikes: int = 3
    suspended_message: str = "Your account is suspended until {until}."
    banned_message: str = "Your account is blocked."


@dataclass(frozen=True)
class Reports:
    queue_after: int = 2  # distinct readers' reports that send a published comment to the queue
    hide_after: int = 0  # distinct readers' reports that also hide it until a moderator decides; 0: never


@dataclass(frozen=True)
class Languages:
    site: str = "en"  # assumed where a comment is too short or name-heavy to tell
    supported: tuple[str, ...] = ("en",)  # languages the model was trained on
    unsupported: str = "hold"  # publish, hold or reject a comment in another language
    message: str = ("The comment is in a language our automatic checks do not cover; "
                    "a moderator will read it.")


# Coral's rejection reason codes (coralproject/talk's REJECTION_REASON_CODE).
CORAL_CODES = ("OFFENSIVE", "ABUSIVE", "SPAM", "BANNED_WORD", "AD", "ILLEGAL_CONTENT", "HARASSMENT_BULLYING",
               "MISINFORMATION", "HATE_SPEECH", "IRRELEVANT_CONTENT", "OTHER")
# Which of Coral's codes each of Civility's reasons is told as, unless the policy says otherwise.
CORAL_DEFAULTS = {
    "toxicity": "ABUSIVE", "profanity": "OFFENSIVE", "insult": "ABUSIVE", "identity_attack": "HATE_SPEECH",
    "threat": "HARASSMENT_BULLYING", "sexual": "OFFENSIVE", "spam": "SPAM", "banned_word": "BANNED_WORD",
    "suspect_word": "OFFENSIVE", "premoderation.link": "AD", "premoderation.new_user": "OTHER",
    "premoderation.article": "OTHER",
    "language": "OTHER",
}


@dataclass(frozen=True)
class Coral:
    """How Civility's reasons are told to Coral: reason code -> Coral's rejection reason code."""

    reasons: dict[str, str] = field(default_factory=lambda: dict(CORAL_DEFAULTS))

    def code(self, reason: str) -> str:
        return self.reasons.get(reason, "OTHER")


@dataclass(frozen=True)
class Policy:
    name: str
    version: str
    description: str
    max_length: int
    categories: dict[Category, CategoryRule]
    words: WordRules = field(default_factory=WordRules)
    premoderation: Premoderation = field(default_factory=Premoderation)
    standing: Standing = field(default_factory=Standing)
    reports: Reports = field(default_factory=Reports)
    languages: Languages = field(default_factory=Languages)
    coral: Coral = field(default_factory=Coral)


def _table(data: dict[str, Any], key: str, where: str) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise PolicyError(f"{where}: [{key}] must be a table")
    return value


def _typed(table: dict[str, Any], key: str, kind: type, default: Any, where: str) -> Any:
    value = table.get(key, default)
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise PolicyError(f"{where}: {key} must be a {kind.__name__}, not {value!r}")
    return value


def _count(table: dict[str, Any], key: str, default: int, where: str) -> int:
    value: int = _typed(table, key, int, default, where)
    if value < 0:
        raise PolicyError(f"{where}: {key} must not be negative")
    return value


def _words(items: Any, where: str) -> tuple[str, ...]:
    if not isinstance(items, list) or not all(isinstance(w, str) and w.strip() for w in items):
        raise PolicyError(f"{where}: word lists must be lists of non-empty strings")
    return tuple(normalize(w.strip()).text for w in items)


def parse_policy(data: dict[str, Any], where: str = "policy") -> Policy:
    head = _table(data, "policy", where)
    cats = _table(data, "categories", where)
    unknown = sorted(set(cats) - {c.value for c in CATEGORIES})
    if unknown:
        raise PolicyError(f"{where}: unknown category {unknown[0]!r}; "
                          f"known: {', '.join(c.value for c in CATEGORIES)}")
    rules: dict[Category, CategoryRule] = {}
    for cat in CATEGORIES:
        t = cats.get(cat.value)
        if t is None:
            raise PolicyError(f"{where}: [categories.{cat.value}] is missing")
        sub = f"{where}: categories.{cat.value}"
        hold = _typed(t, "hold", float, None, sub)
        reject = _typed(t, "reject", float, None, sub)
        if not (0.0 <= hold <= reject <= 1.0):
            raise PolicyError(f"{sub}: need 0 <= hold <= reject <= 1, got {hold} and {reject}")
        rules[cat] = CategoryRule(hold, reject, _typed(t, "message", str, cat.value, sub))
    w = _table(data, "words", where)
    p = _table(data, "premoderation", where)
    s = _table(data, "standing", where)
    r = _table(data, "reports", where)
    lang = _table(data, "languages", where)
    max_length = _typed(head, "max_length", int, 10000, f"{where}: policy")
    if max_length < 1:
        raise PolicyError(f"{where}: policy.max_length must be at least 1")
    return Policy(
        name=_typed(head, "name", str, "Unnamed policy", f"{where}: policy"),
        version=_typed(head, "version", str, "0", f"{where}: policy"),
        description=_typed(head, "description", str, "", f"{where}: policy"),
        max_length=max_length,
        categories=rules,
        words=WordRules(
            banned=_words(w.get("banned", []), where),
            suspect=_words(w.get("suspect", []), where),
            banned_message=_typed(w, "banned_message", str, WordRules.banned_message, where),
            suspect_message=_typed(w, "suspect_message", str, WordRules.suspect_message, where),
        ),
        premoderation=Premoderation(
            new_user_comments=_typed(p, "new_user_comments", int, 0, where),
            hold_links=_typed(p, "hold_links", bool, False, where),
            message=_typed(p, "message", str, Premoderation.message, where),
        ),
        standing=Standing(**{k: _typed(s, k, type(getattr(Standing(), k)),
                                       getattr(Standing(), k), where)
                             for k in Standing.__dataclass_fields__}),
        reports=Reports(queue_after=_count(r, "queue_after", Reports.queue_after, where),
                        hide_after=_count(r, "hide_after", Reports.hide_after, where)),
        languages=_languages(lang, f"{where}: languages"),
        coral=_coral(_table(data, "coral", where), f"{where}: coral"),
    )


def _languages(t: dict[str, Any], where: str) -> Languages:
    supported = t.get("supported", list(Languages.supported))
    if not isinstance(supported, list) or not supported or not all(
            isinstance(c, str) and c.strip() for c in supported):
        raise PolicyError(f"{where}: supported must be a non-empty list of language codes")
    action = _typed(t, "unsupported", str, Languages.unsupported, where)
    if action not in ("publish", "hold", "reject"):
        raise PolicyError(f"{where}: unsupported must be publish, hold or reject, not {action!r}")
    return Languages(site=_typed(t, "site", str, Languages.site, where),
                     supported=tuple(c.strip().lower() for c in supported), unsupported=action,
                     message=_typed(t, "message", str, Languages.message, where))


def _coral(t: dict[str, Any], where: str, prefix: str = "") -> Coral:
    """``[coral]``: one key per reason (``premoderation.link`` is a dotted key), each a Coral code."""
    reasons = dict(CORAL_DEFAULTS) if not prefix else {}
    for key, value in t.items():
        name = prefix + key
        if isinstance(value, dict):
            reasons.update(_coral(value, where, name + ".").reasons)
            continue
        if name not in CORAL_DEFAULTS:
            raise PolicyError(f"{where}: unknown reason {name!r}; known: {', '.join(CORAL_DEFAULTS)}")
        if value not in CORAL_CODES:
            raise PolicyError(f"{where}: {name} must be one of Coral's codes ({', '.join(CORAL_CODES)}), "
                              f"not {value!r}")
        reasons[name] = value
    return Coral(reasons)


def load_policy(path: Path | None = None) -> Policy:
    """Read a policy file; without a path, the default policy shipped with Civility."""
    if path is None:
        text = default_policy_text()
        where = "default policy"
    else:
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise PolicyError(f"policy file not found: {path}") from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise PolicyError(f"cannot read policy file {path}: {exc}") from exc
        where = str(path)
    return policy_from_text(text, where)


def policy_from_text(text: str, where: str = "policy") -> Policy:
    """A policy from the text of a policy file."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"{where} is not valid TOML: {exc}") from exc
    return parse_policy(data, where)


def default_policy_text() -> str:
    return resources.files("civility.policy").joinpath("default.toml").read_text("utf-8")
