"""What the `assistant` command and its sub-commands share: the consoles, the common options, reading settings
(exit 2 if bad), and running core work (exit 1 on its errors).
"""

from __future__ import annotations

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
    from assistant.embedding.embedders import Embedder

T = TypeVar("T")

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

CorpusOpt = Annotated[
    Path | None,
    typer.Option("--corpus", help="Folder of .md/.jsonl articles, or one such file.", show_default=False),
]
IndexOpt = Annotated[Path | None, typer.Option("--index-dir", help="Index folder.", show_default=False)]
ModelOpt = Annotated[
    str | None, typer.Option("--model", help="sentence-transformers model name or path.", show_default=False)
]


def settings_or_exit(**overrides: Any) -> Settings:
    """Settings from the environment with the options given (None: not given); invalid ones exit with 2."""
    try:
        return Settings(**{k: v for k, v in overrides.items() if v is not None})
    except ValidationError as e:
        err.print(f"[red]error:[/] invalid settings:\n{escape(str(e))}")
        raise typer.Exit(2) from e


def run_or_exit(work: Callable[[], T]) -> T:
    """Run core work, turning its errors into a message and exit code 1."""
    try:
        return work()
    except AssistantError as e:
        err.print(f"[red]error:[/] {escape(str(e))}")
        raise typer.Exit(1) from e


def embedder_or_exit(settings: Settings) -> Embedder:
    """The embedder the settings name; one that cannot load exits with 1."""
    from assistant.embedding.embedders import load_embedder

    return run_or_exit(lambda: load_embedder(settings))
