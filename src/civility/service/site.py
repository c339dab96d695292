"""A running site: its database, the engine with the policy in force, and a clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from civility.policy.config import Policy
from civility.policy.engine import Moderator
from civility.store.database import Database
from civility.store.tables import utcnow


@dataclass
class Site:
    db: Database
    moderator: Moderator
    clock: Callable[[], datetime] = field(default=utcnow)

    @property
    def policy(self) -> Policy:
        return self.moderator.policy

    def use_policy(self, policy: Policy) -> None:
        """Put a new policy in force; the model stays."""
        self.moderator = Moderator(policy, self.moderator.model, use_model=self.moderator.model is not None)
