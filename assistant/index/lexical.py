"""BM25 over the same passages as the vector index (English stop words, Snowball stemming, as bm25s tokenises).

Each passage is indexed as its article's title and tags, its section heading and its text, so a brand name
listed in an article's tags ("Propecia") finds the article's passages even where the text says "finasteride".

The scores are bm25s's "lucene" BM25 (k1 1.5, b 0.75; a test compares the two on the bundled corpus), but the
index keeps term frequencies rather than finished scores: document frequencies and the average length change
with every article, so a version that differs by one article is derived from the last one in a fraction of a
second (`derive`) instead of tokenising every passage again. Finished scores are computed once at load.

Files in the index folder: `vocabulary.json` (the stems, by id), `postings.npz` (by stem: `indptr`, the rows
that hold it and how often) and `lengths.npy` (stems per row).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt
import Stemmer

_STEMMER = Stemmer.Stemmer("english")
K1, B = 1.5, 0.75

Ints = npt.NDArray[np.int32]
Floats = npt.NDArray[np.float32]


def lexical_text(title: str, tags: Sequence[str], heading: str, text: str) -> str:
    return " ".join((title, " ".join(tags), heading, text))


_WORDS = re.compile(r"(?u)\b\w\w+\b").findall  # bm25s's (and scikit-learn's) token pattern
# bm25s's English stop words (tests/test_lexical.py checks they are still its list); importing bm25s for them
# would cost a server start-up a third of a second of SciPy.
# fmt: off
STOPWORDS = frozenset((
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no",
    "not", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this",
    "to", "was", "will", "with",
))
# fmt: on


def tokenize(texts: Sequence[str]) -> list[list[str]]:
    """The stems of each text, as `bm25s.tokenize(stopwords="en", stemmer=...)` makes them (a test compares),
    without its per-call progress bars and per-text stop-word sets, which cost more than a query's scoring."""
    return [_STEMMER.stemWords([w for w in _WORDS(text.lower()) if w not in STOPWORDS]) for text in texts]


class LexicalIndex:
    """A BM25 index whose document `n` is passage row `n`."""

    def __init__(
        self, vocabulary: list[str], indptr: Ints, rows: Ints, counts: Floats, lengths: Ints
    ) -> None:
        self.vocabulary = vocabulary
        self._ids = {word: i for i, word in enumerate(vocabulary)}
        self._indptr, self._rows, self._counts, self._lengths = indptr, rows, counts, lengths
        self._table: Floats | None = None  # each entry's finished score, made on first use

    @classmethod
    def build(cls, texts: Sequence[str]) -> LexicalIndex:
        empty = cls(
            [], np.zeros(1, np.int32), np.zeros(0, np.int32), np.zeros(0, np.float32), np.zeros(0, np.int32)
        )
        return empty.derive(np.zeros(0, np.int64), len(texts), texts, range(len(texts)))

    def derive(
        self, new_row_of: npt.NDArray[np.int64], rows: int, texts: Sequence[str], at: Sequence[int]
    ) -> LexicalIndex:
        """An index of `rows` rows: this one's row r at `new_row_of[r]` (left out where it is -1), and `texts`
        tokenised at the rows `at`. Only the new texts are tokenised."""
        if new_row_of.shape != (len(self),) or len(texts) != len(at):
            raise ValueError("derive needs a new row for every row and a row for every new text")
        vocabulary, ids = list(self.vocabulary), dict(self._ids)
        documents = tokenize(texts)
        for words in documents:
            for word in words:
                if word not in ids:
                    ids[word] = len(vocabulary)
                    vocabulary.append(word)
        sizes = np.fromiter((len(words) for words in documents), np.int64, len(documents))
        stems = np.fromiter((ids[w] for words in documents for w in words), np.int64, int(sizes.sum()))
        places = np.repeat(np.asarray(at, dtype=np.int64), sizes)
        pairs, counts = np.unique(places * max(len(vocabulary), 1) + stems, return_counts=True)
        old_terms = np.repeat(np.arange(len(self.vocabulary), dtype=np.int32), np.diff(self._indptr))
        kept = new_row_of[self._rows] >= 0
        lengths = np.zeros(rows, np.int32)
        lengths[new_row_of[new_row_of >= 0]] = self._lengths[new_row_of >= 0]
        lengths[np.asarray(at, dtype=np.int64)] = sizes
        terms = np.concatenate([old_terms[kept], (pairs % max(len(vocabulary), 1)).astype(np.int32)])
        places = np.concatenate([new_row_of[self._rows[kept]], pairs // max(len(vocabulary), 1)])
        order = np.argsort(terms, kind="stable")  # grouped by stem (the order of rows within a stem is free)
        indptr = np.zeros(len(vocabulary) + 1, np.int32)
        np.cumsum(np.bincount(terms, minlength=len(vocabulary)), out=indptr[1:])
        all_counts = np.concatenate([self._counts[kept], counts.astype(np.float32)])
        return LexicalIndex(vocabulary, indptr, places[order].astype(np.int32), all_counts[order], lengths)

    def _score_table(self) -> Floats:
        """Each entry's BM25 score (bm25s's lucene variant): idf(term) times the saturated term frequency."""
        documents = len(self)
        if not documents or not self._rows.size:
            return np.zeros(0, np.float32)
        frequency = np.diff(self._indptr).astype(np.float64)
        idf = np.where(frequency > 0, np.log(1 + (documents - frequency + 0.5) / (frequency + 0.5)), 0.0)
        average = max(float(self._lengths.mean()), 1e-9)
        length = self._lengths[self._rows].astype(np.float64)
        tf = self._counts.astype(np.float64)
        saturated = tf / (K1 * ((1 - B) + B * length / average) + tf)
        return (np.repeat(idf, np.diff(self._indptr)) * saturated).astype(np.float32)

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "vocabulary.json").write_text(json.dumps(self.vocabulary))
        np.savez(folder / "postings.npz", indptr=self._indptr, rows=self._rows, counts=self._counts)
        np.save(folder / "lengths.npy", self._lengths)

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex:
        vocabulary = json.loads((folder / "vocabulary.json").read_text())
        with np.load(folder / "postings.npz") as postings:
            indptr, rows, counts = postings["indptr"], postings["rows"], postings["counts"]
        return cls(vocabulary, indptr, rows, counts, np.load(folder / "lengths.npy"))

    def warm(self) -> None:
        """Compute every entry's score now rather than on the first question."""
        if self._table is None:
            self._table = self._score_table()

    def search(self, query: str, k: int) -> list[tuple[int, float]]:
        """Up to k rows that share a word with `query`, as (row, BM25 score), best first."""
        scores = self.scores(query)
        k = min(k, scores.size)
        if not scores.any() or k <= 0:
            return []
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(int(r), float(scores[r])) for r in top if scores[r] > 0]

    def scores(self, query: str) -> Floats:
        """The BM25 score of every row for `query` (all zero when it shares no word with the corpus). A stem
        the query repeats counts each time, as in bm25s."""
        scores = np.zeros(len(self), dtype=np.float32)
        self.warm()
        assert self._table is not None
        for word in tokenize([query])[0]:
            term = self._ids.get(word)
            if term is not None:
                start, end = self._indptr[term], self._indptr[term + 1]
                scores[self._rows[start:end]] += self._table[start:end]  # a row holds a stem once
        return scores

    def __len__(self) -> int:
        return int(self._lengths.size)


def relative_to_best(scores: Sequence[float]) -> np.ndarray:
    """Scores divided by the best, so a query's top lexical hit scores 1 whatever its length."""
    array = np.asarray(scores, dtype=np.float32)
    return array / array.max() if array.size and array.max() > 0 else array
