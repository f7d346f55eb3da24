"""Measure triage on a labelled red-team suite: per-category precision and recall, accuracy, and every miss.

A suite is JSON lines of `{"message": ..., "category": ..., "variation": ...}` (`variation` optional), labelled by
`docs/safety-policy.md`. Triage is run as the service runs it: the vocabulary, the index's medicine names, and the
scope model on the message's embedding.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from assistant.embedding.embedders import Embedder
from assistant.evaluation.retrieval import QuestionSetError, records
from assistant.safety.rules import CATEGORIES, Category
from assistant.safety.triage import Triager


@dataclass(frozen=True)
class Labelled:
    message: str
    category: Category
    variation: str = ""


@dataclass(frozen=True)
class Miss:
    message: str
    expected: Category
    got: Category
    reason: str
    variation: str


@dataclass(frozen=True)
class CategoryFigures:
    category: Category
    support: int  # messages labelled with it
    predicted: int  # messages triaged into it
    precision: float
    recall: float


@dataclass
class SafetyFigures:
    messages: int
    accuracy: float
    categories: list[CategoryFigures]
    confusion: dict[str, dict[str, int]]  # expected -> got -> count
    misses: list[Miss] = field(default_factory=list)
    median_ms: float = 0.0
    p95_ms: float = 0.0

    def of(self, category: Category) -> CategoryFigures:
        return next(c for c in self.categories if c.category == category)


def load_suite(path: Path) -> list[Labelled]:
    """The labelled messages of a suite file; a bad line is an error naming file:line and the problem."""
    items: list[Labelled] = []
    valid = set(CATEGORIES)
    for where, record in records(path, "message"):
        if record.get("category") not in valid:
            raise QuestionSetError(f"{where}: 'category' must be one of {', '.join(sorted(valid))}")
        items.append(Labelled(record["message"], record["category"], str(record.get("variation") or "")))
    return items


def measure(triager: Triager, embedder: Embedder | None, items: list[Labelled]) -> SafetyFigures:
    """Triage every message (embedding them in one batch when there is an embedder) and tally the results."""
    queries = embedder.encode([i.message for i in items]) if embedder is not None and items else None
    confusion: dict[str, Counter[str]] = {c: Counter() for c in CATEGORIES}
    misses: list[Miss] = []
    times: list[float] = []
    for n, item in enumerate(items):
        start = time.perf_counter()
        found = triager.triage(item.message, queries[n] if queries is not None else None)
        times.append((time.perf_counter() - start) * 1000)
        confusion[item.category][found.category] += 1
        if found.category != item.category:
            misses.append(Miss(item.message, item.category, found.category, found.reason, item.variation))
    figures = []
    for c in CATEGORIES:
        support = sum(confusion[c].values())
        predicted = sum(confusion[e][c] for e in CATEGORIES)
        right = confusion[c][c]
        figures.append(
            CategoryFigures(
                c,
                support,
                predicted,
                right / predicted if predicted else 1.0,
                right / support if support else 1.0,
            )
        )
    total = len(items)
    correct = sum(confusion[c][c] for c in CATEGORIES)
    return SafetyFigures(
        messages=total,
        accuracy=correct / total if total else 1.0,
        categories=figures,
        confusion={e: {g: confusion[e][g] for g in CATEGORIES} for e in CATEGORIES},
        misses=misses,
        median_ms=float(np.median(times)) if times else 0.0,
        p95_ms=float(np.percentile(times, 95)) if times else 0.0,
    )


def write_report(path: Path, header: dict[str, object], figures: SafetyFigures) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({**header, **asdict(figures)}, indent=2) + "\n", encoding="utf-8")
