"""Engine worker processes: the service scores comments outside the web process.

Scoring is pure Python and NumPy work that holds the interpreter lock; in worker processes it
runs on another core while the web process parses requests and writes to the database. A worker
that dies (killed, out of memory) fails only the comments it was scoring, which the service then
holds for a moderator, and the pool is started anew.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import pickle
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from civility.domain import Verdict
from civility.errors import CivilityError
from civility.models.cascade import TextScorer
from civility.policy.config import Policy
from civility.policy.engine import Moderator

log = logging.getLogger("civility.engine")
TIMEOUT_SECONDS = 30.0

# --- inside a worker ---------------------------------------------------------------------------
_model: TextScorer | None = None
_moderators: dict[str, Moderator] = {}  # by policy key


def _start(model_path: Path | None) -> None:
    global _model
    from civility.models.store import load_scorer

    _model = load_scorer(model_path)
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    """A worker whose service died without shutting it down (killed, say) ends itself."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(0)


def _moderator(policy_key: str, policy: Policy) -> Moderator:
    moderator = _moderators.get(policy_key)
    if moderator is None:
        assert _model is not None, "worker started without its model"
        if len(_moderators) > 8:  # policies replaced long ago
            _moderators.clear()
        moderator = _moderators[policy_key] = Moderator(policy, _model)
    return moderator


def _moderate(policy_key: str, policy: Policy, text: str, author_published: int | None) -> Verdict:
    return _moderator(policy_key, policy).moderate(text, author_published=author_published)


def _moderate_batch(policy_key: str, policy: Policy, texts: list[str]) -> list[Verdict | CivilityError]:
    return _moderator(policy_key, policy).try_moderate_many(texts)


def _pid() -> int:
    return os.getpid()


# --- in the service ----------------------------------------------------------------------------
class EnginePool:
    """``workers`` processes, each with the model loaded once; policies travel with each call."""

    def __init__(self, workers: int, model_path: Path | None) -> None:
        if workers < 1:
            raise ValueError("an engine pool needs at least one worker")
        self.workers, self.model_path = workers, model_path
        self._lock = threading.Lock()
        self._executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        # spawn, not fork: the web process runs threads, and a forked copy of them is unsafe.
        return ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_start, initargs=(self.model_path,))

    def warm_up(self) -> None:
        """Start every worker and load the model now, not on the first comment."""
        self.pids()

    def pids(self) -> set[int]:
        """Process ids of the workers that answer now (at most ``workers``)."""
        return {f.result(timeout=120) for f in [self._executor.submit(_pid) for _ in range(self.workers)]}

    def moderate(self, policy: Policy, text: str, *, author_published: int | None = None) -> Verdict:
        key = policy_key(policy)
        executor = self._executor
        try:
            return executor.submit(_moderate, key, policy, text, author_published).result(TIMEOUT_SECONDS)
        except BrokenProcessPool:
            self._restart(executor)
            raise

    def submit_batch(self, policy: Policy, texts: list[str]) -> Future[list[Verdict | CivilityError]]:
        """Score a batch in a worker; the future's result equals ``Moderator.try_moderate_many``."""
        return self._executor.submit(_moderate_batch, policy_key(policy), policy, texts)

    def _restart(self, broken: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._executor is broken:
                log.error("an engine worker died; starting the pool again")
                broken.shutdown(wait=False, cancel_futures=True)
                self._executor = self._new()

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


def policy_key(policy: Policy) -> str:
    """Identifies a policy's whole content, not just its version string."""
    cached = _keys.get(id(policy))
    if cached is not None and cached[0] is policy:
        return cached[1]
    key = hashlib.sha256(pickle.dumps(policy)).hexdigest()[:16]
    _keys[id(policy)] = (policy, key)
    return key


_keys: dict[int, tuple[Policy, str]] = {}
