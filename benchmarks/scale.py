"""Scale: single-query latency, memory and recall@10 of exact and approximate FAISS indexes, 10k to 1M passages.

The vectors are synthetic but shaped like the assistant's all-MiniLM-L6-v2 passages (see `_mixture`). Each
(size, index) pair is built and searched in a fresh spawned process, so its memory figures are its own.
"""

from __future__ import annotations

import math
import multiprocessing
import re
import tempfile
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import faiss
import numpy as np

from benchmarks.common import Figure, console, percentile

DIM, K = 384, 10
SEED = 384
# The mixture is fitted to the MedQuAD index (33,764 real passages) and checked on random subsets of it of 3.4k,
# 10k and 33.6k passages, 200 others being the questions. Real recall@10 stays level as the corpus grows (HNSW
# M=32, efConstruction=80, efSearch 16/32: 0.95/0.98 at 3.4k, 0.94/0.96 at 33.6k; IVF nlist ~4*sqrt(n), nprobe
# 8/32: 0.84/0.96 and 0.88/0.95), and so does this mixture's, a few points lower (HNSW 0.94/0.98 and 0.90/0.96,
# IVF 0.80/0.96 and 0.84/0.93; 0.92/0.96 and 0.82/0.91 at 100k). Simpler mixtures do not: a fixed number of
# topics grows dense and easy, a fixed number of passages per topic grows hard.
TOPICS = 16.4  # topics per sqrt(passages): about 3,000 at 33.6k, 16,000 at 1M
ZIPF = 0.75  # the share of passages on a topic falls as its popularity rank ** -ZIPF
NOISE = 0.7  # spread of passages around their topic, relative to the spread of the topics...
SPREAD = 0.3  # ...times e ** U(-SPREAD, SPREAD), drawn for each topic
DECAY = 0.8  # the variance along the i-th axis falls as i ** -DECAY: real embeddings use few directions
SHARED = 0.6  # weight of a direction every vector shares: real embeddings are far from centred
CHUNK = 50_000
BUILD_THREADS = 2  # building may use both cores; searching uses one, as the server does
WARMUP = 10

HNSW_M, HNSW_EF_CONSTRUCTION, HNSW_EF_SEARCH = 32, 80, 96
IVF_TRAIN = 50_000  # training points; the passages are in random order, so the first ones are a random sample
IVF_NPROBE = 96


@dataclass(frozen=True)
class Measured:
    """What one fresh process measured for one (size, index) pair."""

    build_s: float
    latencies_ms: list[float]
    ids: np.ndarray  # (queries, K) ids found
    peak_rss_mb: float
    serialized_mb: float
    params: dict[str, Any]


def run(
    sizes: Sequence[int] = (10_000, 100_000, 1_000_000),
    queries: int = 200,
    quick: bool = False,
    hnsw_up_to: int = 100_000,
) -> list[Figure]:
    """Measure flat and IVF indexes at each size, HNSW up to `hnsw_up_to` passages.

    HNSW took 42 s to build at 100k on 2 busy cores and 11 minutes at 1M, so by default the run (4 minutes)
    leaves it out there; pass `hnsw_up_to=1_000_000` to measure it. `quick` is a smoke run in under a minute:
    10k and 100k passages, 100 questions, HNSW at 10k only.
    """
    if quick:
        sizes, queries, hnsw_up_to = (10_000, 100_000), 100, 10_000
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="scale-") as tmp:
        path = Path(tmp) / "passages.f32"
        for n in sorted(sizes):
            topics = max(1, round(TOPICS * math.sqrt(n)))
            _write(path, _mixture(topics, n, stream=1))
            questions = np.concatenate(list(_mixture(topics, queries, stream=2)))
            exact: np.ndarray | None = None
            for kind in ["flat", "ivf"] + (["hnsw"] if n <= hnsw_up_to else []):
                console.log(f"scale: {_label(n)} {kind}")
                got = _in_fresh_process(path, n, kind, questions)
                if exact is None:  # flat comes first: its answers are the exact ones
                    exact = got.ids
                figures += _figures(n, kind, got, exact)
    return figures


def _mixture(topics: int, n: int, stream: int) -> Iterator[np.ndarray]:
    """n unit vectors, in chunks, from a mixture of `topics` topics; stream 1 gives passages, 2 questions."""
    rng = np.random.default_rng([SEED, topics])
    centres = rng.standard_normal((topics, DIM), dtype=np.float32)
    share = np.arange(1, topics + 1) ** -ZIPF
    share /= share.sum()
    spread = (NOISE * np.exp(rng.uniform(-SPREAD, SPREAD, topics))).astype(np.float32)
    shared = SHARED * rng.standard_normal(DIM, dtype=np.float32)
    scale = np.arange(1, DIM + 1, dtype=np.float32) ** (-DECAY / 2)
    scale /= np.sqrt(np.mean(scale**2))
    for start in range(0, n, CHUNK):
        rng = np.random.default_rng([SEED, topics, stream, start])
        m = min(CHUNK, n - start)
        topic = rng.choice(topics, m, p=share)
        x = centres[topic]
        x += spread[topic, None] * rng.standard_normal((m, DIM), dtype=np.float32)
        x *= scale
        x += shared
        x /= np.linalg.norm(x, axis=1, keepdims=True)
        yield x


def _write(path: Path, chunks: Iterator[np.ndarray]) -> None:
    """Write vectors as raw float32, which a measuring process reads straight into its own memory."""
    with path.open("wb") as out:
        for chunk in chunks:
            chunk.tofile(out)


def _in_fresh_process(path: Path, n: int, kind: str, questions: np.ndarray) -> Measured:
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
        return pool.submit(_measure, str(path), n, kind, questions).result()


def _measure(path: str, n: int, kind: str, questions: np.ndarray) -> Measured:
    """Build one index over the first n passages, time single-question searches and read the peak RSS."""
    passages = np.fromfile(path, dtype=np.float32, count=n * DIM).reshape(n, DIM)
    faiss.omp_set_num_threads(BUILD_THREADS)
    baseline = _reset_peak_rss()
    start = time.perf_counter()
    index, params = _build(kind, passages)
    build_s = time.perf_counter() - start
    faiss.omp_set_num_threads(1)
    for question in questions[:WARMUP]:
        index.search(question[None], K)
    latencies, ids = [], []
    for question in questions:
        start = time.perf_counter()
        _, found = index.search(question[None], K)
        latencies.append((time.perf_counter() - start) * 1000)
        ids.append(found[0])
    peak_rss_mb = (_status_kb("VmHWM") - baseline) / 1024
    serialized_mb = faiss.serialize_index(index).nbytes / 2**20
    return Measured(build_s, latencies, np.array(ids), peak_rss_mb, serialized_mb, params)


def _build(kind: str, passages: np.ndarray) -> tuple[Any, dict[str, Any]]:
    n = len(passages)
    if kind == "flat":
        flat = faiss.IndexFlatIP(DIM)
        flat.add(passages)
        return flat, {}
    if kind == "hnsw":
        hnsw = faiss.IndexHNSWFlat(DIM, HNSW_M, faiss.METRIC_INNER_PRODUCT)
        hnsw.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        hnsw.add(passages)
        hnsw.hnsw.efSearch = HNSW_EF_SEARCH
        return hnsw, {"M": HNSW_M, "efConstruction": HNSW_EF_CONSTRUCTION, "efSearch": HNSW_EF_SEARCH}
    nlist = _ivf_nlist(n)
    ivf = faiss.IndexIVFFlat(faiss.IndexFlatIP(DIM), DIM, nlist, faiss.METRIC_INNER_PRODUCT)
    ivf.cp.min_points_per_centroid = 10  # FAISS warns below 39 points a list; 1M has 12 (see its recall)
    start = time.perf_counter()
    ivf.train(passages[:IVF_TRAIN])
    train_s = time.perf_counter() - start
    ivf.add(passages)
    ivf.nprobe = min(IVF_NPROBE, nlist)
    return ivf, {
        "nlist": nlist,
        "nprobe": ivf.nprobe,
        "train points": min(n, IVF_TRAIN),
        "train s": round(train_s, 1),
    }


def _ivf_nlist(n: int) -> int:
    """About 4 * sqrt(n) lists, rounded to a power of two."""
    return 1 << round(math.log2(4 * math.sqrt(n)))


def _reset_peak_rss() -> int:
    """Reset VmHWM to the current RSS (Linux: clear_refs 5) and return that RSS in kB."""
    Path("/proc/self/clear_refs").write_text("5")
    return _status_kb("VmRSS")


def _status_kb(field: str) -> int:
    found = re.search(rf"^{field}:\s+(\d+) kB", Path("/proc/self/status").read_text(), re.MULTILINE)
    assert found, field
    return int(found[1])


def _figures(n: int, kind: str, got: Measured, exact: np.ndarray) -> list[Figure]:
    at = f"{_label(n)} {kind}"
    detail = {"passages": n, "queries": len(got.latencies_ms), **got.params}
    memory = {"passages": n, "how": "peak RSS growth (VmHWM) over the loaded passages, in a fresh process"}
    serialized = {"passages": n, "how": "bytes of faiss.serialize_index"}
    figures = [
        Figure("scale", f"{at} query p50", percentile(got.latencies_ms, 50), "ms", detail=detail),
        Figure("scale", f"{at} query p95", percentile(got.latencies_ms, 95), "ms", detail=detail),
        Figure("scale", f"{at} build", got.build_s, "s", detail={**detail, "threads": BUILD_THREADS}),
        Figure("scale", f"{at} memory (peak RSS)", got.peak_rss_mb, "MB", detail=memory),
        Figure("scale", f"{at} memory (serialized)", got.serialized_mb, "MB", detail=serialized),
    ]
    if kind != "flat":
        recall = np.mean([len(set(a) & set(e)) / K for a, e in zip(got.ids, exact, strict=True)])
        figures.append(Figure("scale", f"{at} recall@{K}", float(recall), "", ">= 0.95", detail))
    return figures


def _label(n: int) -> str:
    for unit, size in (("M", 1_000_000), ("k", 1_000)):
        if n >= size and n % size == 0:
            return f"{n // size}{unit}"
    return str(n)
