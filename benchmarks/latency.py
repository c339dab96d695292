"""Per-comment latency in-process: one comment at a time through the whole engine.

Usage: python benchmarks/latency.py [N]
Prints p50, p99 and max in milliseconds, after a warm-up.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _comments import comments
from civility.policy.engine import Moderator
from civility.text.normalize import normalize


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2_000
    moderator = Moderator()
    texts = comments(n, seed=11)
    for t in texts[:50]:
        moderator.moderate(t)
    times = []
    for t in texts:
        started = time.perf_counter()
        moderator.moderate(t)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    p50 = statistics.median(times)
    p99 = times[int(len(times) * 0.99) - 1]
    print(f"latency over {n:,} comments: p50 {p50:.2f} ms, p99 {p99:.2f} ms, "
          f"max {times[-1]:.2f} ms")
    scorer = moderator.scorer
    assert scorer is not None
    ceiling = min(rule.hold for rule in moderator.policy.categories.values())
    sources = [o.source for o in scorer.score([normalize(t).text for t in texts], ceiling)]
    share = sources.count("encoder") / len(sources)
    print(f"cascade: {share:.1%} of these comments reach the encoder, "
          f"{1 - share:.1%} are settled by the n-gram model")


if __name__ == "__main__":
    main()
