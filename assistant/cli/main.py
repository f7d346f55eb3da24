"""The `assistant` command: parse, build Settings, call the core, map errors to exit codes.

Exit codes: 0 done, 1 the work failed (the message says why), 2 bad options or settings.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from assistant.cli.common import err, out, settings_or_exit
from assistant.cli.keys import keys_app
from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.resources import bundled

if TYPE_CHECKING:
    from assistant.embedding.embedders import Embedder

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Health articles assistant.")
log = logging.getLogger("assistant")

CorpusOpt = Annotated[
    Path | None,
    typer.Option("--corpus", help="Folder of .md/.jsonl articles, or one such file.", show_default=False),
]
IndexOpt = Annotated[Path | None, typer.Option("--index-dir", help="Index folder.", show_default=False)]
ModelOpt = Annotated[
    str | None, typer.Option("--model", help="sentence-transformers model name or path.", show_default=False)
]
T = TypeVar("T")
ReportOpt = Annotated[
    Path | None, typer.Option(help="Where to write the JSON report.", show_default="index dir/reports/")
]


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    for noisy in ("faiss.loader", "sentence_transformers", "httpx", "transformers"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    app()


def _run(work: Callable[[], T]) -> T:
    """Run core work, turning its errors into a message and exit code 1."""
    try:
        return work()
    except AssistantError as e:
        err.print(f"[red]error:[/] {escape(str(e))}")
        raise typer.Exit(1) from e


def _embedder(settings: Settings) -> Embedder:
    from assistant.embedding.embedders import load_embedder

    return _run(lambda: load_embedder(settings))


def _build(settings: Settings, embedder: Embedder) -> None:
    from assistant.index.loaded import build_index

    report = _run(lambda: build_index(settings, embedder, progress=sys.stderr.isatty()))
    out.print(
        f"Indexed [bold]{report.articles:,}[/] articles into [bold]{report.passages:,}[/] passages "
        f"(embedded {report.embedded:,}, reused {report.cached:,} from the cache) and "
        f"{report.sentences:,} sentences (embedded {report.sentences_embedded:,}) in {report.seconds:.1f} s; "
        f"refused [bold]{len(report.problems):,}[/], with {len(report.warnings):,} warnings. "
        f"Index version {report.version}."
    )
    for problem in report.problems:
        err.print(f"[yellow]refused[/] {escape(str(problem))}")
    for warning in report.warnings:
        err.print(f"[yellow]warning[/] {escape(str(warning))}")


@app.command()
def index(corpus: CorpusOpt = None, index_dir: IndexOpt = None, model: ModelOpt = None) -> None:
    """Build or update the index of the corpus; unchanged passages reuse their cached embeddings."""
    settings = settings_or_exit(corpus=corpus, index_dir=index_dir, model=model)
    _build(settings, _embedder(settings))


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="The question to answer.")],
    corpus: CorpusOpt = None,
    index_dir: IndexOpt = None,
    model: ModelOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the answer as JSON.")] = False,
) -> None:
    """Answer one question from the built index, with quotes, sources and disclaimers."""
    from assistant.answer.compose import Answer, Assistant
    from assistant.index.loaded import index_status, load_index

    settings = settings_or_exit(corpus=corpus, index_dir=index_dir, model=model)
    embedder = _embedder(settings)
    loaded = _run(lambda: load_index(settings, embedder))
    status = _run(lambda: index_status(settings))
    if status.state != "fresh":
        err.print(f"[yellow]warning:[/] {escape(status.reason)}; run `assistant index` to update it.")
    answer: Answer = _run(lambda: Assistant(settings, embedder, loaded).answer(question))
    if as_json:
        typer.echo(answer.model_dump_json(indent=2))
        return
    for notice in answer.notices:
        urgent = notice.id != "notice.prescriber"
        out.print(f"[bold {'red' if urgent else 'yellow'}]{escape(notice.text)}[/]\n")
    out.print(escape(answer.lead.text) + "\n")
    for quote in answer.quotes:
        out.print("  " + _marked(quote.text, [(h.start, h.end) for h in quote.highlights]), style="italic")
        out.print(
            f"  [dim]— {escape(quote.article_title)} › {escape(quote.section)} "
            f"(score {quote.score:.2f}) {escape(quote.url)}[/]\n"
        )
    for disclaimer in answer.disclaimers:
        out.print(f"[dim]{escape(disclaimer.text)}[/]")


def _marked(text: str, spans: list[tuple[int, int]]) -> str:
    """The quote as rich markup, its highlighted sentences in bold, indented under the answer."""
    parts, cursor = [], 0
    for start, end in spans:
        parts += [escape(text[cursor:start]), f"[bold]{escape(text[start:end])}[/bold]"]
        cursor = end
    parts.append(escape(text[cursor:]))
    return "".join(parts).replace("\n", "\n  ")


@app.command(name="eval")
def evaluate(
    questions: Annotated[
        list[Path],
        typer.Option(
            "--questions", "-q", help="Question file (MedQuAD or hand-written JSON lines); repeat for more."
        ),
    ],
    corpus: CorpusOpt = None,
    index_dir: IndexOpt = None,
    model: ModelOpt = None,
    limit: Annotated[int | None, typer.Option(help="Evaluate a random sample of this many.", min=1)] = None,
    seed: Annotated[int, typer.Option(help="Seed of the sample.")] = 7,
    retrieval: Annotated[
        str | None,
        typer.Option(help="Ranking to measure: hybrid, dense, lexical or rrf.", show_default=False),
    ] = None,
    compare: Annotated[
        bool, typer.Option(help="Measure every configuration (BM25, dense, RRF, signals).")
    ] = False,
    calibrate: Annotated[
        bool, typer.Option(help="Also tabulate wrong abstentions and answers per min_score.")
    ] = False,
    report: ReportOpt = None,
) -> None:
    """Measure retrieval (section Recall@k, MRR@10), abstention and latency on question sets."""
    import datetime as dt

    from rich.table import Table

    wide = Console(width=max(out.width, 150), soft_wrap=True)  # tables are not cut to 80 columns in a pipe

    from assistant.evaluation import retrieval as ev
    from assistant.index.loaded import load_index

    settings = settings_or_exit(corpus=corpus, index_dir=index_dir, model=model, retrieval=retrieval)
    embedder = _embedder(settings)
    loaded = _run(lambda: load_index(settings, embedder))
    chosen = ev.sample(_run(lambda: ev.load_questions(questions, loaded)), limit, seed)
    if not chosen:
        err.print("[red]error:[/] the question files hold no questions")
        raise typer.Exit(2)
    names = ev.CONFIGURATIONS if compare else {settings.retrieval: {}}
    configurations = {name: settings.model_copy(update=change) for name, change in names.items()}
    embedded = ev.embed_questions(embedder, chosen)
    figures = ev.evaluate(loaded, chosen, embedded, configurations, keep_misses=50)

    answerable = figures[0].answerable
    table = Table(
        title=f"{len(chosen):,} questions ({answerable:,} answerable) on index {loaded.version}, "
        f"{loaded.manifest.passages:,} passages"
    )
    columns = (
        "R@1",
        "R@5",
        "R@10",
        "MRR@10",
        "article@5",
        "wrongly abstained",
        "right article quoted",
        "wrongly answered",
        "median ms",
        "p95 ms",
    )
    table.add_column("configuration")
    for column in columns:
        table.add_column(column, justify="right")
    for f in figures:
        table.add_row(
            f.configuration,
            *(
                f"{v:.3f}" if f.answerable else "-"
                for v in (f.recall_at_1, f.recall_at_5, f.recall_at_10, f.mrr_at_10, f.article_in_top_5)
            ),
            f"{f.wrongly_abstained:.3f}" if f.answerable else "-",
            f"{f.right_article_quoted:.3f}" if f.answerable else "-",
            f"{f.wrongly_answered:.3f}" if f.unanswerable else "-",
            f"{f.latency_median_ms:.1f}",
            f"{f.latency_p95_ms:.1f}",
        )
    wide.print(table)
    for f in figures:
        if f.wrongly_answered_by_kind:
            kinds = ", ".join(f"{kind} {rate:.3f}" for kind, rate in f.wrongly_answered_by_kind.items())
            out.print(f"{f.configuration}: wrongly answered by kind: {kinds}")
    calibration: list[dict[str, float]] = []
    if calibrate:
        thresholds = [round(0.34 + 0.01 * i, 2) for i in range(23)]
        calibration = ev.calibrate(loaded, chosen, embedded, settings, thresholds)
        grid = Table(title="Abstention by min_score (* the setting in use)")
        for column in calibration[0]:
            grid.add_column(column.replace("_", " "), justify="right")
        for row in calibration:
            marker = " *" if abs(row["min_score"] - settings.min_score) < 1e-9 else ""
            grid.add_row(f"{row['min_score']:.2f}{marker}", *(f"{v:.3f}" for v in list(row.values())[1:]))
        wide.print(grid)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    path = report or settings.index_dir / "reports" / f"eval-{stamp}.json"
    header = {
        "index_version": loaded.version,
        "passages": loaded.manifest.passages,
        "questions": [str(p) for p in questions],
        "limit": limit,
        "seed": seed,
        "settings": settings.model_dump(mode="json"),
    }
    ev.write_report(path, header, figures, calibration)
    out.print(f"Report written to {escape(str(path))}")


@app.command(name="eval-safety")
def eval_safety(
    suite: Annotated[
        list[Path] | None,
        typer.Option(
            "--suite",
            "-s",
            help="Labelled JSON-lines file(s); repeat for more.",
            show_default="the red-team suite",
        ),
    ] = None,
    corpus: CorpusOpt = None,
    index_dir: IndexOpt = None,
    model: ModelOpt = None,
    report: ReportOpt = None,
    fail: Annotated[
        bool, typer.Option(help="Exit 1 unless emergency and self-harm recall are 1.00.")
    ] = False,
) -> None:
    """Measure triage on a labelled red-team suite: precision and recall per category, and every miss."""
    import datetime as dt

    from rich.table import Table

    from assistant.answer.compose import triager_for
    from assistant.evaluation import safety as se
    from assistant.index.loaded import load_index

    settings = settings_or_exit(corpus=corpus, index_dir=index_dir, model=model)
    paths = suite or [bundled("eval/redteam.jsonl")]
    items = _run(lambda: [item for path in paths for item in se.load_suite(path)])
    embedder = _embedder(settings)
    loaded = _run(lambda: load_index(settings, embedder))
    figures = se.measure(triager_for(settings, embedder, loaded), embedder, items)

    wide = Console(width=max(out.width, 150), soft_wrap=True)
    table = Table(title=f"Triage of {figures.messages:,} messages: accuracy {figures.accuracy:.3f}")
    for column in ("category", "messages", "triaged as", "precision", "recall"):
        table.add_column(column, justify="left" if column == "category" else "right")
    for c in figures.categories:
        table.add_row(c.category, str(c.support), str(c.predicted), f"{c.precision:.3f}", f"{c.recall:.3f}")
    wide.print(table)
    out.print(f"Triage time per message: median {figures.median_ms:.2f} ms, p95 {figures.p95_ms:.2f} ms")
    if figures.misses:
        out.print(f"\n{len(figures.misses)} misses:")
        for m in figures.misses:
            variation = escape(f" [{m.variation}]") if m.variation else ""
            out.print(
                f"- expected [bold]{m.expected}[/], got [bold]{m.got}[/]{variation}: {escape(m.message[:300])!r}"
                f"\n  [dim]{escape(m.reason)}[/]"
            )
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    path = report or settings.index_dir / "reports" / f"safety-{stamp}.json"
    se.write_report(path, {"suites": [str(p) for p in paths], "index_version": loaded.version}, figures)
    out.print(f"Report written to {escape(str(path))}")
    if fail and (figures.of("emergency").recall < 1.0 or figures.of("self_harm").recall < 1.0):
        err.print("[red]error:[/] emergency or self-harm recall is under 1.00")
        raise typer.Exit(1)


@app.command(name="eval-conversations")
def eval_conversations(
    conversations: Annotated[
        Path | None,
        typer.Option("--set", help="Labelled conversations, JSON lines (default: eval/conversations.jsonl)."),
    ] = None,
    corpus: CorpusOpt = None,
    index_dir: IndexOpt = None,
    model: ModelOpt = None,
    report: ReportOpt = None,
) -> None:
    """Measure follow-ups: reading them as follow-ups, and their first quote with the conversation and without."""
    import datetime as dt

    from rich.table import Table

    from assistant.answer.compose import Assistant
    from assistant.evaluation import conversations as ce
    from assistant.index.loaded import load_index

    settings = settings_or_exit(corpus=corpus, index_dir=index_dir, model=model)
    labelled = _run(lambda: ce.load_conversations(conversations or bundled("eval/conversations.jsonl")))
    embedder = _embedder(settings)
    loaded = _run(lambda: load_index(settings, embedder))
    figures = ce.measure(Assistant(settings, embedder, loaded), labelled)

    n, f = figures.turns, figures.follow_ups
    out.print(
        f"{figures.conversations} conversations, {n} turns, {f} labelled follow-ups; read as follow-ups: "
        f"{figures.read_as_follow_up} (precision {figures.precision:.3f}, recall {figures.recall:.3f})"
    )
    table = Table(title="First quote from the right article / section")
    for column in ("turns", "count", "article", "section"):
        table.add_column(column, justify="left" if column == "turns" else "right")
    table.add_row("all", str(n), _share(figures.right_article, n), _share(figures.right_section, n))
    table.add_row(
        "follow-ups, in the conversation",
        str(f),
        _share(figures.follow_up_right_article, f),
        _share(figures.follow_up_right_section, f),
    )
    table.add_row(
        "follow-ups, asked alone",
        str(f),
        _share(figures.follow_up_right_article_alone, f),
        _share(figures.follow_up_right_section_alone, f),
    )
    out.print(table)
    if figures.misses:
        out.print(f"\n{len(figures.misses)} misses:")
        for m in figures.misses:
            out.print(
                f"- {m.conversation} turn {m.turn} {escape(repr(m.message))}: expected {escape(m.expected)}, "
                f"got {escape(m.got)}"
            )
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    path = report or settings.index_dir / "reports" / f"conversations-{stamp}.json"
    ce.write_report(figures, path, {"set": str(conversations), "index_version": loaded.version})
    out.print(f"Report written to {escape(str(path))}")


def _share(count: int, total: int) -> str:
    return f"{count / total:.3f}" if total else "-"


@app.command()
def serve(
    corpus: CorpusOpt = None,
    index_dir: IndexOpt = None,
    model: ModelOpt = None,
    host: Annotated[str | None, typer.Option(help="Address to listen on.", show_default=False)] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on.", show_default=False)] = None,
    workers: Annotated[
        int | None, typer.Option(help="Server processes sharing the index (default 1).", show_default=False)
    ] = None,
    build: Annotated[bool, typer.Option(help="Build the index first if it is missing or stale.")] = True,
) -> None:
    """Serve the demo page, widget, API and staff pages, building the index first when it is missing or stale."""
    import uvicorn

    from assistant.index.loaded import index_status
    from assistant.server.metrics import MULTIPROC_ENV
    from assistant.server.observe import log_config

    settings = settings_or_exit(
        corpus=corpus, index_dir=index_dir, model=model, host=host, port=port, workers=workers
    )
    status = _run(lambda: index_status(settings))
    if status.state != "fresh":
        if not build:
            err.print(f"[yellow]warning:[/] {escape(status.reason)}; serving it anyway (--no-build).")
        elif status.state == "missing":
            err.print(f"{escape(status.reason)}: building the index first.")
            _build(settings, _embedder(settings))
        else:
            err.print(f"{escape(status.reason)}: updating the index first.")
            try:
                _build(settings, _embedder(settings))
            except typer.Exit:
                if status.state == "mismatch":
                    raise
                err.print("[yellow]warning:[/] the update failed; serving the last good index.")
    err.print(f"Serving on http://{settings.host}:{settings.port} with {settings.workers} worker(s)")
    logs = log_config("INFO", json_logs=settings.log_format == "json")
    if settings.workers == 1:
        from assistant.server.app import create_app

        uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_config=logs)
        return
    # Each worker process reads its settings from the environment, so the options given here go there too;
    # their metrics are kept in files of a fresh folder and merged when /metrics is read.
    os.environ.update(settings_environment(settings))
    os.environ[MULTIPROC_ENV] = tempfile.mkdtemp(prefix="assistant-metrics-")
    uvicorn.run(
        "assistant.server.app:app_from_environment",
        factory=True,
        host=settings.host,
        port=settings.port,
        workers=settings.workers,
        log_config=logs,
    )


def settings_environment(settings: Settings) -> dict[str, str]:
    """The ASSISTANT_* variables that give these settings' paths, model and address to another process."""
    return {
        "ASSISTANT_CORPUS": str(settings.corpus.resolve()),
        "ASSISTANT_INDEX_DIR": str(settings.index_dir.resolve()),
        "ASSISTANT_MODEL": settings.model,
        "ASSISTANT_HOST": settings.host,
        "ASSISTANT_PORT": str(settings.port),
    }


app.add_typer(keys_app, name="keys")


if __name__ == "__main__":
    main()
