"""The learned urgency screen beside the rules: is a message about self-harm or a medical emergency?

The rules (`rules.py`) are precise and say why; they catch the wordings someone wrote down. This screen adds
recall for the rest: a logistic regression over the message's embedding, trained on thousands of labelled
messages written from `docs/safety-policy.md` by writers who never saw the rules (`eval/urgency/`), with hard
negatives (first-aid and academic questions, idioms, fiction, past events). Two heads share the labels:

- `english`: on the MiniLM vector the answer computes anyway (no extra model run);
- `multilingual`: on the multilingual-e5 vector, computed only for messages not written in English.

Each head reads two things: the sentence embedding (meaning, across wordings) and hashed character n-grams of
the words (2 to 5 letters: slang, misspellings and words of other scripts the embedding blurs). Measured
out of fold on the first 2,289 English training messages, the two together beat either alone: at 3% false alarms,
urgent recall 0.87 against 0.78-0.80 for the embedding alone and 0.83 for the n-grams alone (docs/safety.md).

A message is urgent when the rules or the screen say so; staff see which did, and the screen's probabilities.
The weights are a small file in the package (`assistant/data/urgency.npz`), made by `assistant train-urgency`
from the stored data, reproducibly (fixed folds and solver, no randomness); `tests/test_urgency.py` checks that
retraining gives the shipped figures. Inference is two matrix-vector products in numpy: no scikit-learn at run
time.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
import zlib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

import numpy as np

from assistant.resources import DATA_DIR

__all__ = ["LABELS", "WEIGHTS", "Head", "Screened", "UrgencyModel", "ngrams"]

WEIGHTS = DATA_DIR / "urgency.npz"
LABELS = ("self_harm", "emergency", "other")
HeadName = Literal["english", "multilingual"]

HASH_BUCKETS = (
    2**18
)  # hashed character n-grams (collisions are rare at this size for a few thousand messages)
EMBEDDING_WEIGHT = (
    2.0  # the embedding block's scale beside the unit-length n-gram block (measured: 1-3 alike)
)
_WORDS = re.compile(r"\w+")


def ngrams(text: str) -> tuple[np.ndarray, np.ndarray]:
    """The message's character 2- to 5-grams within words (each padded with a space at both ends), hashed to
    `HASH_BUCKETS` with CRC-32: (bucket indices, counts). Lower case, compatibility forms folded."""
    folded = unicodedata.normalize("NFKC", text).lower()
    counts: Counter[int] = Counter()
    for word in _WORDS.findall(folded):
        padded = f" {word[:40]} "
        for n in range(2, 6):
            for i in range(len(padded) - n + 1):
                counts[zlib.crc32(padded[i : i + n].encode("utf-8")) % HASH_BUCKETS] += 1
    if not counts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    index = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    value = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
    return index, value


def weighted(index: np.ndarray, counts: np.ndarray, idf: np.ndarray) -> np.ndarray:
    """Sublinear tf times idf, then unit length (as scikit-learn's TfidfVectorizer does)."""
    if not len(index):
        return counts
    v = (1.0 + np.log(counts)) * idf[index]
    norm = math.sqrt(float(v @ v))
    return np.asarray(v / norm if norm else v, dtype=np.float32)


@dataclass(frozen=True)
class Screened:
    """What the screen makes of one message: each urgent category's probability, and the category it calls
    (None: not urgent) at the head's threshold."""

    head: HeadName
    self_harm: float
    emergency: float
    category: Literal["self_harm", "emergency"] | None

    def describe(self) -> str:
        return f"{self.head} model: self-harm {self.self_harm:.2f}, emergency {self.emergency:.2f}"


@dataclass(frozen=True)
class Head:
    """One fitted multinomial logistic regression over [embedding * EMBEDDING_WEIGHT, n-gram tf-idf], and the
    threshold chosen for it when it was trained."""

    name: HeadName
    coef: np.ndarray  # (3, dim): the embedding's weights
    ngram_coef: np.ndarray  # (3, HASH_BUCKETS)
    idf: np.ndarray  # (HASH_BUCKETS,)
    intercept: np.ndarray  # (3,)
    threshold: float  # on P(self_harm) + P(emergency)

    def probabilities(
        self, vector: np.ndarray, text: str, grams: tuple[np.ndarray, np.ndarray] | None = None
    ) -> np.ndarray:
        """(3,) probabilities in `LABELS` order for one message's embedding and text (`grams`: its `ngrams`, when
        already counted)."""
        index, counts = grams if grams is not None else ngrams(text)
        values = weighted(index, counts, self.idf)
        logits = self.coef @ (vector * EMBEDDING_WEIGHT) + self.ngram_coef[:, index] @ values + self.intercept
        logits = logits - logits.max()
        e = np.exp(logits)
        return np.asarray(e / e.sum())

    def screen(self, vector: np.ndarray, text: str) -> Screened:
        """Urgent when self-harm and emergency together are likely enough (a message can read as both: an
        overdose, a seizure after stopping a medicine); then the likelier of the two."""
        p = self.probabilities(vector, text)
        sh, em = float(p[0]), float(p[1])
        category: Literal["self_harm", "emergency"] | None = None
        if sh + em >= self.threshold:
            category = "self_harm" if sh >= em else "emergency"
        return Screened(self.name, sh, em, category)


class UrgencyModel:
    """Both heads, from the shipped weights file (or another, for tests and retraining)."""

    def __init__(self, english: Head, multilingual: Head, meta: dict[str, object]) -> None:
        self.english = english
        self.multilingual = multilingual
        self.meta = meta

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> UrgencyModel:
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(str(data["meta"]))
            heads = [
                Head(
                    name,
                    data[f"{name}_coef"].astype(np.float32),
                    data[f"{name}_ngram_coef"].astype(np.float32),
                    data[f"{name}_idf"].astype(np.float32),
                    data[f"{name}_intercept"].astype(np.float32),
                    float(data[f"{name}_threshold"]),
                )
                for name in ("english", "multilingual")
            ]
        return cls(heads[0], heads[1], meta)

    def save(self, path: Path) -> None:
        arrays: dict[str, np.ndarray] = {"meta": np.array(json.dumps(self.meta, sort_keys=True))}
        for head in (self.english, self.multilingual):
            arrays[f"{head.name}_coef"] = head.coef.astype(np.float32)
            arrays[f"{head.name}_ngram_coef"] = head.ngram_coef.astype(np.float32)
            arrays[f"{head.name}_idf"] = head.idf.astype(np.float32)
            arrays[f"{head.name}_intercept"] = head.intercept.astype(np.float32)
            arrays[f"{head.name}_threshold"] = np.array(head.threshold, dtype=np.float64)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.npz")
        np.savez_compressed(tmp, **arrays)  # type: ignore[arg-type]
        tmp.replace(path)


@lru_cache(maxsize=1)
def shipped() -> UrgencyModel:
    """The weights in the package, read once per process."""
    return UrgencyModel.load()
