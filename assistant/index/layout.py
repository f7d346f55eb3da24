"""The index folder on disk: every file name in it, the manifest, which version is current, the build lock, the
lock that marks a version a server reads, and pruning. docs/architecture.md describes the folder (a test keeps
that page and these names in step); every other module takes its paths from here.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from assistant.config import Settings
from assistant.embedding.cache import EmbeddingCache
from assistant.errors import BuildBusy

FORMAT_VERSION = 5
HNSW_M, HNSW_EF_CONSTRUCTION, HNSW_EF_SEARCH = 32, 80, 128

# In the index folder.
CURRENT_FILE = "CURRENT"
VERSIONS_DIR = "versions"
BUILDING_PREFIX = ".building-"
CACHE_FILE = "cache/embeddings.sqlite"
JOURNAL_FILE = "update-journal.json"
BUILD_LOCK_FILE = ".build.lock"
# In each version's folder.
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


def versions_dir(root: Path) -> Path:
    return root / VERSIONS_DIR


def version_dir(root: Path, version: str) -> Path:
    return root / VERSIONS_DIR / version


def embedding_cache(root: Path) -> EmbeddingCache:
    """The embedding cache of the indexes under `root`, shared by every build and the triage examples."""
    return EmbeddingCache(root / CACHE_FILE)


def current_version(root: Path) -> Path | None:
    """The folder CURRENT points at, if there is a complete one."""
    try:
        name = (root / CURRENT_FILE).read_text().strip()
    except FileNotFoundError:
        return None
    folder = version_dir(root, name)
    return folder if (folder / MANIFEST_FILE).is_file() else None


def point_current(root: Path, version: str) -> None:
    """Serve `version` from now on: CURRENT is replaced in one rename."""
    tmp = root / f".{CURRENT_FILE}.{os.getpid()}"
    with tmp.open("w") as f:
        f.write(version + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, root / CURRENT_FILE)
    sync_dir(root)


def vector_index_type(settings: Settings, passages: int) -> str:
    """The FAISS index for this many passages: exact search while it is fast, HNSW above `hnsw_from`."""
    if settings.index_type != "auto":
        return settings.index_type
    return "hnsw" if passages >= settings.hnsw_from else "flat"


def settings_mismatch(manifest: Manifest, settings: Settings, vectors: str) -> str | None:
    """Why a version cannot serve these settings and vectors, or None when it can."""
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
    with (root / BUILD_LOCK_FILE).open("w") as lock:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError as e:
                if time.monotonic() >= deadline:
                    raise BuildBusy(f"another build or update of {root} is running") from e
                time.sleep(0.05)
        for leftover in versions_dir(root).glob(f"{BUILDING_PREFIX}*"):
            shutil.rmtree(leftover, ignore_errors=True)
        yield


def prune(root: Path, keep: int) -> None:
    """Remove all but the `keep` newest versions, never the current one nor one a server still reads."""
    current = current_version(root)
    versions = sorted((p for p in versions_dir(root).iterdir() if not p.name.startswith(".")), reverse=True)
    for old in versions[keep:]:
        if old != current and not in_use(old):
            shutil.rmtree(old, ignore_errors=True)


def hold(folder: Path) -> int:
    """Mark a version's folder as read, until the returned descriptor is closed: a shared lock on its
    manifest, which `prune` respects. A server process that has not yet switched to a newer version keeps its
    files."""
    fd = os.open(folder / MANIFEST_FILE, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_SH)
    return fd


def in_use(folder: Path) -> bool:
    """Whether a server holds this version (see `hold`)."""
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


def sync_dir(folder: Path) -> None:
    """Make the renames and removals in a folder durable."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
