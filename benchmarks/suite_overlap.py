"""How close each functional-suite case is to a generated training sentence.

Prints the cases at or above a similarity (default 0.8, character n-gram cosine) and the
distribution; the suite is written apart from the generator, and this keeps it that way.
Usage: python benchmarks/suite_overlap.py [--threshold 0.8] [--top 15]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from civility.training.generate import generate
from civility.training.overlap import nearest
from civility.training.suite import load_suite

SUITE = sorted((Path(__file__).resolve().parents[1] / "tests" / "functional").glob("cases_*.txt"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--threshold", type=float, default=0.8)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--per-family", type=int, default=900)
    args = parser.parse_args()
    cases = [c.text for c in load_suite(SUITE)]
    corpus = [e.text for e in generate(0, args.per_family) if e.split == "train"]
    rows = nearest(cases, corpus)
    sims = np.array([r[2] for r in rows])
    print(f"{len(cases)} cases against {len(corpus)} generated training sentences")
    for q in (0.5, 0.9, 0.99):
        print(f"  similarity quantile {q:.2f}: {np.quantile(sims, q):.3f}")
    close = [r for r in rows if r[2] >= args.threshold]
    print(f"  cases at {args.threshold} or more: {len(close)}")
    for case, near, sim in sorted(rows, key=lambda r: -r[2])[:args.top]:
        print(f"{sim:.3f}  {case!r}\n       {near!r}")


if __name__ == "__main__":
    main()
