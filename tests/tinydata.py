"""A tiny data folder in the layout of shared/data, written by the tests (never the real data)."""

from __future__ import annotations

from pathlib import Path


def tiny_data(root: Path) -> Path:
    (root / "spam").mkdir(parents=True)
    (root / "spam" / "SMSSpamCollection").write_text(
        "Label\tSMS\nham\tsee you at lunch\nspam\tWIN a free prize call now\n"
        "ham\tok thanks\nspam\tclaim your cash reward today\n")
    (root / "olid").mkdir()
    rows = ["id\ttweet\tsubtask_a\tsubtask_b\tsubtask_c",
            "1\t@USER you are an idiot\tOFF\tTIN\tIND", "2\tlovely weather\tNOT\tNULL\tNULL",
            "3\t@USER shut up moron\tOFF\tTIN\tIND", "4\tgreat game today\tNOT\tNULL\tNULL"]
    (root / "olid" / "olid-training-v1.0.tsv").write_text("\n".join(rows) + "\n")
    (root / "olid" / "testset-levela.tsv").write_text("id\ttweet\n9\tyou fool\n8\tnice\n")
    for level, lines in (("a", "9,OFF\n8,NOT\n"), ("b", "9,TIN\n"), ("c", "9,IND\n")):
        (root / "olid" / f"labels-level{level}.csv").write_text(lines)
    spans = root / "toxic_spans"
    spans.mkdir()
    comments = [(1, "what a stupid idiot you are"), (2, "the council met on monday"),
                (3, "you are a moron and a liar"), (4, "thanks for the fair report")]
    (spans / "comments.csv").write_text(
        "comment_id,comment_text\n" + "".join(f"{i},{t}\n" for i, t in comments))
    (spans / "annotations.csv").write_text(
        "annotation,comment_id,worker,country,all toxic,not toxic\n"
        "10,1,1,USA,False,False\n11,1,2,USA,False,False\n12,2,1,USA,False,True\n"
        "13,3,1,USA,False,False\n14,4,2,USA,False,True\n")
    (spans / "spans.csv").write_text(
        "annotation,type,start,end\n10,Insult,7,19\n11,Insult,14,19\n13,Insult,10,15\n")
    return root


TINY_CORPORA = ["spam", "olid", "toxic_spans"]
