"""A new index version derived from the served one when only a few articles changed: the one-article edit of the
API in a second or so on a corpus of thousands, where a full build re-chunks and re-tokenises everything.

An article whose stored digest (store.article_digest) is unchanged keeps its rows as they are: its vectors,
sentences, BM25 entries and store rows are copied. The rows of changed and removed articles are dropped; the
passages of changed and new articles are chunked, embedded (only text the cache lacks) and placed in the freed
rows, then after the last row; when fewer rows are needed, the last rows move into the remaining gaps, so passage
rows stay dense and only the changed articles and the few moved rows are written. Vectors are only added to the
FAISS index (an HNSW graph takes additions as it is) and `slots.npy` says which vector each row reads. Sentence
vectors are not rewritten at all: the last full build's file is shared by hard link and new sentences go to a
small file of their own (SentenceVectors); the rows of dropped sentences stay unread until a full build, which
comes when they would make the files a quarter larger.

The result is the version a full build would make up to the order of rows, which nothing reads for meaning: a
test compares answers from both.
"""

from __future__ import annotations

import logging
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np

from assistant.articles.corpus import LoadResult
from assistant.config import Settings
from assistant.embedding.cache import embed_cached
from assistant.embedding.embedders import Embedder
from assistant.index.layout import (
    ADDED_SENTENCES_FILE,
    FAISS_FILE,
    LEXICAL_DIR,
    SENTENCES_FILE,
    SLOTS_FILE,
    STORE_FILE,
    Manifest,
    current_version,
    embedding_cache,
    settings_mismatch,
    vector_index_type,
)
from assistant.index.lexical import LexicalIndex
from assistant.index.loaded import SentenceVectors
from assistant.index.store import article_digest, article_digests, derive_store, dropping
from assistant.index.write import BuildReport, check_loaded, chunk_articles, write_version

log = logging.getLogger(__name__)

MOST_CHANGED = 0.05  # above this share of changed articles, a full build is as quick and simpler
MAX_GROWTH = 1.25  # a full build once the sentence files hold this many times the rows of the last full build


@dataclass(frozen=True)
class Placement:
    """Where rows go when `dropped` rows leave a table of `total` rows and `added` rows come in."""

    total: int  # rows after
    targets: list[int]  # the row of each added one
    moves: list[tuple[int, int]]  # (old row, new row) of kept rows that move into gaps

    def new_row_of(self, before: int, dropped: list[int]) -> np.ndarray:
        """Each old row's new row, -1 for dropped ones."""
        mapping = np.arange(before, dtype=np.int64)
        mapping[np.asarray(dropped, dtype=np.int64)] = -1
        for old, new in self.moves:
            mapping[old] = new
        return mapping


def place(before: int, dropped: list[int], added: int) -> Placement:
    """Fill the gaps of `dropped` (sorted) with the added rows, then append; move the last kept rows into any
    gaps left, so that rows stay 0..total-1."""
    total = before - len(dropped) + added
    targets = dropped[:added] + list(range(before, before + max(0, added - len(dropped))))
    gaps = [row for row in dropped[added:] if row < total]
    gone = set(dropped)
    movers = [row for row in range(total, before) if row not in gone]
    if len(movers) != len(gaps):
        raise AssertionError("row placement is inconsistent")
    return Placement(total, targets, list(zip(movers, gaps, strict=True)))


def derive_version(settings: Settings, embedder: Embedder, loaded: LoadResult) -> BuildReport | None:
    """Derive a version of `loaded` from the current one, or None when a full build is needed (no current
    version, other settings or model, or too many changes). The caller holds the build lock."""
    started = time.monotonic()
    previous = current_version(settings.index_dir)
    if previous is None:
        return None
    manifest = Manifest.read(previous)
    if (
        settings_mismatch(manifest, settings, embedder.vectors_id)
        or manifest.dimension != embedder.dimension
        or manifest.corpus != str(settings.corpus.resolve())
    ):
        return None
    check_loaded(settings, loaded)
    digests = article_digests(previous / STORE_FILE)
    changed = [a for a in loaded.articles if digests.get(a.id) != article_digest(a)]
    stale = {a.id for a in changed} | (set(digests) - {a.id for a in loaded.articles})
    if len(stale) > max(10, MOST_CHANGED * len(loaded.articles)):
        return None
    gone = dropping(previous / STORE_FILE, stale)
    dropped = gone.rows
    chunked = chunk_articles(changed, settings, embedder)
    passages = place(manifest.passages, dropped, len(chunked.passages))
    if vector_index_type(settings, passages.total) != manifest.index_type or passages.total == 0:
        return None
    old_sentences = SentenceVectors(previous)
    if len(old_sentences) > MAX_GROWTH * old_sentences.base.shape[0]:
        return None  # the files hold too many rows no store row reads: time for a full build
    sentence_rows = list(range(len(old_sentences), len(old_sentences) + len(chunked.sentences)))

    # Vectors are only added: the old ones stay in their slots (those of dropped rows unread), the new ones go
    # after them, and `slot_of` says which slot each row reads. An HNSW graph takes additions as it is.
    vectors = faiss.read_index(str(previous / FAISS_FILE))
    old_slots = (
        np.load(previous / SLOTS_FILE) if (previous / SLOTS_FILE).is_file() else np.arange(manifest.passages)
    )
    if vectors.ntotal + len(chunked.passages) > MAX_GROWTH * passages.total:
        return None  # too many vectors of rows that are gone: time for a full build
    cache = embedding_cache(settings.index_dir)
    fresh, embedded = embed_cached(embedder, cache, chunked.texts)
    fresh_sentences, sentences_embedded = embed_cached(embedder, cache, chunked.sentence_texts(changed))
    new_row_of = passages.new_row_of(manifest.passages, dropped)
    slot_of = np.empty(passages.total, dtype=np.int64)
    slot_of[new_row_of[new_row_of >= 0]] = old_slots[new_row_of >= 0]
    slot_of[np.asarray(passages.targets, dtype=np.int64)] = np.arange(
        vectors.ntotal, vectors.ntotal + len(fresh)
    )
    if len(fresh):
        vectors.add(fresh)
    added = np.concatenate([old_sentences.added, fresh_sentences.astype(np.float16)])
    lexical = LexicalIndex.load(previous / LEXICAL_DIR).derive(
        new_row_of, passages.total, chunked.lexical, passages.targets
    )

    def write_parts(folder: Path) -> None:
        _link(previous / SENTENCES_FILE, folder / SENTENCES_FILE)
        np.save(folder / ADDED_SENTENCES_FILE, added)
        derive_store(
            previous / STORE_FILE,
            folder / STORE_FILE,
            stale,
            passages.moves,
            [a for a in loaded.articles if a.id not in stale],
            changed,
            zip(passages.targets, chunked.passages, strict=True),
            (
                (row, (passages.targets[p], start, end))
                for row, (p, start, end) in zip(sentence_rows, chunked.sentences, strict=True)
            ),
        )

    version = write_version(settings, embedder, loaded, vectors, lexical, write_parts, started, slot_of)
    log.info(
        "derived index %s from %s: %d article(s) changed or removed, %d passage(s) placed, %d row(s) moved",
        version,
        previous.name,
        len(stale),
        len(chunked.passages),
        len(passages.moves),
    )
    return BuildReport(
        version,
        len(loaded.articles),
        passages.total,
        embedded,
        passages.total - embedded,
        gone.all_sentences - gone.sentences + len(chunked.sentences),
        sentences_embedded,
        round(time.monotonic() - started, 2),
        loaded.problems,
        loaded.warnings,
    )


def _link(source: Path, target: Path) -> None:
    """A hard link (the file is never written again), or a copy where links cannot be made."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)
