"""A version derived from the last one (a few articles changed) is the version a full build makes, up to the
order of rows: same passages, vectors, sentences, BM25 scores, and the same answers from the real model."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from assistant.answer.compose import Assistant
from assistant.articles.corpus import load_corpus
from assistant.config import Settings
from assistant.embedding.embedders import Embedder
from assistant.index.build import build_index
from assistant.index.derive import derive_version, place
from assistant.index.layout import point_current
from assistant.index.loaded import Index, load_index
from assistant.index.updates import delete_article, put_article
from assistant.index.write import build_version

QUESTIONS = [
    "What happens if I stop baclofen suddenly?",
    "Can finasteride cause depression?",
    "Is it safe to take acetaminophen with alcohol?",
    "What helps hiccups that will not stop?",
    "How long does tizanidine stay in the body?",
]
HICCUPS = b"""---
title: Hiccups
tags: [hiccups]
---

Hiccups are sudden contractions of the diaphragm that usually stop on their own within minutes.

## Hiccups that will not stop

Hiccups that last more than two days are worth a visit to a doctor, because they can point to another condition.
"""


@pytest.mark.parametrize(
    ("before", "dropped", "added"),
    [
        (10, [], 3),
        (10, [2, 3, 4], 3),
        (10, [2, 3, 4], 1),
        (10, [2, 3, 4], 5),
        (10, [7, 8, 9], 1),
        (5, [0, 1, 2, 3, 4], 0),
    ],
)
def test_placement_keeps_rows_dense(before: int, dropped: list[int], added: int) -> None:
    placed = place(before, dropped, added)
    mapping = placed.new_row_of(before, dropped)
    kept = mapping[mapping >= 0].tolist()
    rows = sorted(kept + placed.targets)
    assert rows == list(range(before - len(dropped) + added)) == list(range(placed.total))
    assert all(mapping[r] == r for r in range(before) if r not in dropped and r < placed.total)


def _by_id(index: Index) -> dict[str, int]:
    rows = range(index.manifest.passages)
    return {p.id: row for row, p in index.store.passages(list(rows)).items()}


@pytest.mark.parametrize("index_type", ["flat", "hnsw"])
def test_a_derived_version_is_the_full_build(
    tmp_path: Path, corpus_copy: Path, model: Embedder, index_type: str
) -> None:
    settings = Settings(corpus=corpus_copy, index_dir=tmp_path / "index", index_type=index_type)
    build_index(settings, model)
    baclofen = corpus_copy / "baclofen.md"
    baclofen.write_text(baclofen.read_text().replace("Baclofen", "Baclofen (Lioresal)", 3))
    (corpus_copy / "tizanidine.md").unlink()
    (corpus_copy / "hiccups.md").write_bytes(HICCUPS)
    loaded = load_corpus(corpus_copy)

    derived = derive_version(settings, model, loaded)
    assert derived is not None and derived.embedded < derived.passages
    assert (settings.index_dir / "versions" / derived.version / "slots.npy").is_file()
    point_current(settings.index_dir, derived.version)
    fast = load_index(settings, model)
    other = settings.model_copy(update={"index_dir": tmp_path / "full"})
    shutil.copytree(settings.index_dir / "cache", other.index_dir / "cache")
    point_current(other.index_dir, build_version(other, model, loaded).version)
    full = load_index(other, model)

    assert fast.manifest.passages == full.manifest.passages
    fast_rows, full_rows = _by_id(fast), _by_id(full)
    assert fast_rows.keys() == full_rows.keys()
    pairs = [(fast_rows[i], full_rows[i]) for i in fast_rows]
    a, b = (np.array(side) for side in zip(*pairs, strict=True))
    assert np.array_equal(fast.passage_vectors(a.tolist()), full.passage_vectors(b.tolist()))
    fast_sentences, full_sentences = fast.store.sentences(a.tolist()), full.store.sentences(b.tolist())
    for x, y in pairs:
        assert [(s.start, s.end) for s in fast_sentences[x]] == [(s.start, s.end) for s in full_sentences[y]]
        rows_x, rows_y = [s.row for s in fast_sentences[x]], [s.row for s in full_sentences[y]]
        assert np.array_equal(fast.sentence_vectors[rows_x], full.sentence_vectors[rows_y])
    for question in QUESTIONS:
        assert np.allclose(fast.lexical.scores(question)[a], full.lexical.scores(question)[b], atol=1e-5)
        one = Assistant(settings, model, fast).answer(question)
        two = Assistant(other, model, full).answer(question)
        assert [(q.passage_id, q.text) for q in one.quotes] == [(q.passage_id, q.text) for q in two.quotes]
    assert any(
        q.article_id == "hiccups" for q in Assistant(settings, model, fast).answer(QUESTIONS[3]).quotes
    )


def test_updates_through_the_api_path_derive(tmp_path: Path, corpus_copy: Path, model: Embedder) -> None:
    """put and delete derive the next version (a few rows written), and it answers at once."""
    settings = Settings(corpus=corpus_copy, index_dir=tmp_path / "index", data_dir=tmp_path / "data")
    build_index(settings, model)
    report = put_article(settings, model, "hiccups", HICCUPS, "markdown")
    assert report.embedded == 2
    answer = Assistant(settings, model, load_index(settings, model)).answer(QUESTIONS[3])
    assert answer.quotes and answer.quotes[0].article_id == "hiccups"
    delete_article(settings, model, "hiccups")
    index = load_index(settings, model)
    assert "hiccups" not in {
        p.article_id for p in index.store.passages(list(range(index.manifest.passages))).values()
    }
