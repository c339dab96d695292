"""The policy file: what it accepts, and one line saying what is wrong with what it does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from civility.errors import PolicyError
from civility.policy.config import default_policy_text, load_policy, policy_from_text


def test_the_default_policy_loads() -> None:
    policy = load_policy()
    assert policy.languages.supported == ("en",) and policy.languages.unsupported == "hold"
    assert all(0 <= r.hold <= r.reject <= 1 for r in policy.categories.values())


def test_hold_above_reject_is_refused() -> None:
    text = default_policy_text()
    start = text.index("[categories.threat]")
    broken = text[:start] + text[start:].replace("hold = 0.45", "hold = 0.9", 1).replace(
        "reject = 0.75", "reject = 0.1", 1)
    assert "hold = 0.9" in broken and "reject = 0.1" in broken
    with pytest.raises(PolicyError, match=r"categories\.threat: need 0 <= hold <= reject <= 1"):
        policy_from_text(broken)


def test_a_missing_category_is_named() -> None:
    text = default_policy_text()
    start = text.index("[categories.spam]")
    end = text.index("[words]")
    with pytest.raises(PolicyError, match=r"\[categories\.spam\] is missing"):
        policy_from_text(text[:start] + text[end:])


@pytest.mark.parametrize("table, message", [
    ('[languages]\nunsupported = "shrug"', "unsupported must be publish, hold or reject"),
    ("[languages]\nsupported = []", "supported must be a non-empty list"),
])
def test_bad_language_settings(table: str, message: str) -> None:
    text = default_policy_text()
    start, end = text.index("[languages]"), text.index("[reports]")
    with pytest.raises(PolicyError, match=message):
        policy_from_text(text[:start] + table + "\n\n" + text[end:])


def test_bad_files_say_what_is_wrong(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text("not = [toml")
    with pytest.raises(PolicyError, match="not valid TOML"):
        load_policy(path)
    with pytest.raises(PolicyError, match="not found"):
        load_policy(tmp_path / "missing.toml")
