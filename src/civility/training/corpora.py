"""Readers for the labelled corpora in ``shared/data``, mapped onto Civility's categories.

Each corpus knows only some categories; the others are left unknown (absent from ``labels``)
and the model does not learn them from that corpus. See docs/model-card.md for the mapping.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from civility.errors import DataError

T, P, INS, A, TH, S, SP = ("toxicity", "profanity", "insult", "identity_attack", "threat",
                         "sexual", "spam")
_HANDLE = re.compile(r"@\w+")


@dataclass(frozen=True)
class Example:
    text: str
    labels: dict[str, int]
    source: str
    group: str = ""
    split: str = "train"  # "train" or "test"
    extra: dict[str, str] = field(default_factory=dict)


def _need(path: Path) -> Path:
    if not path.exists():
        raise DataError(f"data file not found: {path}")
    return path


def davidson(root: Path) -> Iterator[Example]:
    with _need(root / "davidson" / "labeled_data.csv").open(encoding="utf-8",
                                                          errors="replace") as fh:
        for row in csv.DictReader(fh):
            cls = row["class"]
            text = row["tweet"]
            if cls == "0":
                labels = {T: 1, A: 1}
            elif cls == "1":
                labels = {T: 1, P: 1, A: 0}
            else:
                labels = {T: 0, P: 0, A: 0, INS: 0, TH: 0}
            yield Example(text, labels, "davidson")


def _olid_labels(a: str, b: str, c: str) -> dict[str, int]:
    if a == "NOT":
        return {T: 0, INS: 0, TH: 0}
    if b == "TIN" and c == "IND":
        return {T: 1, INS: 1}
    return {T: 1, INS: 0}


def olid(root: Path) -> Iterator[Example]:
    base = root / "olid"
    with _need(base / "olid-training-v1.0.tsv").open(encoding="utf-8", errors="replace") as fh:
        next(fh, None)
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 5:
                yield Example(parts[1], _olid_labels(*parts[2:5]), "olid")
    levels: dict[str, list[str]] = {}
    for level in "abc":
        with _need(base / f"labels-level{level}.csv").open(encoding="utf-8") as fh:
            for line in fh:
                tid, _, lab = line.strip().partition(",")
                levels.setdefault(tid, []).append(lab)
    with _need(base / "testset-levela.tsv").open(encoding="utf-8", errors="replace") as fh:
        next(fh, None)
        for line in fh:
            tid, _, tweet = line.rstrip("\n").partition("\t")
            labs = levels.get(tid, [])
            a = labs[0] if labs else "NOT"
            b = labs[1] if len(labs) > 1 else "NULL"
            c = labs[2] if len(labs) > 2 else "NULL"
            yield Example(tweet, _olid_labels(a, b, c), "olid", split="test")


def toxigen(root: Path) -> Iterator[Example]:
    base = root / "toxigen"
    files = sorted(base.glob("*_1k.txt")) if base.exists() else []
    if not files:
        raise DataError(f"no toxigen files in {base}")
    seen: set[str] = set()
    for path in files:
        kind, _, rest = path.stem.partition("_")
        group = rest.removesuffix("_1k")
        hate = kind == "hate"
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            for stmt in line.split("\\n-"):
                text = stmt.strip().lstrip("-").strip()
                if len(text) < 8 or text in seen:
                    continue
                seen.add(text)
                labels = {T: 1, A: 1} if hate else {T: 0, A: 0, INS: 0, P: 0, TH: 0, S: 0}
                yield Example(text, labels, "toxigen", group=group)


def stormfront(root: Path) -> Iterator[Example]:
    with _need(root / "stormfront" / "stormfront.csv").open(encoding="utf-8",
                                                            errors="replace") as fh:
        for row in csv.DictReader(fh):
            if row["label"] == "hate":
                yield Example(row["text"], {T: 1, A: 1}, "stormfront")
            elif row["label"] == "noHate":
                yield Example(row["text"], {A: 0}, "stormfront")


def spam(root: Path) -> Iterator[Example]:
    base = root / "spam"
    for path in sorted(base.glob("dataset_Youtube*.csv")):
        with path.open(encoding="utf-8", errors="replace") as fh:
            for row in csv.DictReader(fh):
                yield Example(row["CONTENT"], {SP: int(row["CLASS"] == "1")}, "youtube-spam")
    with _need(base / "SMSSpamCollection").open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            label, _, text = line.rstrip("\n").partition("\t")
            if label in ("ham", "spam"):
                yield Example(text, {SP: int(label == "spam")}, "sms-spam")


def offenseval_tr(root: Path) -> Iterator[Example]:
    base = root / "offenseval-tr"
    with _need(base / "offenseval-tr-training-v1.tsv").open(encoding="utf-8",
                                                           errors="replace") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[2] in ("OFF", "NOT"):
                yield Example(parts[1], {T: int(parts[2] == "OFF")}, "offenseval-tr")


READERS = {"davidson": davidson, "olid": olid, "toxigen": toxigen, "stormfront": stormfront,
           "spam": spam, "offenseval-tr": offenseval_tr}


def read_all(root: Path, corpora: list[str] | None = None) -> list[Example]:
    if not root.is_dir():
        raise DataError(f"data directory not found: {root}")
    names = corpora or list(READERS)
    unknown = [n for n in names if n not in READERS]
    if unknown:
        raise DataError(f"unknown corpus {unknown[0]!r}; known: {', '.join(READERS)}")
    out: list[Example] = []
    for name in names:
        out.extend(READERS[name](root))
    return out
