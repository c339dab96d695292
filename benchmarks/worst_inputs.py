"""The engine's rules on the worst inputs known: time as the text doubles.

Every pattern must be linear in the text: doubling the input should about double the time (a
ratio near 2), never square it (near 4). The model is left out, so that the rules' own cost shows.

    python benchmarks/worst_inputs.py
"""

from __future__ import annotations

import time

from civility.policy.engine import Moderator

UNITS = {
    "hyphen runs": "a-", "dot runs": "a.", "at signs": "a@", "slashes": "a/", "url starts": "http://",
    "colons": "a:", "spaced letters": "f u c k ", "zero-width": "a\u200b", "homoglyphs": "\u0430\u0455",
    "digits": "1 ", "repeated word": "buy ", "one long word": "a", "emoji": "\U0001f600",
}
SIZES = (1250, 2500, 5000, 10000)  # characters; the default policy's limit is 10,000


def timed(moderator: Moderator, text: str, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        moderator.moderate(text)
        best = min(best, time.perf_counter() - started)
    return best * 1000


def main() -> None:
    moderator = Moderator(use_model=False)
    print(f"{'input':16}" + "".join(f"{n:>10,}" for n in SIZES) + "   growth per doubling")
    worst = 0.0
    for name, unit in UNITS.items():
        ms = [timed(moderator, (unit * (n // len(unit) + 1))[:n]) for n in SIZES]
        growth = (ms[-1] / ms[0]) ** (1 / (len(SIZES) - 1))  # over the whole range: less noise
        worst = max(worst, growth)
        print(f"{name:16}" + "".join(f"{m:>8.1f}ms" for m in ms) + f"   {growth:.1f}")
    print(f"worst growth per doubling: {worst:.1f} (2 is linear, 4 quadratic)")


if __name__ == "__main__":
    main()
