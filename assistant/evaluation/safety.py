"""Measure triage on a labelled red-team suite: per-category precision and recall, accuracy, and every miss.

A suite is JSON lines of `{"message": ..., "category": ..., "variation": ..., "language": ...}` (`variation` and
`language` optional; `voice` is read as `variation`), labelled by `docs/safety-policy.md`. Triage is run as the
service runs it: the vocabulary, the other languages' phrases, the index's medicine names, the scope model and the
learned urgency screen on the message's embedding. Besides the whole triage, the urgent categories are measured
for the rules alone (with the phrases: everything but the screen) and for the screen alone, and every language
apart.
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
    language: str = "en"  # ISO 639-1, as labelled


@dataclass(frozen=True)
class Miss:
    message: str
    expected: Category
    got: Category
    reason: str
    variation: str
    language: str = "en"
    by: tuple[str, ...] = ()


URGENT: tuple[Category, ...] = ("self_harm", "emergency")
SYSTEMS = ("rules", "model", "both")


@dataclass(frozen=True)
class UrgentFigures:
    """How one system (the rules alone, the screen alone, both) does on the urgent categories."""

    system: str
    urgent_recall: float  # labelled urgent, called urgent (either category)
    false_alarms: float  # labelled not urgent, called urgent
    self_harm_recall: float
    self_harm_precision: float
    emergency_recall: float
    emergency_precision: float


@dataclass(frozen=True)
class LanguageFigures:
    language: str
    messages: int
    urgent: int
    accuracy: float
    urgent_recall: float
    false_alarms: float
    # Of the urgent messages that got their notice, those whose notice was in the message's language.
    notice_in_language: float


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
    systems: list[UrgentFigures] = field(default_factory=list)
    languages: list[LanguageFigures] = field(default_factory=list)
    screened: int = 0  # messages the learned screen read

    def of(self, category: Category) -> CategoryFigures:
        return next(c for c in self.categories if c.category == category)


def load_suite(path: Path) -> list[Labelled]:
    """The labelled messages of a suite file; a bad line is an error naming file:line and the problem."""
    items: list[Labelled] = []
    valid = set(CATEGORIES)
    for where, record in records(path, "message"):
        if record.get("category") not in valid:
            raise QuestionSetError(f"{where}: 'category' must be one of {', '.join(sorted(valid))}")
        variation = str(record.get("variation") or record.get("voice") or "")
        language = str(record.get("language") or "en").strip().lower()
        items.append(Labelled(record["message"], record["category"], variation, language))
    return items


def measure(triager: Triager, embedder: Embedder | None, items: list[Labelled]) -> SafetyFigures:
    """Triage every message (embedding them in one batch when there is an embedder) and tally the results."""
    queries = embedder.encode([i.message for i in items]) if embedder is not None and items else None
    confusion: dict[str, Counter[str]] = {c: Counter() for c in CATEGORIES}
    misses: list[Miss] = []
    times: list[float] = []
    calls: dict[str, list[str | None]] = {system: [] for system in SYSTEMS}
    languages: list[str] = []
    screened = 0
    for n, item in enumerate(items):
        start = time.perf_counter()
        found = triager.triage(item.message, queries[n] if queries is not None else None)
        times.append((time.perf_counter() - start) * 1000)
        confusion[item.category][found.category] += 1
        calls["both"].append(found.category)
        calls["rules"].append(found.without_screen or found.category)
        model = next((s.category for s in found.screened if s.category is not None), None)
        calls["model"].append(model)
        screened += bool(found.screened)
        languages.append(found.language if found.category in URGENT else "")
        if found.category != item.category:
            misses.append(
                Miss(
                    item.message,
                    item.category,
                    found.category,
                    found.reason,
                    item.variation,
                    item.language,
                    found.by,
                )
            )
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
    labels = [i.category for i in items]
    return SafetyFigures(
        messages=total,
        accuracy=correct / total if total else 1.0,
        categories=figures,
        confusion={e: {g: confusion[e][g] for g in CATEGORIES} for e in CATEGORIES},
        misses=misses,
        median_ms=float(np.median(times)) if times else 0.0,
        p95_ms=float(np.percentile(times, 95)) if times else 0.0,
        systems=[_urgent_figures(system, labels, calls[system]) for system in SYSTEMS],
        languages=_language_figures(items, calls["both"], languages),
        screened=screened,
    )


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def _urgent_figures(system: str, labels: list[Category], called: list[str | None]) -> UrgentFigures:
    urgent = [label in URGENT for label in labels]
    alarm = [c in URGENT for c in called]
    per: dict[str, tuple[float, float]] = {}
    for c in URGENT:
        support = sum(label == c for label in labels)
        predicted = sum(got == c for got in called)
        right = sum(label == c and got == c for label, got in zip(labels, called, strict=True))
        per[c] = (_ratio(right, support), _ratio(right, predicted))
    return UrgentFigures(
        system,
        urgent_recall=_ratio(sum(u and a for u, a in zip(urgent, alarm, strict=True)), sum(urgent)),
        false_alarms=_ratio(
            sum(a and not u for u, a in zip(urgent, alarm, strict=True)), len(urgent) - sum(urgent)
        )
        if len(urgent) > sum(urgent)
        else 0.0,
        self_harm_recall=per["self_harm"][0],
        self_harm_precision=per["self_harm"][1],
        emergency_recall=per["emergency"][0],
        emergency_precision=per["emergency"][1],
    )


def _language_figures(
    items: list[Labelled], called: list[str | None], answered_in: list[str]
) -> list[LanguageFigures]:
    out = []
    for language in sorted({i.language for i in items}, key=lambda code: (code != "en", code)):
        rows = [n for n, i in enumerate(items) if i.language == language]
        urgent = [n for n in rows if items[n].category in URGENT]
        calm = [n for n in rows if items[n].category not in URGENT]
        alarmed = [n for n in urgent if called[n] in URGENT]
        out.append(
            LanguageFigures(
                language,
                messages=len(rows),
                urgent=len(urgent),
                accuracy=_ratio(sum(called[n] == items[n].category for n in rows), len(rows)),
                urgent_recall=_ratio(len(alarmed), len(urgent)),
                false_alarms=_ratio(sum(called[n] in URGENT for n in calm), len(calm)) if calm else 0.0,
                notice_in_language=_ratio(sum(answered_in[n] == language for n in alarmed), len(alarmed)),
            )
        )
    return out


def write_report(path: Path, header: dict[str, object], figures: SafetyFigures) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({**header, **asdict(figures)}, indent=2) + "\n", encoding="utf-8")
