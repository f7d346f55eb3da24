"""Load articles from Markdown files with front matter and from JSON lines (the MedQuAD form).

Both become the same `Article`: its stored `text` is Markdown-like (`## Heading` lines between sections), and each
`Section` records the exact span of its body inside that text, so every later span is an offset into one string.
A malformed article becomes an `ArticleProblem` naming its file, line or id; the others still load.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from assistant.errors import CorpusError

ARTICLE_SUFFIXES = (".md", ".markdown", ".jsonl")
INTRO_HEADING = "Overview"
_SLUG_RE = re.compile(r"^[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?$")
_HEADING_RE = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
_FENCE_RE = re.compile(r"^(```|~~~)", re.MULTILINE)


@dataclass(frozen=True)
class Section:
    """A headed part of an article; its body is `article.text[start:end]`."""

    heading: str
    anchor: str
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """One article as stored and quoted."""

    id: str
    title: str
    text: str
    sections: tuple[Section, ...]
    origin: str
    url: str = ""
    source: str = ""
    updated: str | None = None
    author: str | None = None
    tags: tuple[str, ...] = ()
    safety_notes: tuple[str, ...] = ()  # editors' warnings shown whenever the article is quoted
    meta: dict[str, Any] = field(default_factory=dict, compare=False)
    notes: tuple[str, ...] = field(default=(), compare=False)  # what loading had to assume, for the summary
    file: Path | None = field(default=None, compare=False)  # the file it was read from
    line: int = field(default=0, compare=False)  # its line in a .jsonl file (1-based); 0 for a Markdown file
    digest: str = field(default="", compare=False, repr=False)  # of its JSON line, which fixes all of it

    def section_text(self, index: int) -> str:
        section = self.sections[index]
        return self.text[section.start : section.end]


@dataclass(frozen=True)
class ArticleProblem:
    """Why one article was refused; `where` is a file, file:line, or file:line (id)."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass
class LoadResult:
    articles: list[Article]
    problems: list[ArticleProblem]
    files: list[Path]
    fingerprint: str = ""  # of the bytes these articles were parsed from
    warnings: list[ArticleProblem] = field(default_factory=list)


class _Refused(Exception):
    """Internal: an article cannot be loaded, for the reason given."""


def slugify(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug or "section"


def corpus_files(path: Path, overlay: Mapping[Path, bytes | None] | None = None) -> list[Path]:
    """The article files at `path` (a file, or a folder searched recursively), in a stable order; `overlay`
    adds files (bytes) and takes them away (None), for loading the corpus as an update would leave it."""
    if path.is_file():
        files = [path]
    elif not path.is_dir():
        raise CorpusError(f"the corpus path {path} does not exist")
    else:
        files = [
            p
            for p in path.rglob("*")
            if p.is_file()
            and p.suffix.lower() in ARTICLE_SUFFIXES
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
        ]
    if overlay:
        files = [p for p in files if overlay.get(p, b"") is not None]
        files += [p for p, data in overlay.items() if data is not None and p not in files]
    files.sort()
    if not files:
        raise CorpusError(f"the corpus folder {path} holds no .md or .jsonl article files")
    return files


def fingerprint(files: list[Path]) -> str:
    """A hash of the corpus files' names and bytes: it changes whenever any article file does."""
    digest = hashlib.sha256()
    for path in files:
        _digest_file(digest.update, path, path.read_bytes())
    return digest.hexdigest()


def _digest_file(update: Callable[[bytes], None], path: Path, data: bytes) -> None:
    for part in (path.name.encode(), b"\0", data, b"\0"):
        update(part)


def load_corpus(path: Path, overlay: Mapping[Path, bytes | None] | None = None) -> LoadResult:
    """Load every article under `path`, with `overlay`'s files in place of those on disk (see corpus_files).
    Duplicate ids are refused after the first."""
    overlay = overlay or {}
    files = corpus_files(path, overlay)
    result = LoadResult([], [], files)
    first_seen: dict[str, str] = {}
    digest = hashlib.sha256()
    for file in files:
        # Each file is read once; the fingerprint is of exactly the bytes parsed, even if the file changes later.
        pending = overlay.get(file)
        data = pending if pending is not None else file.read_bytes()
        _digest_file(digest.update, file, data)
        loaded = _load_jsonl(file, data) if file.suffix.lower() == ".jsonl" else [_load_markdown(file, data)]
        for item in loaded:
            if isinstance(item, ArticleProblem):
                result.problems.append(item)
            elif item.id in first_seen:
                result.problems.append(
                    ArticleProblem(
                        item.origin, f"duplicate article id {item.id!r} (first in {first_seen[item.id]})"
                    )
                )
            else:
                first_seen[item.id] = item.origin
                result.articles.append(item)
                result.warnings.extend(ArticleProblem(item.origin, note) for note in item.notes)
    result.fingerprint = digest.hexdigest()
    return result


def build_text(sections: list[tuple[str, str]]) -> tuple[str, tuple[Section, ...]]:
    """Join (heading, body) pairs into the stored text, recording each body's span and a unique anchor."""
    parts: list[str] = []
    spans: list[Section] = []
    used: set[str] = set()
    offset = 0
    for heading, body in sections:
        prefix = f"## {heading}\n\n"
        start = offset + len(prefix)
        spans.append(Section(heading, _unique(slugify(heading), used), start, start + len(body)))
        parts.append(prefix + body)
        offset = start + len(body) + 2
    return "\n\n".join(parts), tuple(spans)


def _unique(anchor: str, used: set[str]) -> str:
    candidate, n = anchor, 2
    while candidate in used:
        candidate, n = f"{anchor}-{n}", n + 1
    used.add(candidate)
    return candidate


def read_markdown(path: Path, data: bytes) -> Article | ArticleProblem:
    """One Markdown article, as it would load from `path` holding `data`."""
    return _load_markdown(path, data)


def read_record(record: object, path: Path, line: int = 1) -> Article | ArticleProblem:
    """One article in the JSON form, as it would load from line `line` of the .jsonl file `path`."""
    where = f"{path}:{line}"
    try:
        return replace(_parse_record(record, where), file=path, line=line)
    except _Refused as refused:
        return ArticleProblem(where, str(refused))


def article_record(article: Article) -> dict[str, Any]:
    """The article in the JSON form; reading it back gives the same text, sections and fields."""
    record: dict[str, Any] = {"id": article.id, "title": article.title}
    for key in ("url", "source", "updated", "author"):
        if value := getattr(article, key):
            record[key] = value
    if article.tags:
        record["tags"] = list(article.tags)
    if article.safety_notes:
        record["safety_notes"] = list(article.safety_notes)
    record["sections"] = [
        {"heading": s.heading, "text": article.text[s.start : s.end]} for s in article.sections
    ]
    return record


# --- Markdown -------------------------------------------------------------------------------------------


def _load_markdown(path: Path, data: bytes) -> Article | ArticleProblem:
    try:
        return _parse_markdown(path, data)
    except _Refused as refused:
        return ArticleProblem(str(path), str(refused))


def _parse_markdown(path: Path, data: bytes) -> Article:
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise _Refused(f"not UTF-8 text (byte {e.start})") from e
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    match = re.match(r"---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|$)", raw, re.DOTALL)
    if not match:
        raise _Refused(
            "no front matter: the file must start with a '---' line, YAML fields, and another '---' line"
        )
    try:
        front = yaml.safe_load(match.group(1) or "")
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        raise _Refused(f"front matter is not valid YAML{where}: {getattr(e, 'problem', e)}") from e
    if not isinstance(front, dict):
        raise _Refused("front matter must be YAML fields such as 'title: ...'")
    title = _required_text(front, "title")
    slug = str(front.get("slug") or path.stem)
    if not _SLUG_RE.match(slug):
        raise _Refused(f"slug {slug!r} must use lowercase letters, digits, '-' and '_'")
    sections = _markdown_sections(raw[match.end() :])
    if not any(body for _, body in sections):
        raise _Refused("the article has no text below its front matter")
    text, spans = build_text(sections)
    return Article(
        id=slug,
        title=title,
        text=text,
        sections=spans,
        origin=str(path),
        file=path,
        url=str(front.get("url") or ""),
        source=str(front.get("source") or ""),
        updated=_date(front.get("updated")),
        author=str(front["author"]).strip() if front.get("author") else None,
        tags=_tags(front.get("tags")),
        safety_notes=_safety_notes(front.get("safety_notes")),
        meta={
            k: v
            for k, v in front.items()
            if k not in {"title", "slug", "url", "updated", "author", "tags", "safety_notes"}
        },
    )


def _required_text(fields: dict[str, Any], key: str, where: str = "front matter") -> str:
    value = fields.get(key)
    if not isinstance(value, str) or not value.strip():
        raise _Refused(f"{where} needs a non-empty '{key}'")
    return value.strip()


def _date(value: object) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError as e:
        raise _Refused(f"'updated' must be a date like 2026-10-02, not {value!r}") from e


def _tags(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or not all(isinstance(t, str | int | float) for t in value):
        raise _Refused("'tags' must be a list of words, e.g. [baclofen, spasticity]")
    return tuple(str(t).strip().lower() for t in value if str(t).strip())


def _safety_notes(value: object) -> tuple[str, ...]:
    """An article's own safety notes: one text or a list of texts, each shown as written."""
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(n, str) and n.strip() for n in value):
        raise _Refused("'safety_notes' must be a text or a list of non-empty texts")
    return tuple(" ".join(n.split()) for n in value)


def _markdown_sections(body: str) -> list[tuple[str, str]]:
    """Split a Markdown body at its headings; text before the first heading is the intro section.

    A level-1 heading is the article's own title repeated and starts no section. Headings inside fenced code
    are ignored.
    """
    fenced = _fenced_ranges(body)
    headings = [m for m in _HEADING_RE.finditer(body) if not any(a <= m.start() < b for a, b in fenced)]
    sections: list[tuple[str, str]] = []
    cursor, heading = 0, INTRO_HEADING
    for m in headings:
        sections.append((heading, body[cursor : m.start()].strip()))
        cursor = m.end()
        heading = m.group(2).strip() if len(m.group(1)) > 1 else INTRO_HEADING
    sections.append((heading, body[cursor:].strip()))
    return [(h, b) for h, b in sections if b]


def _fenced_ranges(body: str) -> list[tuple[int, int]]:
    marks = [m.start() for m in _FENCE_RE.finditer(body)]
    return [(marks[i], marks[i + 1]) for i in range(0, len(marks) - 1, 2)]


# --- JSON lines ---------------------------------------------------------------------------------------------


# Per .jsonl file, each line of its last complete read and the article parsed from it: an update reads a large
# file twice (before, and as the change will leave it), and all but one line parse as they did the last time.
_PARSED: dict[Path, dict[bytes, Article]] = {}


def _load_jsonl(path: Path, data: bytes) -> Iterator[Article | ArticleProblem]:
    before, seen = _PARSED.get(path, {}), {}
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        known = before.get(raw)
        if known is not None and known.line == number:
            seen[raw] = known
            yield known
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            yield ArticleProblem(where, f"not valid JSON ({e})")
            continue
        if isinstance(record, dict) and isinstance(record.get("id"), str):
            where = f"{where} ({record['id']})"
        try:
            digest = hashlib.sha256(raw).hexdigest()
            article = replace(_parse_record(record, where), file=path, line=number, digest=digest)
        except _Refused as refused:
            yield ArticleProblem(where, str(refused))
            continue
        seen[raw] = article
        yield article
    _PARSED[path] = seen


def _parse_record(record: object, where: str) -> Article:
    if not isinstance(record, dict):
        raise _Refused("each line must be a JSON object")
    article_id = record.get("id")
    if not isinstance(article_id, str) or not _SLUG_RE.match(article_id.lower()):
        raise _Refused("'id' must be a non-empty string of letters, digits, '-' and '_'")
    # Imported records may lack a title (three MedQuAD pages do); the id stands in, with a warning.
    title = record.get("title")
    if title is not None and not isinstance(title, str):
        raise _Refused("'title' must be a string")
    notes = () if title and title.strip() else ("no title: the article id stands in for it",)
    title = title.strip() if title and not notes else article_id
    raw_sections = record.get("sections")
    if not isinstance(raw_sections, list) or not raw_sections:
        raise _Refused('\'sections\' must be a non-empty list of {"heading", "text"} objects')
    sections: list[tuple[str, str]] = []
    for i, item in enumerate(raw_sections):
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise _Refused(f"section {i} must be an object with a string 'text'")
        heading = item.get("heading") or INTRO_HEADING
        if not isinstance(heading, str):
            raise _Refused(f"section {i} has a 'heading' that is not a string")
        # Empty sections are kept (with no passages) so section indices match the source's.
        sections.append(
            (" ".join(heading.split()) or INTRO_HEADING, item["text"].replace("\r\n", "\n").strip())
        )
    if not any(body for _, body in sections):
        raise _Refused("every section is empty")
    text, spans = build_text(sections)
    return Article(
        id=article_id,
        title=title,
        text=text,
        sections=spans,
        origin=where,
        url=str(record.get("url") or ""),
        source=str(record.get("source") or ""),
        updated=_date(record.get("updated")),
        author=str(record["author"]) if record.get("author") else None,
        tags=_tags(record.get("tags")),
        safety_notes=_safety_notes(record.get("safety_notes")),
        notes=notes,
    )
