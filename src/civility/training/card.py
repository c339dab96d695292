"""The model card's tables, written by a command (``civility card``), never copied by hand.

The card's prose stays as written; each table sits between ``<!-- begin:NAME -->`` and
``<!-- end:NAME -->`` and is replaced by what this module measures now: the engine on the
functional suite and on the generated held-out template families, per kind; the encoder and
the engine on the public held-back split, per category, with calibration error; the bias
report per identity group; each rule's precision; and the artifacts' own headers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from civility.domain import CATEGORIES, Action
from civility.domain import LABELS as DOMAIN_LABELS
from civility.errors import DataError
from civility.models.artifact import Artifact
from civility.models.store import ENCODER_NAME, NGRAM_NAME, shipped
from civility.policy.engine import Moderator
from civility.training.corpora import Example
from civility.training.dataset import build
from civility.training.labels import label_matrix
from civility.training.metrics import bias_by_category, category_metrics
from civility.training.suite import load_suite, run_suite

LABELS = list(DOMAIN_LABELS)
Table = list[list[str]]


def markdown(head: Sequence[str], rows: Table) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.1%}"


def _num(x: Any) -> str:
    return "n/a" if x is None else f"{x:.3f}" if isinstance(x, float) else str(x)


def suite_table(moderator: Moderator, files: Sequence[Path]) -> str:
    results, _ = run_suite(load_suite(files), lambda ts: [v.action for v in moderator.moderate_many(ts)])
    rows = [[r.kind, r.expect.value, str(r.total), _pct(r.rate), _pct(r.exact / r.total)]
            for r in sorted(results.values(), key=lambda r: (r.expect is not Action.PUBLISH, r.kind))]
    total = sum(r.total for r in results.values())
    rows.append(["all", "", str(total), _pct(sum(r.passed for r in results.values()) / total), ""])
    return markdown(["kind", "expect", "cases", "right side", "exact action"], rows)


def families_table(moderator: Moderator, rows: Sequence[Example]) -> tuple[str, str]:
    """Per kind of held-out family: the share on the right side; and per identity group named,
    the share of clean sentences published and of hateful ones caught."""
    verdicts = moderator.moderate_many([r.text for r in rows])
    kinds: dict[str, list[int]] = {}
    groups: dict[str, list[int]] = {}  # clean, clean published, hateful, hateful caught
    for row, verdict in zip(rows, verdicts, strict=True):
        toxic = any(v for k, v in row.labels.items() if k != "toxicity")
        right = (verdict.action is Action.PUBLISH) != toxic
        entry = kinds.setdefault(row.extra.get("kind", row.group), [0, 0, int(toxic)])
        entry[0] += 1
        entry[1] += right
        if row.extra.get("target"):
            g = groups.setdefault(row.extra["target"], [0, 0, 0, 0])
            g[2 * toxic] += 1
            g[2 * toxic + 1] += right
    table = [[k, "catch" if t else "publish", str(n), _pct(r / n)]
             for k, (n, r, t) in sorted(kinds.items(), key=lambda kv: (kv[1][2], kv[0]))]
    ranked = sorted(groups.items(), key=lambda kv: kv[1][1] / max(1, kv[1][0]))
    shown = [*ranked[:8], ("...", [0, 0, 0, 0]), *ranked[-4:]] if len(ranked) > 14 else ranked
    group_rows = [[g, "" if g == "..." else f"{_pct(c[1] / max(1, c[0]))} of {c[0]}",
                   "" if g == "..." else f"{_pct(c[3] / max(1, c[2]))} of {c[2]}"] for g, c in shown]
    return (markdown(["kind (held-out families)", "expect", "sentences", "right side"], table),
            markdown(["group named (worst first)", "clean sentences published",
                      "hateful sentences caught"], group_rows))


def public_table(moderator: Moderator, rows: Sequence[Example], encoder_metrics: dict[str, Any]
                 ) -> tuple[str, dict[str, Any]]:
    verdicts = moderator.moderate_many([r.text for r in rows])
    scores = np.array([[v.scores[c] for c in CATEGORIES] for v in verdicts])
    y, known = label_matrix(rows, LABELS)
    engine = category_metrics(LABELS, y, known, scores)
    table = []
    for name in LABELS:
        e, m = engine[name], encoder_metrics.get(name, {})
        table.append([name, str(e["n"]), str(e["positives"]), _num(m.get("auc")), _num(m.get("ece")),
                      _num(e.get("roc_auc")), _num(e.get("average_precision")), _num(e.get("ece"))])
    bias = bias_by_category(LABELS, [r.group for r in rows], y, known, scores)
    return markdown(["category", "rows", "positives", "encoder AUC", "encoder ECE", "engine AUC",
                     "engine AP", "engine ECE"], table), {"bias": bias, "verdicts": verdicts}


def bias_table(bias: dict[str, Any]) -> str:
    groups = bias.get("identity_attack", {})
    rows = [[g, _num(m["subgroup_auc"]), _num(m["bpsn_auc"]), _num(m["bnsp_auc"]), str(m.get("n", ""))]
            for g, m in sorted(groups.items())]
    return markdown(["group (ToxiGen, held back)", "subgroup AUC", "BPSN AUC", "BNSP AUC", "rows"], rows)


def rules_table(rows: Sequence[Example], verdicts: Sequence[Any]) -> str:
    """Per rule: on how many held-back rows it fired, and the share of those whose label for the
    rule's category is positive (rows that know that label)."""
    fired: dict[tuple[str, str], list[int]] = {}
    for row, v in zip(rows, verdicts, strict=True):
        seen = set()
        for e in v.evidence:
            if not e.source.startswith(("rule:", "wordlist:")) or e.score <= 0:
                continue
            key = (e.source, e.category.value)
            if key in seen or e.category.value not in row.labels:
                continue
            seen.add(key)
            entry = fired.setdefault(key, [0, 0])
            entry[0] += 1
            entry[1] += row.labels[e.category.value]
    table = [[src, cat, str(n), _pct(p / n)] for (src, cat), (n, p) in sorted(fired.items())]
    return markdown(["rule", "category", "fired on", "precision"], table)


def artifact_table() -> str:
    rows = []
    for name in (ENCODER_NAME, NGRAM_NAME):
        path = shipped(name)
        art = Artifact.load(path)
        rows.append([name, art.kind, art.version, f"{path.stat().st_size / 1e6:.1f} MB",
                     art.content_hash()[:16]])
    return markdown(["file", "kind", "version", "size", "content sha256"], rows)


def encoder_facts() -> dict[str, Any]:
    art = Artifact.load(shipped(ENCODER_NAME))
    ngram = Artifact.load(shipped(NGRAM_NAME))
    return {"metrics": art.metrics, "training": art.training, "cascade": ngram.metrics.get("cascade", {})}


def facts_table(facts: dict[str, Any]) -> str:
    t, m, c = facts["training"], facts["metrics"], facts["cascade"]
    rows = [["span F1 (toxic_spans held back, SemEval 2021 measure)", _num(m.get("span_f1"))],
            ["training rows", f"{sum(t['rows'].values()):,} ("
             + ", ".join(f"{k} {v:,}" for k, v in t["rows"].items()) + ")"],
            ["held-out template families", ", ".join(t["held_out_families"])],
            ["full retrain (data, fine-tuning, export, calibration, metrics)",
             f"{t['seconds'] / 60:.0f} min"],
            ["cascade: comments the n-gram model settles (held-out rows)", _pct(c.get("settled_share"))],
            ["cascade: encoder flags lost by settling", _pct(c.get("flags_lost"))],
            ["libraries", ", ".join(f"{k} {v}" for k, v in t["libraries"].items())]]
    return markdown(["fact", "value"], rows)


def replace_block(text: str, name: str, table: str, where: Path) -> str:
    """``text`` with the block between ``<!-- begin:NAME -->`` and ``<!-- end:NAME -->`` set."""
    begin, end = f"<!-- begin:{name} -->", f"<!-- end:{name} -->"
    start, stop = text.find(begin), text.find(end)
    if start < 0 or stop < start:
        raise DataError(f"{where}: no '{begin}' ... '{end}' block")
    return text[:start] + begin + "\n" + table + "\n" + text[stop:]


def write_card(data: Path, card: Path, suite: Sequence[Path], moderator: Moderator,
               log: Callable[[str], None] = print) -> dict[str, str]:
    text = card.read_text(encoding="utf-8")
    built = build(data, per_family=300)

    def usable(rows: list[Example]) -> list[Example]:
        return [r for r in rows if r.text.strip() and len(r.text) <= moderator.policy.max_length]

    built.test, built.valid = usable(built.test), usable(built.valid)
    facts = encoder_facts()
    log(f"functional suite: {len(load_suite(suite))} cases")
    tables = {"suite": suite_table(moderator, suite)}
    log(f"held-out families: {len(built.valid)} sentences")
    tables["families"], tables["groups"] = families_table(moderator, built.valid)
    log(f"public held-back split: {len(built.test)} rows")
    tables["public"], extra = public_table(moderator, built.test, facts["metrics"]["public_test"])
    tables["bias"] = bias_table(extra["bias"])
    tables["rules"] = rules_table(built.test, extra["verdicts"])
    tables["artifacts"] = artifact_table()
    tables["facts"] = facts_table(facts)
    for name, table in tables.items():
        text = replace_block(text, name, table, card)
    card.write_text(text, encoding="utf-8")
    log(f"wrote {len(tables)} tables into {card}")
    return tables
