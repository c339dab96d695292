"""Whole-process throughput of `civility scan` on 20,000 comments (CSV in, CSV out).

Usage: python benchmarks/scan_throughput.py [N]
Prints comments per second, counting the process start and the model load.
"""

from __future__ import annotations

import csv
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _comments import comments


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "in.csv", Path(tmp) / "out.csv"
        with src.open("w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["id", "text"])
            for i, text in enumerate(comments(n)):
                w.writerow([i, text])
        size = src.stat().st_size
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "civility", "scan", str(src), "--output", str(dst)],
                       check=True, capture_output=True)
        elapsed = time.perf_counter() - started
        with dst.open(newline="") as fh:
            rows = sum(1 for _ in csv.DictReader(fh))
    print(f"scan: {rows:,} comments in {elapsed:.1f} s = {rows / elapsed:,.0f} comments/s "
          f"(whole process, {size / 1e6:.1f} MB of CSV)")


if __name__ == "__main__":
    main()
