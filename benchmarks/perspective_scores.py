"""How Civility's TOXICITY compares with Perspective's kind of score.

Perspective's summary score estimates the share of people who would call a comment toxic. The
Davidson tweets were each rated by several people, so the share of raters who called a tweet
hateful or offensive is a score of the same kind. On Davidson's held-back tweets (never trained
on) this prints how Civility's TOXICITY, as served by /v1alpha1/comments:analyze, follows that
share: rank correlation, the mean score at each share, and which Civility threshold flags as
many tweets as a threshold on the raters' share would.

    python benchmarks/perspective_scores.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from pathlib import Path

import numpy as np
from scipy.stats import spearmanr

from civility.domain import Category
from civility.policy.engine import Moderator
from civility.training.dataset import split_of


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    args = ap.parse_args()
    texts, shares = [], []
    with (args.data / "davidson" / "labeled_data.csv").open(encoding="utf-8", errors="replace") as fh:
        for row in csv.DictReader(fh):
            if split_of(row["tweet"]) != "test":  # only tweets held back from training
                continue
            texts.append(row["tweet"])
            shares.append((int(row["hate_speech"]) + int(row["offensive_language"])) / int(row["count"]))
    moderator = Moderator()
    verdicts = moderator.try_moderate_many(texts)
    keep = [i for i, v in enumerate(verdicts) if not isinstance(v, Exception)]
    scores = np.array([verdicts[i].scores[Category.TOXICITY] for i in keep])  # type: ignore[union-attr]
    shares = [shares[i] for i in keep]
    share = np.array(shares)
    rho = spearmanr(share, scores).statistic
    print(f"held-back Davidson tweets: {len(texts)}; raters per tweet: 3 or more")
    print(f"Spearman correlation of Civility TOXICITY with the raters' share: {rho:.3f}")
    buckets: dict[float, list[float]] = defaultdict(list)
    for s, c in zip(share, scores, strict=True):
        buckets[round(s, 1)].append(float(c))
    print("raters' share -> tweets, mean Civility TOXICITY")
    for s in sorted(buckets):
        print(f"  {s:.1f} -> {len(buckets[s]):5d}, {np.mean(buckets[s]):.3f}")
    print("threshold on the raters' share -> Civility threshold flagging as many tweets")
    for t in (0.5, 0.7, 0.8, 0.9):
        flagged = float(np.mean(share >= t))
        civ = float(np.quantile(scores, 1 - flagged)) if flagged > 0 else 1.0
        agree = float(np.mean((share >= t) == (scores >= civ)))
        print(f"  {t:.1f} ({flagged:.1%} of tweets) -> {civ:.3f} (same verdict on {agree:.1%})")


if __name__ == "__main__":
    main()
