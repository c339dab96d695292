"""Load on a running `civility serve`: concurrent clients POST comments over loopback.

Starts the server itself (SQLite in a temporary folder unless --db names a database), makes a
publisher key and an article, then runs --clients threads, each with one keep-alive connection,
until --count comments are posted or --seconds pass. Prints comments/s, p50/p99/max latency,
errors, and the rows counted in the database afterwards (none may be lost).

    python benchmarks/service_load.py                       # SQLite
    python benchmarks/service_load.py --db postgresql://civility@127.0.0.1:55432/civility_test
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from _comments import comments


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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", default="", help="database URL (default: a new SQLite file)")
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--count", type=int, default=6000, help="stop after this many comments")
    ap.add_argument("--seconds", type=float, default=30.0, help="stop after this long")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="civility-load-"))
    db = args.db or f"sqlite:///{tmp / 'load.db'}"
    if db.startswith("postgres"):
        from sqlalchemy import create_engine, text

        from civility.store.database import normalise_url

        engine = create_engine(normalise_url(db))
        with engine.begin() as c:
            c.execute(text("DROP SCHEMA public CASCADE"))
            c.execute(text("CREATE SCHEMA public"))
        engine.dispose()
    cli = [sys.executable, "-m", "civility"]
    made = subprocess.run([*cli, "keys", "create", "--role", "publisher", "--db", db],
                          capture_output=True, text=True, check=True, cwd=tmp)
    key = made.stdout.strip().splitlines()[-1]
    port = free_port()
    log = (tmp / "server.log").open("w")
    server = subprocess.Popen([*cli, "serve", "--db", db, "--port", str(port)], cwd=tmp,
                              stdout=log, stderr=subprocess.STDOUT, env={**os.environ})
    try:
        for _ in range(300):
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                if request(conn, "GET", "/api/v1/health", key)[0] == 200:
                    break
            except OSError:
                time.sleep(0.1)
        else:
            raise SystemExit("server did not start; see " + str(tmp / "server.log"))
        status, _ = request(conn, "POST", "/api/v1/articles", key, {"id": "load", "title": "Load test"})
        assert status == 201, status
        conn.close()

        texts = comments(args.count, seed=11)
        latencies: list[float] = []
        statuses: dict[int, int] = {}
        outcomes: dict[str, int] = {}
        lock = threading.Lock()
        next_i = iter(range(args.count))
        deadline = time.perf_counter() + args.seconds

        def client() -> None:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            mine: list[float] = []
            while time.perf_counter() < deadline:
                with lock:
                    i = next(next_i, None)
                if i is None:
                    break
                body = {"article_id": "load", "author_id": f"reader-{i}", "text": texts[i]}
                t0 = time.perf_counter()
                try:
                    code, raw = request(c, "POST", "/api/v1/comments", key, body)
                except (OSError, http.client.HTTPException):
                    code, raw = 0, b"{}"
                    c.close()
                    c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                mine.append(time.perf_counter() - t0)
                with lock:
                    statuses[code] = statuses.get(code, 0) + 1
                    if code == 201:
                        st = json.loads(raw)["status"]
                        outcomes[st] = outcomes.get(st, 0) + 1
            c.close()
            with lock:
                latencies.extend(mine)

        threads = [threading.Thread(target=client) for _ in range(args.clients)]
        start = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - start
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()

    from sqlalchemy import func, select

    from civility.store.database import Database
    from civility.store.tables import CommentRow

    database = Database(db)
    with database.reading() as session:
        rows = int(session.scalar(select(func.count()).select_from(CommentRow)) or 0)
    database.close()
    ok = statuses.get(201, 0)
    lat = sorted(latencies)
    q = statistics.quantiles(lat, n=100) if len(lat) > 1 else [lat[0]] * 99
    print(f"database      {database.describe().split('://')[0]}")
    print(f"clients       {args.clients}")
    print(f"comments      {len(lat)} posted in {elapsed:.1f} s")
    print(f"throughput    {len(lat) / elapsed:.0f} comments/s")
    print(f"latency       p50 {q[49] * 1000:.1f} ms, p99 {q[98] * 1000:.1f} ms, max {lat[-1] * 1000:.1f} ms")
    print(f"statuses      {dict(sorted(statuses.items()))}")
    print(f"outcomes      {dict(sorted(outcomes.items()))}")
    print(f"errors        {len(lat) - ok}")
    print(f"rows stored   {rows} (201 answers: {ok}; lost: {ok - rows})")


if __name__ == "__main__":
    main()
