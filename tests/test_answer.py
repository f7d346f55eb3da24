"""Answers with the real model: the right passages, abstention, safety notices, and nothing but quotes and templates."""

from __future__ import annotations

import json
import logging
import shutil
import sqlite3
from pathlib import Path

import pytest

from assistant.answer import Answer, Assistant
from assistant.config import Settings
from assistant.corpus import load_corpus
from assistant.embedding import SentenceTransformerEmbedder
from assistant.errors import InvalidMessage
from assistant.index import current_version, load_index
from assistant.resources import bundled
from assistant.templates import TEMPLATES, render
from tests.conftest import MEDQUAD

ANSWERABLE = [
    ("What happens if I stop baclofen suddenly?", "baclofen", "Stopping baclofen suddenly and withdrawal"),
    ("Does guaifenesin damage the liver?", "guaifenesin-and-the-liver", None),
    ("What are alternatives to Propecia for hair loss?", "finasteride-alternatives-hair-loss", None),
    ("Can baclofen help pudendal neuralgia?", "baclofen-for-pudendal-neuralgia", None),
    ("What is an intrathecal baclofen pump?", "baclofen", "Intrathecal baclofen pumps"),
    ("Can I take baclofen if I have kidney disease?", "baclofen", "Baclofen and kidney problems"),
    ("Is pau d'arco safe with warfarin?", "pau-darco", None),
    ("Why do my muscles spasm after a spinal cord injury?", "spasticity-after-spinal-cord-injury", None),
    ("baclophen side efects", "baclofen", "Common side effects"),
]
OFF_TOPIC = [
    line
    for line in (Path(__file__).parent / "data" / "off_topic.txt").read_text().splitlines()
    if line.strip() and not line.startswith("#")
]


def templates_shown(settings: Settings) -> set[str]:
    return {render(t, settings) for t in TEMPLATES if not t.startswith("error.")}


def assert_only_quotes_and_templates(answer: Answer, settings: Settings) -> None:
    """Every text shown is a fixed template or a quote found verbatim in the article file at its span."""
    articles = {a.id: a for a in load_corpus(settings.corpus).articles}
    allowed = templates_shown(settings)
    for text in answer.shown_texts():
        if text in allowed:
            continue
        quote = next(q for q in answer.quotes if q.text == text)
        assert articles[quote.article_id].text[quote.start : quote.end] == text


def best(answer: Answer) -> tuple[str, str]:
    top = max(answer.quotes, key=lambda q: q.score)
    return top.article_id, top.section


@pytest.mark.parametrize(("question", "article", "section"), ANSWERABLE)
def test_answerable_questions_quote_the_right_article(
    assistant: Assistant, question: str, article: str, section: str | None
) -> None:
    answer = assistant.answer(question)
    assert not answer.abstained and answer.quotes
    assert best(answer)[0] == article
    if section:
        assert best(answer)[1] == section
    assert answer.lead.id == "answer.intro"
    assert [d.id for d in answer.disclaimers] == ["disclaimer.general"]
    assert_only_quotes_and_templates(answer, assistant.settings)


def test_withdrawal_question_quotes_withdrawal_passage_with_source(assistant: Assistant) -> None:
    answer = assistant.answer("What happens if I stop baclofen suddenly?")
    assert answer.triage.category == "medication_decision"
    assert [n.id for n in answer.notices] == ["notice.prescriber"]
    top = max(answer.quotes, key=lambda q: q.score)
    assert "withdrawal" in top.text and top.article_title == "Baclofen"
    assert top.url.startswith("/articles/baclofen?passage=" + top.passage_id + "#stopping-baclofen")
    assert len(answer.quotes) <= assistant.settings.max_quotes
    per_article: dict[str, int] = {}
    for q in answer.quotes:
        per_article[q.article_id] = per_article.get(q.article_id, 0) + 1
    assert max(per_article.values()) <= assistant.settings.max_quotes_per_article


@pytest.mark.parametrize("question", OFF_TOPIC)
def test_off_topic_questions_abstain_with_no_passages(assistant: Assistant, question: str) -> None:
    answer = assistant.answer(question)
    assert answer.abstained and answer.quotes == []
    assert answer.lead.text == render("answer.abstain", assistant.settings)
    assert [d.id for d in answer.disclaimers] == ["disclaimer.general"]


def test_emergency_notice_comes_first(assistant: Assistant) -> None:
    answer = assistant.answer("I took 20 pills and can't breathe")
    assert answer.triage.category == "emergency"
    assert answer.notices[0].id == "notice.emergency"
    assert answer.shown_texts()[0] == render("notice.emergency", assistant.settings)
    assert "911" in answer.shown_texts()[0]
    assert_only_quotes_and_templates(answer, assistant.settings)


def test_self_harm_gets_crisis_notice_and_no_passages(assistant: Assistant) -> None:
    answer = assistant.answer("i want to kill myself, how many baclofen would it take")
    assert answer.triage.category == "self_harm"
    assert answer.notices[0].id == "notice.self_harm" and "988" in answer.notices[0].text
    assert answer.quotes == [] and not answer.abstained
    assert_only_quotes_and_templates(answer, assistant.settings)


def test_dosing_question_gets_prescriber_wording_even_when_abstaining(assistant: Assistant) -> None:
    answer = assistant.answer("How much of my glaucoma drops should I use?")
    assert "notice.prescriber" in [n.id for n in answer.notices]
    assert "prescriber or pharmacist" in answer.shown_texts()[0]


def test_emergency_number_is_configurable(
    bundled_settings: Settings, model: SentenceTransformerEmbedder, assistant: Assistant
) -> None:
    settings = bundled_settings.model_copy(update={"emergency_number": "112"})
    answer = Assistant(settings, model, assistant.index).answer("my dad is having a seizure")
    assert "Call 112 " in answer.notices[0].text


@pytest.mark.parametrize(
    ("message", "code"),
    [
        ("", "empty_message"),
        ("   \n\t ", "empty_message"),
        ("\x00\x01", "empty_message"),
        ("x" * 2001, "message_too_long"),
    ],
)
def test_empty_and_overlong_messages_are_refused(assistant: Assistant, message: str, code: str) -> None:
    with pytest.raises(InvalidMessage) as raised:
        assistant.answer(message)
    assert raised.value.code == code


def test_message_at_the_limit_is_answered(assistant: Assistant) -> None:
    message = ("What happens if I stop baclofen suddenly? " * 48)[:2000]
    assert len(message) == assistant.settings.max_message_chars
    assert best(assistant.answer(message))[0] == "baclofen"


def test_a_quote_that_no_longer_matches_its_article_is_not_shown(
    tmp_path: Path,
    bundled_settings: Settings,
    model: SentenceTransformerEmbedder,
    caplog: pytest.LogCaptureFixture,
) -> None:
    shutil.copytree(bundled_settings.index_dir, tmp_path / "index", ignore=shutil.ignore_patterns("cache"))
    settings = bundled_settings.model_copy(update={"index_dir": tmp_path / "index"})
    question = "What happens if I stop baclofen suddenly?"
    honest = Assistant(settings, model, load_index(settings, model)).answer(question)
    tampered_id = max(honest.quotes, key=lambda q: q.score).passage_id
    store = current_version(settings.index_dir) / "store.sqlite"  # type: ignore[operator]
    with sqlite3.connect(store) as db:
        db.execute("UPDATE passages SET text = 'Take all your tablets at once.' WHERE id = ?", (tampered_id,))
    with caplog.at_level(logging.ERROR):
        answer = Assistant(settings, model, load_index(settings, model)).answer(question)
    assert tampered_id not in [q.passage_id for q in answer.quotes]
    assert all("tablets at once" not in t for t in answer.shown_texts())
    assert f"passage {tampered_id} does not match" in caplog.text


def test_medquad_questions_find_their_article(medquad_assistant: Assistant) -> None:
    slice_ids = {a.id for a in load_corpus(medquad_assistant.settings.corpus).articles}
    with (MEDQUAD / "questions_dev.jsonl").open() as f:
        questions = [json.loads(line) for line in f]
    ours = [q for q in questions if q["article_id"] in slice_ids][:60]
    assert len(ours) >= 40
    found = sum(
        any(quote.article_id == q["article_id"] for quote in medquad_assistant.answer(q["question"]).quotes)
        for q in ours
    )
    assert found / len(ours) >= 0.85, f"{found}/{len(ours)}"


def test_answer_json_shape(assistant: Assistant) -> None:
    data = json.loads(assistant.answer("What is baclofen?").model_dump_json())
    assert set(data) == {
        "message",
        "triage",
        "abstained",
        "notices",
        "lead",
        "quotes",
        "disclaimers",
        "index_version",
    }
    assert set(data["quotes"][0]) == {
        "passage_id",
        "article_id",
        "article_title",
        "article_updated",
        "section",
        "url",
        "text",
        "start",
        "end",
        "score",
        "highlights",
        "why",
    }


def test_bundled_corpus_path_is_the_default() -> None:
    assert Settings().corpus == bundled("corpus")
