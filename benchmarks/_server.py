"""Start `civility serve` for a benchmark: a fresh database, a key, a free loopback port."""

from __future__ import annotations

import http.client
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Server:
    port: int
    key: str
    db: str
    folder: Path
    ports: list[int]  # every server process's port (one unless several were asked for)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def request(conn: http.client.HTTPConnection, method: str, path: str, key: str,
            body: object | None = None) -> tuple[int, bytes]:
    data = json.dumps(body).encode() if body is not None else None
    conn.request(method, path, body=data, headers={"Authorization": f"Bearer {key}",
                                                   "Content-Type": "application/json"})
    resp = conn.getresponse()
    return resp.status, resp.read()


def _empty_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    from civility.store.database import normalise_url

    engine = create_engine(normalise_url(url))
    with engine.begin() as c:
        c.execute(text("DROP SCHEMA public CASCADE"))
        c.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def _wait_until_up(port: int, key: str, folder: Path) -> None:
    for _ in range(300):
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            if request(conn, "GET", "/api/v1/health", key)[0] == 200:
                conn.close()
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"server did not start; see {folder}")


@contextmanager
def running(db: str = "", role: str = "publisher", servers: int = 1) -> Iterator[Server]:
    """``servers`` processes of `civility serve` on one fresh database, each on its own port."""
    folder = Path(tempfile.mkdtemp(prefix="civility-bench-"))
    db = db or f"sqlite:///{folder / 'bench.db'}"
    if db.startswith("postgres"):
        _empty_postgres(db)
    cli = [sys.executable, "-m", "civility"]
    made = subprocess.run([*cli, "keys", "create", "--role", role, "--db", db],
                          capture_output=True, text=True, check=True, cwd=folder)
    key = made.stdout.strip().splitlines()[-1]
    ports = [free_port() for _ in range(servers)]
    procs = []
    try:
        for i, port in enumerate(ports):
            log = (folder / f"server-{i}.log").open("w")
            procs.append(subprocess.Popen([*cli, "serve", "--db", db, "--port", str(port)], cwd=folder,
                                          stdout=log, stderr=subprocess.STDOUT))
            _wait_until_up(port, key, folder)
        yield Server(ports[0], key, db, folder, ports)
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(timeout=30)


def latency_line(latencies: list[float]) -> str:
    lat = sorted(latencies)
    q = statistics.quantiles(lat, n=100) if len(lat) > 1 else [lat[0]] * 99
    return f"p50 {q[49] * 1000:.1f} ms, p99 {q[98] * 1000:.1f} ms, max {lat[-1] * 1000:.1f} ms"


@dataclass
class Load:
    latencies: list[float]
    statuses: dict[int, int]
    answers: list[bytes]  # the bodies of the 2xx answers
    elapsed: float


def drive(port: int | list[int], key: str, path: str, bodies: list[object], clients: int,
          seconds: float) -> Load:
    """POST ``bodies`` to ``path`` from ``clients`` threads with keep-alive connections, until all
    are sent or ``seconds`` pass; with several ports, the clients are spread over them."""
    import threading

    load = Load([], {}, [], 0.0)
    lock = threading.Lock()
    next_i = iter(range(len(bodies)))
    deadline = time.perf_counter() + seconds

    ports = port if isinstance(port, list) else [port]

    def client(port: int) -> None:
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine: list[float] = []
        while time.perf_counter() < deadline:
            with lock:
                i = next(next_i, None)
            if i is None:
                break
            t0 = time.perf_counter()
            try:
                code, raw = request(c, "POST", path, key, bodies[i])
            except (OSError, http.client.HTTPException):
                code, raw = 0, b""
                c.close()
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            mine.append(time.perf_counter() - t0)
            with lock:
                load.statuses[code] = load.statuses.get(code, 0) + 1
                if 200 <= code < 300:
                    load.answers.append(raw)
        c.close()
        with lock:
            load.latencies.extend(mine)

    threads = [threading.Thread(target=client, args=(ports[i % len(ports)],)) for i in range(clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    load.elapsed = time.perf_counter() - start
    return load
