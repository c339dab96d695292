"""Where the shipped model lives, and loading it once per process."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from civility.errors import ModelError
from civility.models.artifact import Artifact
from civility.models.linear import LinearModel

DEFAULT_NAME = "civility-default.npz"


def default_model_path() -> Path:
    return Path(str(resources.files("civility.models").joinpath("artifacts", DEFAULT_NAME)))


@lru_cache(maxsize=4)
def _load(path: Path) -> LinearModel:
    return LinearModel.from_artifact(Artifact.load(path))


def load_model(path: Path | None = None) -> LinearModel:
    """The model at ``path``, or the one shipped with Civility."""
    target = path or default_model_path()
    if path is None and not target.exists():
        raise ModelError(f"the shipped model is missing from the package ({target}); "
                         "reinstall Civility or pass a model file")
    return _load(target.resolve())
