"""Load on the Perspective-compatible endpoint of a running `civility serve`, over loopback.

Concurrent clients POST Perspective-shaped requests (TOXICITY, INSULT, THREAT, with span
annotations on every fourth) to /v1alpha1/comments:analyze; prints requests/s and p50/p99.

    python benchmarks/perspective_load.py [--clients 8] [--count 8000] [--seconds 20]
"""

from __future__ import annotations

import argparse

from _comments import comments
from _server import drive, latency_line, running


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--count", type=int, default=8000)
    ap.add_argument("--seconds", type=float, default=20.0)
    args = ap.parse_args()
    bodies: list[object] = [
        {"comment": {"text": t}, "languages": ["en"], "spanAnnotations": i % 4 == 0,
         "requestedAttributes": {"TOXICITY": {}, "INSULT": {}, "THREAT": {}}, "clientToken": str(i)}
        for i, t in enumerate(comments(args.count, seed=21))]
    with running() as server:
        load = drive(server.port, server.key, "/v1alpha1/comments:analyze", bodies, args.clients,
                     args.seconds)
    n = len(load.latencies)
    print(f"clients       {args.clients}")
    print(f"requests      {n} in {load.elapsed:.1f} s")
    print(f"throughput    {n / load.elapsed:.0f} requests/s")
    print(f"latency       {latency_line(load.latencies)}")
    print(f"statuses      {dict(sorted(load.statuses.items()))}")
    print(f"errors        {n - load.statuses.get(200, 0)}")


if __name__ == "__main__":
    main()
