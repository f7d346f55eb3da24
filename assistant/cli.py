"""The `assistant` command: parse, build Settings, call the core, map errors to exit codes.

Exit codes: 0 done, 1 the work failed (the message says why), 2 bad options or settings.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape

from assistant.config import Settings
from assistant.errors import AssistantError

if TYPE_CHECKING:
    from assistant.embedding import Embedder

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Health articles assistant.")
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)
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


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    for noisy in ("faiss.loader", "sentence_transformers", "httpx", "transformers"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    app()


def _settings(**overrides: Any) -> Settings:
    try:
        return Settings(**{k: v for k, v in overrides.items() if v is not None})
    except ValidationError as e:
        err.print(f"[red]error:[/] invalid settings:\n{escape(str(e))}")
        raise typer.Exit(2) from e


def _run(work: Callable[[], T]) -> T:
    """Run core work, turning its errors into a message and exit code 1."""
    try:
        return work()
    except AssistantError as e:
        err.print(f"[red]error:[/] {escape(str(e))}")
        raise typer.Exit(1) from e


def _embedder(settings: Settings) -> Embedder:
    from assistant.embedding import load_embedder

    return _run(lambda: load_embedder(settings))


def _build(settings: Settings, embedder: Embedder) -> None:
    from assistant.index import build_index

    report = _run(lambda: build_index(settings, embedder, progress=sys.stderr.isatty()))
    out.print(
        f"Indexed [bold]{report.articles:,}[/] articles into [bold]{report.passages:,}[/] passages "
        f"(embedded {report.embedded:,}, reused {report.cached:,} from the cache) in {report.seconds:.1f} s; "
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
    settings = _settings(corpus=corpus, index_dir=index_dir, model=model)
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
    from assistant.answer import Answer, Assistant
    from assistant.index import index_status, load_index

    settings = _settings(corpus=corpus, index_dir=index_dir, model=model)
    embedder = _embedder(settings)
    loaded = _run(lambda: load_index(settings, embedder))
    status = _run(lambda: index_status(settings, embedder.name))
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
        out.print("  " + escape(quote.text).replace("\n", "\n  "), style="italic")
        out.print(
            f"  [dim]— {escape(quote.article_title)} › {escape(quote.section)} "
            f"(score {quote.score:.2f}) {escape(quote.url)}[/]\n"
        )
    for disclaimer in answer.disclaimers:
        out.print(f"[dim]{escape(disclaimer.text)}[/]")


@app.command()
def serve(
    corpus: CorpusOpt = None,
    index_dir: IndexOpt = None,
    model: ModelOpt = None,
    host: Annotated[str | None, typer.Option(help="Address to listen on.", show_default=False)] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on.", show_default=False)] = None,
    build: Annotated[bool, typer.Option(help="Build the index first if it is missing or stale.")] = True,
) -> None:
    """Serve the chat page and API, building the index first when it is missing or out of date."""
    import uvicorn

    from assistant.api import create_app
    from assistant.index import index_status

    settings = _settings(corpus=corpus, index_dir=index_dir, model=model, host=host, port=port)
    embedder = _embedder(settings)
    status = _run(lambda: index_status(settings, embedder.name))
    if status.state != "fresh":
        if not build:
            err.print(f"[yellow]warning:[/] {escape(status.reason)}; serving it anyway (--no-build).")
        elif status.state == "missing":
            err.print(f"{escape(status.reason)}: building the index first.")
            _build(settings, embedder)
        else:
            err.print(f"{escape(status.reason)}: updating the index first.")
            try:
                _build(settings, embedder)
            except typer.Exit:
                if status.state == "mismatch":
                    raise
                err.print("[yellow]warning:[/] the update failed; serving the last good index.")
    err.print(f"Serving on http://{settings.host}:{settings.port}")
    uvicorn.run(create_app(settings, embedder), host=settings.host, port=settings.port, log_level="info")


if __name__ == "__main__":
    main()
