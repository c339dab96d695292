"""One table of process settings: each has a name, a default, an environment variable and help.

CLI flags take their defaults from here (the environment variable wins over the default), and
docs/settings.md lists them; a test checks that the two agree. Per-site rules (thresholds,
word lists, standing) live in the policy file, not here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str

    @property
    def env(self) -> str:
        return "CIVILITY_" + self.name.upper().replace("-", "_")

    def value(self) -> str:
        return os.environ.get(self.env, self.default)


SETTINGS: tuple[Setting, ...] = (
    Setting("policy", "", "Policy file (TOML); empty for the default policy shipped with Civility."),
    Setting("model", "", "One model artifact (.npz: an encoder or an n-gram model) to use alone; "
            "empty for the shipped cascade (n-gram model, then encoder)."),
    Setting("batch-size", "256", "Comments scored together by `civility scan`."),
    Setting("scan-workers", "2",
            "Worker processes that score for `civility scan` (0: score in the one process)."),
    Setting("max-line-bytes", "1048576",
            "Longest input row `civility scan` reads; longer rows are reported and skipped."),
    Setting("db", "",
            "Database: a SQLite file (`sqlite:///path` or a plain path) or `postgresql://user:pass@host/db`; "
            "empty for the one per user, `~/.local/share/civility/civility.db` (under `$XDG_DATA_HOME` "
            "if set), whatever folder a command runs in."),
    Setting("max-body-bytes", "1048576",
            "Largest request body `civility serve` reads; larger ones get 413 before any other work."),
    Setting("host", "127.0.0.1", "Address `civility serve` listens on."),
    Setting("port", "8000", "Port `civility serve` listens on."),
    Setting("trusted-proxies", "",
            "Addresses of reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed "
            "(comma-separated; `*` for any); empty believes none, so limits use the peer's address."),
    Setting("coral-secret", "",
            "Signing secret of Coral's external moderation phase (several, comma-separated, while "
            "rotating); empty turns the Coral endpoint off."),
    Setting("widget-origins", "",
            "Origins whose pages may embed the comment widget (comma-separated, e.g. "
            "`https://news.example`); the service's own pages always may."),
    Setting("widget-secret", "",
            "Secret the publisher's site signs reader tokens with; empty lets readers comment as guests."),
    Setting("webhook-private-targets", "false",
            "`true` lets webhooks send to loopback and private addresses, for a receiver on the "
            "publisher's own network; public addresses only by default."),
    Setting("engine-workers", "2",
            "Worker processes that score comments for `civility serve` (0: score in the web process)."),
)


def database() -> str:
    """The ``db`` setting, or the per-user SQLite file (its folder made if need be)."""
    given = get("db").strip()
    if given:
        return given
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    folder = base / "civility"
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'civility.db'}"


def setting(name: str) -> Setting:
    for s in SETTINGS:
        if s.name == name:
            return s
    raise KeyError(name)


def get(name: str) -> str:
    """The setting's value: its environment variable if set, else its default."""
    return setting(name).value()


def describe(name: str) -> str:
    return setting(name).help
