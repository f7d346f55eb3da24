"""BM25 over the same passages as the vector index (bm25s, English stop words, Snowball stemming).

Each passage is indexed as its article's title and tags, its section heading and its text, so a brand name
listed in an article's tags ("Propecia") finds the article's passages even where the text says "finasteride".
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import bm25s
import numpy as np
import Stemmer

logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets DEBUG on import and logs every build
_STEMMER = Stemmer.Stemmer("english")


def lexical_text(title: str, tags: Sequence[str], heading: str, text: str) -> str:
    return " ".join((title, " ".join(tags), heading, text))


def _tokenize(texts: Sequence[str], return_ids: bool) -> Any:
    """bm25s tokens (ids and vocabulary, or word lists), the same way for the index and for queries."""
    return bm25s.tokenize(
        list(texts), stopwords="en", stemmer=_STEMMER, return_ids=return_ids, show_progress=False
    )


class LexicalIndex:
    """A BM25 index whose document `n` is passage row `n`."""

    def __init__(self, model: bm25s.BM25) -> None:
        self._model = model
        self._vocabulary: dict[str, int] = model.vocab_dict

    @classmethod
    def build(cls, texts: Sequence[str]) -> LexicalIndex:
        model = bm25s.BM25()
        model.index(_tokenize(texts, return_ids=True), show_progress=False)
        return cls(model)

    def save(self, folder: Path) -> None:
        self._model.save(str(folder))

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex:
        return cls(bm25s.BM25.load(str(folder), mmap=True))

    def search(self, query: str, k: int) -> list[tuple[int, float]]:
        """Up to k rows that share a word with `query`, as (row, BM25 score), best first.

        Scores every document in one vectorised call and keeps the top k with a partial sort: the library's
        own `retrieve` starts a thread pool per call, which costs more than the scoring at this size.
        """
        scores = self.scores(query)
        k = min(k, scores.size)
        if not scores.any() or k <= 0:
            return []
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(int(r), float(scores[r])) for r in top if scores[r] > 0]

    def scores(self, query: str) -> np.ndarray:
        """The BM25 score of every row for `query` (all zero when it shares no word with the corpus)."""
        words = [w for w in _tokenize([query], return_ids=False)[0] if w in self._vocabulary]
        if not words:
            return np.zeros(len(self), dtype=np.float32)
        return np.asarray(self._model.get_scores(words), dtype=np.float32)

    def __len__(self) -> int:
        return int(self._model.scores["num_docs"])


def normalise(scores: Sequence[float]) -> np.ndarray:
    """Scores divided by the best, so a query's top lexical hit scores 1 whatever its length."""
    array = np.asarray(scores, dtype=np.float32)
    return array / array.max() if array.size and array.max() > 0 else array
