"""Building, loading and rebuilding the index: manifest checks, incremental embedding, safe switch-over."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from assistant.articles.corpus import load_corpus
from assistant.config import Settings
from assistant.embedding.cache import EmbeddingCache, content_key
from assistant.embedding.embedders import Embedder, Vectors
from assistant.errors import BuildFailed, IndexMismatch, IndexMissing
from assistant.index.build import build_index
from assistant.index.layout import Manifest, current_version
from assistant.index.loaded import Index, index_status, load_index
from tests.conftest import HashingEmbedder


class FailingEmbedder(HashingEmbedder):
    """Breaks after embedding `limit` texts, as a crash mid-build would."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def encode(self, texts: Sequence[str]) -> Vectors:
        if self.encoded + len(texts) > self.limit:
            raise RuntimeError("simulated crash while embedding")
        return super().encode(texts)


def hashing_settings(corpus: Path, index_dir: Path, **extra: object) -> Settings:
    return Settings(corpus=corpus, index_dir=index_dir, model=HashingEmbedder.name, **extra)


def test_bundled_index_round_trips(bundled_index: Index, bundled_settings: Settings) -> None:
    manifest = bundled_index.manifest
    articles = load_corpus(bundled_settings.corpus).articles
    assert manifest.model == "all-MiniLM-L6-v2" and manifest.dimension == 384 and manifest.max_tokens == 256
    assert (manifest.chunk_max_words, manifest.chunk_min_words) == (140, 40)
    assert manifest.articles == len(articles) and manifest.refused == 0
    assert manifest.passages == bundled_index.vectors.ntotal > 100
    on_disk = json.loads((bundled_index.path / "manifest.json").read_text())
    assert on_disk["corpus_fingerprint"] == manifest.corpus_fingerprint and on_disk["built_at"]
    assert index_status(bundled_settings).state == "fresh"
    # The store answers for every row, and every stored passage is its article's text at its span.
    stored = bundled_index.store.passages(list(range(manifest.passages)))
    assert len(stored) == manifest.passages
    assert all(p.text == p.span_text for p in stored.values())


def test_vectors_are_normalised_and_search_matches_brute_force(bundled_index: Index, model: Embedder) -> None:
    matrix = bundled_index.vectors.reconstruct_n(0, bundled_index.vectors.ntotal)
    assert np.allclose(np.linalg.norm(matrix, axis=1), 1.0, atol=1e-5)
    query = model.encode(["Can baclofen harm the kidneys?"])[0]
    assert np.isclose(np.linalg.norm(query), 1.0, atol=1e-5)
    brute = np.argsort(-(matrix @ query))[:10]
    found = bundled_index.search(query, 10)
    assert [row for row, _ in found] == brute.tolist()
    assert np.allclose([s for _, s in found], (matrix @ query)[brute], atol=1e-5)


def test_loading_with_another_model_or_chunking_is_refused(
    bundled_index: Index, bundled_settings: Settings
) -> None:
    with pytest.raises(IndexMismatch, match=r"holds 'all-MiniLM-L6-v2@int8' vectors.*'hashing-test'"):
        load_index(bundled_settings, HashingEmbedder())
    other = bundled_settings.model_copy(update={"chunk_max_words": 100})
    with pytest.raises(IndexMismatch, match=r"chunked with"):
        load_index(other, _named())
    assert index_status(other).state == "mismatch"


def _named() -> HashingEmbedder:
    embedder = HashingEmbedder()
    embedder.name, embedder.vectors_id = "all-MiniLM-L6-v2", "all-MiniLM-L6-v2@int8"
    return embedder


def test_missing_index_is_reported(tmp_path: Path, corpus_copy: Path) -> None:
    settings = hashing_settings(corpus_copy, tmp_path / "index")
    assert index_status(settings).state == "missing"
    with pytest.raises(IndexMissing, match=r"run `assistant index`"):
        load_index(settings, HashingEmbedder())


def test_rebuild_after_one_edit_embeds_only_changed_passages(
    tmp_path: Path, corpus_copy: Path, model: Embedder
) -> None:
    settings = Settings(corpus=corpus_copy, index_dir=tmp_path / "index")
    first = build_index(settings, model)
    assert first.embedded == first.passages and first.cached == 0
    old = load_index(settings, model)

    path = corpus_copy / "pau-darco.md"
    text = path.read_text()
    marker = "## What the research shows\n\n"
    assert marker in text
    path.write_text(text.replace(marker, marker + "Editors added this sentence about new studies. "))
    assert index_status(settings).state == "stale"

    second = build_index(settings, model)
    new = load_index(settings, model)
    old_ids = {p.id for p in old.store.passages(list(range(old.manifest.passages))).values()}
    new_ids = {p.id for p in new.store.passages(list(range(new.manifest.passages))).values()}
    changed = new_ids - old_ids
    assert 1 <= len(changed) <= 2, "only the edited section's passages change"
    assert second.embedded == len(changed)
    assert second.cached == second.passages - len(changed)
    assert index_status(settings).state == "fresh"
    # Unchanged passages keep their exact vectors.
    old_rows = {p.id: p.row for p in old.store.passages(list(range(old.manifest.passages))).values()}
    for p in new.store.passages(list(range(new.manifest.passages))).values():
        if p.id in old_rows:
            assert np.array_equal(new.passage_vectors([p.row]), old.passage_vectors([old_rows[p.id]]))


def test_interrupted_build_leaves_the_last_good_index_serving(tmp_path: Path, corpus_copy: Path) -> None:
    settings = hashing_settings(corpus_copy, tmp_path / "index")
    build_index(settings, HashingEmbedder())
    good = current_version(settings.index_dir)
    assert good is not None

    (corpus_copy / "new-article.md").write_text(
        "---\ntitle: New article\n---\n"
        + "\n\n".join(f"Fresh paragraph {i} with new words." for i in range(400))
    )
    with pytest.raises(RuntimeError, match=r"simulated crash"):
        build_index(settings, FailingEmbedder(limit=5), progress=False)
    assert current_version(settings.index_dir) == good
    assert load_index(settings, HashingEmbedder()).version == good.name
    assert not list((settings.index_dir / "versions").glob(".building-*"))
    # What was embedded before the crash is kept, so the retry embeds only the rest.
    retry = build_index(settings, HashingEmbedder())
    assert 0 < retry.embedded < retry.passages
    assert current_version(settings.index_dir) != good


def test_build_with_nothing_valid_fails_and_keeps_the_old_index(tmp_path: Path, corpus_copy: Path) -> None:
    settings = hashing_settings(corpus_copy, tmp_path / "index")
    build_index(settings, HashingEmbedder())
    good = current_version(settings.index_dir)
    for path in corpus_copy.glob("*.md"):
        path.write_text("no front matter\n")
    with pytest.raises(BuildFailed, match=r"no article .* could be indexed"):
        build_index(settings, HashingEmbedder())
    assert current_version(settings.index_dir) == good


def test_malformed_article_is_refused_and_the_rest_indexed(tmp_path: Path, corpus_copy: Path) -> None:
    (corpus_copy / "broken.md").write_text("---\ntitle: [oops\n---\nBody.\n")
    settings = hashing_settings(corpus_copy, tmp_path / "index")
    report = build_index(settings, HashingEmbedder())
    assert [p.where for p in report.problems] == [str(corpus_copy / "broken.md")]
    assert report.articles == len(list(corpus_copy.glob("*.md"))) - 1
    assert Manifest.read(current_version(settings.index_dir)).refused == 1  # type: ignore[arg-type]


def test_old_versions_are_pruned(tmp_path: Path, corpus_copy: Path) -> None:
    settings = hashing_settings(corpus_copy, tmp_path / "index", keep_versions=2)
    for _ in range(4):
        build_index(settings, HashingEmbedder())
    versions = list((settings.index_dir / "versions").iterdir())
    assert len(versions) == 2 and current_version(settings.index_dir) in versions


def test_cache_is_keyed_by_model_and_content(tmp_path: Path) -> None:
    cache = EmbeddingCache(tmp_path / "cache.sqlite")
    vector = np.ones(4, dtype=np.float32) / 2
    cache.put("model-a", {content_key("text"): vector})
    assert np.array_equal(cache.get("model-a", [content_key("text")], 4)[content_key("text")], vector)
    assert cache.get("model-b", [content_key("text")], 4) == {}
    assert cache.get("model-a", [content_key("other")], 4) == {}
    assert cache.get("model-a", [content_key("text")], 8) == {}, "a vector of another size is not reused"
