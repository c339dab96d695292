"""Schemathesis against the OpenAPI document, with each role's key: bounded, seeded and offline.

Every operation gets generated requests, valid and invalid; each answer must be no 5xx, a status
the document lists, and a body that matches the document's schema for it; a request the document
allows must not be refused. Exempt from the last are the operations that, by design, refuse
well-formed requests for what their content means: Perspective's (an unsupported language, a
text empty once its HTML is taken out), a policy that is not valid TOML, a webhook URL whose
address is private.
"""

from __future__ import annotations

import os
from typing import Any

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis import checks

from civility.domain import Role
from civility.service import keys
from civility.service.setup import COMMAND_LINE
from civility.service.site import Site
from civility.web.app import create_app

# Per operation and role; CIVILITY_FUZZ_EXAMPLES=500 makes the longer run.
EXAMPLES = int(os.environ.get("CIVILITY_FUZZ_EXAMPLES", "12"))
JUDGES_CONTENT = {"POST /v1alpha1/comments:analyze", "POST /v1alpha1/comments:suggestscore",
                  "PUT /api/v1/policy", "POST /api/v1/webhooks"}


def _fuzz(operation: Any, headers: dict[str, str]) -> int:
    """Run the operation's generated cases; how many requests were sent."""
    sent = 0
    excluded = [checks.positive_data_acceptance] if operation.label in JUDGES_CONTENT else []

    @given(case=operation.as_strategy())
    @settings(max_examples=EXAMPLES, derandomize=True, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case: schemathesis.Case) -> None:
        nonlocal sent
        sent += 1
        case.call_and_validate(headers=headers, excluded_checks=excluded)

    run()
    return sent


@pytest.mark.parametrize("role", ["publisher", "moderator", "admin"])
def test_no_operation_answers_5xx_or_off_its_document(site: Site, role: str) -> None:
    app = create_app(site)
    key = keys.create_key(site.db, Role(role), "fuzz", COMMAND_LINE)[1]
    headers = {"Authorization": f"Bearer {key}"}
    with TestClient(app) as c:  # one article, so that some generated ids name something
        c.post("/api/v1/articles", json={"id": "a1", "title": "A story"}, headers=headers)
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", app)
    failures: list[str] = []
    sent = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        try:
            sent += _fuzz(operation, headers)
        except (Exception, BaseExceptionGroup) as exc:  # report every failing operation
            failures.append(f"{operation.label}: {str(exc)[:600]}")
    print(f"{sent} requests as {role}")
    assert sent > 100 and failures == [], "\n\n".join(failures)
