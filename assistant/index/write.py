"""Write one index version: chunk and embed articles, and put a version folder in place complete; the full build.

A version is written into `versions/.building-<id>/` and renamed into place only when every file is in it, so a
build killed at any moment leaves no half-written version behind (the build lock removes the leftover). Nothing
serves it until build.py points CURRENT at it.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import shutil
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import faiss
import numpy as np

from assistant.articles.chunking import Passage, chunk_article, embedding_text, sentence_units
from assistant.articles.corpus import Article, ArticleProblem, LoadResult
from assistant.config import Settings
from assistant.embedding.cache import embed_cached
from assistant.embedding.embedders import Embedder
from assistant.errors import BuildFailed
from assistant.index.journal import step
from assistant.index.layout import (
    BUILDING_PREFIX,
    FAISS_FILE,
    FORMAT_VERSION,
    HNSW_EF_CONSTRUCTION,
    HNSW_M,
    LEXICAL_DIR,
    MANIFEST_FILE,
    SENTENCES_FILE,
    SLOTS_FILE,
    STORE_FILE,
    Manifest,
    embedding_cache,
    sync_dir,
    vector_index_type,
    versions_dir,
)
from assistant.index.lexical import LexicalIndex, lexical_text
from assistant.index.store import write_store

log = logging.getLogger(__name__)


@dataclass
class BuildReport:
    """What a build did, for the CLI's summary."""

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

    def write_parts(folder: Path) -> None:
        write_store(folder / STORE_FILE, loaded.articles, chunked.passages, chunked.sentences)
        np.save(folder / SENTENCES_FILE, sentence_matrix.astype(np.float16))

    vectors = _vector_index(vector_index_type(settings, len(chunked.passages)), embedder.dimension)
    vectors.add(matrix)
    version = write_version(settings, embedder, loaded, vectors, lexical, write_parts, started)
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
    write_parts: Callable[[Path], None],
    started: float,
    slot_of: np.ndarray | None = None,
) -> str:
    """Write a version folder from its parts (`write_parts` writes the store and the sentence vectors into the
    folder it is given; `slot_of`, when vector n is not row n, says where each row's vector is), rename it into
    place complete, and return its name. Nothing points at it yet."""
    passages = vectors.ntotal if slot_of is None else len(slot_of)
    # Version names sort by age.
    version = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%f") + "-" + uuid.uuid4().hex[:6]
    versions = versions_dir(settings.index_dir)
    building = versions / f"{BUILDING_PREFIX}{version}"
    building.mkdir(parents=True)
    try:
        faiss.write_index(vectors, str(building / FAISS_FILE))
        if slot_of is not None:
            np.save(building / SLOTS_FILE, slot_of)
        lexical.save(building / LEXICAL_DIR)
        write_parts(building)
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
        (building / MANIFEST_FILE).write_text(json.dumps(asdict(manifest), indent=2) + "\n")
        sync_dir(building)
        building.rename(versions / version)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    step("version-built")
    return version


def check_loaded(settings: Settings, loaded: LoadResult) -> None:
    """Log the articles refused and the warnings; a corpus with no article to index fails the build."""
    for problem in loaded.problems:
        log.warning("refused %s", problem)
    for note in loaded.warnings:
        log.warning("%s", note)
    if not loaded.articles:
        raise BuildFailed(
            f"no article in {settings.corpus} could be indexed ({len(loaded.problems)} refused)"
        )


def _vector_index(index_type: str, dimension: int) -> Any:
    if index_type == "hnsw":
        index = faiss.IndexHNSWFlat(dimension, HNSW_M, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        return index
    return faiss.IndexFlatIP(dimension)
