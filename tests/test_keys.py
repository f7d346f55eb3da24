"""API keys on a real SQLite file: create, verify, revoke, list, what is stored, and the `keys` commands."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from assistant.cli.keys import keys_app
from assistant.records.keys import SCOPES, ApiKey, KeyStore

runner = CliRunner()
KEY = re.compile(r"ha_[0-9a-f]{8}_[A-Za-z0-9_-]{43}")


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[KeyStore]:
    store = KeyStore(tmp_path / "data")
    yield store
    store.close()


def test_a_created_key_verifies_once_shown(store: KeyStore) -> None:
    key, full = store.create("Helpdesk tool", ["search", "chat", "chat"], rate="120/min")
    assert KEY.fullmatch(full) and full.startswith(f"ha_{key.id}_")
    assert key.scopes == ("chat", "search") and key.rate == "120/minute"
    assert key.last_used is None and key.revoked is None
    assert datetime.fromisoformat(key.created).tzinfo == UTC
    verified = store.verify(full)
    assert verified is not None and verified.last_used is not None
    assert verified == ApiKey(
        key.id, "Helpdesk tool", ("chat", "search"), "120/minute", key.created, verified.last_used, None
    )
    assert store.get(key.id) == verified
    assert store.verify(f"  {full}\n") == verified


def test_two_keys_differ(store: KeyStore) -> None:
    first, first_full = store.create("one", ["chat"])
    second, second_full = store.create("two", ["chat"])
    assert first.id != second.id and first_full != second_full
    assert store.verify(first_full) == store.get(first.id)
    assert store.verify(second_full) == store.get(second.id)


def test_a_wrong_secret_or_unknown_id_fails(store: KeyStore) -> None:
    key, full = store.create("tool", ["chat"])
    _, other = store.create("other", ["chat"])
    assert store.verify(full[:-1] + ("A" if full[-1] != "A" else "B")) is None
    assert store.verify(f"ha_{key.id}_{other.split('_', 2)[2]}") is None
    unknown = "0" * 8 if key.id != "0" * 8 else "1" * 8
    assert store.verify(f"ha_{unknown}_{full.split('_', 2)[2]}") is None
    untouched = store.get(key.id)
    assert untouched is not None and untouched.last_used is None


@pytest.mark.parametrize(
    "presented",
    [
        "",
        "ha_",
        "ha_1234abcd_",
        "ha_1234abcd",
        "hb_1234abcd_" + "a" * 43,
        "ha_1234ABCD_" + "a" * 43,
        "ha_1234abc_" + "a" * 43,
        "ha_1234abcd_" + "a" * 42,
        "ha_1234abcd_" + "a" * 44,
        "ha_1234abcd_" + "a" * 42 + "=",
        "Bearer ha_1234abcd_" + "a" * 43,
        "ha_1234abcd_" + "a" * 43 + " x",
    ],
)
def test_malformed_keys_fail(store: KeyStore, presented: str) -> None:
    assert store.verify(presented) is None


def test_a_revoked_key_fails_at_once_in_every_store(store: KeyStore) -> None:
    key, full = store.create("tool", ["chat"])
    elsewhere = KeyStore(store.path.parent)  # another worker process's store
    try:
        assert elsewhere.verify(full) is not None
        assert store.revoke(key.id)
        assert elsewhere.verify(full) is None and store.verify(full) is None
        assert not store.revoke(key.id) and not elsewhere.revoke(key.id)
    finally:
        elsewhere.close()
    revoked = store.get(key.id)
    assert revoked is not None and revoked.revoked is not None and not revoked.allows("chat")
    assert not store.revoke("12345678") and store.get("12345678") is None


def test_list_shows_every_key_in_the_order_made(store: KeyStore) -> None:
    assert store.list() == []
    made = [store.create(name, ["chat"])[0] for name in ("a", "b", "c")]
    store.revoke(made[1].id)
    listed = store.list()
    assert [k.name for k in listed] == ["a", "b", "c"]
    assert [k.revoked is not None for k in listed] == [False, True, False]


def test_last_used_is_written_at_most_once_a_minute(store: KeyStore) -> None:
    key, full = store.create("tool", ["chat"])
    first = store.verify(full)
    assert first is not None and first.last_used is not None
    again = store.verify(full)
    assert again is not None and again.last_used == first.last_used
    earlier = (datetime.now(UTC) - timedelta(minutes=2)).isoformat(timespec="seconds")
    with sqlite3.connect(store.path) as db:
        db.execute("UPDATE keys SET last_used = ? WHERE id = ?", (earlier, key.id))
    later = store.verify(full)
    assert later is not None and later.last_used is not None and later.last_used > earlier
    assert store.get(key.id) == later


def test_only_a_hash_of_the_secret_is_stored(store: KeyStore) -> None:
    _, full = store.create("tool", ["admin"])
    secret = full.split("_", 2)[2]
    stored = b"".join(path.read_bytes() for path in store.path.parent.glob("keys.sqlite3*"))
    assert hashlib.sha256(secret.encode()).digest() in stored  # the check below looks where the hash is
    assert secret.encode() not in stored and full.encode() not in stored
    assert secret[:16].encode() not in stored


def test_the_file_is_private_and_its_folder_made(tmp_path: Path) -> None:
    store = KeyStore(tmp_path / "new" / "folder")
    store.close()
    assert store.path.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(
    ("name", "scopes", "rate", "message"),
    [
        ("tool", ["chat", "billing"], None, "unknown scope 'billing': choose from chat, search, admin"),
        ("tool", [], None, "at least one scope"),
        ("  ", ["chat"], None, "needs a name"),
        ("tool", ["chat"], "lots", "invalid rate 'lots'"),
        ("tool", ["chat"], "0/minute", "invalid rate"),
    ],
)
def test_creating_checks_its_inputs(
    store: KeyStore, name: str, scopes: list[str], rate: str | None, message: str
) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        store.create(name, scopes, rate)
    assert store.list() == []


def test_admin_allows_every_scope() -> None:
    def key(*scopes: str) -> ApiKey:
        return ApiKey("1234abcd", "tool", scopes, None, "2025-01-01T00:00:00+00:00", None, None)

    assert all(key("admin").allows(scope) for scope in SCOPES)
    assert key("chat").allows("chat") and not key("chat").allows("search") and not key("chat").allows("admin")
    assert key("chat", "search").allows("search")
    with pytest.raises(ValueError, match="unknown scope 'chta'"):
        key("admin").allows("chta")


# The `keys` commands, mounted as the lead mounts them.

app = typer.Typer()
app.add_typer(keys_app, name="keys")


def test_cli_create_prints_the_key_once_on_stdout(tmp_path: Path) -> None:
    args = ["keys", "create", "Helpdesk tool", "--scope", "chat", "--scope", "search", "--rate", "120/minute"]
    result = runner.invoke(app, [*args, "--data-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    full = result.stdout.strip()
    assert KEY.fullmatch(full)
    assert "cannot be shown again" in result.stderr and full not in result.stderr
    store = KeyStore(tmp_path)
    verified = store.verify(full)
    store.close()
    assert verified is not None and verified.scopes == ("chat", "search") and verified.rate == "120/minute"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ([], "give at least one --scope (chat, search, admin)"),
        (["--scope", "billing"], "unknown scope 'billing'"),
        (["--scope", "chat", "--rate", "often"], "invalid rate 'often'"),
    ],
)
def test_cli_create_refuses_bad_options(tmp_path: Path, options: list[str], message: str) -> None:
    result = runner.invoke(app, ["keys", "create", "tool", *options, "--data-dir", str(tmp_path)])
    assert result.exit_code == 2
    assert message in result.stderr and result.stdout == ""


def test_cli_list_as_a_table_and_as_json(tmp_path: Path) -> None:
    empty = runner.invoke(app, ["keys", "list", "--data-dir", str(tmp_path)])
    assert empty.exit_code == 0 and "No API keys yet" in empty.output
    store = KeyStore(tmp_path)
    key, _ = store.create("[bold]Helpdesk", ["admin"], rate="5/s")
    store.close()
    table = runner.invoke(app, ["keys", "list", "--data-dir", str(tmp_path)], env={"COLUMNS": "200"})
    assert table.exit_code == 0, table.output
    row = next(line for line in table.stdout.splitlines() if key.id in line)
    cells = [cell.strip() for cell in row.strip("│ ").split("│")]
    assert cells == [
        key.id,
        "[bold]Helpdesk",
        "admin",
        "5/second",
        key.created[:16].replace("T", " "),
        "-",
        "-",
    ]
    listed = runner.invoke(app, ["keys", "list", "--json", "--data-dir", str(tmp_path)])
    assert listed.exit_code == 0
    assert json.loads(listed.stdout) == [
        {
            "id": key.id,
            "name": "[bold]Helpdesk",
            "scopes": ["admin"],
            "rate": "5/second",
            "created": key.created,
            "last_used": None,
            "revoked": None,
        }
    ]


def test_cli_revoke(tmp_path: Path) -> None:
    store = KeyStore(tmp_path)
    key, full = store.create("tool", ["chat"])
    revoke = ["keys", "revoke", key.id, "--data-dir", str(tmp_path)]
    done = runner.invoke(app, revoke)
    assert done.exit_code == 0 and f"Revoked key {key.id} (tool)" in done.stdout
    assert store.verify(full) is None
    again = runner.invoke(app, revoke)
    assert again.exit_code == 0 and "was already revoked" in again.stdout
    unknown = runner.invoke(app, ["keys", "revoke", "nothere", "--data-dir", str(tmp_path)])
    assert unknown.exit_code == 1 and "no key has the id 'nothere'" in unknown.stderr
    store.close()


def test_cli_uses_the_data_dir_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "from-env"))
    result = runner.invoke(app, ["keys", "create", "tool", "--scope", "search"])
    assert result.exit_code == 0, result.output
    store = KeyStore(tmp_path / "from-env")
    assert [k.name for k in store.list()] == ["tool"]
    store.close()


def test_cli_bad_settings_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSISTANT_RETENTION_DAYS", "0")
    result = runner.invoke(app, ["keys", "list", "--data-dir", str(tmp_path)])
    assert result.exit_code == 2 and "retention_days" in result.stderr
