"""A running site: its database, the engine with the policy in force, and a clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from civility.domain import Verdict
from civility.policy.config import Policy
from civility.policy.engine import Moderator
from civility.policy.workers import EnginePool
from civility.store.database import Database
from civility.store.tables import utcnow


@dataclass
class Site:
    db: Database
    moderator: Moderator  # the policy in force, and the engine when there is no pool
    clock: Callable[[], datetime] = field(default=utcnow)
    engine: EnginePool | None = None  # worker processes that score comments, if any
    coral_secrets: tuple[str, ...] = ()  # Coral's signing secrets; empty: the integration is off
    widget_origins: tuple[str, ...] = ()  # other sites whose pages may embed the comment widget
    widget_secret: str = ""  # signs reader tokens; empty: readers comment as guests
    webhook_private_targets: bool = False  # webhooks may send to loopback and private addresses

    def moderate(self, text: str, *, author_published: int | None = None) -> Verdict:
        if self.engine is not None:
            return self.engine.moderate(self.policy, text, author_published=author_published)
        return self.moderator.moderate(text, author_published=author_published)

    def close(self) -> None:
        if self.engine is not None:
            self.engine.close()
        self.db.close()

    @property
    def policy(self) -> Policy:
        return self.moderator.policy

    def use_policy(self, policy: Policy) -> None:
        """Put a new policy in force; the model stays."""
        self.moderator = Moderator(policy, self.moderator.scorer,
                                   use_model=self.moderator.scorer is not None)
