"""Load on a running `civility serve`: concurrent clients POST comments over loopback.

Starts the server itself (SQLite in a temporary folder unless --db names a database), makes a
publisher key and an article, then runs --clients threads, each with one keep-alive connection,
until --count comments are posted or --seconds pass. Prints comments/s, p50/p99/max latency,
errors, and the rows counted in the database afterwards (none may be lost).

    python benchmarks/service_load.py                       # SQLite
    python benchmarks/service_load.py --db postgresql://civility@127.0.0.1:55432/civility_test
    python benchmarks/service_load.py --db postgresql://... --servers 3   # three processes, one database
"""

from __future__ import annotations

import argparse
import http.client
import json
from collections import Counter

from _comments import comments
from _server import drive, latency_line, request, running


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", default="", help="database URL (default: a new SQLite file)")
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--count", type=int, default=6000, help="stop after this many comments")
    ap.add_argument("--seconds", type=float, default=30.0, help="stop after this long")
    ap.add_argument("--servers", type=int, default=1, help="server processes on the one database")
    args = ap.parse_args()

    with running(args.db, servers=args.servers) as server:
        port, key, db = server.port, server.key, server.db
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        status, _ = request(conn, "POST", "/api/v1/articles", key, {"id": "load", "title": "Load test"})
        assert status == 201, status
        conn.close()

        texts = comments(args.count, seed=11)
        bodies: list[object] = [{"article_id": "load", "author_id": f"reader-{i}", "text": t}
                                for i, t in enumerate(texts)]
        load = drive(server.ports, key, "/api/v1/comments", bodies, args.clients, args.seconds)

    from sqlalchemy import func, select

    from civility.store.database import Database
    from civility.store.tables import CommentRow

    database = Database(db)
    with database.reading() as session:
        rows = int(session.scalar(select(func.count()).select_from(CommentRow)) or 0)
    database.close()
    ok = load.statuses.get(201, 0)
    outcomes = Counter(json.loads(raw)["status"] for raw in load.answers)
    lat = load.latencies
    print(f"database      {database.describe().split('://')[0]}")
    print(f"servers       {args.servers}")
    print(f"clients       {args.clients}")
    print(f"comments      {len(lat)} posted in {load.elapsed:.1f} s")
    print(f"throughput    {len(lat) / load.elapsed:.0f} comments/s")
    print(f"latency       {latency_line(lat)}")
    print(f"statuses      {dict(sorted(load.statuses.items()))}")
    print(f"outcomes      {dict(sorted(outcomes.items()))}")
    print(f"errors        {len(lat) - ok}")
    print(f"rows stored   {rows} (201 answers: {ok}; lost: {ok - rows})")


if __name__ == "__main__":
    main()
