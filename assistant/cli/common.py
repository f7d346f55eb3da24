"""What the `assistant` command and its sub-commands share: the consoles and reading settings (exit 2 if bad)."""

from __future__ import annotations

from typing import Any

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape

from assistant.config import Settings

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


def settings_or_exit(**overrides: Any) -> Settings:
    """Settings from the environment with the options given (None: not given); invalid ones exit with 2."""
    try:
        return Settings(**{k: v for k, v in overrides.items() if v is not None})
    except ValidationError as e:
        err.print(f"[red]error:[/] invalid settings:\n{escape(str(e))}")
        raise typer.Exit(2) from e
