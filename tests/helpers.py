"""Helpers shared by the tests (importable as ``helpers``; a conftest module is not)."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient


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
