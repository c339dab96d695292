"""The encoder end to end on tiny data: a random tiny network (nothing downloaded) is trained,
exported to ONNX, calibrated and written as an artifact; the runtime loads it without torch."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from civility.errors import ModelError
from civility.models.artifact import Artifact
from civility.models.cascade import Scorer
from civility.models.encoder import EncoderModel, sentence_starts
from civility.models.store import ENCODER_NAME, NGRAM_NAME, load_scorer
from tinydata import TINY_CORPORA, tiny_data

pytest.importorskip("torch", reason="the encoder's training needs the [train] extra")

TEXTS = ["you are a moron", "thanks for the report", "buy cheap pills now at pills.biz",
         "the council met on monday", "what a stupid idiot",
         "the council met on monday " * 40 + "and then you are a moron"]  # several windows


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    from civility.training.pipeline import train_all

    root = tmp_path_factory.mktemp("encoder")
    data = tiny_data(root / "data")
    result = train_all(data, root / "models", base=None, tiny=True, per_family=4,
                       corpora=TINY_CORPORA, log=lambda m: None)
    return root / "models", result


def test_artifact_knows_itself(trained: tuple[Path, dict[str, Any]]) -> None:
    folder, _ = trained
    art = Artifact.load(folder / ENCODER_NAME)
    header = art.header()
    assert header["kind"] == "onnx-encoder" and header["content_sha256"] == art.content_hash()
    assert art.version.startswith("encoder-")
    assert set(art.training["data_sha256"]) >= {"olid/olid-training-v1.0.tsv"}
    assert {"onnxruntime", "tokenizers", "torch"} <= set(art.training["libraries"])
    assert art.training["held_out_families"]
    scale = art.config["calibration"]["scale"]
    assert len(scale) == 7 and all(isinstance(x, float) for x in scale)


def test_batch_equals_single_and_reload_gives_the_same(trained: tuple[Path, dict[str, Any]]
                                                      ) -> None:
    folder, _ = trained
    model = EncoderModel(Artifact.load(folder / ENCODER_NAME))
    batch = model.predict_proba(TEXTS)
    single = np.vstack([model.predict_proba([t]) for t in TEXTS])
    np.testing.assert_allclose(batch, single, atol=1e-6)
    again = EncoderModel(Artifact.load(folder / ENCODER_NAME)).predict_proba(TEXTS)
    np.testing.assert_array_equal(again, batch)
    assert batch.shape == (len(TEXTS), 7) and ((batch >= 0) & (batch <= 1)).all()


def test_an_unquantised_network_reads_padded_batches_the_same(tmp_path: Path) -> None:
    from civility.training.encoder_build import build_encoder

    data = tiny_data(tmp_path / "data")
    build_encoder(data, tmp_path / "fp32.npz", base=None, per_family=3, corpora=TINY_CORPORA,
                  quantize=False, tiny=True, progress=lambda m: None)
    model = EncoderModel(Artifact.load(tmp_path / "fp32.npz"))
    assert model.batch_size > 1
    batch = model.predict_proba(TEXTS)
    single = np.vstack([model.predict_proba([t]) for t in TEXTS])
    np.testing.assert_allclose(batch, single, atol=1e-5)


def test_a_long_comment_is_read_in_windows(trained: tuple[Path, dict[str, Any]]) -> None:
    folder, _ = trained
    model = EncoderModel(Artifact.load(folder / ENCODER_NAME))
    long_text = TEXTS[-1]
    assert model._windows(500) and len(model._windows(500)) > 1
    _, tokens = model.predict_with_tokens([long_text])
    assert tokens[0][-1][1] == len(long_text)  # the last token is read too


def test_windows_start_where_a_cut_sentence_starts(trained: tuple[Path, dict[str, Any]]) -> None:
    folder, _ = trained
    model = EncoderModel(Artifact.load(folder / ENCODER_NAME))
    w = model.window
    # sentences of 0.4 windows: each window after the first starts on the sentence it cut
    starts = list(range(0, 10 * w, int(0.4 * w)))[1:]
    windows = model._windows(4 * w, starts)
    assert windows[0] == (0, w) and windows[-1][1] == 4 * w
    for (s, e), (s2, _) in itertools.pairwise(windows[:-1]):
        assert s2 in starts and s + w // 4 <= s2 < e  # overlaps, and moves on
        assert max(b for b in starts if b < e) == s2  # the sentence the window cut
    # no sentence starts: three quarters of a window at a time, as before
    assert [s for s, _ in model._windows(3 * w)][:2] == [0, w * 3 // 4]
    # a sentence start right after the window's own start does not stall it
    assert len(model._windows(4 * w, [1, 2, 3])) <= 6


def test_sentence_starts_follow_stops_and_line_breaks() -> None:
    text = "One. Two! Three?\nFour e.g.5 five"
    offsets = [(0, 3), (3, 4), (5, 8), (8, 9), (10, 15), (15, 16), (17, 21), (22, 23), (23, 24),
               (24, 25), (25, 26), (26, 27), (28, 32)]
    starts = sentence_starts(text, offsets)
    assert [text[offsets[k][0]:offsets[k][1]] for k in starts] == ["Two", "Three", "Four"]


def test_tokens_point_into_the_text(trained: tuple[Path, dict[str, Any]]) -> None:
    folder, _ = trained
    model = EncoderModel(Artifact.load(folder / ENCODER_NAME))
    text = "you are a moron"
    _, tokens = model.predict_with_tokens([text])
    assert "".join(text[s:e] for s, e, _ in tokens[0]) == "youareamoron"


def test_the_cascade_loads_from_a_folder_and_scores(trained: tuple[Path, dict[str, Any]]) -> None:
    folder, result = trained
    assert set(result["cascade"]) == {"sure_below", "settled_share", "flags_lost", "rows"}
    scorer = load_scorer(folder / ENCODER_NAME)
    assert scorer.version.startswith("encoder-")
    assert [s.source for s in scorer.score(TEXTS)] == ["encoder"] * len(TEXTS)
    ngram = load_scorer(folder / NGRAM_NAME)
    assert [s.source for s in ngram.score(TEXTS)] == ["ngram"] * len(TEXTS)


def test_the_cascade_sends_what_the_ngram_model_is_unsure_of_to_the_encoder(
        trained: tuple[Path, dict[str, Any]]) -> None:
    folder, _ = trained
    encoder, ngram = load_scorer(folder / ENCODER_NAME), load_scorer(folder / NGRAM_NAME)
    assert encoder.encoder is not None and ngram.ngram is not None
    tops = ngram.ngram.predict_proba(TEXTS).max(axis=1)
    bound = float(np.median(tops))
    cascade = Scorer(encoder.encoder, ngram.ngram, sure_below=bound)
    out = cascade.score(TEXTS)
    assert [o.source for o in out] == ["ngram" if t < bound else "encoder" for t in tops]
    for text, o in zip(TEXTS, out, strict=True):
        alone = (ngram if o.source == "ngram" else encoder).score([text])[0]
        assert o.scores == alone.scores
    capped = cascade.score(TEXTS, ceiling=0.0)
    assert {o.source for o in capped} == {"encoder"}


def test_damaged_or_foreign_artifacts_are_refused(trained: tuple[Path, dict[str, Any]],
                                                  tmp_path: Path) -> None:
    folder, _ = trained
    art = Artifact.load(folder / ENCODER_NAME)
    header = {**art.header(), "content_sha256": "0" * 64}
    damaged = tmp_path / "damaged.npz"
    np.savez(damaged, __header__=np.frombuffer(json.dumps(header).encode(), dtype=np.uint8),
             **art.arrays)
    with pytest.raises(ModelError, match="damaged"):
        Artifact.load(damaged)
    art.labels = ["toxicity", "insult"]
    art.save(tmp_path / "labels.npz")
    with pytest.raises(ModelError, match="labels"):
        load_scorer(tmp_path / "labels.npz")
