"""Labels as arrays: the label matrix with its mask, and toxic_spans' spans per token."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from civility.training.corpora import Example, parse_runs, runs


def label_matrix(rows: Sequence[Example], labels: Sequence[str]
                 ) -> tuple[npt.NDArray[np.int8], npt.NDArray[np.bool_]]:
    """Labels as a 0/1 matrix, and a mask of which labels each row knows."""
    y = np.zeros((len(rows), len(labels)), dtype=np.int8)
    known = np.zeros((len(rows), len(labels)), dtype=bool)
    for i, row in enumerate(rows):
        for j, name in enumerate(labels):
            if name in row.labels:
                y[i, j] = row.labels[name]
                known[i, j] = True
    return y, known


def token_span_labels(offsets: Sequence[tuple[int, int]], special: Sequence[int], spans: str
                      ) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]:
    """Per token: 1 where it overlaps a marked span; and which tokens count (not special)."""
    runs = parse_runs(spans)
    target = np.zeros(len(offsets), dtype=np.float32)
    known = np.zeros(len(offsets), dtype=np.float32)
    for i, ((s, e), sp) in enumerate(zip(offsets, special, strict=True)):
        if sp or e <= s:
            continue
        known[i] = 1.0
        target[i] = float(any(s < re and rs < e for rs, re in runs))
    return target, known


def normalised_examples(rows: Sequence[Example]) -> list[Example]:
    """The rows as the engine's model reads them: normalised text (obfuscation undone), with
    toxic_spans' character spans carried over onto the normalised text."""
    from dataclasses import replace

    from civility.text.normalize import normalize

    out = []
    for row in rows:
        norm = normalize(row.text)
        extra = dict(row.extra)
        if "spans" in extra:
            gold = {i for s, e in parse_runs(extra["spans"]) for i in range(s, e)}
            marked = [j for j, i in enumerate(norm.offsets) if i in gold]
            extra["spans"] = runs(marked)
        out.append(replace(row, text=norm.text, extra=extra))
    return out
