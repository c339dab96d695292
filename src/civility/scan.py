"""Scan a CSV or JSONL file of comments: stream rows in, write rows out with verdicts.

Memory stays flat whatever the file's size: rows are read, scored and written in batches.
A row that cannot be scored (missing or empty text, too long, not an object) is reported
through ``on_error`` and left out of the output; the scan goes on.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from civility.domain import CATEGORIES, Verdict
from civility.errors import CivilityError, InputError
from civility.policy.engine import Moderator
from civility.policy.workers import EnginePool

FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}
OUT_COLUMNS = ["action", "reasons", *(f"score_{c.value}" for c in CATEGORIES)]


@dataclass
class ScanReport:
    rows: int = 0
    scored: int = 0
    skipped: int = 0


def file_format(path: Path) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"{path}: unknown file type {path.suffix or '(none)'!r}; "
                         "use .csv or .jsonl")
    return fmt


def verdict_columns(verdict: Verdict) -> dict[str, Any]:
    cols: dict[str, Any] = {"action": verdict.action.value,
                            "reasons": ";".join(verdict.reason_codes)}
    for cat in CATEGORIES:
        cols[f"score_{cat.value}"] = round(verdict.scores[cat], 4)
    return cols


# The csv module's own field limit is set far above ``max_bytes`` so that a long field is read,
# measured and skipped with a message rather than ending the scan.
CSV_FIELD_LIMIT = 1 << 28
Row = dict[str, Any] | str  # a row, or why it cannot be scored


class _Lines:
    """The file's lines decoded one by one: counts bytes read (for progress) and names the line
    whose bytes are not UTF-8."""

    def __init__(self, fh: IO[bytes], where: str) -> None:
        self.fh, self.where, self.bytes, self.line = fh, where, 0, 0

    def __iter__(self) -> Iterator[str]:
        for raw in self.fh:
            self.line += 1
            self.bytes += len(raw)
            try:
                yield raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise InputError(f"{self.where}: line {self.line} is not UTF-8 text (byte {exc.start} of "
                                 "the line); convert the file to UTF-8 first") from None


def _read_csv(lines: _Lines, column: str, max_bytes: int) -> Iterator[tuple[int, Row]]:
    reader = csv.DictReader(lines)
    if reader.fieldnames is None:
        raise InputError(f"{lines.where}: the file is empty")
    if column not in reader.fieldnames:
        raise InputError(f"{lines.where}: no column {column!r}; columns are "
                         f"{', '.join(reader.fieldnames)}")
    for n, row in enumerate(reader, start=2):
        size = sum(len(v) for v in row.values() if isinstance(v, str))
        yield n, (f"row is longer than {max_bytes:,} bytes" if size > max_bytes else dict(row))


def _read_jsonl(lines: _Lines, max_bytes: int) -> Iterator[tuple[int, Row]]:
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        if len(line) > max_bytes:
            yield n, f"line is longer than {max_bytes:,} bytes"
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield n, f"not valid JSON ({exc.msg})"
            continue
        yield n, obj if isinstance(obj, dict) else "not a JSON object"


def scan_file(src: Path, dst: Path, column: str, moderator: Moderator, *,
              batch_size: int = 256, max_bytes: int = 1 << 20,
              on_error: Callable[[int, str], None] | None = None,
              on_progress: Callable[[int, int], None] | None = None,
              pool: EnginePool | None = None) -> ScanReport:
    """Scan ``src`` into ``dst`` (same format). Raises ``InputError`` for unusable files.

    Rows that cannot be scored are reported through ``on_error`` in input order and left out.
    ``on_progress`` hears the rows and the bytes read so far. With a ``pool``, batches are scored
    in its worker processes while this one reads and writes; a few batches are in flight at a
    time and rows are written in their input order."""
    fmt = file_format(src)
    if file_format(dst) != fmt:
        raise InputError(f"{dst}: the output must have the same format as the input ({fmt})")
    if src.resolve() == dst.resolve():
        raise InputError("the output file must not be the input file")
    report = ScanReport()
    errors = on_error or (lambda n, msg: print(f"row {n}: {msg}", file=sys.stderr))
    try:
        fh = src.open("rb")
    except FileNotFoundError as exc:
        raise InputError(f"{src}: no such file") from exc
    except OSError as exc:
        raise InputError(f"{src}: cannot read ({exc.strerror})") from exc
    with fh, dst.open("w", encoding="utf-8", newline="") as out:
        lines = _Lines(fh, str(src))
        try:
            if fmt == "csv":
                csv.field_size_limit(CSV_FIELD_LIMIT)
                rows = _read_csv(lines, column, max_bytes)
            else:
                rows = _read_jsonl(lines, max_bytes)
            scorer = _Scorer(column, moderator, _Writer(out, fmt), report, errors, pool)
            batch: list[tuple[int, Row]] = []
            for n, row in rows:
                report.rows += 1
                batch.append((n, row))
                if len(batch) >= batch_size:
                    scorer.add(batch)
                    batch = []
                    if on_progress:
                        on_progress(report.rows, lines.bytes)
            scorer.add(batch)
            scorer.finish()
            if on_progress:
                on_progress(report.rows, lines.bytes)
        except csv.Error as exc:
            raise InputError(f"{src}: malformed CSV near line {lines.line} ({exc})") from exc
    return report


class _Writer:
    def __init__(self, out: IO[str], fmt: str) -> None:
        self.out, self.fmt = out, fmt
        self.csv: csv.DictWriter[str] | None = None

    def write(self, row: dict[str, Any]) -> None:
        if self.fmt == "jsonl":
            self.out.write(json.dumps(row, ensure_ascii=False) + "\n")
            return
        if self.csv is None:
            self.csv = csv.DictWriter(self.out, fieldnames=list(row), extrasaction="ignore")
            self.csv.writeheader()
        self.csv.writerow(row)


Results = list[Verdict | CivilityError]


class _Scorer:
    """Scores batches in order, in this process or in a pool's workers (a few at a time)."""

    def __init__(self, column: str, moderator: Moderator, writer: _Writer, report: ScanReport,
                 errors: Callable[[int, str], None], pool: EnginePool | None) -> None:
        self.column, self.moderator, self.writer = column, moderator, writer
        self.report, self.errors, self.pool = report, errors, pool
        self.pending: deque[tuple[list[tuple[int, Row]], Future[Results] | Results]] = deque()

    def add(self, batch: list[tuple[int, Row]]) -> None:
        marked: list[tuple[int, Row]] = []
        for n, row in batch:
            if isinstance(row, dict) and not isinstance(row.get(self.column), str):
                row = f"no text in column {self.column!r}"
            marked.append((n, row))
        texts = [row[self.column] for _, row in marked if isinstance(row, dict)]
        if self.pool is None:
            self._write(marked, self.moderator.try_moderate_many(texts))
            return
        self.pending.append((marked, self.pool.submit_batch(self.moderator.policy, texts)))
        while len(self.pending) > 2 * self.pool.workers:
            self._drain_one()

    def finish(self) -> None:
        while self.pending:
            self._drain_one()

    def _drain_one(self) -> None:
        keep, future = self.pending.popleft()
        self._write(keep, future.result() if isinstance(future, Future) else future)

    def _write(self, marked: list[tuple[int, Row]], results: Results) -> None:
        """Write a batch's rows in input order, and report those that cannot be scored, in order."""
        answers = iter(results)  # one per row that is a dict, in order
        for n, row in marked:
            result = next(answers) if isinstance(row, dict) else None
            if not isinstance(row, dict) or isinstance(result, CivilityError):
                self.report.skipped += 1
                self.errors(n, result.message if isinstance(result, CivilityError) else str(row))
            elif result is not None:
                self.report.scored += 1
                self.writer.write({**row, **verdict_columns(result)})
