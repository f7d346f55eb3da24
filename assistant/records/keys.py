"""API keys for the helpdesk API: who may call it, for which scopes, at what rate.

A key reads `ha_<id>_<secret>`. The id (8 hex digits) names the key in lists and logs; the secret
(`secrets.token_urlsafe(32)`, 256 random bits) proves it. Only the secret's SHA-256 is stored, in
`data_dir/keys.sqlite3` (mode 0600), so the file alone lets nobody call the API, and the full key is shown once,
when it is made. A fast hash is enough: slow password hashes (bcrypt, Argon2) slow down guessing of
low-entropy passwords, and 256 random bits cannot be guessed at any hashing speed.

Every check reads the file, so a revoked key stops working on its next request, in every worker process.
`last_used` is written at most once a minute per key, so checking a key is almost always a read only. Every
write is one statement, atomic on its own, so threads and processes can share the file without transactions.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from assistant.config import Rate
from assistant.records.sqlite_file import SharedConnection

SCOPES = ("chat", "search", "admin")
"""What a key may do; `admin` grants every scope."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS keys (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    scopes TEXT NOT NULL,
    rate TEXT,
    secret_sha256 BLOB NOT NULL,
    created TEXT NOT NULL,
    last_used TEXT,
    revoked TEXT
);
"""
_KEY = re.compile(r"ha_([0-9a-f]{8})_([A-Za-z0-9_-]{43})")
_TOUCH_EVERY = timedelta(minutes=1)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _digest(secret: str) -> bytes:
    return hashlib.sha256(secret.encode()).digest()


@dataclass(frozen=True)
class ApiKey:
    """A key as stored, without its secret. `rate` None means the server's default; times are ISO UTC."""

    id: str
    name: str
    scopes: tuple[str, ...]
    rate: str | None
    created: str
    last_used: str | None
    revoked: str | None

    def allows(self, scope: str) -> bool:
        """Whether the key may use `scope`: never once revoked; `admin` allows every scope."""
        if scope not in SCOPES:
            raise ValueError(f"unknown scope {scope!r}: the scopes are {', '.join(SCOPES)}")
        return self.revoked is None and (scope in self.scopes or "admin" in self.scopes)


def _scopes(scopes: Iterable[str]) -> tuple[str, ...]:
    """The scopes, checked, without repeats, in the order of SCOPES."""
    chosen = {scopes} if isinstance(scopes, str) else set(scopes)
    unknown = sorted(chosen - set(SCOPES))
    if unknown:
        raise ValueError(f"unknown scope {', '.join(map(repr, unknown))}: choose from {', '.join(SCOPES)}")
    if not chosen:
        raise ValueError(f"a key needs at least one scope: {', '.join(SCOPES)}")
    return tuple(scope for scope in SCOPES if scope in chosen)


def _key(row: sqlite3.Row) -> ApiKey:
    return ApiKey(
        id=row["id"],
        name=row["name"],
        scopes=tuple(row["scopes"].split()),
        rate=row["rate"],
        created=row["created"],
        last_used=row["last_used"],
        revoked=row["revoked"],
    )


class KeyStore:
    """The API keys in `data_dir/keys.sqlite3`.

    One connection per process, used under a lock (see sqlite_file.py).
    """

    def __init__(self, data_dir: Path) -> None:
        # Writes are rare, and a revocation must survive a crash.
        self._db = SharedConnection(
            data_dir / "keys.sqlite3", _SCHEMA, timeout=10, synchronous="FULL", rows=True
        )
        self.path = self._db.path

    def close(self) -> None:
        """Close this process's connection; the next call opens a new one."""
        self._db.close()

    def create(self, name: str, scopes: Iterable[str], rate: str | None = None) -> tuple[ApiKey, str]:
        """Make a key; returns it and the full key string, which is not kept and cannot be shown again."""
        name = name.strip()
        if not name:
            raise ValueError("a key needs a name, to tell who holds it")
        chosen = _scopes(scopes)
        rate = None if rate is None else str(Rate.parse(rate))
        secret = secrets.token_urlsafe(32)
        created = _now()
        with self._db.locked() as db:
            inserted = 0
            while not inserted:
                key_id = secrets.token_hex(4)
                inserted = db.execute(
                    "INSERT OR IGNORE INTO keys VALUES (?, ?, ?, ?, ?, ?, NULL, NULL)",
                    (key_id, name, " ".join(chosen), rate, _digest(secret), created),
                ).rowcount
        key = ApiKey(key_id, name, chosen, rate, created, last_used=None, revoked=None)
        return key, f"ha_{key_id}_{secret}"

    def list(self) -> list[ApiKey]:
        """Every key, revoked ones included, in the order they were made."""
        with self._db.locked() as db:
            return [_key(row) for row in db.execute("SELECT * FROM keys ORDER BY rowid")]

    def get(self, key_id: str) -> ApiKey | None:
        """The key with this id, revoked or not; None when there is none."""
        with self._db.locked() as db:
            row = db.execute("SELECT * FROM keys WHERE id = ?", (key_id,)).fetchone()
        return _key(row) if row else None

    def revoke(self, key_id: str) -> bool:
        """Revoke a key from its next request on; False when there is no such key or it was already revoked."""
        with self._db.locked() as db:
            cursor = db.execute(
                "UPDATE keys SET revoked = ? WHERE id = ? AND revoked IS NULL", (_now(), key_id)
            )
        return cursor.rowcount == 1

    def verify(self, presented: str) -> ApiKey | None:
        """The key a client presented; None when it is malformed, unknown, revoked or its secret is wrong."""
        match = _KEY.fullmatch(presented.strip())
        if not match:
            return None
        key_id, secret = match.groups()
        with self._db.locked() as db:
            row = db.execute("SELECT * FROM keys WHERE id = ?", (key_id,)).fetchone()
            if row is None or row["revoked"]:
                return None
            if not hmac.compare_digest(row["secret_sha256"], _digest(secret)):
                return None
            key = _key(row)
            now = datetime.now(UTC)
            if key.last_used is None or datetime.fromisoformat(key.last_used) <= now - _TOUCH_EVERY:
                key = replace(key, last_used=now.isoformat(timespec="seconds"))
                db.execute("UPDATE keys SET last_used = ? WHERE id = ?", (key.last_used, key_id))
        return key
