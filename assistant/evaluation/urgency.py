"""Train the urgency screen (`assistant/safety/urgency.py`) from the labelled messages in `eval/urgency/`.

Reproducible by construction: the files are read in name order, the folds are fixed (message index mod 5), the
solver (lbfgs) has no randomness, and the embeddings are the service's own. It also runs to convergence
(`TOLERANCE`): stopped at scikit-learn's default tolerance (about 100 iterations), the fit depended on which BLAS
kernels the CPU gets (the same data gave probabilities up to 0.18 apart with OpenBLAS's SkylakeX and Haswell
kernels, so the check that the stored data makes the shipped weights failed on another machine); run to the
optimum (about 300 iterations) the two are 0.003 apart. The threshold is chosen on
out-of-fold probabilities (so the figures reported are of messages each head never saw in training): the lowest
that calls at most the head's `FALSE_ALARM_BUDGET` of the non-urgent messages urgent. Those are mostly hard negatives written
to sit next to urgent ones (first aid, idioms, negated and past signs), so the rate on real traffic is lower; the
rules stay beside the screen for what it misses.

scikit-learn is needed here only (it comes with the `[export]`/test installs); the service reads the weights
with numpy.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from assistant.evaluation.safety import Labelled, load_suite
from assistant.safety.urgency import (
    EMBEDDING_WEIGHT,
    HASH_BUCKETS,
    LABELS,
    Head,
    HeadName,
    UrgencyModel,
    ngrams,
    weighted,
)

__all__ = [
    "FALSE_ALARM_BUDGET",
    "Difference",
    "HeadFigures",
    "Trained",
    "compare",
    "label_of",
    "train",
    "training_files",
]

# Per head. A message not in English gets no quotes whatever its category (the articles are in English), so a
# false alarm there costs a notice it did not need, while a miss costs a person in crisis their only pointer to
# help: the multilingual head is allowed more.
FALSE_ALARM_BUDGET: dict[str, float] = {"english": 0.04, "multilingual": 0.10}

# lbfgs's tolerance: tight enough that the fit reaches the optimum, whatever the CPU (see the module docstring).
TOLERANCE = 1e-7
FOLDS = 5
C_GRID = (2.0, 8.0, 32.0)

Encode = Callable[[Sequence[str]], np.ndarray]


def training_files(folder: Path) -> list[Path]:
    """The training files of a folder, in name order (the order is part of reproducing the weights)."""
    return sorted(folder.glob("*.jsonl"))


def label_of(item: Labelled) -> int:
    return LABELS.index(item.category) if item.category in ("self_harm", "emergency") else 2


@dataclass(frozen=True)
class HeadFigures:
    """Out-of-fold figures of one head at its chosen thresholds."""

    name: str
    messages: int
    c: float
    threshold: float
    self_harm_recall: float
    emergency_recall: float
    urgent_recall: float  # called urgent (either category) when labelled urgent
    false_alarm_rate: float  # called urgent when labelled not urgent
    log_loss: float


@dataclass(frozen=True)
class Trained:
    model: UrgencyModel
    figures: list[HeadFigures]
    # What each head was trained on: its messages and their vectors (to compare weights on them).
    seen: dict[str, tuple[list[str], np.ndarray]] = field(default_factory=dict)


@dataclass(frozen=True)
class Difference:
    """How far two models' heads are apart on the messages one of them was trained on."""

    head: str
    messages: int
    largest: float  # the largest difference of a probability
    calls_differ: (
        int  # messages called differently (urgent or not, or which category), away from the threshold
    )


def compare(trained: Trained, other: UrgencyModel) -> list[Difference]:
    """The retrained heads against `other` (the shipped weights), message by message."""
    out = []
    for name, (texts, vectors) in trained.seen.items():
        mine, theirs = getattr(trained.model, name), getattr(other, name)
        largest, differ = 0.0, 0
        for text, vector in zip(texts, vectors, strict=True):
            p, q = mine.probabilities(vector, text), theirs.probabilities(vector, text)
            largest = max(largest, float(np.abs(p - q).max()))
            edge = abs(float(q[0] + q[1]) - theirs.threshold) < 0.01
            differ += not edge and mine.screen(vector, text).category != theirs.screen(vector, text).category
        out.append(Difference(name, len(texts), largest, differ))
    return out


def _idf(rows: list[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
    """Smoothed idf over the buckets, as scikit-learn computes it: ln((1 + n) / (1 + df)) + 1."""
    df = np.zeros(HASH_BUCKETS, dtype=np.float64)
    for index, _ in rows:
        df[index] += 1
    return (np.log((1 + len(rows)) / (1 + df)) + 1).astype(np.float32)


def _features(x: np.ndarray, rows: list[tuple[np.ndarray, np.ndarray]], idf: np.ndarray) -> Any:
    from scipy.sparse import csr_matrix, hstack

    data, indices, indptr = [], [], [0]
    for index, counts in rows:
        order = np.argsort(index)
        data.append(weighted(index, counts, idf)[order])
        indices.append(index[order])
        indptr.append(indptr[-1] + len(index))
    grams = csr_matrix(
        (np.concatenate(data), np.concatenate(indices), np.array(indptr)), shape=(len(rows), HASH_BUCKETS)
    )
    return hstack([csr_matrix(x * EMBEDDING_WEIGHT), grams]).tocsr()


def _fit(
    x: np.ndarray,
    rows: list[tuple[np.ndarray, np.ndarray]],
    y: np.ndarray,
    c: float,
    name: HeadName,
    start: Head | None = None,
) -> Head:
    """One head fitted to convergence; from `start`'s weights when given (the problem is strictly convex, so the
    optimum is the same from any start, only reached sooner from one near it)."""
    from sklearn.linear_model import LogisticRegression

    idf = _idf(rows)
    clf = LogisticRegression(C=c, max_iter=20000, solver="lbfgs", tol=TOLERANCE, warm_start=start is not None)
    if start is not None:
        clf.coef_ = np.hstack([start.coef, start.ngram_coef]).astype(np.float64)
        clf.intercept_ = start.intercept.astype(np.float64)
    clf.fit(_features(x, rows, idf), y)
    coef = clf.coef_.astype(np.float32)
    dim = x.shape[1]
    return Head(name, coef[:, :dim], coef[:, dim:], idf, clf.intercept_.astype(np.float32), 1.0)


def _out_of_fold(
    x: np.ndarray, texts: list[str], rows: list[tuple[np.ndarray, np.ndarray]], y: np.ndarray, c: float
) -> np.ndarray:
    folds = np.arange(len(y)) % FOLDS
    p = np.zeros((len(y), 3))
    for k in range(FOLDS):
        train_rows = [r for r, f in zip(rows, folds, strict=True) if f != k]
        head = _fit(x[folds != k], train_rows, y[folds != k], c, "english")
        for n in np.flatnonzero(folds == k):
            p[n] = head.probabilities(x[n], texts[n], rows[n])
    return p


def _threshold(scores: np.ndarray, negative: np.ndarray, budget: float) -> float:
    """The lowest threshold that calls at most `budget` of the negatives positive (out of fold)."""
    ranked = np.sort(scores[negative])[::-1]
    allowed = int(np.floor(len(ranked) * budget))
    return float(np.nextafter(ranked[allowed], 1.0)) if len(ranked) > allowed else 0.5


def _train_head(name: HeadName, x: np.ndarray, texts: list[str], y: np.ndarray) -> tuple[Head, HeadFigures]:
    rows = [ngrams(t) for t in texts]
    best: tuple[float, float, np.ndarray] | None = None
    for c in C_GRID:
        p = _out_of_fold(x, texts, rows, y, c)
        loss = float(-np.mean(np.log(np.clip(p[np.arange(len(y)), y], 1e-9, 1))))
        if best is None or loss < best[1] - 1e-9:
            best = (c, loss, p)
    assert best is not None
    c, loss, p = best
    urgent = y < 2
    t = _threshold(p[:, 0] + p[:, 1], ~urgent, FALSE_ALARM_BUDGET[name])
    called = np.where(p[:, 0] + p[:, 1] >= t, np.where(p[:, 0] >= p[:, 1], 0, 1), 2)
    figures = HeadFigures(
        name=name,
        messages=len(y),
        c=c,
        threshold=round(t, 6),
        self_harm_recall=float(np.mean(called[y == 0] == 0)),
        emergency_recall=float(np.mean(called[y == 1] == 1)),
        urgent_recall=float(np.mean(called[urgent] < 2)),
        false_alarm_rate=float(np.mean(called[~urgent] < 2)),
        log_loss=round(loss, 6),
    )
    head = _fit(x, rows, y, c, name)
    return replace(head, threshold=figures.threshold), figures


def train(
    files: Sequence[Path],
    english: Encode,
    multilingual: Encode,
    fixed: Mapping[str, tuple[float, float]] | None = None,
    start: UrgencyModel | None = None,
) -> Trained:
    """Both heads from the labelled files: the English head on English messages' MiniLM vectors, the
    multilingual head on every message's multilingual-e5 vector.

    `fixed` gives a head's (C, threshold) instead of choosing them out of fold: one fit, no figures (to check
    quickly that the stored data still makes the shipped weights); `start`, the weights to start each head's fit from
    (the shipped ones, for that check: the same optimum, reached in a few iterations when the data is unchanged)."""
    items = [item for path in files for item in load_suite(path)]
    if not items:
        raise ValueError("no training messages")
    y_all = np.array([label_of(i) for i in items])
    en = [n for n, i in enumerate(items) if i.language == "en"]
    texts = [i.message for i in items]
    heads: list[Head] = []
    figures: list[HeadFigures] = []
    seen: dict[str, tuple[list[str], np.ndarray]] = {}
    for name, rows, encode in (
        ("english", en, english),
        ("multilingual", list(range(len(items))), multilingual),
    ):
        head_texts = [texts[n] for n in rows]
        x = encode(head_texts)
        seen[name] = (head_texts, x)
        if fixed is not None and name in fixed:
            c, threshold = fixed[name]
            begin = getattr(start, name) if start is not None else None
            head = _fit(x, [ngrams(t) for t in head_texts], y_all[rows], c, name, begin)  # type: ignore[arg-type]
            heads.append(replace(head, threshold=threshold))
        else:
            head, head_figures = _train_head(name, x, head_texts, y_all[rows])  # type: ignore[arg-type]
            heads.append(head)
            figures.append(head_figures)
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    languages: dict[str, int] = {}
    for i in items:
        languages[i.language] = languages.get(i.language, 0) + 1
    meta: dict[str, object] = {
        "data_sha256": digest.hexdigest(),
        "files": [p.name for p in files],
        "messages": len(items),
        "languages": dict(sorted(languages.items())),
        "labels": {label: int(np.sum(y_all == n)) for n, label in enumerate(LABELS)},
        "false_alarm_budget": FALSE_ALARM_BUDGET,
        "figures": {f.name: f.__dict__ for f in figures},
    }
    return Trained(UrgencyModel(heads[0], heads[1], meta), figures, seen)
