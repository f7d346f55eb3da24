"""The conversation log: every question, answer and piece of feedback, in SQLite (WAL mode).

It stores the conversation itself and nothing about the visitor: no IP address, no user agent, no cookie
beyond the random conversation id the widget keeps. Conversations older than the retention period are deleted.
Each call opens its own connection, so the log is safe to use from FastAPI's thread pool and from several
server processes at once; WAL lets staff read while visitors write.
"""

from __future__ import annotations

import csv
import io
import json
import re
import secrets
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from assistant.answer.schema import Answer

SCHEMA_VERSION = 2  # 2: conversations.owner
_SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id TEXT PRIMARY KEY,
    started_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    owner TEXT  -- the API key that started it; NULL for the public widget
);
CREATE TABLE IF NOT EXISTS turns (
    id TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    message TEXT NOT NULL,
    searched TEXT NOT NULL,
    subject TEXT,
    category TEXT NOT NULL,
    abstained INTEGER NOT NULL,
    quotes INTEGER NOT NULL,
    answer TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS turns_by_conversation ON turns(conversation_id, position);
CREATE INDEX IF NOT EXISTS turns_by_time ON turns(created_at);
CREATE INDEX IF NOT EXISTS conversations_by_activity ON conversations(updated_at, id);
CREATE TABLE IF NOT EXISTS feedback (
    turn_id TEXT PRIMARY KEY REFERENCES turns(id) ON DELETE CASCADE,
    helpful INTEGER NOT NULL,
    comment TEXT,
    created_at TEXT NOT NULL
);
"""
_PURGE_EVERY_S = 3600
_ID = re.compile(r"[0-9a-f]{32}")


def new_id() -> str:
    return secrets.token_hex(16)


def valid_id(value: str | None) -> bool:
    return bool(value) and bool(_ID.fullmatch(value or ""))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Turn:
    id: str
    conversation_id: str
    position: int
    created_at: str
    message: str
    answer: Answer
    helpful: bool | None
    comment: str | None


@dataclass(frozen=True)
class ConversationSummary:
    id: str
    started_at: str
    updated_at: str
    turns: int
    first_message: str
    categories: tuple[str, ...]
    abstained: int
    negative: int


@dataclass(frozen=True)
class Filters:
    """What the staff list shows: conversations with at least one turn matching every filter set."""

    abstained: bool = False
    category: str | None = None
    negative: bool = False
    since: date | None = None
    until: date | None = None
    text: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses, values = ["1=1"], []
        if self.abstained:
            clauses.append("t.abstained = 1")
        if self.category:
            clauses.append("t.category = ?")
            values.append(self.category)
        if self.negative:
            clauses.append("f.helpful = 0")
        if self.since:
            clauses.append("t.created_at >= ?")
            values.append(self.since.isoformat())
        if self.until:
            clauses.append("t.created_at < ?")
            values.append((self.until + timedelta(days=1)).isoformat())
        if self.text:
            clauses.append("t.message LIKE ? ESCAPE '\\'")
            escaped = self.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            values.append(f"%{escaped}%")
        return " AND ".join(clauses), values


@dataclass(frozen=True)
class Unanswered:
    """A question visitors asked that no article answered, with its near-duplicates folded in."""

    example: str
    count: int
    last_asked: str
    variants: tuple[str, ...]


class ConversationLog:
    """The conversation log in `data_dir/conversations.sqlite3`."""

    def __init__(self, data_dir: Path, retention_days: int) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self.path = data_dir / "conversations.sqlite3"
        self.retention = timedelta(days=retention_days)
        self._purged_at = 0.0
        self._local = threading.local()
        with self._connect() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(_SCHEMA)
            columns = {row["name"] for row in db.execute("PRAGMA table_info(conversations)")}
            if "owner" not in columns:  # a log written by schema 1
                db.execute("ALTER TABLE conversations ADD COLUMN owner TEXT")
            db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        self.purge()

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=10, check_same_thread=False)
        db.row_factory = sqlite3.Row
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA synchronous=NORMAL")
        return db

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        """This thread's connection (opening one per call costs about half a millisecond, as SQLite rebuilds
        the WAL index whenever the last connection closes), as one transaction: committed on success, rolled
        back on error."""
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = self._open()
        with db:
            yield db

    # Writing, for the chat API.

    def context(self, conversation_id: str | None, owner: str | None = None) -> str | None:
        """The subject a follow-up in this conversation refers to; None for a new or unknown conversation, or
        one another client started (`owner`: the API key's id, None for the public widget)."""
        if not valid_id(conversation_id):
            return None
        with self._connect() as db:
            row = db.execute(
                "SELECT t.subject FROM turns t JOIN conversations c ON c.id = t.conversation_id "
                "WHERE t.conversation_id = ? AND c.owner IS ? ORDER BY t.position DESC LIMIT 1",
                (conversation_id, owner),
            ).fetchone()
        return row["subject"] if row else None

    def owns(self, conversation_id: str, owner: str | None) -> bool:
        """Whether this client (an API key's id, or None for the widget) started the conversation."""
        with self._connect() as db:
            return _owned(db, conversation_id, owner)

    def record(
        self, conversation_id: str | None, answer: Answer, owner: str | None = None
    ) -> tuple[str, str]:
        """Store a turn; a new conversation when the id is missing, unknown or another client's.
        Returns (conversation, turn)."""
        now = _now()
        turn_id = new_id()
        with self._connect() as db:
            if conversation_id is not None and _owned(db, conversation_id, owner):
                db.execute("UPDATE conversations SET updated_at = ? WHERE id = ?", (now, conversation_id))
            else:
                conversation_id = new_id()
                db.execute(
                    "INSERT INTO conversations VALUES (?, ?, ?, ?)", (conversation_id, now, now, owner)
                )
            position = db.execute(
                "SELECT COALESCE(MAX(position), 0) + 1 FROM turns WHERE conversation_id = ?",
                (conversation_id,),
            ).fetchone()[0]
            db.execute(
                "INSERT INTO turns VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    turn_id,
                    conversation_id,
                    position,
                    now,
                    answer.message,
                    answer.searched,
                    answer.subject,
                    answer.triage.category,
                    int(answer.abstained),
                    len(answer.quotes),
                    answer.model_dump_json(),
                ),
            )
        self._purge_now_and_then()
        return conversation_id, turn_id

    def feedback(
        self, conversation_id: str, turn_id: str, helpful: bool, comment: str | None, owner: str | None = None
    ) -> bool:
        """Store (or replace) the feedback on a turn of this client's conversation; False when there is no such
        turn."""
        with self._connect() as db:
            found = db.execute(
                "SELECT 1 FROM turns t JOIN conversations c ON c.id = t.conversation_id "
                "WHERE t.id = ? AND t.conversation_id = ? AND c.owner IS ?",
                (turn_id, conversation_id, owner),
            ).fetchone()
            if not found:
                return False
            db.execute(
                "INSERT INTO feedback VALUES (?, ?, ?, ?) ON CONFLICT(turn_id) DO UPDATE SET "
                "helpful = excluded.helpful, comment = COALESCE(excluded.comment, feedback.comment), "
                "created_at = excluded.created_at",
                (turn_id, int(helpful), comment or None, _now()),
            )
        return True

    def purge(self) -> int:
        """Delete conversations last active before the retention period; returns how many."""
        cutoff = (datetime.now(UTC) - self.retention).isoformat(timespec="seconds")
        self._purged_at = time.monotonic()
        with self._connect() as db:
            return db.execute("DELETE FROM conversations WHERE updated_at < ?", (cutoff,)).rowcount

    def _purge_now_and_then(self) -> None:
        if time.monotonic() - self._purged_at > _PURGE_EVERY_S:
            self.purge()

    # Reading, for staff.

    def conversations(self, filters: Filters, limit: int = 50, offset: int = 0) -> list[ConversationSummary]:
        """Conversations with a turn matching the filters, most recently active first."""
        where, values = filters.where()
        with self._connect() as db:
            rows = db.execute(
                f"""
                SELECT c.id, c.started_at, c.updated_at,
                       (SELECT COUNT(*) FROM turns a WHERE a.conversation_id = c.id) AS turns,
                       (SELECT message FROM turns a WHERE a.conversation_id = c.id ORDER BY position LIMIT 1)
                           AS first_message,
                       (SELECT GROUP_CONCAT(DISTINCT category) FROM turns a WHERE a.conversation_id = c.id)
                           AS categories,
                       (SELECT COUNT(*) FROM turns a WHERE a.conversation_id = c.id AND a.abstained = 1)
                           AS abstained,
                       (SELECT COUNT(*) FROM turns a JOIN feedback b ON b.turn_id = a.id
                         WHERE a.conversation_id = c.id AND b.helpful = 0) AS negative
                FROM conversations c
                WHERE EXISTS (SELECT 1 FROM turns t LEFT JOIN feedback f ON f.turn_id = t.id
                              WHERE t.conversation_id = c.id AND {where})
                ORDER BY c.updated_at DESC, c.id DESC
                LIMIT ? OFFSET ?
                """,
                [*values, limit, offset],
            ).fetchall()
        return [
            ConversationSummary(
                id=r["id"],
                started_at=r["started_at"],
                updated_at=r["updated_at"],
                turns=r["turns"],
                first_message=r["first_message"] or "",
                categories=tuple(sorted((r["categories"] or "").split(","))),
                abstained=r["abstained"],
                negative=r["negative"],
            )
            for r in rows
        ]

    def turns(self, conversation_id: str) -> list[Turn]:
        with self._connect() as db:
            rows = db.execute(
                "SELECT t.*, f.helpful, f.comment FROM turns t LEFT JOIN feedback f ON f.turn_id = t.id "
                "WHERE t.conversation_id = ? ORDER BY t.position",
                (conversation_id,),
            ).fetchall()
        return [_turn(r) for r in rows]

    def matching_turns(self, filters: Filters) -> Iterator[Turn]:
        """Every turn matching the filters, oldest first (for the CSV export). A connection of its own: the
        response that streams these moves between threads."""
        where, values = filters.where()
        with closing(self._open()) as db:
            cursor = db.execute(
                "SELECT t.*, f.helpful, f.comment FROM turns t LEFT JOIN feedback f ON f.turn_id = t.id "
                f"WHERE {where} ORDER BY t.created_at, t.conversation_id, t.position",
                values,
            )
            for row in cursor:
                yield _turn(row)

    def unanswered(self, limit: int = 50, similarity: int = 88) -> list[Unanswered]:
        """The most frequent abstained questions; near-duplicates (token-set ratio >= similarity) count as one."""
        with self._connect() as db:
            rows = db.execute(
                "SELECT message, COUNT(*) AS n, MAX(created_at) AS last FROM turns WHERE abstained = 1 "
                "GROUP BY lower(trim(message)) ORDER BY n DESC, last DESC LIMIT 2000"
            ).fetchall()
        groups: list[dict[str, Any]] = []
        for row in rows:
            key = _fold(row["message"])
            for group in groups:
                if fuzz.token_set_ratio(key, group["key"]) >= similarity:
                    group["count"] += row["n"]
                    group["last"] = max(group["last"], row["last"])
                    group["variants"].append(row["message"])
                    break
            else:
                groups.append(
                    {
                        "key": key,
                        "example": row["message"],
                        "count": row["n"],
                        "last": row["last"],
                        "variants": [],
                    }
                )
        groups.sort(key=lambda g: (g["count"], g["last"]), reverse=True)
        return [
            Unanswered(g["example"], g["count"], g["last"], tuple(g["variants"][:5])) for g in groups[:limit]
        ]


CSV_COLUMNS = (
    "conversation_id",
    "turn",
    "asked_at",
    "question",
    "searched_as",
    "category",
    "triage_reason",
    "abstained",
    "notices",
    "quoted_passages",
    "scores",
    "disclaimers",
    "helpful",
    "comment",
    "index_version",
)


def csv_rows(turns: Iterator[Turn]) -> Iterator[str]:
    """The CSV export, a line at a time: one row per turn, passages and scores joined with ' | '."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def line(values: tuple[object, ...] | list[object]) -> str:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(values)
        return buffer.getvalue()

    yield line(CSV_COLUMNS)
    for t in turns:
        a = t.answer
        yield line(
            [
                t.conversation_id,
                t.position,
                t.created_at,
                _cell(t.message),
                _cell(a.searched),
                a.triage.category,
                a.triage.reason,
                int(a.abstained),
                " | ".join(n.id for n in a.notices),
                " | ".join(q.passage_id for q in a.quotes),
                " | ".join(
                    f"fused={q.score:.3f} dense={q.why.similarity:.3f} lexical={q.why.lexical:.3f}"
                    for q in a.quotes
                ),
                " | ".join(d.id for d in a.disclaimers),
                "" if t.helpful is None else int(t.helpful),
                _cell(t.comment or ""),
                a.index_version,
            ]
        )


def _owned(db: sqlite3.Connection, conversation_id: str, owner: str | None) -> bool:
    """Whether the conversation exists and this client (an API key's id, None for the widget) started it."""
    if not valid_id(conversation_id):
        return False
    found = db.execute("SELECT 1 FROM conversations WHERE id = ? AND owner IS ?", (conversation_id, owner))
    return found.fetchone() is not None


def _cell(text: str) -> str:
    """A visitor's text made safe for spreadsheets: a leading =, +, - or @ would be read as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _turn(row: sqlite3.Row) -> Turn:
    helpful = row["helpful"]
    return Turn(
        id=row["id"],
        conversation_id=row["conversation_id"],
        position=row["position"],
        created_at=row["created_at"],
        message=row["message"],
        answer=Answer.model_validate(json.loads(row["answer"])),
        helpful=None if helpful is None else bool(helpful),
        comment=row["comment"],
    )


def _fold(message: str) -> str:
    return " ".join(re.findall(r"\w+", message.lower()))
