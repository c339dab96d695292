"""Helpers shared by the tests (importable as ``helpers``; a conftest module is not)."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from fastapi.testclient import TestClient

from civility.domain import CATEGORIES, Category
from civility.models.cascade import ModelScores


class StubScorer:
    """A stand-in for the model in service tests, so that no test of the service depends on
    how the real model judges a sentence: ``[threat]`` in a comment scores threat 0.99,
    ``[insult:0.6]`` scores insult 0.6; everything else scores 0."""

    version = "stub-1"
    MARK = re.compile(r"\[(\w+)(?::([0-9.]+))?\]")

    def score(self, texts: Any, ceiling: float = 1.0) -> list[ModelScores]:
        out = []
        for text in texts:
            scores = {c: 0.0 for c in CATEGORIES}
            tokens = []
            for m in self.MARK.finditer(text):
                if m.group(1) in {c.value for c in CATEGORIES}:
                    scores[Category(m.group(1))] = float(m.group(2) or 0.99)
                    tokens.append((m.start(), m.end(), 5.0))
            out.append(ModelScores(scores, tokens, "stub"))
        return out


def policy_text_for_tests() -> str:
    """The default policy with every model threshold at 1.0 and two marker words: a running
    server (whose workers load the real model) then holds and rejects by the words alone, so
    that no test of the service depends on how the model judges a sentence."""
    from civility.policy.config import default_policy_text

    text = re.sub(r"(?m)^(hold|reject) = [0-9.]+$", r"\1 = 1.0", default_policy_text())
    return text.replace("banned = []", 'banned = ["rejectword"]').replace(
        "suspect = []", 'suspect = ["holdword"]')


class Api:
    """A test client that sends one role's key with every request."""

    def __init__(self, client: TestClient, key: str) -> None:
        self.client, self.headers = client, {"Authorization": f"Bearer {key}"}

    def get(self, path: str, **kw: Any) -> Any:
        return self.client.get("/api/v1" + path, headers=self.headers, **kw)

    def post(self, path: str, body: Any = None, **kw: Any) -> Any:
        return self.client.post("/api/v1" + path, json=body, headers=self.headers, **kw)

    def put(self, path: str, body: Any = None, **kw: Any) -> Any:
        return self.client.put("/api/v1" + path, json=body, headers=self.headers, **kw)

    def patch(self, path: str, body: Any = None, **kw: Any) -> Any:
        return self.client.patch("/api/v1" + path, json=body, headers=self.headers, **kw)

    def delete(self, path: str, **kw: Any) -> Any:
        return self.client.delete("/api/v1" + path, headers=self.headers, **kw)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def civility(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run the `civility` command as a real process."""
    return subprocess.run([sys.executable, "-m", "civility", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120, env={**os.environ, "NO_COLOR": "1"})


def new_key(role: str, db_url: str, cwd: Path) -> str:
    made = civility("keys", "create", "--role", role, "--db", db_url, cwd=cwd)
    assert made.returncode == 0, made.stderr
    return made.stdout.strip().splitlines()[-1]


@contextmanager
def running_server(db_url: str, folder: Path, *extra: str) -> Iterator[str]:
    """`civility serve` (with ``extra`` arguments) on a free loopback port; its base URL once it
    answers. The server's output goes to ``folder / "server.log"``."""
    port = free_port()
    policy = folder / "test-policy.toml"
    policy.write_text(policy_text_for_tests(), encoding="utf-8")
    with (folder / "server.log").open("w") as log:
        command = [sys.executable, "-m", "civility", "serve", "--db", db_url, "--port", str(port),
                   "--policy", str(policy), *extra]
        proc = subprocess.Popen(command, cwd=folder, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            for _ in range(300):
                try:
                    if httpx.get(url + "/api/v1/health", timeout=1).status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.1)
            else:
                raise AssertionError("server did not start: " + (folder / "server.log").read_text())
            yield url
        finally:
            proc.terminate()
            proc.wait(timeout=30)
