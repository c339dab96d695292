"""Open a site: the database (migrated), the policy in force and the shipped or given model."""

from __future__ import annotations

from pathlib import Path

from civility.domain import Caller, Role
from civility.models.store import load_scorer
from civility.policy.config import default_policy_text, policy_from_text
from civility.policy.engine import Moderator
from civility.policy.workers import EnginePool
from civility.service import policies
from civility.service.site import Site
from civility.store.database import Database
from civility.store.tables import utcnow

COMMAND_LINE = Caller("command-line", Role.ADMIN)


def read_policy_file(path: Path) -> str:
    from civility.errors import PolicyError

    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise PolicyError(f"policy file not found: {path}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyError(f"cannot read policy file {path}: {exc}") from exc


def open_database(url: str) -> Database:
    """The database at ``url``, with its schema brought up to date."""
    db = Database(url)
    db.upgrade()
    return db


def open_site(url: str, policy_path: Path | None = None, model_path: Path | None = None,
              engine_workers: int = 0) -> Site:
    """A ready site. A policy file given here is checked, stored and put in force; without one,
    the newest policy stored in the database is, or else Civility's default policy. With
    ``engine_workers``, comments are scored in that many worker processes."""
    source = read_policy_file(policy_path) if policy_path else default_policy_text()
    policy_from_text(source, str(policy_path or "default policy"))  # check before touching the db
    db = open_database(url)
    text = policies.startup(db, source, COMMAND_LINE, utcnow(), explicit=policy_path is not None)
    policy = policy_from_text(text, "stored policy")
    site = Site(db, Moderator(policy, load_scorer(model_path)))
    if engine_workers > 0:
        site.engine = EnginePool(engine_workers, model_path)
        site.engine.warm_up()
    return site
