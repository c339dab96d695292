"""The model card's tables are written by code: blocks are replaced, prose is kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from civility.errors import DataError
from civility.policy.engine import Moderator
from civility.training.card import markdown, replace_block, suite_table


def test_a_block_is_replaced_and_the_prose_kept(tmp_path: Path) -> None:
    text = "intro\n<!-- begin:t -->\nold\n<!-- end:t -->\noutro\n"
    new = replace_block(text, "t", "| a |", tmp_path)
    assert new == "intro\n<!-- begin:t -->\n| a |\n<!-- end:t -->\noutro\n"
    assert replace_block(new, "t", "| b |", tmp_path).count("<!-- begin:t -->") == 1
    with pytest.raises(DataError, match="no '<!-- begin:u -->'"):
        replace_block(text, "u", "x", tmp_path)


def test_markdown_and_the_suite_table(tmp_path: Path, stub_moderator: Moderator) -> None:
    assert markdown(["a", "b"], [["1", "2"]]) == "| a | b |\n|---|---|\n| 1 | 2 |"
    suite = tmp_path / "cases_x.txt"
    suite.write_text("## calm publish\nhello there\n## threats reject\nsomething [threat]\n"
                     "something else\n")
    table = suite_table(stub_moderator, [suite])
    assert "| calm | publish | 1 | 100.0% | 100.0% |" in table
    assert "| threats | reject | 2 | 50.0% | 50.0% |" in table
    assert "| all |  | 3 | 66.7% |  |" in table
