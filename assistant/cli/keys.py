"""`assistant keys`: create, list and revoke the helpdesk API's keys.

Exit codes as for `assistant`: 0 done, 1 the work failed (the message says why), 2 bad options or settings.
A new key is printed once, alone on standard output so that a script can capture it; the rest goes to
standard error. Only the key's hash is kept, so it cannot be shown again.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from assistant.cli.common import err, out, settings_or_exit
from assistant.records.keys import SCOPES, KeyStore

keys_app = typer.Typer(no_args_is_help=True, help="Create, list and revoke API keys for the helpdesk API.")

DataDirOpt = Annotated[
    Path | None,
    typer.Option("--data-dir", help="Folder of keys.sqlite3.", show_default="the data_dir setting"),
]


def _store(data_dir: Path | None) -> KeyStore:
    """The key store in `--data-dir`, or else in the settings' data folder."""
    settings = settings_or_exit(data_dir=data_dir)
    try:
        return KeyStore(settings.data_dir)
    except (OSError, sqlite3.Error) as e:
        err.print(
            f"[red]error:[/] cannot open the keys in {escape(str(settings.data_dir))}: {escape(str(e))}"
        )
        raise typer.Exit(1) from e


def _when(iso: str | None) -> str:
    """An ISO UTC time to the minute, for the table."""
    return iso[:16].replace("T", " ") if iso else "-"


@keys_app.command()
def create(
    name: Annotated[str, typer.Argument(help="Who holds the key, e.g. the helpdesk tool's name.")],
    scope: Annotated[
        list[str] | None,
        typer.Option(
            help=f"A scope the key grants ({', '.join(SCOPES)}); repeat for more.", show_default=False
        ),
    ] = None,
    rate: Annotated[
        str | None,
        typer.Option(help="The key's rate limit, e.g. 120/minute.", show_default="the server's default"),
    ] = None,
    data_dir: DataDirOpt = None,
) -> None:
    """Create a key and print it once: only its hash is kept."""
    if not scope:
        err.print(f"[red]error:[/] give at least one --scope ({', '.join(SCOPES)}).")
        raise typer.Exit(2)
    store = _store(data_dir)
    try:
        key, secret = store.create(name, scope, rate)
    except ValueError as e:
        err.print(f"[red]error:[/] {escape(str(e))}")
        raise typer.Exit(2) from e
    err.print(
        f"Created key [bold]{key.id}[/] for {escape(key.name)}: scopes {', '.join(key.scopes)}, "
        f"rate {key.rate or 'the server default'}. Copy it now: it cannot be shown again."
    )
    typer.echo(secret)


@keys_app.command("list")
def list_keys(
    as_json: Annotated[bool, typer.Option("--json", help="Print the keys as JSON.")] = False,
    data_dir: DataDirOpt = None,
) -> None:
    """List every key, revoked ones included (never a secret: they are not kept)."""
    keys = _store(data_dir).list()
    if as_json:
        typer.echo(json.dumps([asdict(key) for key in keys], indent=2))
        return
    if not keys:
        out.print("No API keys yet: create one with `assistant keys create NAME --scope chat`.")
        return
    table = Table(title="API keys (times in UTC)")
    for column in ("id", "name", "scopes", "rate", "created", "last used", "revoked"):
        table.add_column(column, overflow="fold")
    for key in keys:
        table.add_row(
            key.id,
            escape(key.name),
            " ".join(key.scopes),
            key.rate or "default",
            _when(key.created),
            _when(key.last_used),
            _when(key.revoked),
            style="dim" if key.revoked else None,
        )
    out.print(table)


@keys_app.command()
def revoke(
    key_id: Annotated[str, typer.Argument(help="The key's id, as `assistant keys list` shows it.")],
    data_dir: DataDirOpt = None,
) -> None:
    """Revoke a key: it stops working from its next request on."""
    store = _store(data_dir)
    key = store.get(key_id)
    if key is None:
        err.print(
            f"[red]error:[/] no key has the id {escape(repr(key_id))}; `assistant keys list` shows them."
        )
        raise typer.Exit(1)
    if store.revoke(key_id):
        out.print(f"Revoked key {key.id} ({escape(key.name)}).")
    else:
        revoked = (store.get(key_id) or key).revoked
        out.print(f"Key {key.id} ({escape(key.name)}) was already revoked, at {_when(revoked)} UTC.")
