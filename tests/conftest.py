from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from civility.policy.engine import Moderator

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURE = SHARED / "fixtures" / "karabakh_article.json"


@pytest.fixture(scope="session")
def moderator() -> Moderator:
    return Moderator()


@pytest.fixture(scope="session")
def fixture_article() -> dict[str, Any]:
    if not FIXTURE.exists():
        pytest.skip("shared/fixtures is not beside the project")
    data: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return data
