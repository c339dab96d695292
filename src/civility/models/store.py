"""Where the shipped models live, and loading them once per process."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from civility.domain import LABELS
from civility.errors import ModelError
from civility.models.artifact import Artifact
from civility.models.cascade import Scorer
from civility.models.encoder import KIND as ENCODER
from civility.models.encoder import EncoderModel
from civility.models.linear import KIND as NGRAM
from civility.models.linear import LinearModel

ENCODER_NAME = "civility-encoder.npz"
NGRAM_NAME = "civility-ngram.npz"
EXPECTED_LABELS = LABELS


def shipped(name: str) -> Path:
    return Path(str(resources.files("civility.models").joinpath("artifacts", name)))


@lru_cache(maxsize=8)
def _artifact(path: Path) -> Artifact:
    art = Artifact.load(path)
    if tuple(art.labels) != EXPECTED_LABELS:
        raise ModelError(f"model file {path} has labels {art.labels}, not "
                         f"{list(EXPECTED_LABELS)}; it was not trained for this Civility")
    return art


@lru_cache(maxsize=4)
def _scorer(encoder: Path | None, ngram: Path | None) -> Scorer:
    enc = EncoderModel(_artifact(encoder)) if encoder is not None else None
    lin = LinearModel.from_artifact(_artifact(ngram)) if ngram is not None else None
    sure = float(_artifact(ngram).config.get("cascade_sure_below", 0.0)) if ngram else 0.0
    return Scorer(enc, lin, sure if enc is not None else 0.0)


def load_scorer(path: Path | None = None) -> Scorer:
    """The shipped cascade (n-gram model, then encoder), or the single model file at ``path``."""
    if path is not None:
        kind = _artifact(path.resolve()).kind
        if kind == ENCODER:
            return _scorer(path.resolve(), None)
        if kind == NGRAM:
            return _scorer(None, path.resolve())
        raise ModelError(f"model file {path} holds a {kind!r} model, which Civility cannot run")
    encoder, ngram = shipped(ENCODER_NAME), shipped(NGRAM_NAME)
    for target in (encoder, ngram):
        if not target.exists():
            raise ModelError(f"the shipped model is missing from the package ({target}); "
                             "reinstall Civility or pass a model file")
    return _scorer(encoder.resolve(), ngram.resolve())
