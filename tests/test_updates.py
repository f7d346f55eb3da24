"""Article updates through the update path: where each article goes, what is embedded, and what a failure
leaves. The real model is not needed to check the files and index versions, so these use the hashing embedder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.articles.corpus import corpus_files, fingerprint, load_corpus
from assistant.config import Settings
from assistant.errors import InvalidArticle, NoSuchArticle, UpdateError
from assistant.index.build import build_index
from assistant.index.layout import JOURNAL_FILE, Manifest, current_version
from assistant.index.loaded import index_status, load_index
from assistant.index.updates import delete_article, put_article
from tests.conftest import HashingEmbedder

NEW_MD = b"""---
title: Hiccups
tags: [hiccups]
updated: 2026-11-20
---

Hiccups are sudden contractions of the diaphragm that usually stop on their own within minutes.

## When to see a doctor

Hiccups that last more than two days are worth a visit, because they can point to another condition.
"""


@pytest.fixture()
def settings(tmp_path: Path, corpus_copy: Path) -> Settings:
    s = Settings(corpus=corpus_copy, index_dir=tmp_path / "index", data_dir=tmp_path / "data")
    build_index(s, HashingEmbedder())
    return s


def _ids(settings: Settings) -> set[str]:
    return {a.id for a in load_corpus(settings.corpus).articles}


def _consistent(settings: Settings) -> None:
    """The served version was built from exactly the corpus on disk."""
    assert index_status(settings, HashingEmbedder.name).state == "fresh"
    folder = current_version(settings.index_dir)
    assert folder is not None
    assert Manifest.read(folder).corpus_fingerprint == fingerprint(corpus_files(settings.corpus))


def test_a_new_markdown_article_gets_its_own_file_and_only_its_passages_are_embedded(
    settings: Settings,
) -> None:
    embedder = HashingEmbedder()
    before = current_version(settings.index_dir)
    report = put_article(settings, embedder, "hiccups", NEW_MD, "markdown")
    assert report.action == "created"
    assert (settings.corpus / "hiccups.md").read_bytes() == NEW_MD
    assert report.embedded == 2  # its two passages; the other articles' come from the cache
    assert current_version(settings.index_dir) != before
    index = load_index(settings, embedder)
    assert index.store.article("hiccups") is not None
    _consistent(settings)


def test_replacing_an_article_rewrites_its_file(settings: Settings) -> None:
    original = (settings.corpus / "tizanidine.md").read_text()
    title = next(line for line in original.splitlines() if line.startswith("title: "))
    changed = original.replace(title, "title: Tizanidine, revised")
    assert changed != original
    report = put_article(settings, HashingEmbedder(), "tizanidine", changed.encode(), "markdown")
    assert report.action == "replaced"
    assert (settings.corpus / "tizanidine.md").read_text() == changed
    article = load_index(settings, HashingEmbedder()).store.article("tizanidine")
    assert article is not None and article.title == "Tizanidine, revised"
    _consistent(settings)


def test_json_form_for_a_markdown_article_moves_it_to_a_jsonl_file(settings: Settings) -> None:
    record = {
        "title": "Tizanidine",
        "sections": [{"heading": "Overview", "text": "Tizanidine relaxes muscles."}],
    }
    put_article(settings, HashingEmbedder(), "tizanidine", json.dumps(record).encode(), "json")
    assert not (settings.corpus / "tizanidine.md").exists()
    assert json.loads((settings.corpus / "tizanidine.jsonl").read_text())["id"] == "tizanidine"
    assert "tizanidine" in _ids(settings)
    _consistent(settings)


def test_a_jsonl_corpus_keeps_markdown_as_a_line_and_reads_it_back_the_same(tmp_path: Path) -> None:
    corpus = tmp_path / "articles.jsonl"
    record = {"id": "colds", "title": "Colds", "sections": [{"heading": "Overview", "text": "Colds pass."}]}
    other = {"id": "flu", "title": "Flu", "sections": [{"heading": "Overview", "text": "Flu is a virus."}]}
    corpus.write_text(json.dumps(record) + "\n" + json.dumps(other) + "\n")
    s = Settings(corpus=corpus, index_dir=tmp_path / "index", data_dir=tmp_path / "data")
    build_index(s, HashingEmbedder())
    put_article(s, HashingEmbedder(), "hiccups", NEW_MD, "markdown")
    lines = corpus.read_text().splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["colds", "flu", "hiccups"]
    stored = load_index(s, HashingEmbedder()).store.article("hiccups")
    from assistant.articles.corpus import read_markdown

    sent = read_markdown(tmp_path / "hiccups.md", NEW_MD)
    assert stored is not None and not isinstance(sent, type(None))
    assert stored.text == sent.text and stored.sections == sent.sections  # type: ignore[union-attr]
    put_article(
        s, HashingEmbedder(), "colds", json.dumps({**record, "title": "Common colds"}).encode(), "json"
    )
    assert json.loads(corpus.read_text().splitlines()[0])["title"] == "Common colds"
    delete_article(s, HashingEmbedder(), "flu")
    assert [json.loads(line)["id"] for line in corpus.read_text().splitlines()] == ["colds", "hiccups"]
    _consistent(s)


def test_delete_removes_the_file_and_the_passages(settings: Settings) -> None:
    report = delete_article(settings, HashingEmbedder(), "tizanidine")
    assert report.action == "deleted"
    assert not (settings.corpus / "tizanidine.md").exists()
    index = load_index(settings, HashingEmbedder())
    assert index.store.article("tizanidine") is None
    assert "tizanidine" not in index.catalogue.article_of
    _consistent(settings)


@pytest.mark.parametrize(
    ("body", "form", "code", "words"),
    [
        (b"no front matter here", "markdown", "invalid_article", "no front matter"),
        (b"---\ntitle: [unclosed\n---\nText.", "markdown", "invalid_article", "not valid YAML"),
        (b"---\ntitle: X\nslug: other\n---\nText here.", "markdown", "id_mismatch", "'other'"),
        (b"{not json", "json", "invalid_article", "not valid JSON"),
        (b'{"title": "X", "sections": []}', "json", "invalid_article", "sections"),
        (b'{"id": "other", "title": "X", "sections": [{"text": "T."}]}', "json", "id_mismatch", "'other'"),
    ],
)
def test_a_bad_article_is_refused_with_its_problem_and_nothing_changes(
    settings: Settings, body: bytes, form: str, code: str, words: str
) -> None:
    before = (current_version(settings.index_dir), sorted(p.name for p in settings.corpus.iterdir()))
    with pytest.raises(InvalidArticle) as refused:
        put_article(settings, HashingEmbedder(), "hiccups", body, form)  # type: ignore[arg-type]
    assert refused.value.code == code and words in str(refused.value)
    assert (current_version(settings.index_dir), sorted(p.name for p in settings.corpus.iterdir())) == before
    assert not (settings.index_dir / JOURNAL_FILE).exists()


def test_deleting_an_unknown_article_is_refused(settings: Settings) -> None:
    with pytest.raises(NoSuchArticle):
        delete_article(settings, HashingEmbedder(), "no-such-article")


def test_the_last_article_cannot_be_deleted(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "hiccups.md").write_bytes(NEW_MD)
    s = Settings(corpus=corpus, index_dir=tmp_path / "index", data_dir=tmp_path / "data")
    build_index(s, HashingEmbedder())
    with pytest.raises(UpdateError) as refused:
        delete_article(s, HashingEmbedder(), "hiccups")
    assert refused.value.code == "last_article"


def test_a_failed_build_changes_no_file(settings: Settings) -> None:
    class Broken(HashingEmbedder):
        def encode(self, texts):  # type: ignore[no-untyped-def]
            raise RuntimeError("the model failed")

    before = current_version(settings.index_dir)
    with pytest.raises(RuntimeError):
        put_article(settings, Broken(), "hiccups", NEW_MD, "markdown")
    assert not (settings.corpus / "hiccups.md").exists()
    assert current_version(settings.index_dir) == before
    _consistent(settings)


def test_old_versions_in_use_are_not_pruned(settings: Settings) -> None:
    served = load_index(settings, HashingEmbedder())  # a server process still reading this version
    for n in range(3):
        put_article(
            settings,
            HashingEmbedder(),
            "hiccups",
            NEW_MD.replace(b"minutes", b"minutes" + b"!" * n),
            "markdown",
        )
    assert served.path.is_dir()
    assert served.store.article("baclofen") is not None
    path = served.path
    del served
    put_article(settings, HashingEmbedder(), "hiccups", NEW_MD, "markdown")
    assert not path.exists()
