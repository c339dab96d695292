"""Scan a CSV or JSONL file of comments: stream rows in, write rows out with verdicts.

Memory stays flat whatever the file's size: rows are read, scored and written in batches.
A row that cannot be scored (missing or empty text, too long, not an object) is reported
through ``on_error`` and left out of the output; the scan goes on.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from civility.domain import CATEGORIES, Verdict
from civility.errors import CivilityError, InputError
from civility.policy.engine import Moderator

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


def _read_csv(fh: IO[str], column: str, where: str) -> Iterator[tuple[int, dict[str, Any]]]:
    reader = csv.DictReader(fh)
    if reader.fieldnames is None:
        raise InputError(f"{where}: the file is empty")
    if column not in reader.fieldnames:
        raise InputError(f"{where}: no column {column!r}; columns are "
                         f"{', '.join(reader.fieldnames)}")
    for n, row in enumerate(reader, start=2):
        yield n, dict(row)


def _read_jsonl(fh: IO[str], max_bytes: int) -> Iterator[tuple[int, dict[str, Any] | str]]:
    for n, line in enumerate(fh, start=1):
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
              on_progress: Callable[[int], None] | None = None) -> ScanReport:
    """Scan ``src`` into ``dst`` (same format). Raises ``InputError`` for unusable files."""
    fmt = file_format(src)
    if file_format(dst) != fmt:
        raise InputError(f"{dst}: the output must have the same format as the input ({fmt})")
    if src.resolve() == dst.resolve():
        raise InputError("the output file must not be the input file")
    report = ScanReport()
    errors = on_error or (lambda n, msg: print(f"row {n}: {msg}", file=sys.stderr))
    try:
        fh = src.open(encoding="utf-8", newline="")
    except FileNotFoundError as exc:
        raise InputError(f"{src}: no such file") from exc
    except OSError as exc:
        raise InputError(f"{src}: cannot read ({exc.strerror})") from exc
    with fh, dst.open("w", encoding="utf-8", newline="") as out:
        try:
            if fmt == "csv":
                csv.field_size_limit(max_bytes)
                rows: Iterator[tuple[int, dict[str, Any] | str]] = _read_csv(fh, column, str(src))
            else:
                rows = _read_jsonl(fh, max_bytes)
            writer = _Writer(out, fmt)
            batch: list[tuple[int, dict[str, Any]]] = []
            for n, row in rows:
                report.rows += 1
                if isinstance(row, str):
                    report.skipped += 1
                    errors(n, row)
                    continue
                batch.append((n, row))
                if len(batch) >= batch_size:
                    _flush(batch, column, moderator, writer, report, errors)
                    if on_progress:
                        on_progress(report.rows)
            _flush(batch, column, moderator, writer, report, errors)
            if on_progress:
                on_progress(report.rows)
        except UnicodeDecodeError as exc:
            raise InputError(f"{src}: not UTF-8 text (byte {exc.start} of a read block); "
                             "convert it to UTF-8 first") from exc
        except csv.Error as exc:
            raise InputError(f"{src}: malformed CSV ({exc})") from exc
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


def _flush(batch: list[tuple[int, dict[str, Any]]], column: str, moderator: Moderator,
           writer: _Writer, report: ScanReport, errors: Callable[[int, str], None]) -> None:
    texts: list[str] = []
    keep: list[tuple[int, dict[str, Any]]] = []
    for n, row in batch:
        text = row.get(column)
        if not isinstance(text, str):
            report.skipped += 1
            errors(n, f"no text in column {column!r}")
            continue
        texts.append(text)
        keep.append((n, row))
    results = moderator.try_moderate_many(texts)
    for (n, row), result in zip(keep, results, strict=True):
        if isinstance(result, CivilityError):
            report.skipped += 1
            errors(n, result.message)
            continue
        report.scored += 1
        writer.write({**row, **verdict_columns(result)})
    batch.clear()
