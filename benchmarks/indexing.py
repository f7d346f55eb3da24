"""Indexing: passages per second and peak memory for a whole corpus, cold (no embedding cache) and warm (cache
present), and the time to apply one edited article to the built index.

Each build runs `assistant index` in its own process, which reports its own peak resident memory as it exits.
The corpus is copied to the work folder first: the edit writes to it, and the shared data is never written. The
exported ONNX model is kept in the user's cache, as in use: exporting it (about 10 s) is a one-time step of a
machine, not of a build, and is not in these figures.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.common import Figure, console, median

TARGET_PASSAGES_S, TARGET_EDIT_S = ">= 100", "< 2"


# Runs the CLI and, as it exits, prints its own peak resident memory (kB) as the last line of stderr.
_MEASURED = (
    "import resource, runpy, sys\n"
    "sys.argv = ['assistant', *sys.argv[1:]]\n"
    "try:\n"
    "    runpy.run_module('assistant.cli', run_name='__main__')\n"
    "finally:\n"
    "    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
)


def build(corpus: Path, index_dir: Path, env: dict[str, str] | None = None) -> dict[str, float]:
    """Run `assistant index` in a child process: its build report's figures, wall seconds and peak RSS (MB)."""
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", _MEASURED, "index", "--corpus", str(corpus), "--index-dir", str(index_dir)],
        capture_output=True,
        text=True,
        env={**os.environ, "HF_HUB_OFFLINE": "1", **(env or {})},
        check=False,
    )
    seconds = time.monotonic() - started
    if done.returncode != 0:
        raise RuntimeError(f"assistant index failed ({done.returncode}):\n{done.stderr[-3000:]}")
    peak_kb = int(done.stderr.strip().splitlines()[-1])
    manifest = json.loads((_current(index_dir) / "manifest.json").read_text())
    return {
        "passages": manifest["passages"],
        "articles": manifest["articles"],
        "seconds": seconds,
        "build_seconds": manifest["build_seconds"],
        "peak_rss_mb": peak_kb / 1024,
    }


def edit_seconds(corpus_file: Path, index_dir: Path, runs: int = 3) -> list[float]:
    """Replace one article (a sentence added to it) through `put_article`, as the API's PUT does; seconds each."""
    from assistant.articles.corpus import load_corpus
    from assistant.config import Settings
    from assistant.embedding.embedders import load_embedder
    from assistant.index.updates import put_article

    settings = Settings(**dict[str, Any](corpus=corpus_file, index_dir=index_dir))
    embedder = load_embedder(settings)
    articles = load_corpus(corpus_file).articles
    article = articles[len(articles) // 2]
    record = json.loads(corpus_file.read_text().splitlines()[article.line - 1])
    times = []
    for run in range(runs):
        edited = json.loads(json.dumps(record))
        added = f" This sentence was added by benchmark edit {run} at {time.time()}."
        if edited.get("sections"):  # MedQuAD's form: the last section gets a sentence
            edited["sections"][-1]["text"] += added
        else:
            edited["text"] += added
        started = time.monotonic()
        put_article(settings, embedder, article.id, json.dumps(edited).encode(), "json")
        times.append(time.monotonic() - started)
    return times


def run(corpus: Path, work: Path, cold: bool = True) -> list[Figure]:
    """Cold and warm builds of `corpus` in `work`, then one-article edits. Leaves the built index in
    `work/index` (for the other benchmarks) and the corpus copy in `work/corpus`."""
    work.mkdir(parents=True, exist_ok=True)
    copy = work / "corpus" / corpus.name
    copy.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(corpus, copy)
    index_dir = work / "index"
    figures: list[Figure] = []
    if cold:
        shutil.rmtree(index_dir, ignore_errors=True)
        console.print(f"indexing {copy} cold (no embedding cache) ...")
        first = build(copy, index_dir)
        figures += _build_figures("cold", first, TARGET_PASSAGES_S)
    # Warm: the same corpus into a new version, every embedding from the cache.
    for folder in (index_dir / "versions").glob("*"):
        shutil.rmtree(folder)
    (index_dir / "CURRENT").unlink(missing_ok=True)
    console.print("indexing again, warm (embedding cache present) ...")
    figures += _build_figures("warm", build(copy, index_dir), None)
    console.print("applying one edited article ...")
    times = edit_seconds(copy, index_dir)
    figures.append(
        Figure("indexing", "one-article edit, median", median(times), "s", TARGET_EDIT_S, {"runs": times})
    )
    return figures


def _build_figures(kind: str, report: dict[str, float], target: str | None) -> list[Figure]:
    rate = report["passages"] / report["seconds"]
    detail = {k: round(v, 2) for k, v in report.items()}
    return [
        Figure("indexing", f"{kind} build, passages/s", rate, "passages/s", target, detail),
        Figure("indexing", f"{kind} build, wall time", report["seconds"], "s"),
        Figure("indexing", f"{kind} build, peak memory", report["peak_rss_mb"], "MB"),
    ]


def _current(index_dir: Path) -> Path:
    return index_dir / "versions" / (index_dir / "CURRENT").read_text().strip()
