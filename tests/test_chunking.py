"""Chunking: exact spans, whole sentences, bounded sizes, stable ids."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from assistant.articles.chunking import chunk_article, embedding_text, sentence_units
from assistant.articles.corpus import Article, build_text, load_corpus
from assistant.resources import bundled


def article(*sections: tuple[str, str], article_id: str = "a") -> Article:
    text, spans = build_text(list(sections))
    return Article(id=article_id, title="Title", text=text, sections=spans, origin="test")


def sentences(text: str) -> list[str]:
    return [text[u.start : u.end] for u in sentence_units(text, 0, len(text), 1000)]


def test_sentence_units_respect_abbreviations_and_numbers() -> None:
    text = "Dr. Lee gave 2.5 mg. Take it e.g. at night. Is it safe? Yes! (See below.) Next one."
    assert sentences(text) == [
        "Dr. Lee gave 2.5 mg. Take it e.g. at night.",
        "Is it safe?",
        "Yes!",
        "(See below.)",
        "Next one.",
    ]


def test_line_breaks_and_inline_list_markers_are_cut_points() -> None:
    text = "Key Points\n- First point here. - Second point here.\nLast line"
    assert sentences(text) == ["Key Points", "- First point here.", "- Second point here.", "Last line"]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_spans_are_exact_for_line_ending_variants(newline: str) -> None:
    body = newline.join(["One sentence. Two sentence.", "", "- item one", "- item two", "Final words here."])
    a = article(("Overview", body), ("More", "Short."))
    passages = chunk_article(a, max_words=5, min_words=2)
    assert passages
    for p in passages:
        assert a.text[p.start : p.end] == p.text
        assert p.text == p.text.strip()


def test_passages_never_cross_sections_and_keep_whole_sentences() -> None:
    words = " ".join(f"Sentence number {i} has exactly six words." for i in range(30))
    a = article(("One", words), ("Two", "A short second section."))
    passages = chunk_article(a, max_words=40, min_words=10)
    assert {p.section_index for p in passages} == {0, 1}
    for p in passages:
        section = a.sections[p.section_index]
        assert section.start <= p.start < p.end <= section.end
        assert p.words <= 40
        assert p.text.endswith(".") and p.text[0].isupper()


def test_sizes_are_balanced_without_a_scrap_at_the_end() -> None:
    text = " ".join(f"This is sentence {i} of the section." for i in range(25))  # 175 words
    sizes = [p.words for p in chunk_article(article(("S", text)), max_words=100, min_words=30)]
    assert sizes == [91, 84] or (len(sizes) == 2 and min(sizes) >= 70), sizes


def test_a_sentence_longer_than_the_limit_is_cut_at_soft_breaks_then_words() -> None:
    listy = "Risk factors include: " + " - ".join(f"factor {i} of many" for i in range(40)) + "."
    one_run = " ".join(["word"] * 250)
    a = article(("Risks", listy), ("Run", one_run))
    passages = chunk_article(a, max_words=50, min_words=10)
    assert all(p.words <= 50 for p in passages)
    assert all(a.text[p.start : p.end] == p.text for p in passages)
    assert sum(p.words for p in passages if p.section_index == 1) == 250


def test_fits_predicate_shrinks_passages_until_the_model_reads_them_whole() -> None:
    text = " ".join(f"Sentence {i} has several words in it." for i in range(40))
    a = article(("S", text))
    limit = 120  # characters of embedding text, standing in for the model's token limit
    passages = chunk_article(a, max_words=100, min_words=10, fits=lambda t: len(t) <= limit)
    assert len(passages) > 3
    assert all(len(embedding_text(a, p.section_index, p.text)) <= limit for p in passages)
    assert all(p.text.endswith(".") for p in passages)


def test_ids_are_stable_and_survive_edits_elsewhere() -> None:
    base = article(("A", "First section text. " * 3), ("B", "Second section text."), ("C", "Same. Same."))
    again = article(("A", "First section text. " * 3), ("B", "Second section text."), ("C", "Same. Same."))
    edited = article(("A", "Rewritten first section."), ("B", "Second section text."), ("C", "Same. Same."))
    ids = [p.id for p in chunk_article(base, 50, 5)]
    assert ids == [p.id for p in chunk_article(again, 50, 5)]
    assert len(set(ids)) == len(ids)
    edited_ids = [p.id for p in chunk_article(edited, 50, 5)]
    assert edited_ids[0] != ids[0] and edited_ids[1:] == ids[1:]


def test_identical_passages_in_one_section_get_distinct_ids() -> None:
    repeated = article(("S", "Repeat me.\n\nRepeat me."))
    passages = chunk_article(repeated, max_words=3, min_words=1)
    assert [p.text for p in passages] == ["Repeat me.", "Repeat me."]
    assert passages[0].id != passages[1].id


def test_invalid_sizes_are_rejected() -> None:
    with pytest.raises(ValueError):
        chunk_article(article(("S", "Text.")), max_words=10, min_words=10)


def test_bundled_and_medquad_spans_hold_everywhere(medquad_slice) -> None:  # type: ignore[no-untyped-def]
    articles = load_corpus(bundled("corpus")).articles + load_corpus(medquad_slice).articles
    for a in articles:
        passages = chunk_article(a, 140, 40)
        covered = set()
        for p in passages:
            assert a.text[p.start : p.end] == p.text
            assert 0 < p.words <= 140
            covered.update(re.findall(r"\w+", p.text))
        # Every word of every section is in some passage.
        for i in range(len(a.sections)):
            assert set(re.findall(r"\w+", a.section_text(i))) <= covered


def test_embedding_text_names_article_and_section() -> None:
    a = replace(article(("Side effects", "Drowsiness is common.")), title="Baclofen")
    p = chunk_article(a, 50, 5)[0]
    assert embedding_text(a, p.section_index, p.text) == "Baclofen. Side effects. Drowsiness is common."
