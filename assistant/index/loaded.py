"""A loaded index version, what serving reads: the vectors, the passage store, BM25 and the sentence vectors;
and whether the current version can serve the settings as they are.

A loaded version holds a shared lock on its manifest (layout.hold) for as long as the `Index` object lives, so
a build in another process never prunes the files a server still reads.
"""

from __future__ import annotations

import os
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import faiss
import numpy as np

from assistant.articles.corpus import corpus_files, fingerprint
from assistant.config import Settings
from assistant.embedding.embedders import Embedder, Vectors, vectors_id
from assistant.errors import IndexMismatch, IndexMissing
from assistant.index.layout import (
    ADDED_SENTENCES_FILE,
    FAISS_FILE,
    HNSW_EF_SEARCH,
    LEXICAL_DIR,
    SENTENCES_FILE,
    SLOTS_FILE,
    STORE_FILE,
    Manifest,
    current_version,
    hold,
    settings_mismatch,
)
from assistant.index.lexical import LexicalIndex
from assistant.index.store import Catalogue, Store


@dataclass(frozen=True)
class IndexStatus:
    state: Literal["fresh", "missing", "stale", "mismatch"]
    reason: str


@dataclass
class Index:
    """A loaded index version: vectors to search and the store that names what each row is."""

    path: Path
    manifest: Manifest
    vectors: Any  # faiss.Index
    store: Store
    lexical: LexicalIndex
    sentence_vectors: SentenceVectors  # row j is sentence j of the store
    catalogue: Catalogue
    # Where each passage row's vector is in `vectors`, and which row each vector is (-1: an article since
    # changed or removed), in a derived version; None when vector n is row n.
    slot_of: np.ndarray | None = None
    row_of: np.ndarray | None = None

    @property
    def version(self) -> str:
        return self.path.name

    def search(self, query: Vectors, k: int) -> list[tuple[int, float]]:
        """The k nearest rows to one normalised query vector, as (row, cosine similarity), best first."""
        dead = self.vectors.ntotal - self.manifest.passages
        wanted = min(k + min(dead, k), self.vectors.ntotal)  # room for vectors of rows that are gone
        if wanted <= 0:
            return []
        scores, slots = self.vectors.search(query.reshape(1, -1), wanted)
        found = [(int(s), float(c)) for s, c in zip(slots[0], scores[0], strict=True) if s >= 0]
        if self.row_of is not None:
            found = [(int(self.row_of[s]), c) for s, c in found if self.row_of[s] >= 0]
        return found[:k]

    def passage_vectors(self, rows: Sequence[int]) -> Vectors:
        slots = np.asarray(rows, dtype=np.int64)
        if self.slot_of is not None:
            slots = self.slot_of[slots]
        return np.asarray(self.vectors.reconstruct_batch(slots), dtype=np.float32)

    def similarities(self, query: Vectors, rows: list[int]) -> list[float]:
        """Cosine similarity between the query and each of these rows (rows a search did not return)."""
        if not rows:
            return []
        return [float(s) for s in self.passage_vectors(rows) @ query]


class SentenceVectors:
    """Float16 sentence vectors: `sentences.npy` (memory-mapped, shared by hard link with the versions derived
    from this one) and, in a derived version, `sentences-added.npy` for the rows after it. Rows of sentences no
    longer in the store stay in the files, unread, until the next full build."""

    def __init__(self, folder: Path) -> None:
        self.base = np.load(folder / SENTENCES_FILE, mmap_mode="r")
        added = folder / ADDED_SENTENCES_FILE
        self.added = np.load(added) if added.is_file() else np.zeros((0, self.base.shape[1]), np.float16)
        self.dimension = int(self.base.shape[1])

    def __len__(self) -> int:
        return int(self.base.shape[0] + self.added.shape[0])

    def __getitem__(self, rows: Sequence[int]) -> np.ndarray:
        wanted = np.asarray(rows, dtype=np.int64)
        out = np.empty((wanted.size, self.dimension), dtype=np.float16)
        low = wanted < self.base.shape[0]
        out[low] = self.base[wanted[low]]
        out[~low] = self.added[wanted[~low] - self.base.shape[0]]
        return out


def index_status(settings: Settings, vectors: str | None = None) -> IndexStatus:
    """Whether the index can serve these settings as they are (fresh), or needs building. `vectors` is the
    embedder's `vectors_id` when it is not the one the settings name."""
    folder = current_version(settings.index_dir)
    if folder is None:
        return IndexStatus("missing", f"no index has been built in {settings.index_dir}")
    manifest = Manifest.read(folder)
    problem = settings_mismatch(
        manifest, settings, vectors or vectors_id(settings.model, settings.embed_backend)
    )
    if problem:
        return IndexStatus("mismatch", problem)
    if manifest.corpus != str(settings.corpus.resolve()):
        return IndexStatus("stale", f"the index was built from {manifest.corpus}, not {settings.corpus}")
    if manifest.corpus_fingerprint != fingerprint(corpus_files(settings.corpus)):
        return IndexStatus("stale", f"articles in {settings.corpus} changed since the index was built")
    return IndexStatus("fresh", f"index {folder.name} is up to date")


def load_index(settings: Settings, embedder: Embedder) -> Index:
    """Load the current version, refusing one built with another model, dimension or chunking."""
    folder = current_version(settings.index_dir)
    if folder is None:
        raise IndexMissing(f"no index has been built in {settings.index_dir}: run `assistant index`")
    manifest = Manifest.read(folder)
    problem = settings_mismatch(manifest, settings, embedder.vectors_id)
    if problem is None and manifest.dimension != embedder.dimension:
        problem = (
            f"the index has {manifest.dimension}-dimensional vectors, the model makes {embedder.dimension}"
        )
    if problem:
        raise IndexMismatch(f"{problem}: run `assistant index` to rebuild {settings.index_dir}")
    vectors = faiss.read_index(str(folder / FAISS_FILE))
    slot_of = row_of = None
    if (folder / SLOTS_FILE).is_file():
        slot_of = np.load(folder / SLOTS_FILE)
        row_of = np.full(vectors.ntotal, -1, dtype=np.int64)
        row_of[slot_of] = np.arange(len(slot_of))
    if (vectors.ntotal if slot_of is None else len(slot_of)) != manifest.passages:
        raise IndexMismatch(
            f"{folder} holds {vectors.ntotal} vectors but its manifest lists {manifest.passages}"
        )
    if manifest.index_type == "hnsw":
        faiss.ParameterSpace().set_index_parameter(vectors, "efSearch", HNSW_EF_SEARCH)
    # One question at a time: an exact search over tens of thousands of vectors takes a few milliseconds on one
    # thread, and three times as long when FAISS's threads contend with the model's (measured on 2 cores).
    faiss.omp_set_num_threads(1)
    store = Store(folder / STORE_FILE)
    lexical = LexicalIndex.load(folder / LEXICAL_DIR)
    lexical.warm()
    sentence_vectors = SentenceVectors(folder)
    if len(lexical) != manifest.passages or sentence_vectors.dimension != manifest.dimension:
        raise IndexMismatch(f"{folder} is incomplete: its lexical index or sentence vectors do not match")
    index = Index(
        folder, manifest, vectors, store, lexical, sentence_vectors, store.catalogue(), slot_of, row_of
    )
    _hold(index)
    return index


def _hold(index: Index) -> None:
    """Keep the index's folder from being pruned until the Index object is gone."""
    weakref.finalize(index, os.close, hold(index.path))
