"""Exceptions with stable codes and messages a user can act on."""

from __future__ import annotations


class CivilityError(Exception):
    """Base class: ``code`` is stable for machines, the message is for people."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code  # a more precise code than the class's


class InputError(CivilityError):
    """The text, file or argument given is not usable as it is."""

    code = "bad_input"


class PolicyError(CivilityError):
    """The policy file is missing, unreadable or inconsistent."""

    code = "bad_policy"


class ModelError(CivilityError):
    """The model artifact is missing, damaged or not ours."""

    code = "bad_model"


class DataError(CivilityError):
    """A training or evaluation data set is missing or malformed."""

    code = "bad_data"


class NotFoundError(CivilityError):
    """An article, comment, user, key or appeal that does not exist."""

    code = "not_found"


class ConflictError(CivilityError):
    """The request clashes with what is stored: a duplicate id, a second report, a closed thread."""

    code = "conflict"


class BlockedError(CivilityError):
    """The author is suspended or banned; ``until`` is when a suspension ends (ISO 8601)."""

    code = "user_blocked"

    def __init__(self, message: str, state: str, until: str | None = None) -> None:
        super().__init__(message)
        self.state = state
        self.until = until
