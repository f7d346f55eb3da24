"""`python -m benchmarks`: measure indexing, start-up, queries in process, HTTP under load and scale; print one
table and write the figures as JSON.

    python -m benchmarks                        # everything (a cold MedQuAD build takes about half an hour)
    python -m benchmarks queries http --no-cold # reuse the index a previous run left in --work
    python -m benchmarks --quick                # a smoke run: small scale, short loads

Figures with a target say whether they met it. Repeated parts (`--repeat`) report the median of the runs, each
run's value in the JSON.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from benchmarks.common import MEDQUAD, ROOT, Figure, console, markdown, median, table, write_json

# Outside the repository: the corpus is copied there (an edit writes to it), and MedQuAD is never copied into it.
WORK = Path(tempfile.gettempdir()) / "health-assistant-bench"
RESULTS = ROOT / "benchmarks" / "results.json"


class Part(StrEnum):
    indexing = "indexing"
    startup = "startup"
    queries = "queries"
    http = "http"
    scale = "scale"


app = typer.Typer(add_completion=False, help=__doc__)


@app.command()
def main(
    parts: Annotated[
        list[Part] | None, typer.Argument(help="Parts to run (default: all).", show_default=False)
    ] = None,
    corpus: Annotated[Path, typer.Option(help="Corpus to index and query.")] = MEDQUAD / "articles.jsonl",
    work: Annotated[Path, typer.Option(help="Work folder: a writable corpus copy and its index.")] = WORK,
    out: Annotated[Path, typer.Option(help="Where to write the JSON figures.")] = RESULTS,
    cold: Annotated[bool, typer.Option(help="Include the cold build (no embedding cache).")] = True,
    repeat: Annotated[
        int, typer.Option(min=1, help="Runs of start-up, queries and HTTP (median reported).")
    ] = 3,
    workers: Annotated[int, typer.Option(min=1, help="Server processes for the HTTP load.")] = 2,
    duration: Annotated[float, typer.Option(help="Seconds of load per client count.")] = 20.0,
    questions: Annotated[int, typer.Option(help="Distinct questions asked in process.")] = 500,
    quick: Annotated[bool, typer.Option(help="Smoke run: 5 s loads, 100 questions, scale to 100k.")] = False,
    profile: Annotated[
        bool, typer.Option(help="Also write a cProfile of the answer path beside --out.")
    ] = False,
    as_markdown: Annotated[bool, typer.Option("--markdown", help="Print the table as Markdown too.")] = False,
    keep: Annotated[
        bool, typer.Option(help="Keep the figures --out already holds for the parts not run this time.")
    ] = False,
) -> None:
    """Run the benchmarks."""
    chosen = parts or list(Part)
    if quick:
        duration, questions, repeat = min(duration, 5.0), min(questions, 100), 1
    copy = work / "corpus" / corpus.name
    index = work / "index"
    started = time.monotonic()
    figures: list[Figure] = []
    if Part.indexing in chosen:
        from benchmarks import indexing

        figures += indexing.run(corpus, work, cold=cold)
    elif {Part.startup, Part.queries, Part.http} & set(chosen) and not (index / "CURRENT").is_file():
        console.print(
            f"[red]no index in {index}[/]: run the indexing part first (python -m benchmarks indexing)"
        )
        raise typer.Exit(2)
    if Part.startup in chosen:
        from benchmarks import http_load

        figures += _repeated(lambda: http_load.startup(index, copy, runs=1), repeat)
    if Part.queries in chosen:
        from benchmarks import queries as query_bench

        figures += _repeated(lambda: query_bench.run(copy, index, questions), repeat)
        if profile:
            query_bench.run(copy, index, min(questions, 200), profile=out.with_suffix(".profile.txt"))
    if Part.http in chosen:
        from benchmarks import http_load

        figures += _repeated(lambda: http_load.load(index, copy, workers=workers, duration=duration), repeat)
    if Part.scale in chosen:
        from benchmarks import scale

        figures += scale.run(sizes=(10_000, 100_000) if quick else (10_000, 100_000, 1_000_000), quick=quick)
    if keep and out.is_file():
        earlier = json.loads(out.read_text())
        ran = {f.group for f in figures}
        kept = [
            Figure(**{k: v for k, v in f.items() if k != "met"})
            for f in earlier["figures"]
            if f["group"] not in ran
        ]
        figures = kept + figures
        chosen = sorted(set(chosen) | {Part(p) for p in earlier.get("parts", [])}, key=list(Part).index)
    console.print(table(figures))
    extra = {
        "parts": [p.value for p in chosen],
        "corpus": str(corpus),
        "seconds": round(time.monotonic() - started, 1),
        "settings": {"workers": workers, "duration_s": duration, "repeat": repeat, "questions": questions},
    }
    write_json(out, figures, extra)
    console.print(f"figures written to {out}")
    if as_markdown:
        print(markdown(figures))  # noqa: T201 - the Markdown table is this option's output


def _repeated(run: Callable[[], list[Figure]], times: int) -> list[Figure]:
    """Run `times` times; each figure's value is the median of its runs (the runs are in `detail`)."""
    runs: dict[tuple[str, str], list[Figure]] = defaultdict(list)
    for _ in range(times):
        for figure in run():
            runs[(figure.group, figure.name)].append(figure)
    merged = []
    for same in runs.values():
        first = same[0]
        values = [f.value for f in same]
        detail = {**first.detail, "runs": [round(v, 3) for v in values]} if times > 1 else first.detail
        merged.append(Figure(first.group, first.name, median(values), first.unit, first.target, detail))
    return merged


if __name__ == "__main__":
    app()
