"""The passage store: articles, sections and passages in SQLite, beside the FAISS file of the same build.

Passage rows are dense (0..n-1); where each row's vector is in the FAISS file is the loaded index's business
(a derived version maps rows to vector slots). Spans are character offsets into `articles.text` (SQLite's
substr counts characters, as Python does), so a quote can be checked against the article itself. Every
statement against the schema is in this file, including those that derive one store from another.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from assistant.articles.chunking import Passage
from assistant.articles.corpus import Article, Section

_SCHEMA = """
CREATE TABLE articles (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, text TEXT NOT NULL, url TEXT NOT NULL, source TEXT NOT NULL,
    updated TEXT, author TEXT, tags TEXT NOT NULL, meta TEXT NOT NULL, origin TEXT NOT NULL,
    safety_notes TEXT NOT NULL, digest TEXT NOT NULL
);
CREATE TABLE sections (
    article_id TEXT NOT NULL REFERENCES articles(id), idx INTEGER NOT NULL, heading TEXT NOT NULL,
    anchor TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, PRIMARY KEY (article_id, idx)
);
CREATE TABLE passages (
    row INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, article_id TEXT NOT NULL REFERENCES articles(id),
    section_idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
);
CREATE INDEX passages_article ON passages(article_id);
CREATE TABLE sentences (
    row INTEGER PRIMARY KEY, passage_row INTEGER NOT NULL REFERENCES passages(row),
    start INTEGER NOT NULL, "end" INTEGER NOT NULL
);
CREATE INDEX sentences_passage ON sentences(passage_row);
"""


# The ids of a set of articles as one statement parameter (a JSON array), however many there are: SQLite limits
# the variables of a statement.
_IDS = "SELECT value FROM json_each(?)"


@dataclass(frozen=True)
class Dropping:
    """What leaves a store when some articles are dropped from it: their passage rows, sorted, and how many
    sentences go with them of how many there are."""

    rows: list[int]
    sentences: int
    all_sentences: int


def article_digests(path: Path) -> dict[str, str]:
    """Each stored article's digest (article_digest), by id."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        return dict(db.execute("SELECT id, digest FROM articles").fetchall())


def dropping(path: Path, article_ids: Iterable[str]) -> Dropping:
    """What dropping these articles would take out of the store at `path`."""
    ids = list(article_ids)
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        rows = [
            r
            for (r,) in db.execute(
                f"SELECT row FROM passages WHERE article_id IN ({_IDS}) ORDER BY row", [json.dumps(ids)]
            )
        ]
        sentences = db.execute(
            f"SELECT count(*) FROM sentences s JOIN passages p ON p.row = s.passage_row "
            f"WHERE p.article_id IN ({_IDS})",
            [json.dumps(ids)],
        ).fetchone()[0]
        all_sentences = db.execute("SELECT count(*) FROM sentences").fetchone()[0]
    return Dropping(rows, sentences, all_sentences)


def derive_store(
    previous: Path,
    path: Path,
    dropped: Iterable[str],
    moves: Sequence[tuple[int, int]],
    kept: Iterable[Article],
    added: Iterable[Article],
    passages: Iterable[tuple[int, Passage]],
    sentences: Iterable[tuple[int, tuple[int, int, int]]],
) -> None:
    """Write at `path` a copy of the store at `previous` without the `dropped` articles, with the passage rows
    `moves` names moved (old row, new row), the `kept` articles' origins brought up to date, and the `added`
    articles inserted with their passages and sentences at the rows given."""
    ids = json.dumps(list(dropped))
    shutil.copyfile(previous, path)
    with closing(sqlite3.connect(path)) as db, db:
        db.execute(
            f"DELETE FROM sentences WHERE passage_row IN (SELECT row FROM passages WHERE article_id IN ({_IDS}))",
            [ids],
        )
        db.execute(f"DELETE FROM passages WHERE article_id IN ({_IDS})", [ids])
        db.execute(f"DELETE FROM sections WHERE article_id IN ({_IDS})", [ids])
        db.execute(f"DELETE FROM articles WHERE id IN ({_IDS})", [ids])
        db.executemany("UPDATE passages SET row = ? WHERE row = ?", [(new, old) for old, new in moves])
        db.executemany(
            "UPDATE sentences SET passage_row = ? WHERE passage_row = ?", [(new, old) for old, new in moves]
        )
        db.executemany(
            "UPDATE articles SET origin = ? WHERE id = ? AND origin != ?",
            [(a.origin, a.id, a.origin) for a in kept],
        )
        insert_rows(db, added, passages, sentences)


@dataclass(frozen=True)
class StoredPassage:
    """A passage with what an answer shows about its source. `span_text` is read from the article itself."""

    row: int
    id: str
    article_id: str
    article_title: str
    article_updated: str | None
    section_index: int
    heading: str
    anchor: str
    start: int
    end: int
    text: str
    span_text: str


@dataclass(frozen=True)
class Sentence:
    """A sentence (or list line) of a passage; `row` is its row in the sentence vectors."""

    row: int
    start: int
    end: int


@dataclass(frozen=True)
class StoredSummary:
    id: str
    title: str
    url: str
    source: str
    updated: str | None
    author: str | None
    tags: tuple[str, ...]
    sections: int
    passages: int


@dataclass(frozen=True)
class Catalogue:
    """What ranking needs to know of every passage, held in memory: row -> article, section, heading."""

    article_of: tuple[str, ...]
    section_of: tuple[int, ...]
    heading_of: tuple[str, ...]
    titles: dict[str, tuple[str, tuple[str, ...]]]  # article id -> (title, tags)
    # article id -> its editors' safety notes, for those that have any
    safety_notes: dict[str, tuple[str, ...]]
    sources: dict[str, str] = field(default_factory=dict)  # article id -> its source, for those that have one


def article_digest(article: Article) -> str:
    """A hash of everything stored of an article but where it was read from (`origin`, which moves when lines
    above it come and go): an unchanged digest means unchanged rows in every part of the index (the chunking
    settings are the manifest's business). An article read from a JSON line has the hash of the line."""
    if article.digest:
        return article.digest
    fields = [
        article.id,
        article.title,
        article.text,
        [(s.heading, s.anchor, s.start, s.end) for s in article.sections],
        article.url,
        article.source,
        article.updated,
        article.author,
        article.tags,
        article.safety_notes,
        article.meta,
    ]
    return hashlib.sha256(json.dumps(fields, default=str).encode()).hexdigest()


def write_store(
    path: Path,
    articles: Iterable[Article],
    passages: Sequence[Passage],
    sentences: Sequence[tuple[int, int, int]] = (),
) -> None:
    """Write a new store file; passage `i` gets row `i`, sentence `j` (passage row, start, end) row `j`."""
    with closing(sqlite3.connect(path)) as db, db:
        db.executescript(_SCHEMA)
        insert_rows(db, articles, enumerate(passages), enumerate(sentences))


def insert_rows(
    db: sqlite3.Connection,
    articles: Iterable[Article],
    passages: Iterable[tuple[int, Passage]],
    sentences: Iterable[tuple[int, tuple[int, int, int]]],
) -> None:
    """Insert articles with their sections, and passages and sentences at the rows given."""
    for a in articles:
        db.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                a.id,
                a.title,
                a.text,
                a.url,
                a.source,
                a.updated,
                a.author,
                json.dumps(a.tags),
                json.dumps(a.meta, default=str),
                a.origin,
                json.dumps(a.safety_notes),
                article_digest(a),
            ),
        )
        db.executemany(
            "INSERT INTO sections VALUES (?, ?, ?, ?, ?, ?)",
            [(a.id, i, s.heading, s.anchor, s.start, s.end) for i, s in enumerate(a.sections)],
        )
    db.executemany(
        "INSERT INTO passages VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(row, p.id, p.article_id, p.section_index, p.start, p.end, p.text) for row, p in passages],
    )
    db.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?)", [(row, *s) for row, s in sentences])


class Store:
    """Read-only access to a store file, one SQLite connection per thread."""

    def __init__(self, path: Path) -> None:
        if not path.is_file():
            raise FileNotFoundError(path)
        self.path = path
        self._local = threading.local()

    def _db(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._local.db = db
        return db

    def passages(self, rows: Sequence[int]) -> dict[int, StoredPassage]:
        if not rows:
            return {}
        query = f"""
            SELECT p.row, p.id, p.article_id, a.title, a.updated, p.section_idx, s.heading, s.anchor,
                   p.start, p."end", p.text, substr(a.text, p.start + 1, p."end" - p.start)
            FROM passages p JOIN articles a ON a.id = p.article_id
            JOIN sections s ON s.article_id = p.article_id AND s.idx = p.section_idx
            WHERE p.row IN ({",".join("?" * len(rows))})"""
        return {r[0]: StoredPassage(*r) for r in self._db().execute(query, tuple(rows))}

    def sentences(self, passage_rows: Sequence[int]) -> dict[int, list[Sentence]]:
        """The sentences of each passage, in reading order."""
        found: dict[int, list[Sentence]] = {row: [] for row in passage_rows}
        if passage_rows:
            query = f"""SELECT passage_row, row, start, "end" FROM sentences
                        WHERE passage_row IN ({",".join("?" * len(passage_rows))}) ORDER BY start"""
            for passage_row, row, start, end in self._db().execute(query, tuple(passage_rows)):
                found[passage_row].append(Sentence(row, start, end))
        return found

    def sentence_texts(self, pattern: str, words: Sequence[str]) -> list[tuple[str, int, int, int, str]]:
        """Every stored sentence whose text matches `pattern` (a regular expression, case-insensitive), looked for
        only in passages holding one of `words` (case-insensitive): its article, passage row, span in the article
        and text, in article and reading order. (A sentence's text is cut from its passage's, which is the
        article's text at the passage's span.)"""
        compiled = re.compile(pattern, re.IGNORECASE)
        holds = " OR ".join("instr(lower(text), ?) > 0" for _ in words) or "1"
        passages = (
            self._db()
            .execute(
                f"SELECT row, article_id, start, text FROM passages WHERE {holds} ORDER BY article_id, start",
                tuple(w.lower() for w in words),
            )
            .fetchall()
        )
        spans = self.sentences([row for row, _, _, _ in passages])
        found = []
        for row, article_id, start, text in passages:
            for sentence in spans[row]:
                piece = text[sentence.start - start : sentence.end - start]
                if compiled.search(piece):
                    found.append((article_id, row, sentence.start, sentence.end, piece))
        return found

    def catalogue(self) -> Catalogue:
        db = self._db()
        rows = db.execute(
            """SELECT p.article_id, p.section_idx, s.heading FROM passages p
               JOIN sections s ON s.article_id = p.article_id AND s.idx = p.section_idx ORDER BY p.row"""
        ).fetchall()
        titles: dict[str, tuple[str, tuple[str, ...]]] = {}
        notes: dict[str, tuple[str, ...]] = {}
        sources: dict[str, str] = {}
        for a, t, tags, safety, source in db.execute(
            "SELECT id, title, tags, safety_notes, source FROM articles"
        ):
            titles[a] = (t, tuple(json.loads(tags)))
            if own := tuple(json.loads(safety)):
                notes[a] = own
            if source:
                sources[a] = source
        return Catalogue(
            tuple(r[0] for r in rows),
            tuple(r[1] for r in rows),
            tuple(r[2] for r in rows),
            titles,
            notes,
            sources,
        )

    def openings(self, chars: int) -> list[tuple[str, str]]:
        """Every article's id and the first `chars` characters of its text."""
        return (
            self._db().execute("SELECT id, substr(text, 1, ?) FROM articles ORDER BY id", (chars,)).fetchall()
        )

    def summaries(
        self, tag: str | None = None, source: str | None = None, limit: int = 50, offset: int = 0
    ) -> tuple[int, list[StoredSummary]]:
        """Articles by id, with their numbers of sections and passages: (how many match, this page)."""
        where, values = [], []
        if tag:
            where.append("EXISTS (SELECT 1 FROM json_each(a.tags) WHERE value = ?)")
            values.append(tag.strip().lower())
        if source:
            where.append("a.source = ? COLLATE NOCASE")
            values.append(source)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        db = self._db()
        total = db.execute(f"SELECT COUNT(*) FROM articles a {clause}", values).fetchone()[0]
        rows = db.execute(
            f"""SELECT a.id, a.title, a.url, a.source, a.updated, a.author, a.tags,
                       (SELECT COUNT(*) FROM sections s WHERE s.article_id = a.id),
                       (SELECT COUNT(*) FROM passages p WHERE p.article_id = a.id)
                FROM articles a {clause} ORDER BY a.id LIMIT ? OFFSET ?""",
            [*values, limit, offset],
        )
        return total, [
            StoredSummary(r[0], r[1], r[2], r[3], r[4], r[5], tuple(json.loads(r[6])), r[7], r[8])
            for r in rows
        ]

    def passage_spans(self, article_id: str) -> list[tuple[str, int, int, int]]:
        """An article's passages in order: (id, section index, start, end)."""
        rows = self._db().execute(
            'SELECT id, section_idx, start, "end" FROM passages WHERE article_id = ? ORDER BY start',
            (article_id,),
        )
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    def section_indices(self, article_id: str, headings: Sequence[str]) -> list[int]:
        """The indices of an article's sections with these headings (for evaluation sets that name headings)."""
        wanted = {h.casefold() for h in headings}
        rows = self._db().execute("SELECT idx, heading FROM sections WHERE article_id = ?", (article_id,))
        return [idx for idx, heading in rows if heading.casefold() in wanted]

    def passage_by_id(self, passage_id: str) -> StoredPassage | None:
        row = self._db().execute("SELECT row FROM passages WHERE id = ?", (passage_id,)).fetchone()
        return self.passages([row[0]]).get(row[0]) if row else None

    def article(self, article_id: str) -> Article | None:
        db = self._db()
        row = db.execute(
            "SELECT id, title, text, origin, url, source, updated, author, tags, meta, safety_notes FROM articles "
            "WHERE id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            return None
        sections = tuple(
            Section(*s)
            for s in db.execute(
                'SELECT heading, anchor, start, "end" FROM sections WHERE article_id = ? ORDER BY idx',
                (article_id,),
            )
        )
        keys = ("id", "title", "text", "origin", "url", "source", "updated", "author")
        fields = dict(zip(keys, row[:8], strict=True))
        return Article(
            **fields,
            sections=sections,
            tags=tuple(json.loads(row[8])),
            meta=json.loads(row[9]),
            safety_notes=tuple(json.loads(row[10])),
        )
