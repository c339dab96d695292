"""Readers for the labelled corpora in ``shared/data``, mapped onto Civility's categories.

Each corpus knows only some categories; the others are left unknown (absent from ``labels``)
and the model does not learn them from that corpus. See docs/model-card.md for the mapping.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
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
    group: str = ""  # public corpora: the identity group named; generated: the template family
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


def _majority(votes: int, annotators: int) -> int:
    return int(annotators > 0 and votes * 2 >= annotators)


def toxic_spans(root: Path) -> Iterator[Example]:
    """Civil Comments with each annotator's spans: category labels by majority, and the
    characters that at least half of the annotators marked (SemEval 2021's gold spans)."""
    base = root / "toxic_spans"
    with _need(base / "comments.csv").open(encoding="utf-8", errors="replace") as fh:
        texts = {row["comment_id"]: row["comment_text"] for row in csv.DictReader(fh)}
    annotators: dict[str, list[str]] = {}
    not_toxic: dict[str, int] = {}
    with _need(base / "annotations.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            annotators.setdefault(row["comment_id"], []).append(row["annotation"])
            not_toxic[row["comment_id"]] = not_toxic.get(row["comment_id"], 0) + (
                row["not toxic"] == "True")
    owner = {a: cid for cid, anns in annotators.items() for a in anns}
    types: dict[tuple[str, str], set[str]] = {}
    chars: dict[str, dict[int, set[str]]] = {}
    with _need(base / "spans.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            cid = owner.get(row["annotation"])
            kind = _SPAN_TYPES.get(row["type"][:5])
            if cid is None:
                continue
            if kind is not None:
                types.setdefault((cid, kind), set()).add(row["annotation"])
            marks = chars.setdefault(cid, {})
            for i in range(int(row["start"]), int(row["end"])):
                marks.setdefault(i, set()).add(row["annotation"])
    for cid, anns in annotators.items():
        text = texts.get(cid)
        if not text:
            continue
        n = len(anns)
        labels = {T: int(not_toxic.get(cid, 0) * 2 < n)}
        for kind in (INS, A, TH, P):
            labels[kind] = _majority(len(types.get((cid, kind), ())), n)
        gold = sorted(i for i, who in chars.get(cid, {}).items() if len(who) * 2 >= n)
        yield Example(text, labels, "toxic_spans", extra={"spans": runs(gold)})


_SPAN_TYPES = {"Insul": INS, "Profa": P, "Ident": A, "Threa": TH}


def runs(chars: Iterable[int]) -> str:
    """Character offsets (ascending) as 'start-end' runs, joined by spaces."""
    spans: list[list[int]] = []
    for i in chars:
        if spans and spans[-1][1] == i:
            spans[-1][1] = i + 1
        else:
            spans.append([i, i + 1])
    return " ".join(f"{s}-{e}" for s, e in spans)


def parse_runs(spans: str) -> list[tuple[int, int]]:
    """'3-7 10-14' as [(3, 7), (10, 14)]."""
    out = []
    for run in spans.split():
        start, _, end = run.partition("-")
        out.append((int(start), int(end)))
    return out


def hatexplain(root: Path) -> Iterator[Example]:
    with _need(root / "hatexplain" / "hatexplain.csv").open(encoding="utf-8",
                                                            errors="replace") as fh:
        for row in csv.DictReader(fh):
            cat = row["category"]
            if cat == "0":
                yield Example(row["text"], {T: 0, A: 0, TH: 0}, "hatexplain")
            elif cat == "1":
                yield Example(row["text"], {T: 1, A: 1}, "hatexplain")
            elif cat == "2":
                yield Example(row["text"], {T: 1, A: 0}, "hatexplain")


def mlma(root: Path) -> Iterator[Example]:
    with _need(root / "mlma" / "en_dataset.csv").open(encoding="utf-8", errors="replace") as fh:
        for row in csv.DictReader(fh):
            tags = set(row["sentiment"].split("_"))
            if "hateful" in tags:
                yield Example(row["tweet"], {T: 1, A: 1}, "mlma")
            elif tags == {"normal"}:
                yield Example(row["tweet"], {T: 0, A: 0}, "mlma")
            elif tags & {"offensive", "abusive"}:
                yield Example(row["tweet"], {T: 1}, "mlma")


READERS = {"davidson": davidson, "olid": olid, "toxigen": toxigen, "stormfront": stormfront,
           "spam": spam, "offenseval-tr": offenseval_tr, "toxic_spans": toxic_spans,
           "hatexplain": hatexplain, "mlma": mlma}
ENGLISH = [name for name in READERS if name != "offenseval-tr"]


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
