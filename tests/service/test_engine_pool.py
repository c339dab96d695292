"""Scoring in worker processes: the same verdicts, and a worker's death loses no comment."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator

import pytest
from test_api_comments import post

from civility.policy.config import policy_from_text
from civility.policy.engine import Moderator
from civility.policy.workers import EnginePool
from civility.serialize import verdict_json
from civility.service.site import Site
from helpers import Api, policy_text_for_tests


@pytest.fixture
def pooled(site: Site) -> Iterator[Site]:
    site.use_policy(policy_from_text(policy_text_for_tests()))
    site.engine = EnginePool(1, None)
    site.engine.warm_up()
    yield site
    site.engine.close()


def test_workers_give_the_same_verdicts(pooled: Site, moderator: Moderator) -> None:
    assert pooled.engine is not None
    in_process = Moderator(pooled.policy, moderator.scorer)
    texts = ["This damn war never ends.", "Peace talks resume in Moscow.", "A rejectword here.",
             "Их всех надо наказать, этих людей, прямо сейчас."]
    for text in texts:
        pooled_verdict = pooled.engine.moderate(pooled.policy, text)
        assert verdict_json(pooled_verdict) == verdict_json(in_process.moderate(text))


def test_a_dead_worker_holds_the_comment_and_the_pool_recovers(pooled: Site, publisher: Api,
                                                               mod: Api, article: str) -> None:
    assert pooled.engine is not None
    assert post(publisher, "A first comment, scored by a worker.").json()["status"] == "published"
    (pid,) = pooled.engine.pids()
    os.kill(pid, signal.SIGKILL)
    time.sleep(0.2)
    r = post(publisher, "Posted while the worker is dead.")
    assert r.status_code == 201
    assert r.json()["status"] == "held" and r.json()["reasons"][0]["code"] == "engine_error"
    queue = mod.get("/queue").json()["items"]
    assert [i["comment"]["text"] for i in queue] == ["Posted while the worker is dead."]
    after = post(publisher, "And one after the pool restarted.")
    assert after.json()["status"] == "published"
    assert pooled.engine.pids() != {pid}


def test_a_new_policy_reaches_the_workers(pooled: Site, admin: Api, publisher: Api, article: str) -> None:
    source = admin.get("/policy").json()["source"].replace("new_user_comments = 0", "new_user_comments = 5")
    assert admin.put("/policy", {"source": source}).status_code == 200
    r = post(publisher, "Hello from a brand new reader.", "brand-new").json()
    assert r["status"] == "held" and r["reasons"][-1]["code"] == "premoderation.new_user"
