"""Ranking on the bundled corpus: fusion, subject and intent signals, highlighting, duplicates and abstention."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answer.compose import Assistant
from assistant.config import Settings
from assistant.embedding.embedders import Embedder
from assistant.evaluation import retrieval as ev
from assistant.index.build import build_index
from assistant.index.loaded import Index, load_index
from assistant.retrieval.intents import heading_intents, intents_beside, question_intents
from assistant.retrieval.ranking import rank, retrieve
from assistant.retrieval.subjects import subject_names, subject_score

EVAL = Path(__file__).resolve().parents[1] / "eval"


def _top_section(index: Index, embedder: Embedder, question: str, settings: Settings) -> str:
    ranking = rank(index, question, embedder.encode([question])[0], settings)
    row = ranking.candidates[0].row
    return f"{index.catalogue.article_of[row]} › {index.catalogue.heading_of[row]}"


# Fusion


def test_rrf_scores_are_the_sum_of_reciprocal_ranks(
    bundled_index: Index, model: Embedder, bundled_settings: Settings
) -> None:
    question = "can baclofen make me drowsy"
    query = model.encode([question])[0]
    settings = bundled_settings.model_copy(update={"retrieval": "rrf", "candidates": 30})
    dense = [row for row, _ in bundled_index.search(query, 30)]
    lexical = [row for row, _ in bundled_index.lexical.search(question, 30)]
    fused = {c.row: c.score for c in rank(bundled_index, question, query, settings).candidates}
    assert set(fused) == set(dense) | set(lexical)
    for row, score in fused.items():
        expected = sum(1 / (61 + ranked.index(row)) for ranked in (dense, lexical) if row in ranked)
        assert score == pytest.approx(expected)


@pytest.mark.parametrize(
    "question", ["can baclofen make me drowsy", "propecia", "liver damage from cough syrup"]
)
def test_lexical_search_agrees_with_a_full_bm25_sort(bundled_index: Index, question: str) -> None:
    import numpy as np

    scores = bundled_index.lexical.scores(question)
    assert len(scores) == len(bundled_index.lexical) and scores.max() > 0
    expected = sorted((float(s) for s in scores if s > 0), reverse=True)[:20]
    found = bundled_index.lexical.search(question, 20)
    assert [s for _, s in found] == pytest.approx(expected)
    assert all(scores[row] == pytest.approx(s) for row, s in found)
    assert len(found) == np.count_nonzero(scores[np.argsort(-scores)[:20]])
    assert bundled_index.lexical.search("zzqx unheard-of words", 20) == []


def test_hybrid_ranks_better_than_either_retriever_alone(
    bundled_index: Index, model: Embedder, bundled_settings: Settings
) -> None:
    questions = ev.load_questions([EVAL / "bundled_answerable.jsonl"], bundled_index)
    configurations = {
        name: bundled_settings.model_copy(update=ev.CONFIGURATIONS[name])
        for name in ("bm25", "dense", "default")
    }
    figures = {
        f.configuration: f
        for f in ev.evaluate(bundled_index, questions, ev.embed_questions(model, questions), configurations)
    }
    assert figures["default"].mrr_at_10 > figures["dense"].mrr_at_10 > figures["bm25"].mrr_at_10
    assert figures["default"].recall_at_1 >= 0.75
    assert figures["default"].article_in_top_5 >= 0.95


def test_a_brand_name_only_in_tags_finds_the_generic_article(
    bundled_index: Index, model: Embedder, bundled_settings: Settings
) -> None:
    hits = bundled_index.lexical.search("proscar", 5)
    assert hits and bundled_index.catalogue.article_of[hits[0][0]] == "finasteride"
    assert _top_section(bundled_index, model, "does proscar cause side effects", bundled_settings).startswith(
        "finasteride ›"
    )


# Subject and intent


def test_subject_match_tolerates_misspelling_and_brand_names() -> None:
    baclofen = subject_names("Baclofen", ("baclofen", "lioresal", "muscle relaxant"))
    tizanidine = subject_names("Tizanidine", ("tizanidine", "zanaflex"))
    finasteride = subject_names("Finasteride (Propecia and Proscar)", ("finasteride",))
    assert subject_score("baclophen side efects", baclofen) >= 0.8
    assert (
        subject_score("baclophen side efects", baclofen)
        > subject_score("baclophen side efects", tizanidine) + 0.3
    )
    assert subject_score("is propecia safe for women", finasteride) >= 0.9
    assert subject_score("is propecia safe for women", finasteride) > subject_score(
        "is propecia safe", baclofen
    )
    assert subject_score("", baclofen) == 0.0


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("What are the side effects of baclofen?", "side_effects"),
        ("what happens if i stop tizanidine cold turkey", "stopping"),
        ("how many mg of finasteride should I take", "dosage"),
        ("is it ok to drink wine on baclofen", "interactions"),
        ("can I take guaifenesin while pregnant", "pregnancy"),
        ("Is this condition inherited?", "inheritance"),
        ("how common is MS", "frequency"),
        ("What causes pudendal neuralgia?", "causes"),
        ("finasteride side affects", "side_effects"),
        ("baclophen withdrawl symptoms", "stopping"),
    ],
)
def test_question_intents(question: str, intent: str) -> None:
    assert intent in question_intents(question)


def test_plain_what_is_questions_ask_for_an_overview() -> None:
    assert question_intents("What is pau d'arco?") == {"overview"}
    assert question_intents("tell me about spasticity") == {"overview"}
    assert question_intents("baclofen") == frozenset()


def test_a_subject_named_in_full_does_not_count_as_what_is_asked() -> None:
    question = "What are the treatments for hereditary fructose intolerance?"
    assert question_intents(question) == {"treatment", "inheritance"}
    assert intents_beside(question, ("hereditary fructose intolerance",)) == {"treatment"}
    assert intents_beside("Is X-linked hypophosphatemia inherited?", ("x linked hypophosphatemia",)) == {
        "inheritance"
    }
    # A plain "what is" about a subject whose name holds an intent word asks for the overview.
    assert intents_beside("what is hereditary spherocytosis", ("hereditary spherocytosis",)) == {"overview"}
    # Only a name spelt out in full is taken out: here "pregnancy" is asked about, not named.
    assert "pregnancy" in intents_beside(
        "is tylenol safe in pregnancy", ("medicines in pregnancy and breastfeeding",)
    )


def test_heading_intents_read_site_headings_and_neutral_labels() -> None:
    assert "stopping" in heading_intents("Stopping baclofen suddenly and withdrawal")
    assert "side_effects" in heading_intents("Common side effects")
    assert "uses" in heading_intents("What finasteride is used for")
    assert heading_intents("Symptoms") == {"symptoms"}
    assert "overview" in heading_intents("Anything at all", first_section=True)


@pytest.mark.parametrize(
    ("question", "section"),
    [
        ("baclophen withdrawl", "baclofen › Stopping baclofen suddenly and withdrawal"),
        ("baclophen withdrawl symptoms", "baclofen › Stopping baclofen suddenly and withdrawal"),
        ("What happens if I stop baclofen suddenly?", "baclofen › Stopping baclofen suddenly and withdrawal"),
        ("can i have a glass of wine with baclofen", "baclofen › Alcohol, sedatives and other medicines"),
    ],
)
def test_misspelt_and_plain_questions_reach_the_right_section(
    bundled_index: Index,
    model: Embedder,
    bundled_settings: Settings,
    question: str,
    section: str,
) -> None:
    assert _top_section(bundled_index, model, question, bundled_settings).startswith(section)


def test_intent_signal_moves_the_matching_section_up(
    bundled_index: Index, model: Embedder, bundled_settings: Settings
) -> None:
    question = "can a pregnant woman touch finasteride tablets"
    without = bundled_settings.model_copy(update={"intent_weight": 0.0, "intent_penalty": 0.0})
    ranked = rank(bundled_index, question, model.encode([question])[0], bundled_settings).candidates
    assert "pregnancy" in heading_intents(bundled_index.catalogue.heading_of[ranked[0].row])
    assert ranked[0].signals.intent == bundled_settings.intent_weight
    plain = rank(bundled_index, question, model.encode([question])[0], without).candidates
    assert all(c.signals.intent == 0 for c in plain)


# Highlighting


@pytest.mark.parametrize(
    "question",
    [
        "What happens if I stop baclofen suddenly?",
        "can finasteride cause depression",
        "is guaifenesin bad for the liver",
        "how much acetaminophen is too much in a day",
    ],
)
def test_highlights_are_one_to_three_sentences_inside_their_quote(
    assistant: Assistant, question: str
) -> None:
    answer = assistant.answer(question)
    assert answer.quotes
    for quote in answer.quotes:
        assert 1 <= len(quote.highlights) <= 3
        previous_end = 0
        for h in quote.highlights:
            assert previous_end <= h.start < h.end <= len(quote.text)
            marked = quote.text[h.start : h.end]
            assert marked == marked.strip() and marked
            previous_end = h.end


def test_highlight_marks_the_sentence_that_answers(assistant: Assistant) -> None:
    answer = assistant.answer("What happens if I stop baclofen suddenly?")
    quote = answer.quotes[0]
    marked = " ".join(quote.text[h.start : h.end] for h in quote.highlights).lower()
    assert "withdrawal" in marked or "stop" in marked


# Duplicates and abstention


def test_near_identical_passages_are_quoted_once(
    tmp_path: Path, model: Embedder, bundled_settings: Settings
) -> None:
    shared = (
        "Keep a written list of every medicine, vitamin and herbal product you take, with the dose and "
        "how often you take it, and show it to every doctor and pharmacist you see so they can check for "
        "interactions before anything new is started."
    )
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("heartburn", "hay-fever", "sleep"):
        (corpus / f"{name}.md").write_text(
            f"---\ntitle: {name.replace('-', ' ').title()} medicines\n---\n"
            f"## About {name}\n\nThis article is about medicines for {name.replace('-', ' ')}.\n\n"
            f"## Your medicine list\n\n{shared}\n"
        )
    settings = bundled_settings.model_copy(update={"corpus": corpus, "index_dir": tmp_path / "index"})
    build_index(settings, model)
    index = load_index(settings, model)
    hits = retrieve(
        index, model, "should I keep a written list of all my medicines to show my doctor?", settings
    )
    assert len(hits) == 1
    assert hits[0].passage.heading == "Your medicine list"
    ranked = rank(
        index,
        "should I keep a written list of all my medicines to show my doctor?",
        model.encode(["should I keep a written list of all my medicines to show my doctor?"])[0],
        settings,
    ).candidates
    assert [index.catalogue.heading_of[c.row] for c in ranked[:3]] == ["Your medicine list"] * 3


def test_unanswerable_set_mostly_abstains_and_off_topic_always_does(
    bundled_index: Index, model: Embedder, bundled_settings: Settings
) -> None:
    lines = (EVAL / "bundled_unanswerable.jsonl").read_text().splitlines()
    questions = ev.load_questions([EVAL / "bundled_unanswerable.jsonl"], bundled_index)
    assert len(questions) >= 150
    off_topic = [q for q, line in zip(questions, lines, strict=True) if '"off_topic"' in line]
    for q in off_topic:
        assert retrieve(bundled_index, model, q.question, bundled_settings) == [], q.question
    (figures,) = ev.evaluate(
        bundled_index, questions, ev.embed_questions(model, questions), {"default": bundled_settings}
    )
    assert figures.wrongly_answered <= 0.2
