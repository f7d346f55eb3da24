"""Prometheus metrics: requests, answers by safety category, the index being served, reloads, rate limits.

Labels come from small closed sets (route templates, not raw paths; the five triage categories), so a visitor
cannot grow the number of time series.

Several uvicorn workers report together when `PROMETHEUS_MULTIPROC_DIR` names a folder: prometheus-client then
keeps every value in per-process files there (it decides this when it is first imported, so the variable must
be set before the workers start), and `render()` merges the files of all workers. The index figures use the
"mostrecent" mode, so a scrape shows the index most recently loaded by any worker; the index's age is computed
at scrape time from its built timestamp, in either mode.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime

from prometheus_client import REGISTRY, CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST
from prometheus_client.metrics_core import GaugeMetricFamily, Metric
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector

from assistant.safety.rules import CATEGORIES

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
# Any other method a client invents is counted as OTHER.
METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
RATE_LIMIT_KINDS = frozenset({"key", "public"})

REQUESTS = Counter(
    "assistant_requests", "HTTP requests answered.", ["method", "route", "status"], registry=None
)
REQUEST_SECONDS = Histogram(
    "assistant_request_seconds",
    "Time to answer an HTTP request, to the end of its body.",
    ["method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0),
    registry=None,
)
ANSWERS = Counter(
    "assistant_answers", "Answers given, by triage category.", ["category", "abstained"], registry=None
)
INDEX_PASSAGES = Gauge(
    "assistant_index_passages", "Passages in the index served.", multiprocess_mode="mostrecent", registry=None
)
INDEX_ARTICLES = Gauge(
    "assistant_index_articles", "Articles in the index served.", multiprocess_mode="mostrecent", registry=None
)
INDEX_BUILT_NAME = "assistant_index_built_timestamp_seconds"
INDEX_BUILT = Gauge(
    INDEX_BUILT_NAME,
    "When the index served was built (Unix time).",
    multiprocess_mode="mostrecent",
    registry=None,
)
INDEX_AGE_NAME = "assistant_index_age_seconds"
RELOADS = Counter("assistant_index_reloads", "Index reloads, by outcome.", ["outcome"], registry=None)
RATE_LIMITED = Counter(
    "assistant_rate_limited", "Requests refused by a rate limit, by kind of client.", ["kind"], registry=None
)

# Known label sets start at zero, so that rates and alerts see a series before its first event.
for _category in CATEGORIES:
    for _abstained in ("true", "false"):
        ANSWERS.labels(category=_category, abstained=_abstained)
for _outcome in ("ok", "failed"):
    RELOADS.labels(outcome=_outcome)
for _kind in sorted(RATE_LIMIT_KINDS):
    RATE_LIMITED.labels(kind=_kind)


def record_request(method: str, route: str, status: int, seconds: float) -> None:
    """Count one answered request under its route template and time it."""
    method = method if method in METHODS else "OTHER"
    REQUESTS.labels(method=method, route=route, status=str(status)).inc()
    REQUEST_SECONDS.labels(method=method, route=route).observe(seconds)


def record_answer(category: str, abstained: bool) -> None:
    """Count one answer. `category` is one of the triage categories; anything else is a programming error."""
    if category not in CATEGORIES:
        raise ValueError(f"unknown answer category {category!r}; expected one of {', '.join(CATEGORIES)}")
    ANSWERS.labels(category=category, abstained="true" if abstained else "false").inc()


def set_index(articles: int, passages: int, built_at: str) -> None:
    """Describe the index now served. `built_at` is its manifest's ISO 8601 time (naive means UTC)."""
    when = datetime.fromisoformat(built_at)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    INDEX_ARTICLES.set(articles)
    INDEX_PASSAGES.set(passages)
    INDEX_BUILT.set(when.timestamp())


def record_reload(ok: bool) -> None:
    RELOADS.labels(outcome="ok" if ok else "failed").inc()


def record_rate_limited(kind: str) -> None:
    """Count one refused request; `kind` is "key" (a client with an API key) or "public"."""
    if kind not in RATE_LIMIT_KINDS:
        raise ValueError(f"unknown rate-limit kind {kind!r}; expected key or public")
    RATE_LIMITED.labels(kind=kind).inc()


def render() -> tuple[bytes, str]:
    """The exposition for a `/metrics` route: its body and content type. Merges every worker's files in
    multi-process mode; otherwise reads this process's default registry."""
    if os.environ.get(MULTIPROC_ENV):
        registry = CollectorRegistry()
        registry.register(WithIndexAge(MultiProcessCollector(None)))  # type: ignore[no-untyped-call]
        return generate_latest(registry), CONTENT_TYPE_LATEST
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST


class WithIndexAge:
    """Passes on `source`'s metrics and adds assistant_index_age_seconds, computed when scraped from the built
    timestamp among them (no sample until an index has been described)."""

    def __init__(self, source: Collector) -> None:
        self.source = source

    def collect(self) -> Iterator[Metric]:
        built = 0.0
        for family in self.source.collect():
            if family.name == INDEX_BUILT_NAME:
                built = max((sample.value for sample in family.samples), default=0.0)
            yield family
        age = GaugeMetricFamily(INDEX_AGE_NAME, "Seconds since the index served was built.")
        if built > 0:
            age.add_metric([], max(0.0, time.time() - built))
        yield age


def _register(collectors: Sequence[Collector]) -> tuple[Collector, ...]:
    """Register this module's collectors in the default registry, first dropping those of an earlier run of
    this module (importlib.reload runs it again in the same namespace), so that no name is registered twice."""
    for previous in globals().get("_REGISTERED", ()):
        REGISTRY.unregister(previous)
    for collector in collectors:
        REGISTRY.register(collector)
    return tuple(collectors)


_REGISTERED = _register(
    [
        REQUESTS,
        REQUEST_SECONDS,
        ANSWERS,
        INDEX_PASSAGES,
        INDEX_ARTICLES,
        WithIndexAge(INDEX_BUILT),
        RELOADS,
        RATE_LIMITED,
    ]
)
