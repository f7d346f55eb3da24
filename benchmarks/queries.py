"""Queries in process: latency of `retrieve` and of the whole answer path on a built index, one question at a
time, as one server worker answers them (one ONNX Runtime thread).

The questions are distinct real questions (MedQuAD dev), so nothing is answered from a cache. The stages of the
answer (embedding, triage, ranking, selection and highlighting, quote checks) are timed apart with a profiler
when `profile` is set, to show where the time goes.
"""

from __future__ import annotations

import cProfile
import io
import pstats
import time
from pathlib import Path
from typing import Any

from benchmarks.common import Figure, console, dev_questions, median, percentile

TARGET_MEDIAN_MS, TARGET_P95_MS = "< 15", "< 30"


def run(corpus: Path, index_dir: Path, count: int = 500, profile: Path | None = None) -> list[Figure]:
    from assistant.answer.compose import Assistant
    from assistant.config import Settings
    from assistant.embedding.embedders import load_embedder
    from assistant.index.loaded import load_index
    from assistant.retrieval.ranking import retrieve

    settings = Settings(**dict[str, Any](corpus=corpus, index_dir=index_dir))
    embedder = load_embedder(settings, threads=1)
    index = load_index(settings, embedder)
    assistant = Assistant(settings, embedder, index)
    asked = dev_questions(count + 20, seed=11)
    for warm in asked[:20]:  # first calls build caches (ONNX Runtime's kernels, SQLite pages)
        assistant.answer(warm)
    asked = asked[20:]
    embed, whole, retrieval = [], [], []
    for question in asked:
        started = time.perf_counter()
        embedder.encode([question])
        embed.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        retrieve(index, embedder, question, settings)
        retrieval.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        assistant.answer(question)
        whole.append((time.perf_counter() - started) * 1000)
    detail = {
        "questions": len(asked),
        "passages": index.manifest.passages,
        "index_type": index.manifest.index_type,
    }
    figures = [
        Figure("queries", "embed one question, median", median(embed), "ms"),
        Figure("queries", "retrieve, median", median(retrieval), "ms", detail=detail),
        Figure("queries", "retrieve, p95", percentile(retrieval, 95), "ms"),
        Figure("queries", "answer, median", median(whole), "ms", TARGET_MEDIAN_MS, detail),
        Figure("queries", "answer, p95", percentile(whole, 95), "ms", TARGET_P95_MS),
    ]
    if profile is not None:
        _profile(assistant, asked[:200], profile)
    return figures


def _profile(assistant: object, asked: list[str], path: Path) -> None:
    """cProfile of the answer path over `asked`: the 30 costliest functions by their own and inner time."""
    profiler = cProfile.Profile()
    profiler.enable()
    for question in asked:
        assistant.answer(question)  # type: ignore[attr-defined]
    profiler.disable()
    text = io.StringIO()
    pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(30)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text.getvalue())
    console.print(f"answer-path profile written to {path}")
