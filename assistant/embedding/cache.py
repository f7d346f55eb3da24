"""The embedding cache: vectors by (vectors id, content hash) in SQLite, kept across builds, and `embed_cached`,
which embeds only the texts the cache lacks.

Keyed by the embedder's `vectors_id` (model and, for int8, backend), so a change of backend never mixes vectors of
two kinds in one index. It imports neither ONNX Runtime nor torch: the embedder is passed in.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from pathlib import Path

import numpy as np
from tqdm import tqdm

from assistant.embedding.embedders import Embedder, Vectors


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
    known = cache.get(embedder.vectors_id, sorted(set(keys)), embedder.dimension)
    missing = sorted(
        {k: t for k, t in zip(keys, texts, strict=True) if k not in known}.items(), key=lambda kv: len(kv[1])
    )
    with tqdm(total=len(missing), unit="text", desc=desc, disable=not progress or not missing) as bar:
        for i in range(0, len(missing), batch):
            chunk = missing[i : i + batch]
            vectors = embedder.encode([t for _, t in chunk])
            fresh = {k: vectors[j] for j, (k, _) in enumerate(chunk)}
            cache.put(embedder.vectors_id, fresh)
            known.update(fresh)
            bar.update(len(chunk))
    matrix = np.empty((len(texts), embedder.dimension), dtype=np.float32)
    for row, key in enumerate(keys):
        matrix[row] = known[key]
    return matrix, len(missing)
