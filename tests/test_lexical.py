"""BM25 kept as term frequencies: the same stems and scores as bm25s, and a derived index equal to a rebuilt one."""

from __future__ import annotations

import json
from pathlib import Path

import bm25s
import numpy as np
import pytest

from assistant.articles.corpus import load_corpus
from assistant.config import Settings
from assistant.index.derive import place
from assistant.index.lexical import _STEMMER, STOPWORDS, LexicalIndex, tokenize
from assistant.index.write import chunk_articles
from tests.conftest import MEDQUAD, HashingEmbedder


@pytest.fixture(scope="module")
def texts(medquad_slice: Path) -> list[str]:
    loaded = load_corpus(medquad_slice)
    return chunk_articles(loaded.articles, Settings(), HashingEmbedder()).lexical


@pytest.fixture(scope="module")
def questions() -> list[str]:
    with (MEDQUAD / "questions_dev.jsonl").open() as f:
        asked = [json.loads(line)["question"] for _, line in zip(range(400), f, strict=False)]
    return [*asked[::4], "Isn't it the patient's 2nd dose?", "", "über naïve café", "the and of"]


def _bm25s_tokens(texts: list[str]) -> list[list[str]]:
    words: list[list[str]] = bm25s.tokenize(
        texts, stopwords="en", stemmer=_STEMMER, return_ids=False, show_progress=False
    )
    return words


def test_stems_are_bm25s_stems(texts: list[str], questions: list[str]) -> None:
    assert frozenset(bm25s.stopwords.STOPWORDS_EN) == STOPWORDS
    sample = texts[:300] + questions
    assert tokenize(sample) == _bm25s_tokens(sample)


def test_scores_are_bm25s_scores(texts: list[str], questions: list[str]) -> None:
    ours = LexicalIndex.build(texts)
    theirs = bm25s.BM25()
    theirs.index(
        bm25s.tokenize(texts, stopwords="en", stemmer=_STEMMER, show_progress=False), show_progress=False
    )
    for question in questions:
        words = [w for w in _bm25s_tokens([question])[0] if w in theirs.vocab_dict]
        expected = theirs.get_scores(words) if words else np.zeros(len(texts))
        assert np.allclose(ours.scores(question), expected, atol=1e-5), question


def test_a_derived_index_is_a_rebuilt_one(tmp_path: Path, texts: list[str], questions: list[str]) -> None:
    """Rows 10-19 dropped, four texts placed as a version update places them (gaps first, the last rows moved
    into the gaps left): every row scores as in a full build of the same texts in the same rows."""
    LexicalIndex.build(texts).save(tmp_path / "bm25")
    index = LexicalIndex.load(tmp_path / "bm25")
    dropped = list(range(10, 20))
    added = ["Hiccups are sudden contractions of the diaphragm.", texts[5], "zebrafish " * 40, ""]
    placed = place(len(texts), dropped, len(added))
    new_row_of = placed.new_row_of(len(texts), dropped)
    derived = index.derive(new_row_of, placed.total, added, placed.targets)
    expected = [""] * placed.total
    for old, new in enumerate(new_row_of.tolist()):
        if new >= 0:
            expected[new] = texts[old]
    for text, row in zip(added, placed.targets, strict=True):
        expected[row] = text
    rebuilt = LexicalIndex.build(expected)
    assert len(derived) == len(rebuilt) == placed.total
    for question in [*questions, "hiccups diaphragm", "zebrafish"]:
        assert np.allclose(derived.scores(question), rebuilt.scores(question), atol=1e-6), question
    assert derived.search("zebrafish", 5)[0][0] == placed.targets[2]
