"""The encoder model at run time: an ONNX network and its tokenizer, run by onnxruntime.

No torch here. The artifact (``Artifact`` kind ``onnx-encoder``) carries the ONNX bytes, the
tokenizer's JSON, the label names and, per label, the calibration that turns a logit into a
probability (Platt scaling fitted on held-back data). Besides the label scores, the network
gives each token a logit for being part of what makes the comment toxic: ``marked_words``
turns those into the evidence a moderator sees.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from civility.errors import ModelError
from civility.models.artifact import Artifact
from civility.text.lexicon import STOP_WORDS

KIND = "onnx-encoder"
Matrix = npt.NDArray[np.float64]


class EncoderModel:
    """``labels``, ``predict_proba`` and ``predict_with_tokens`` on a batch; loaded from an
    artifact. A comment longer than the network's window is read in overlapping windows: each
    category's score is its highest over the windows, each token's logit its highest too."""

    def __init__(self, art: Artifact) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        if art.kind != KIND:
            raise ModelError(f"model kind {art.kind!r} is not {KIND!r}")
        try:
            onnx_bytes = art.arrays["onnx"].tobytes()
            tokenizer_json = art.arrays["tokenizer"].tobytes().decode("utf-8")
            self.scale = np.asarray(art.config["calibration"]["scale"], dtype=np.float64)
            self.shift = np.asarray(art.config["calibration"]["shift"], dtype=np.float64)
        except (KeyError, UnicodeDecodeError, TypeError) as exc:
            raise ModelError(f"encoder artifact is incomplete: {exc}") from exc
        self.labels = list(art.labels)
        self.version = art.version
        self.window = int(art.config.get("max_tokens", 128)) - 2  # less [CLS] and [SEP]
        self.batch_size = int(art.config.get("batch_size", 32))
        if self.scale.shape != (len(self.labels),) or self.shift.shape != (len(self.labels),):
            raise ModelError("encoder artifact's calibration does not match its labels")
        options = ort.SessionOptions()
        options.intra_op_num_threads = int(art.config.get("threads", 1))
        options.inter_op_num_threads = 1
        try:
            self.session = ort.InferenceSession(onnx_bytes, options,
                                                providers=["CPUExecutionProvider"])
        except Exception as exc:  # onnxruntime raises its own untyped errors
            raise ModelError(f"encoder network cannot be loaded: {exc}") from exc
        outputs = [o.name for o in self.session.get_outputs()]
        if outputs[:2] != ["logits", "token_logits"]:
            raise ModelError(f"encoder network has outputs {outputs}, not logits and token_logits")
        width = self.session.get_outputs()[0].shape[-1]
        if isinstance(width, int) and width != len(self.labels):
            raise ModelError(f"encoder network gives {width} scores for {len(self.labels)} labels")
        self.tokenizer = Tokenizer.from_str(tokenizer_json)
        self.tokenizer.no_truncation()
        self.tokenizer.no_padding()
        cls, sep = self.tokenizer.token_to_id("[CLS]"), self.tokenizer.token_to_id("[SEP]")
        if cls is None or sep is None:
            raise ModelError("encoder tokenizer has no [CLS] or [SEP] token")
        self.cls, self.sep = cls, sep

    def _windows(self, n: int, sentences: Sequence[int] = ()) -> list[tuple[int, int]]:
        """Windows over ``n`` tokens. Each next window starts at the sentence the last one cut
        (``sentences``: the tokens that begin one), so that a sentence that fits a window is read
        whole once; it moves at least a quarter window, and three quarters without a sentence."""
        w = self.window
        if n <= w:
            return [(0, n)]
        out: list[tuple[int, int]] = []
        start = 0
        while start + w < n:
            out.append((start, start + w))
            cut = [b for b in sentences if start + w // 4 <= b < start + w]
            start = cut[-1] if cut else start + max(1, w * 3 // 4)
        out.append((max(0, n - w), n))
        return out

    def logits_with_tokens(self, texts: Sequence[str]
                           ) -> tuple[Matrix, list[list[tuple[int, int, float]]]]:
        """Raw (uncalibrated) logits and, per text, (start, end, span logit) for each token."""
        encodings = self.tokenizer.encode_batch(list(texts), add_special_tokens=False)
        pieces: list[tuple[int, int, int]] = []  # text, first token, end token
        for i, enc in enumerate(encodings):
            starts = sentence_starts(texts[i], enc.offsets) if len(enc.ids) > self.window else []
            pieces.extend((i, s, e) for s, e in self._windows(len(enc.ids), starts))
        logits = np.full((len(texts), len(self.labels)), -np.inf)
        token_logits = [np.full(len(enc.ids), -np.inf) for enc in encodings]
        # Similar lengths together: a batch is padded to its longest window only.
        order = sorted(range(len(pieces)), key=lambda k: pieces[k][2] - pieces[k][1])
        for b in range(0, len(order), self.batch_size):
            chunk = [pieces[k] for k in order[b:b + self.batch_size]]
            width = max(e - s for _, s, e in chunk) + 2
            ids = np.zeros((len(chunk), width), dtype=np.int64)
            att = np.zeros_like(ids)
            for j, (i, s, e) in enumerate(chunk):
                ids[j, :e - s + 2] = [self.cls, *encodings[i].ids[s:e], self.sep]
                att[j, :e - s + 2] = 1
            out, tok = self.session.run(None, {"input_ids": ids, "attention_mask": att})
            for j, (i, s, e) in enumerate(chunk):
                logits[i] = np.maximum(logits[i], np.asarray(out[j], dtype=np.float64))
                token_logits[i][s:e] = np.maximum(token_logits[i][s:e], tok[j, 1:e - s + 1])
        tokens = [[(a, b, float(z)) for (a, b), z in zip(enc.offsets, token_logits[i], strict=True)
                   if b > a] for i, enc in enumerate(encodings)]
        return logits, tokens

    def calibrate(self, logits: Matrix) -> Matrix:
        z = logits * self.scale + self.shift
        return np.asarray(1.0 / (1.0 + np.exp(-z)))

    def predict_proba(self, texts: Sequence[str]) -> Matrix:
        """Calibrated probabilities, shape (len(texts), len(labels))."""
        if not texts:
            return np.zeros((0, len(self.labels)))
        return self.calibrate(self.logits_with_tokens(texts)[0])

    def predict_with_tokens(self, texts: Sequence[str]
                            ) -> tuple[Matrix, list[list[tuple[int, int, float]]]]:
        if not texts:
            return np.zeros((0, len(self.labels))), []
        logits, tokens = self.logits_with_tokens(texts)
        return self.calibrate(logits), tokens


def sentence_starts(text: str, offsets: Sequence[tuple[int, int]]) -> list[int]:
    """The tokens that begin a sentence: after a full stop, question or exclamation mark and a
    space, or after a line break."""
    out = []
    for k in range(1, len(offsets)):
        gap = text[offsets[k - 1][1]:offsets[k][0]]
        before = text[offsets[k - 1][1] - 1] if offsets[k - 1][1] > 0 else ""
        if "\n" in gap or (gap and before in ".!?\u2026"):
            out.append(k)
    return out


def marked_words(text: str, tokens: Sequence[tuple[int, int, float]], most: int = 4,
                 bar: float = 0.0) -> list[tuple[int, int]]:
    """The evidence: whole words of ``text`` that the span head marks (logit above ``bar``),
    merged when only spaces or punctuation stand between them, never a lone stop word; the
    ``most`` strongest, in text order."""
    words: list[tuple[int, int, float]] = []
    for s, e, z in tokens:
        if z <= bar:
            continue
        while s > 0 and (text[s - 1].isalnum() or text[s - 1] in "'*"):
            s -= 1
        while e < len(text) and (text[e].isalnum() or text[e] in "'*"):
            e += 1
        if words and s <= words[-1][1]:
            ps, pe, pz = words[-1]
            words[-1] = (ps, max(pe, e), max(pz, z))
        else:
            words.append((s, e, z))
    merged: list[tuple[int, int, float]] = []
    for s, e, z in words:
        if merged and not text[merged[-1][1]:s].strip(" ,;:-"):
            ps, _, pz = merged[-1]
            merged[-1] = (ps, e, max(pz, z))
        else:
            merged.append((s, e, z))
    kept = [(s, e, z) for s, e, z in merged
            if any(w.lower().strip(".,;:!?'\"*()") not in STOP_WORDS for w in text[s:e].split())]
    strongest = sorted(kept, key=lambda t: -t[2])[:most]
    return sorted((s, e) for s, e, _ in strongest)


def leaning_words(text: str, tokens: Sequence[tuple[int, int, float]], most: int = 3,
                  within: float = 1.0) -> list[tuple[int, int]]:
    """When the span head marks nothing: the words it ranks highest (within ``within`` of its
    strongest token), so a flagged comment still shows what the model leaned on."""
    if not tokens:
        return []
    top = max(z for _, _, z in tokens)
    return marked_words(text, tokens, most, bar=top - within)


def encoder_artifact(onnx_bytes: bytes, tokenizer_json: str, labels: Sequence[str], version: str,
                     config: dict[str, Any], training: dict[str, Any],
                     metrics: dict[str, Any]) -> Artifact:
    return Artifact(
        kind=KIND, version=version, labels=list(labels), config=config, training=training,
        metrics=metrics,
        arrays={"onnx": np.frombuffer(onnx_bytes, dtype=np.uint8),
                "tokenizer": np.frombuffer(tokenizer_json.encode("utf-8"), dtype=np.uint8)},
    )
