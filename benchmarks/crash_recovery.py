"""Kill the server (kill -9) under load, restart it on the same database, and count comments.

Clients POST numbered comments over keep-alive connections while the server is killed --rounds
times and started again. Afterwards every number the server acknowledged (201) must be in the
database exactly once. Prints acknowledged, lost (must be 0), duplicated (must be 0), and stored
without an answer (a comment written just before the kill; the client saw an error and may retry).

    python benchmarks/crash_recovery.py                       # SQLite
    python benchmarks/crash_recovery.py --db postgresql://civility@127.0.0.1:55432/civility_test
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

from _server import _empty_postgres, free_port, request


def start(db: str, port: int, folder: Path) -> subprocess.Popen[bytes]:
    log = (folder / "server.log").open("a")
    proc = subprocess.Popen([sys.executable, "-m", "civility", "serve", "--db", db, "--port", str(port)],
                            cwd=folder, stdout=log, stderr=subprocess.STDOUT)
    for _ in range(600):
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/api/v1/health")
            if conn.getresponse().status == 200:
                return proc
        except OSError:
            time.sleep(0.05)
    raise SystemExit(f"server did not start; see {folder / 'server.log'}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", default="", help="database URL (default: a new SQLite file)")
    ap.add_argument("--clients", type=int, default=6)
    ap.add_argument("--rounds", type=int, default=4, help="how many times the server is killed")
    ap.add_argument("--seconds", type=float, default=5.0, help="load before each kill")
    args = ap.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="civility-crash-"))
    db = args.db or f"sqlite:///{folder / 'crash.db'}"
    if db.startswith("postgres"):
        _empty_postgres(db)
    made = subprocess.run([sys.executable, "-m", "civility", "keys", "create", "--role", "publisher",
                           "--db", db], capture_output=True, text=True, check=True, cwd=folder)
    key = made.stdout.strip().splitlines()[-1]
    port = free_port()
    proc = start(db, port, folder)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    assert request(conn, "POST", "/api/v1/articles", key, {"id": "crash", "title": "Crash test"})[0] == 201

    acknowledged: set[int] = set()
    lock, stop = threading.Lock(), threading.Event()
    counter = iter(range(10**9))

    def client() -> None:
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        while not stop.is_set():
            with lock:
                n = next(counter)
            body = {"article_id": "crash", "author_id": f"reader-{n % 500}",
                    "text": f"Comment number {n} about the ferry timetable."}
            try:
                code, _ = request(c, "POST", "/api/v1/comments", key, body)
            except (OSError, http.client.HTTPException):
                c.close()
                time.sleep(0.05)
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
                continue
            if code == 201:
                with lock:
                    acknowledged.add(n)
        c.close()

    threads = [threading.Thread(target=client) for _ in range(args.clients)]
    for t in threads:
        t.start()
    for _ in range(args.rounds):
        time.sleep(args.seconds)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc = start(db, port, folder)
    time.sleep(args.seconds)
    stop.set()
    for t in threads:
        t.join()
    proc.terminate()
    proc.wait(timeout=30)

    from sqlalchemy import select

    from civility.store.database import Database
    from civility.store.tables import CommentRow

    database = Database(db)
    with database.reading() as session:
        texts = list(session.scalars(select(CommentRow.text).where(CommentRow.article_id == "crash")))
    database.close()
    stored = Counter(int(m.group(1)) for t in texts if (m := re.search(r"number (\d+) ", t)))
    lost = acknowledged - set(stored)
    duplicated = [n for n, k in stored.items() if k > 1]
    unanswered = set(stored) - acknowledged
    print(f"database      {db.split(':')[0]}")
    print(f"kills         {args.rounds} (kill -9 under load from {args.clients} clients)")
    print(f"acknowledged  {len(acknowledged)}")
    print(f"stored        {sum(stored.values())}")
    print(f"lost          {len(lost)}")
    print(f"duplicated    {len(duplicated)}")
    print(f"stored without an answer  {len(unanswered)}")
    if lost or duplicated:
        raise SystemExit("comments were lost or duplicated")


if __name__ == "__main__":
    main()
