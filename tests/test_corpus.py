"""Loading articles: the bundled corpus, MedQuAD's JSON lines, and malformed input that names its problem."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.articles.corpus import Article, corpus_files, fingerprint, load_corpus
from assistant.errors import CorpusError
from assistant.resources import bundled

GOOD = """---
title: Test article
slug: test-article
updated: 2026-01-02
author: Test Author, RN
tags: [one, Two]
---
An introduction sentence.

## First heading

Body of the first section.

## Second heading

- A list item.
- Another item.
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_corpus_loads_cleanly_with_front_matter() -> None:
    result = load_corpus(bundled("corpus"))
    assert result.problems == [] and result.warnings == []
    assert result.fingerprint == fingerprint(corpus_files(bundled("corpus")))
    assert len(result.articles) >= 12
    ids = {a.id for a in result.articles}
    assert {"baclofen", "baclofen-for-pudendal-neuralgia", "guaifenesin-and-the-liver", "pau-darco"} <= ids
    for article in result.articles:
        assert article.title and article.updated and article.author and article.tags
        assert len(article.sections) >= 4, article.id
        assert all(a.heading != "Section" for a in article.sections)


def test_markdown_article_text_and_sections() -> None:
    article = load_corpus_from_text(GOOD)
    assert (article.id, article.title, article.updated, article.tags) == (
        "test-article",
        "Test article",
        "2026-01-02",
        ("one", "two"),
    )
    assert [s.heading for s in article.sections] == ["Overview", "First heading", "Second heading"]
    assert [article.section_text(i) for i in range(3)] == [
        "An introduction sentence.",
        "Body of the first section.",
        "- A list item.\n- Another item.",
    ]
    assert [s.anchor for s in article.sections] == ["overview", "first-heading", "second-heading"]


def test_line_endings_do_not_change_the_stored_text(tmp_path: Path) -> None:
    unix = load_corpus_from_text(GOOD)
    windows = load_corpus_from_text(GOOD.replace("\n", "\r\n"))
    old_mac = load_corpus_from_text(GOOD.replace("\n", "\r"))
    assert unix.text == windows.text == old_mac.text
    assert unix.sections == windows.sections


def test_repeated_headings_get_unique_anchors() -> None:
    article = load_corpus_from_text(GOOD + "\n## First heading\n\nMore text.\n")
    assert [s.anchor for s in article.sections][-1] == "first-heading-2"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("No front matter here.\n", "no front matter"),
        ("---\ntitle: [unclosed\n---\nBody.\n", "not valid YAML at line"),
        ("---\n- a\n- b\n---\nBody.\n", "must be YAML fields"),
        ("---\nslug: x\n---\nBody.\n", "needs a non-empty 'title'"),
        ("---\ntitle: T\nslug: Bad Slug\n---\nBody.\n", "slug 'Bad Slug'"),
        ("---\ntitle: T\nupdated: last tuesday\n---\nBody.\n", "'updated' must be a date"),
        ("---\ntitle: T\ntags: {a: 1}\n---\nBody.\n", "'tags' must be a list"),
        ("---\ntitle: T\n---\n\n   \n", "no text below its front matter"),
    ],
)
def test_malformed_markdown_is_refused_with_file_and_reason(tmp_path: Path, text: str, reason: str) -> None:
    write(tmp_path, "good.md", GOOD)
    bad = write(tmp_path, "bad.md", text)
    result = load_corpus(tmp_path)
    assert [a.id for a in result.articles] == ["test-article"]
    assert len(result.problems) == 1
    assert result.problems[0].where == str(bad)
    assert reason in result.problems[0].reason


def test_non_utf8_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "latin1.md").write_bytes("---\ntitle: Caf\xe9\n---\nBody.\n".encode("latin-1"))
    result = load_corpus(tmp_path)
    assert result.articles == [] and "not UTF-8" in result.problems[0].reason


def test_duplicate_ids_keep_the_first(tmp_path: Path) -> None:
    write(tmp_path, "a.md", GOOD)
    write(tmp_path, "b.md", GOOD.replace("title: Test article", "title: Copy"))
    result = load_corpus(tmp_path)
    assert [a.title for a in result.articles] == ["Test article"]
    assert "duplicate article id 'test-article'" in result.problems[0].reason


def test_jsonl_records_and_their_problems(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {
                "id": "A_1",
                "title": "Alpha",
                "url": "https://example.org/a",
                "source": "NIH",
                "sections": [
                    {"heading": "Overview", "text": "Alpha text.\r\nSecond line."},
                    {"heading": "Empty", "text": "  "},
                    {"heading": "Symptoms", "text": "- Fever. - Cough."},
                ],
            }
        ),
        "{not json",
        json.dumps({"id": "A_2", "title": "Beta", "sections": []}),
        json.dumps({"id": "A_3", "title": "", "sections": [{"heading": "Overview", "text": "Untitled."}]}),
        json.dumps(["a", "list"]),
        "",
        json.dumps({"id": "A_4", "title": "Delta", "sections": [{"heading": 3, "text": "x"}]}),
    ]
    path = write(tmp_path, "articles.jsonl", "\n".join(lines) + "\n")
    result = load_corpus(path)
    assert [a.id for a in result.articles] == ["A_1", "A_3"]
    alpha = result.articles[0]
    assert [s.heading for s in alpha.sections] == ["Overview", "Empty", "Symptoms"], (
        "indices match the source's"
    )
    assert alpha.section_text(0) == "Alpha text.\nSecond line." and alpha.section_text(1) == ""
    assert (alpha.url, alpha.source) == ("https://example.org/a", "NIH")
    assert result.articles[1].title == "A_3"
    assert [str(w) for w in result.warnings] == [f"{path}:4 (A_3): no title: the article id stands in for it"]
    where = [p.where for p in result.problems]
    assert where == [f"{path}:2", f"{path}:3 (A_2)", f"{path}:5", f"{path}:7 (A_4)"]
    assert "not valid JSON" in result.problems[0].reason
    assert "'sections' must be a non-empty list" in result.problems[1].reason


def test_missing_or_empty_corpus_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match=r"does not exist"):
        load_corpus(tmp_path / "nowhere")
    with pytest.raises(CorpusError, match=r"no .md or .jsonl"):
        load_corpus(tmp_path)


def test_medquad_loads_whole() -> None:
    from tests.conftest import medquad_articles

    result = load_corpus(medquad_articles())
    assert len(result.articles) == 5486 and result.problems == []
    sections = sum(len(a.sections) for a in result.articles)
    assert sections == 16407


def load_corpus_from_text(text: str) -> Article:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        write(Path(folder), "test-article.md", text)
        result = load_corpus(Path(folder))
        assert result.problems == [], result.problems
        return result.articles[0]
