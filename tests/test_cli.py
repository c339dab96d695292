"""The CLI as a user runs it: a real process, real files, one-line errors."""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, stdin: str | None = None, env: dict[str, str] | None = None
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "civility", *args], capture_output=True,
                          text=True, input=stdin, timeout=120, cwd=ROOT, env={**os.environ, **(env or {})})


def one_line_error(proc: subprocess.CompletedProcess[str]) -> str:
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), proc.stderr
    return lines[0]


def test_check_rejects_the_fixture_comment(fixture_article: dict[str, Any]) -> None:
    proc = run("check", "--json", fixture_article["comments"][0]["text"])
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["action"] == "reject"
    assert "threat" in [r["code"] for r in out["reasons"]]


def test_check_json() -> None:
    proc = run("check", "--json", "What the f*ck, you moron")
    out = json.loads(proc.stdout)
    assert out["action"] in ("hold", "reject")
    assert out["reasons"][0]["evidence"]
    assert set(out["scores"]) == {"toxicity", "profanity", "insult", "identity_attack",
                                  "threat", "sexual", "spam"}


@pytest.mark.parametrize(("args", "pattern"), [
    (("check", ""), "empty"),
    (("check", "x" * 20_000), "at most"),
    (("check", "--policy", "/nonexistent.toml", "hi"), "policy file not found"),
    (("check", "--model", "/nonexistent.npz", "hi"), "model file not found"),
])
def test_check_bad_input(args: tuple[str, ...], pattern: str) -> None:
    assert re.search(pattern, one_line_error(run(*args)))


def test_a_model_trained_for_other_labels_is_a_one_line_error(tmp_path: Path) -> None:
    import numpy as np

    from civility.models.linear import LinearModel

    model = LinearModel(["insult", "spam"], {"word_features": 2**8, "char_features": 2**8})
    y = np.array([[1, 0], [0, 1]], dtype=np.int8)
    model.fit(["you fool", "buy now"], y, np.ones_like(y, dtype=bool))
    model.to_artifact({}, {}).save(tmp_path / "other.npz")
    line = one_line_error(run("check", "--model", str(tmp_path / "other.npz"), "hi"))
    assert "labels" in line and "not trained for this Civility" in line


def test_scan_publishes_every_article_paragraph(tmp_path: Path,
                                                fixture_article: dict[str, Any]) -> None:
    src = tmp_path / "paragraphs.csv"
    with src.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "body"])
        for i, p in enumerate(fixture_article["article"]["paragraphs"]):
            w.writerow([i, p])
    out = tmp_path / "out.csv"
    proc = run("scan", str(src), "--text-column", "body", "--output", str(out))
    assert proc.returncode == 0, proc.stderr
    with out.open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(fixture_article["article"]["paragraphs"])
    assert {r["action"] for r in rows} == {"publish"}
    assert {"id", "body", "action", "reasons", "score_threat", "score_spam"} <= set(rows[0])


def test_scan_jsonl_skips_bad_rows_and_goes_on(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "You f*cking moron", "n": 1}\n{not json\n{"text": ""}\n[1, 2]\n'
                   '{"other": "x"}\n{"text": "A fine article", "n": 2}\n')
    out = tmp_path / "out.jsonl"
    proc = run("scan", str(src), "--output", str(out))
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["n"] for r in rows] == [1, 2]
    assert rows[0]["action"] != "publish" and rows[1]["action"] == "publish"
    assert "row 2: not valid JSON" in proc.stderr and "4 skipped" in proc.stderr


@pytest.mark.parametrize(("content", "args", "pattern"), [
    (b"a,b\n1,2\n", ("--text-column", "text"), "no column 'text'"),
    (b"text\nfine\n\xff\xfe\xfa bad bytes\n", (), "line 3 is not UTF-8"),
    (b"", (), "empty"),
])
def test_scan_bad_files(tmp_path: Path, content: bytes, args: tuple[str, ...],
                       pattern: str) -> None:
    src = tmp_path / "in.csv"
    src.write_bytes(content)
    proc = run("scan", str(src), "--output", str(tmp_path / "o.csv"), *args)
    assert re.search(pattern, one_line_error(proc))


def test_scan_missing_and_unknown_files(tmp_path: Path) -> None:
    assert "no such file" in one_line_error(
        run("scan", str(tmp_path / "nope.csv"), "--output", str(tmp_path / "o.csv")))
    (tmp_path / "x.txt").write_text("hi")
    assert "unknown file type" in one_line_error(
        run("scan", str(tmp_path / "x.txt"), "--output", str(tmp_path / "o.txt")))


def test_every_setting_and_command_is_documented() -> None:
    from civility.cli import main
    from civility.settings import SETTINGS

    docs = (ROOT / "docs" / "settings.md").read_text() + (ROOT / "docs" / "cli.md").read_text()
    for s in SETTINGS:
        assert s.env in docs, s.env
    import click

    for name, command in main.commands.items():
        assert f"civility {name}" in docs, name
        if isinstance(command, click.Group):
            for sub in command.commands:
                assert f"civility {name} {sub}" in docs, f"{name} {sub}"


def test_scan_with_workers_writes_what_one_process_writes(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from _comments import comments

    src = tmp_path / "in.csv"
    with src.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "text"])
        for i, text in enumerate(comments(700, seed=3)):
            w.writerow([i, text if i % 97 else ""])  # some rows cannot be scored
    outputs = {}
    for workers in ("0", "2"):
        out = tmp_path / f"out-{workers}.csv"
        proc = run("scan", str(src), "--output", str(out), "--workers", workers, "--batch-size", "50")
        assert proc.returncode == 0, proc.stderr
        outputs[workers] = (out.read_text(), proc.stderr.splitlines()[:-1])  # last: the file's name
    assert outputs["0"] == outputs["2"]  # same rows, same verdicts, same order, same complaints
    assert outputs["2"][1][:2] == ["row 2: the comment is empty", "row 99: the comment is empty"]
    assert one_line_error(run("scan", str(src), "--output", str(tmp_path / "x.csv"), "--workers", "-1"))


def test_scan_skips_a_row_over_the_limit_and_reports_rows_in_order(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    with src.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["n", "text"])
        for i in range(7):
            w.writerow([i, "x" * 5000 if i in (1, 5) else ("" if i == 3 else f"A calm remark number {i}.")])
    out = tmp_path / "out.csv"
    for workers in ("0", "2"):
        proc = run("scan", str(src), "--output", str(out), "--batch-size", "2", "--workers", workers,
                   env={"CIVILITY_MAX_LINE_BYTES": "1000"})
        assert proc.returncode == 0, proc.stderr
        with out.open(newline="") as fh:
            assert [r["n"] for r in csv.DictReader(fh)] == ["0", "2", "4", "6"]
        reported = re.findall(r"row (\d+): (.*)", proc.stderr)
        assert [n for n, _ in reported] == ["3", "5", "7"], proc.stderr  # file rows: header is 1
        assert "longer than 1,000 bytes" in reported[0][1] + reported[1][1]


def test_check_exit_codes_say_the_verdict(tmp_path: Path) -> None:
    from helpers import policy_text_for_tests

    policy = tmp_path / "policy.toml"
    policy.write_text(policy_text_for_tests())
    codes = [run("check", "--exit-code", "--policy", str(policy), text).returncode
             for text in ("A calm remark.", "A holdword here.", "A rejectword here.")]
    assert codes == [0, 1, 2]
    missing = run("check", "--exit-code", "--file", str(tmp_path / "nope.txt"))
    assert missing.returncode == 3 and one_line_error(missing).endswith("no such file")
    assert run("check", "--file", str(tmp_path / "nope.txt")).returncode == 2


def test_click_usage_errors_start_like_ours() -> None:
    proc = run("check", "--no-such-option")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines()[-1].startswith("error: No such option")


def test_one_database_per_user_whatever_the_folder(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop("CIVILITY_DB", None)
    said = []
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        proc = subprocess.run([sys.executable, "-m", "civility", "keys", "create", "--role", "admin"],
                              capture_output=True, text=True, cwd=tmp_path / folder, env=env, timeout=120)
        assert proc.returncode == 0, proc.stderr
        said.append(proc.stderr)
    database = tmp_path / "data" / "civility" / "civility.db"
    assert all(str(database) in s for s in said)
    assert "key 1 " in said[0] and "key 2 " in said[1]  # the second run found the first's database
    assert not list((tmp_path / "a").iterdir()) and not list((tmp_path / "b").iterdir())
