"""Build, check and load the index: a FAISS file, the passage store and a manifest that describes them.

Layout of the index folder:

    CURRENT                 the name of the version being served (replaced atomically)
    versions/<id>/          passages.faiss (flat or HNSW by size), store.sqlite, manifest.json, bm25/ (the
                            lexical index) and sentences.npy (float16 vectors of every passage's sentences, for
                            highlighting); a version derived from another (incremental.py) also has slots.npy
                            (where each row's vector is) and sentences-added.npy (its new sentences' vectors)
    cache/embeddings.sqlite embeddings by vectors id and content hash, shared by every build
    update-journal.json     while an article update is being applied (see journal.py)

A build writes `versions/.building-<id>/`, renames it when complete and only then points CURRENT at it, so an
interrupted or failed build leaves the last good index serving. A server holds a shared lock on the manifest of
the version it serves, and pruning leaves such versions alone, so several server processes can switch to a new
version each in its own time.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import logging
import os
import shutil
import time
import uuid
import weakref
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Literal

import faiss
import numpy as np

from assistant.articles.chunking import Passage, chunk_article, embedding_text, sentence_units
from assistant.articles.corpus import (
    Article,
    ArticleProblem,
    LoadResult,
    corpus_files,
    fingerprint,
    load_corpus,
)
from assistant.config import Settings
from assistant.embedding.embedders import Embedder, EmbeddingCache, Vectors, embed_cached, vectors_id
from assistant.errors import BuildBusy, BuildFailed, IndexMismatch, IndexMissing
from assistant.index import journal
from assistant.index.journal import step, sync_dir
from assistant.index.lexical import LexicalIndex, lexical_text
from assistant.index.store import Catalogue, Store, write_store

log = logging.getLogger(__name__)

FORMAT_VERSION = 5
HNSW_M, HNSW_EF_CONSTRUCTION, HNSW_EF_SEARCH = 32, 80, 128
FAISS_FILE, STORE_FILE, MANIFEST_FILE = "passages.faiss", "store.sqlite", "manifest.json"
LEXICAL_DIR, SENTENCES_FILE, ADDED_SENTENCES_FILE = "bm25", "sentences.npy", "sentences-added.npy"
SLOTS_FILE = "slots.npy"


@dataclass(frozen=True)
class Manifest:
    """What a built index is: read back on load and compared with the settings."""

    format_version: int
    model: str
    vectors_id: str
    index_type: str
    dimension: int
    max_tokens: int | None
    chunk_max_words: int
    chunk_min_words: int
    corpus: str
    corpus_fingerprint: str
    articles: int
    passages: int
    refused: int
    built_at: str
    build_seconds: float

    @classmethod
    def read(cls, folder: Path) -> Manifest:
        return cls(**json.loads((folder / MANIFEST_FILE).read_text()))


@dataclass
class BuildReport:
    """What `build_index` did, for the CLI's summary."""

    version: str
    articles: int
    passages: int
    embedded: int
    cached: int
    sentences: int
    sentences_embedded: int
    seconds: float
    problems: list[ArticleProblem] = field(default_factory=list)
    warnings: list[ArticleProblem] = field(default_factory=list)


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


def build_index(settings: Settings, embedder: Embedder, progress: bool = False) -> BuildReport:
    """Index the corpus into a new version and switch to it. Raises BuildFailed, leaving the old one serving."""
    started = time.monotonic()
    root = settings.index_dir
    with build_lock(root):
        recover(settings)
        loaded = load_corpus(settings.corpus)
        from assistant.index.derive import derive_version  # it builds on this module

        report = derive_version(settings, embedder, loaded) or build_version(
            settings, embedder, loaded, progress
        )
        point_current(root, report.version)
        prune(root, settings.keep_versions)
    report.seconds = round(time.monotonic() - started, 2)
    return report


def build_version(
    settings: Settings, embedder: Embedder, loaded: LoadResult, progress: bool = False
) -> BuildReport:
    """Build a complete index version of these articles under versions/, without serving it yet.
    The caller holds the build lock."""
    started = time.monotonic()
    check_loaded(settings, loaded)
    chunked = chunk_articles(loaded.articles, settings, embedder)
    cache = embedding_cache(settings.index_dir)
    matrix, embedded = embed_cached(embedder, cache, chunked.texts, progress=progress)
    sentence_matrix, sentences_embedded = embed_cached(
        embedder,
        cache,
        chunked.sentence_texts(loaded.articles),
        progress=progress,
        desc="Embedding sentences",
    )
    lexical = LexicalIndex.build(chunked.lexical)

    def store(folder: Path) -> None:
        write_store(folder / STORE_FILE, loaded.articles, chunked.passages, chunked.sentences)
        np.save(folder / SENTENCES_FILE, sentence_matrix.astype(np.float16))

    vectors = _vector_index(vector_index_type(settings, len(chunked.passages)), embedder.dimension)
    vectors.add(matrix)
    version = write_version(settings, embedder, loaded, vectors, lexical, store, started)
    return BuildReport(
        version,
        len(loaded.articles),
        len(chunked.passages),
        embedded,
        len(chunked.passages) - embedded,
        len(chunked.sentences),
        sentences_embedded,
        round(time.monotonic() - started, 2),
        loaded.problems,
        loaded.warnings,
    )


@dataclass
class Chunked:
    """The passages of some articles, with what is embedded and BM25-indexed of each, and their sentences as
    (position in `passages`, start, end) in article offsets."""

    passages: list[Passage] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    lexical: list[str] = field(default_factory=list)
    sentences: list[tuple[int, int, int]] = field(default_factory=list)

    def sentence_texts(self, articles: list[Article]) -> list[str]:
        texts_of = {a.id: a.text for a in articles}
        return [texts_of[self.passages[p].article_id][a:b] for p, a, b in self.sentences]


def chunk_articles(articles: list[Article], settings: Settings, embedder: Embedder) -> Chunked:
    fits = embedder.fits if embedder.max_tokens else None
    out = Chunked()
    for article in articles:
        for p in chunk_article(article, settings.chunk_max_words, settings.chunk_min_words, fits):
            heading = article.sections[p.section_index].heading
            out.sentences.extend(
                (len(out.passages), u.start, u.end)
                for u in sentence_units(article.text, p.start, p.end, settings.chunk_max_words)
            )
            out.passages.append(p)
            out.texts.append(embedding_text(article, p.section_index, p.text))
            out.lexical.append(lexical_text(article.title, article.tags, heading, p.text))
    return out


def write_version(
    settings: Settings,
    embedder: Embedder,
    loaded: LoadResult,
    vectors: Any,
    lexical: LexicalIndex,
    store: Callable[[Path], None],
    started: float,
    slot_of: np.ndarray | None = None,
) -> str:
    """Write a version folder from its parts (`store` writes the store and the sentence vectors into the folder
    it is given; `slot_of`, when vector n is not row n, says where each row's vector is), rename it into place
    complete, and return its name. Nothing points at it yet."""
    passages = vectors.ntotal if slot_of is None else len(slot_of)
    version = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%f") + "-" + uuid.uuid4().hex[:6]  # sorts by age
    versions = settings.index_dir / "versions"
    partial = versions / f".building-{version}"
    partial.mkdir(parents=True)
    try:
        faiss.write_index(vectors, str(partial / FAISS_FILE))
        if slot_of is not None:
            np.save(partial / SLOTS_FILE, slot_of)
        lexical.save(partial / LEXICAL_DIR)
        store(partial)
        manifest = Manifest(
            format_version=FORMAT_VERSION,
            model=embedder.name,
            vectors_id=embedder.vectors_id,
            index_type=vector_index_type(settings, passages),
            dimension=embedder.dimension,
            max_tokens=embedder.max_tokens,
            chunk_max_words=settings.chunk_max_words,
            chunk_min_words=settings.chunk_min_words,
            corpus=str(settings.corpus.resolve()),
            corpus_fingerprint=loaded.fingerprint,
            articles=len(loaded.articles),
            passages=passages,
            refused=len(loaded.problems),
            built_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            build_seconds=round(time.monotonic() - started, 2),
        )
        (partial / MANIFEST_FILE).write_text(json.dumps(asdict(manifest), indent=2) + "\n")
        sync_dir(partial)
        partial.rename(versions / version)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    step("version-built")
    return version


def check_loaded(settings: Settings, loaded: LoadResult) -> None:
    for problem in loaded.problems:
        log.warning("refused %s", problem)
    for note in loaded.warnings:
        log.warning("%s", note)
    if not loaded.articles:
        raise BuildFailed(
            f"no article in {settings.corpus} could be indexed ({len(loaded.problems)} refused)"
        )


def recover(settings: Settings) -> str | None:
    """Finish or clear an update a crash interrupted (see journal.py). The caller holds the build lock."""
    return journal.recover(settings.index_dir, settings.corpus, partial(point_current, settings.index_dir))


def embedding_cache(root: Path) -> EmbeddingCache:
    """The embedding cache of the indexes under `root`, shared by every build and the triage examples."""
    return EmbeddingCache(root / "cache" / "embeddings.sqlite")


def current_version(root: Path) -> Path | None:
    """The folder CURRENT points at, if there is a complete one."""
    try:
        name = (root / "CURRENT").read_text().strip()
    except FileNotFoundError:
        return None
    folder = root / "versions" / name
    return folder if (folder / MANIFEST_FILE).is_file() else None


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


def vector_index_type(settings: Settings, passages: int) -> str:
    """The FAISS index for this many passages: exact search while it is fast, HNSW above `hnsw_from`."""
    if settings.index_type != "auto":
        return settings.index_type
    return "hnsw" if passages >= settings.hnsw_from else "flat"


def _vector_index(index_type: str, dimension: int) -> Any:
    if index_type == "hnsw":
        index = faiss.IndexHNSWFlat(dimension, HNSW_M, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        return index
    return faiss.IndexFlatIP(dimension)


def settings_mismatch(manifest: Manifest, settings: Settings, vectors: str) -> str | None:
    if manifest.format_version != FORMAT_VERSION:
        return f"the index has format {manifest.format_version}; this version reads format {FORMAT_VERSION}"
    if manifest.vectors_id != vectors:
        return f"the index holds {manifest.vectors_id!r} vectors, but the settings ask for {vectors!r}"
    if settings.index_type != "auto" and manifest.index_type != settings.index_type:
        return f"the index is {manifest.index_type}, but the settings ask for {settings.index_type}"
    built = (manifest.chunk_max_words, manifest.chunk_min_words)
    wanted = (settings.chunk_max_words, settings.chunk_min_words)
    if built != wanted:
        return f"the index was chunked with (max, min) words {built}, but the settings ask for {wanted}"
    return None


@contextmanager
def build_lock(root: Path, wait: float = 0.0) -> Iterator[None]:
    """One build or update at a time per index folder, waiting up to `wait` seconds for another to end;
    leftovers of killed builds are removed under the lock."""
    root.mkdir(parents=True, exist_ok=True)
    with (root / ".build.lock").open("w") as lock:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError as e:
                if time.monotonic() >= deadline:
                    raise BuildBusy(f"another build or update of {root} is running") from e
                time.sleep(0.05)
        for leftover in (root / "versions").glob(".building-*"):
            shutil.rmtree(leftover, ignore_errors=True)
        yield


def point_current(root: Path, version: str) -> None:
    tmp = root / f".CURRENT.{os.getpid()}"
    with tmp.open("w") as f:
        f.write(version + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, root / "CURRENT")
    sync_dir(root)


def prune(root: Path, keep: int) -> None:
    """Remove all but the `keep` newest versions, never the current one nor one a server still reads."""
    current = current_version(root)
    versions = sorted((p for p in (root / "versions").iterdir() if not p.name.startswith(".")), reverse=True)
    for old in versions[keep:]:
        if old != current and not _in_use(old):
            shutil.rmtree(old, ignore_errors=True)


def _hold(index: Index) -> None:
    """Mark the index's folder as read until the Index object is gone: a shared lock on its manifest, which
    `prune` respects. A server process that has not yet switched to a newer version keeps its files."""
    fd = os.open(index.path / MANIFEST_FILE, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_SH)
    weakref.finalize(index, os.close, fd)


def _in_use(folder: Path) -> bool:
    try:
        fd = os.open(folder / MANIFEST_FILE, os.O_RDONLY)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False
