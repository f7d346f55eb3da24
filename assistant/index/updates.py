"""Add, replace or delete one article while the service answers: its file and the served index change together.

Where an article is kept follows what was sent and where the corpus keeps it:

- a folder corpus keeps a Markdown article in `<id>.md` and an article sent in the JSON form as a line of
  `<id>.jsonl`; an article that already lives in a shared .jsonl file is replaced on its own line there when
  it comes in the JSON form, and moves to `<id>.md` (its line removed) when it comes as Markdown;
- a corpus that is one .jsonl file (MedQuAD's form) keeps every article as a line of it; Markdown sent for it
  is stored in the JSON form, which reads back to the same text and sections.

The new index version is built from the corpus as the change will leave it (an overlay of the changed files),
before any file is touched; only passages whose text changed are embedded (the cache has the rest). Then the
files and CURRENT change together through the journal (journal.py), so a crash leaves both old or both new.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from assistant.articles.corpus import (
    Article,
    ArticleProblem,
    LoadResult,
    article_record,
    load_corpus,
    read_markdown,
    read_record,
)
from assistant.config import Settings
from assistant.embedding.embedders import Embedder
from assistant.errors import InvalidArticle, NoSuchArticle, UpdateError
from assistant.index.build import new_version, recover
from assistant.index.journal import apply, stage
from assistant.index.layout import build_lock, point_current, prune
from assistant.texts import render

Form = Literal["markdown", "json"]
UPDATE_WAIT_S = 120.0  # an update waits this long for another build or update to end


@dataclass
class UpdateReport:
    """What an update did."""

    article_id: str
    action: Literal["created", "replaced", "deleted"]
    index_version: str = ""
    articles: int = 0
    passages: int = 0
    embedded: int = 0  # passages embedded anew; the embedding cache had the others
    seconds: float = 0.0
    files: list[str] = field(default_factory=list)


def put_article(
    settings: Settings, embedder: Embedder, article_id: str, data: bytes, form: Form
) -> UpdateReport:
    """Add or replace the article `article_id`, sent as Markdown with front matter or in the JSON form.
    Raises InvalidArticle (nothing changed) when it cannot be loaded."""
    started = time.monotonic()
    with build_lock(settings.index_dir, wait=UPDATE_WAIT_S):
        recover(settings)
        loaded = load_corpus(settings.corpus)
        existing = next((a for a in loaded.articles if a.id == article_id), None)
        writes = _files_for(settings.corpus, article_id, data, form, existing, loaded)
        report = UpdateReport(article_id, "replaced" if existing else "created")
        return _commit(settings, embedder, writes, report, started)


def delete_article(settings: Settings, embedder: Embedder, article_id: str) -> UpdateReport:
    """Remove the article `article_id` from the corpus and the index. Raises NoSuchArticle."""
    started = time.monotonic()
    with build_lock(settings.index_dir, wait=UPDATE_WAIT_S):
        recover(settings)
        loaded = load_corpus(settings.corpus)
        existing = next((a for a in loaded.articles if a.id == article_id), None)
        if existing is None or existing.file is None:
            raise NoSuchArticle("no_such_article", render("error.no_such_article", article_id=article_id))
        if len(loaded.articles) == 1:
            raise UpdateError("last_article", render("error.last_article"))
        writes = {existing.file: _without(existing, settings.corpus)}
        return _commit(settings, embedder, writes, UpdateReport(article_id, "deleted"), started)


def _commit(
    settings: Settings,
    embedder: Embedder,
    writes: dict[Path, bytes | None],
    report: UpdateReport,
    started: float,
) -> UpdateReport:
    after = load_corpus(settings.corpus, writes)
    present = any(a.id == report.article_id for a in after.articles)
    if report.action != "deleted" and not present:
        raise _invalid(_problem_of(after, writes))
    built = new_version(settings, embedder, after)
    root = settings.index_dir
    try:
        journal = stage(root, built.version, writes)
    except OSError as e:  # a read-only corpus folder, a full disk: nothing was committed
        raise UpdateError("corpus_not_writable", render("error.corpus_not_writable", reason=str(e))) from e
    apply(root, journal, lambda version: point_current(root, version))
    prune(root, settings.keep_versions)
    report.index_version, report.articles, report.passages = built.version, built.articles, built.passages
    report.embedded = built.embedded
    report.files = sorted(str(p) for p in writes)
    report.seconds = round(time.monotonic() - started, 2)
    return report


def _files_for(
    corpus: Path, article_id: str, data: bytes, form: Form, existing: Article | None, loaded: LoadResult
) -> dict[Path, bytes | None]:
    """The files to write (bytes) or remove (None) to put this article in the corpus."""
    # One Markdown article: it can only be replaced.
    if corpus.is_file() and corpus.suffix.lower() != ".jsonl":
        if existing is None or form != "markdown":
            raise UpdateError("single_file_corpus", render("error.single_file_corpus", name=corpus.name))
        _parse(article_id, data, form, corpus, 1)
        return {corpus: data}
    in_line = existing is not None and existing.line > 0 and existing.file is not None
    if corpus.is_file() or (form == "json" and in_line):
        # A line of a .jsonl file: the corpus file itself, or the shared file the article is in.
        path = existing.file if existing is not None and existing.file is not None else corpus
        line = existing.line if in_line and existing is not None else 0
        article = _parse(article_id, data, form, path, line or 1)
        record = article_record(article) if form == "markdown" else _record(data, article_id)
        text = json.dumps(record, ensure_ascii=False).encode()
        return {path: _with_line(path.read_bytes(), line, text)}
    suffix = ".md" if form == "markdown" else ".jsonl"
    if existing is not None and existing.file is not None and existing.file.suffix.lower() == suffix:
        target = existing.file
    else:
        target = _free_name(corpus, article_id, suffix, loaded)
    _parse(article_id, data, form, target, 1)
    content = (
        data if form == "markdown" else json.dumps(_record(data, article_id), ensure_ascii=False).encode()
    )
    writes: dict[Path, bytes | None] = {target: content if form == "markdown" else content + b"\n"}
    if existing is not None and existing.file is not None and existing.file != target:
        writes[existing.file] = _without(existing, corpus)  # it moves: out of its old file
    return writes


def _parse(article_id: str, data: bytes, form: Form, path: Path, line: int) -> Article:
    """The article as sent, loaded as it would be from `path`; raises InvalidArticle naming its problem."""
    if form == "markdown":
        # Without a slug in its front matter, a Markdown article takes its id from the address.
        loaded = read_markdown(path.with_name(f"{article_id}.md"), data)
    else:
        loaded = read_record(_record(data, article_id), path, line)
    if isinstance(loaded, ArticleProblem):
        raise _invalid(loaded.reason)
    if loaded.id != article_id:
        raise InvalidArticle(
            "id_mismatch", render("error.id_mismatch", found=loaded.id, article_id=article_id)
        )
    return loaded


def _record(data: bytes, article_id: str) -> dict[str, object]:
    """The JSON form as sent, with the address's id when it names none."""
    try:
        record = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise _invalid(f"not valid JSON ({e})") from e
    if not isinstance(record, dict):
        raise _invalid("the JSON form must be an object")
    record.setdefault("id", article_id)
    return record


def _free_name(corpus: Path, article_id: str, suffix: str, loaded: LoadResult) -> Path:
    """`<id><suffix>` in the corpus folder, or `<id>-2<suffix>`... when another article's file has that name."""
    taken = set(loaded.files)
    candidate, n = corpus / f"{article_id}{suffix}", 2
    while candidate in taken or candidate.exists():
        candidate, n = corpus / f"{article_id}-{n}{suffix}", n + 1
    return candidate


def _with_line(data: bytes, line: int, text: bytes) -> bytes:
    """The .jsonl bytes with line `line` (1-based) replaced by `text`, or `text` appended when `line` is 0."""
    if line == 0:
        return data + (b"" if not data or data.endswith(b"\n") else b"\n") + text + b"\n"
    lines = data.split(b"\n")
    lines[line - 1] = text
    return b"\n".join(lines)


def _without(article: Article, corpus: Path) -> bytes | None:
    """The article's file without it: None (removed) for a Markdown file or a .jsonl file left empty, unless
    that file is the corpus itself."""
    assert article.file is not None
    if article.line == 0:
        return None
    lines = article.file.read_bytes().split(b"\n")
    del lines[article.line - 1]
    if not any(line.strip() for line in lines) and article.file != corpus:
        return None
    return b"\n".join(lines)


def _problem_of(after: LoadResult, writes: dict[Path, bytes | None]) -> str:
    """Why the written article did not load (a duplicate id, most likely)."""
    written = {str(p) for p, data in writes.items() if data is not None}
    for problem in after.problems:
        if any(problem.where.startswith(w) for w in written):
            return problem.reason
    return "it was not read back"


def _invalid(problem: str) -> InvalidArticle:
    return InvalidArticle("invalid_article", render("error.invalid_article", problem=problem))
