"""The model artifact: one ``.npz`` file holding arrays and a JSON header.

The header carries everything needed to use and judge the weights: the model kind and its
config, the label names, the version, and a summary of the training data and metrics.
Loading refuses a file without them, or one written by an unknown format version.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from civility.errors import ModelError

FORMAT = "civility-model/1"
REQUIRED = ("format", "kind", "version", "labels", "config", "training")


@dataclass
class Artifact:
    kind: str
    version: str
    labels: list[str]
    config: dict[str, Any]
    training: dict[str, Any]
    arrays: dict[str, npt.NDArray[Any]] = field(default_factory=dict)
    metrics: dict[str, Any] = field(default_factory=dict)

    def content_hash(self) -> str:
        """SHA-256 over the arrays' names, shapes, types and bytes: what the model computes with."""
        digest = hashlib.sha256()
        for name in sorted(self.arrays):
            array = np.ascontiguousarray(self.arrays[name])
            digest.update(f"{name}:{array.dtype.str}:{array.shape};".encode())
            digest.update(array.tobytes())
        return digest.hexdigest()

    def header(self) -> dict[str, Any]:
        return {
            "format": FORMAT, "kind": self.kind, "version": self.version, "labels": self.labels,
            "config": self.config, "training": self.training, "metrics": self.metrics,
            "content_sha256": self.content_hash(),
        }

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        header = np.frombuffer(json.dumps(self.header()).encode("utf-8"), dtype=np.uint8)
        arrays: dict[str, Any] = {"__header__": header, **self.arrays}
        with path.open("wb") as fh:
            np.savez_compressed(fh, **arrays)

    @classmethod
    def load(cls, path: Path) -> Artifact:
        try:
            with np.load(path, allow_pickle=False) as data:
                raw = bytes(data["__header__"].tobytes())
                arrays = {k: data[k] for k in data.files if k != "__header__"}
        except FileNotFoundError as exc:
            raise ModelError(f"model file not found: {path}") from exc
        except (OSError, ValueError, KeyError) as exc:
            raise ModelError(f"not a Civility model file: {path} ({exc})") from exc
        try:
            header = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ModelError(f"model file {path} has an unreadable header") from exc
        missing = [k for k in REQUIRED if k not in header]
        if missing:
            raise ModelError(f"model file {path} lacks {', '.join(missing)}; refusing to load it")
        if header["format"] != FORMAT:
            raise ModelError(f"model file {path} has format {header['format']!r}, not {FORMAT!r}")
        art = cls(
            kind=header["kind"], version=header["version"], labels=list(header["labels"]),
            config=header["config"], training=header["training"], arrays=arrays,
            metrics=header.get("metrics", {}),
        )
        expected = header.get("content_sha256")
        if expected is not None and art.content_hash() != expected:
            raise ModelError(f"model file {path} is damaged: its weights do not match the "
                             "content hash in its header")
        return art
