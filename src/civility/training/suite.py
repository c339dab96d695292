"""Functional test suites: hand-written comments by kind, each with the action it should get.

A suite file has sections headed ``## kind expect`` (expect: publish, hold or reject); every
other line that is not blank and does not start with ``#`` is one comment. A case passes when
it lands on the right side of the line a reader sees: published when ``publish`` is expected,
held or rejected otherwise. The exact action is reported too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from civility.domain import Action
from civility.errors import DataError


@dataclass(frozen=True)
class Case:
    kind: str
    expect: Action
    text: str
    where: str


@dataclass
class KindResult:
    kind: str
    expect: Action
    total: int = 0
    passed: int = 0
    exact: int = 0

    @property
    def rate(self) -> float:
        return self.passed / self.total if self.total else 0.0


def load_suite(paths: Iterable[Path]) -> list[Case]:
    cases: list[Case] = []
    for path in paths:
        kind: str | None = None
        expect = Action.PUBLISH
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            stripped = line.strip()
            if stripped.startswith("## "):
                parts = stripped[3:].split()
                if len(parts) != 2 or parts[1] not in {a.value for a in Action}:
                    raise DataError(f"{path}:{n}: a section is '## kind publish|hold|reject'")
                kind, expect = parts[0], Action(parts[1])
            elif stripped and not stripped.startswith("#"):
                if kind is None:
                    raise DataError(f"{path}:{n}: a case before any '## kind expect' line")
                cases.append(Case(kind, expect, stripped, f"{path.name}:{n}"))
    return cases


Decider = Callable[[Sequence[str]], list[Action]]


def run_suite(cases: Sequence[Case], decide: Decider
              ) -> tuple[dict[str, KindResult], list[tuple[Case, Action]]]:
    """Per-kind results and the failures, for any function from texts to actions."""
    actions = decide([c.text for c in cases])
    results: dict[str, KindResult] = {}
    failures: list[tuple[Case, Action]] = []
    for case, got in zip(cases, actions, strict=True):
        r = results.setdefault(case.kind, KindResult(case.kind, case.expect))
        r.total += 1
        ok = (got is Action.PUBLISH) == (case.expect is Action.PUBLISH)
        r.passed += ok
        r.exact += got is case.expect
        if not ok:
            failures.append((case, got))
    return results, failures


def format_results(results: dict[str, KindResult]) -> str:
    lines = [f"{'kind':<20} {'expect':<8} {'cases':>5} {'pass':>7} {'exact':>7}"]
    for r in results.values():
        lines.append(f"{r.kind:<20} {r.expect.value:<8} {r.total:>5} {r.rate:>7.1%} "
                     f"{r.exact / r.total:>7.1%}")
    total = sum(r.total for r in results.values())
    passed = sum(r.passed for r in results.values())
    lines.append(f"{'all':<20} {'':<8} {total:>5} {passed / max(total, 1):>7.1%}")
    return "\n".join(lines)
