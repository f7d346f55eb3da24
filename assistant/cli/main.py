"""The `assistant` command: parse, build Settings, call the core, map errors to exit codes.

Here are the app and its `index`, `ask` and `serve` commands; the evaluation commands are in `evaluate.py` (and
registered below, in the order `assistant --help` lists them), the `keys` commands in `keys.py`.

Exit codes: 0 done, 1 the work failed (the message says why), 2 bad options or settings.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from assistant.cli.common import (
    CorpusOpt,
    IndexOpt,
    ModelOpt,
    embedder_or_exit,
    err,
    out,
    run_or_exit,
    settings_or_exit,
)
from assistant.cli.evaluate import eval_conversations, eval_safety, evaluate, train_urgency
from assistant.cli.keys import keys_app
from assistant.config import Settings

if TYPE_CHECKING:
    from assistant.embedding.embedders import Embedder

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Health articles assistant.")
log = logging.getLogger("assistant")


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    for noisy in ("faiss.loader", "sentence_transformers", "httpx", "transformers"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    app()


def _build(settings: Settings, embedder: Embedder) -> None:
    from assistant.index.build import build_index

    report = run_or_exit(lambda: build_index(settings, embedder, progress=sys.stderr.isatty()))
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
    _build(settings, embedder_or_exit(settings))


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="The question to answer.")],
    corpus: CorpusOpt = None,
    index_dir: IndexOpt = None,
    model: ModelOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the answer as JSON.")] = False,
) -> None:
    """Answer one question from the built index, with quotes, sources and disclaimers."""
    from assistant.answer.compose import Assistant
    from assistant.answer.schema import Answer
    from assistant.index.loaded import index_status, load_index

    settings = settings_or_exit(corpus=corpus, index_dir=index_dir, model=model)
    embedder = embedder_or_exit(settings)
    loaded = run_or_exit(lambda: load_index(settings, embedder))
    status = run_or_exit(lambda: index_status(settings))
    if status.state != "fresh":
        err.print(f"[yellow]warning:[/] {escape(status.reason)}; run `assistant index` to update it.")
    answer: Answer = run_or_exit(lambda: Assistant(settings, embedder, loaded).answer(question))
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


# The evaluation commands, between `ask` and `serve` as `assistant --help` lists them.
app.command(name="eval")(evaluate)
app.command(name="eval-safety")(eval_safety)
app.command(name="eval-conversations")(eval_conversations)
app.command(name="train-urgency")(train_urgency)


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
    status = run_or_exit(lambda: index_status(settings))
    if status.state != "fresh":
        if not build:
            err.print(f"[yellow]warning:[/] {escape(status.reason)}; serving it anyway (--no-build).")
        elif status.state == "missing":
            err.print(f"{escape(status.reason)}: building the index first.")
            _build(settings, embedder_or_exit(settings))
        else:
            err.print(f"{escape(status.reason)}: updating the index first.")
            try:
                _build(settings, embedder_or_exit(settings))
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
