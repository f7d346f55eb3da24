"""One SQLite connection per process to a small private file, used under a lock: for the key store and the rate
limiter, whose calls are short and frequent.

Opening a connection per call would cost about half a millisecond, as SQLite rebuilds the WAL index whenever
the last connection to a file closes. A connection made before a fork is left to the parent: the child opens
its own.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Literal


class SharedConnection:
    """The file at `path` (created with mode 0600, its folder too), in WAL mode, with `schema` applied."""

    def __init__(
        self,
        path: Path,
        schema: str,
        *,
        timeout: float,
        synchronous: Literal["OFF", "NORMAL", "FULL"],
        rows: bool = False,
    ) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._schema, self._timeout, self._synchronous, self._rows = schema, timeout, synchronous, rows
        self._lock = threading.Lock()
        self._connections: dict[int, sqlite3.Connection] = {}
        with self.locked():
            pass

    @contextmanager
    def locked(self) -> Iterator[sqlite3.Connection]:
        """This process's connection, for this thread alone until the block ends (autocommit mode)."""
        with self._lock:
            db = self._connections.get(os.getpid())
            if db is None:
                os.close(os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600))
                db = sqlite3.connect(
                    self.path, timeout=self._timeout, isolation_level=None, check_same_thread=False
                )
                if self._rows:
                    db.row_factory = sqlite3.Row
                db.execute("PRAGMA journal_mode=WAL")
                db.execute(f"PRAGMA synchronous={self._synchronous}")
                db.executescript(self._schema)
                self._connections[os.getpid()] = db
            yield db

    def close(self) -> None:
        """Close this process's connection; the next call opens a new one."""
        with self._lock:
            db = self._connections.pop(os.getpid(), None)
            if db is not None:
                db.close()
