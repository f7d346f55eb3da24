"""Rate limits shared by every worker process of one server: GCRA over one small SQLite file.

GCRA (the generic cell rate algorithm) keeps one number per bucket, its theoretical arrival time (TAT): the
moment the bucket would be full again. A rate of `count` per `seconds` lets `count` requests through at once,
then one every `seconds / count`; a refused request changes nothing. Each check is one `BEGIN IMMEDIATE`
transaction on `data_dir/limits.sqlite3`, so the worker processes sharing that file never let more through
between them than the rate allows. The state is disposable (losing it only forgets recent requests), so it is
written without fsync (`synchronous=OFF`) and a check takes tens of microseconds.

Visitors are limited by address without storing it: `client_bucket` hashes the address with BLAKE2b keyed by a
random salt made once per install and kept in the same file (mode 0600). A bucket's row is deleted once its TAT
has passed, when it no longer affects any decision, so a visitor's hash is kept only while it matters.
"""

from __future__ import annotations

import hashlib
import ipaddress
import math
import secrets
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from assistant.config import Rate
from assistant.records.sqlite_file import SharedConnection

_SCHEMA = """
CREATE TABLE IF NOT EXISTS buckets (bucket TEXT PRIMARY KEY, tat REAL NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
"""
_BUSY_TIMEOUT_S = 5.0
_PURGE_EVERY_S = 60.0
_SLACK_S = 1e-6  # float rounding in TAT sums must never refuse a request that is due


@dataclass(frozen=True)
class Decision:
    """Whether one request may go ahead, and what the client needs to pace itself.

    `retry_after`: when refused, seconds until a retry would be allowed (0 when allowed).
    `reset_after`: seconds until the bucket is full again.
    """

    allowed: bool
    limit: int
    remaining: int
    retry_after: float
    reset_after: float

    def headers(self) -> dict[str, str]:
        """`RateLimit-*` headers (IETF draft) and, when refused, `Retry-After`, in whole seconds rounded up."""
        headers = {
            "RateLimit-Limit": str(self.limit),
            "RateLimit-Remaining": str(self.remaining),
            "RateLimit-Reset": str(math.ceil(self.reset_after)),
        }
        if not self.allowed:
            headers["Retry-After"] = str(math.ceil(self.retry_after))
        return headers


def gcra(tat: float | None, rate: Rate, now: float) -> tuple[Decision, float | None]:
    """Decide one request given the bucket's stored TAT; returns the decision and the TAT to store (None: keep)."""
    start = now if tat is None else max(tat, now)
    new_tat = start + rate.interval
    allowed_at = new_tat - rate.seconds
    if allowed_at > now + _SLACK_S:
        return Decision(False, rate.count, 0, allowed_at - now, start - now), None
    remaining = min(rate.count - 1, int((now - allowed_at) / rate.interval + _SLACK_S))
    return Decision(True, rate.count, remaining, 0.0, new_tat - now), new_tat


def client_bucket(ip: str, salt: bytes) -> str:
    """A stable stand-in for a client address that does not reveal it: BLAKE2b keyed by the install's salt.

    An IPv6 address counts as its /64 network, which one visitor usually holds whole; an IPv4-mapped IPv6
    address counts as the IPv4 address. Anything else (a test client's name) is hashed as it is.
    """
    try:
        address = ipaddress.ip_address(ip.strip())
    except ValueError:
        key = ip
    else:
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            key = str(address.ipv4_mapped)
        elif isinstance(address, ipaddress.IPv6Address):
            key = str(ipaddress.IPv6Network((address, 64), strict=False))
        else:
            key = str(address)
    return hashlib.blake2b(key.encode(), key=salt, digest_size=16).hexdigest()


class RateLimiter:
    """GCRA buckets in `data_dir/limits.sqlite3`, shared by every thread and process that opens the file.

    One connection per process, used under a lock (see sqlite_file.py): SQLite's write lock serialises checks
    anyway, and each takes tens of microseconds. The app makes one per worker in its lifespan and closes it.
    """

    def __init__(self, data_dir: Path) -> None:
        # The state is disposable: losing it only forgets recent requests, so it is written without fsync.
        self._db = SharedConnection(
            data_dir / "limits.sqlite3", _SCHEMA, timeout=_BUSY_TIMEOUT_S, synchronous="OFF"
        )
        self.path = self._db.path
        self._purged_at = -math.inf
        with self._transaction() as db:
            db.execute("INSERT OR IGNORE INTO meta VALUES ('salt', ?)", (secrets.token_bytes(32),))
            self.salt: bytes = bytes(db.execute("SELECT value FROM meta WHERE key = 'salt'").fetchone()[0])

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taking SQLite's write lock first so that no other process interleaves."""
        with self._db.locked() as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

    def hit(self, bucket: str, rate: Rate, now: float | None = None) -> Decision:
        """Count one request against `bucket` if it has room; a refused request uses none of it.

        `now` is a Unix time (the clock every process shares); tests pass their own.
        """
        now = time.time() if now is None else now
        with self._transaction() as db:
            row = db.execute("SELECT tat FROM buckets WHERE bucket = ?", (bucket,)).fetchone()
            decision, tat = gcra(row[0] if row else None, rate, now)
            if tat is not None:
                db.execute(
                    "INSERT INTO buckets VALUES (?, ?) ON CONFLICT(bucket) DO UPDATE SET tat = excluded.tat",
                    (bucket, tat),
                )
        if time.monotonic() - self._purged_at > _PURGE_EVERY_S:
            self.purge(now)
        return decision

    def client_bucket(self, ip: str) -> str:
        """`client_bucket(ip, self.salt)`: the bucket name for a visitor's address, without the address."""
        return client_bucket(ip, self.salt)

    def purge(self, now: float | None = None) -> int:
        """Delete buckets whose TAT has passed (they are full again, as if never used); returns how many."""
        now = time.time() if now is None else now
        self._purged_at = time.monotonic()
        with self._transaction() as db:
            return db.execute("DELETE FROM buckets WHERE tat < ?", (now,)).rowcount

    def close(self) -> None:
        """Close this process's connection; the next check opens a new one."""
        self._db.close()
