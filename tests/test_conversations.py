"""The conversation log through the API: follow-ups, feedback, staff pages, CSV, retention and restarts."""

from __future__ import annotations

import csv
import io
import re
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.answer.compose import Assistant
from assistant.config import Settings
from assistant.embedding.embedders import Embedder
from assistant.index.loaded import Index
from assistant.records.conversations import ConversationLog, Filters
from assistant.server.app import create_app
from tests.conftest import ROOT

STAFF = ("editor", "correct horse battery staple")


@pytest.fixture()
def settings(bundled_settings: Settings, tmp_path: Path) -> Settings:
    from pydantic import SecretStr

    return bundled_settings.model_copy(
        update={"data_dir": tmp_path / "data", "staff_user": STAFF[0], "staff_password": SecretStr(STAFF[1])}
    )


@pytest.fixture()
def client(settings: Settings, model: Embedder, bundled_index: Index) -> Iterator[TestClient]:
    with TestClient(create_app(settings, embedder=model)) as test_client:
        yield test_client


def ask(client: TestClient, message: str, conversation: str | None = None) -> dict:  # type: ignore[type-arg]
    response = client.post("/api/chat", json={"message": message, "conversation_id": conversation})
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


def test_a_follow_up_searches_the_conversations_subject(client: TestClient) -> None:
    first = ask(client, "What happens if I stop baclofen suddenly?")
    assert first["subject"] == "Baclofen" and not first["follow_up"]
    follow = ask(client, "and its side effects?", first["conversation_id"])
    assert follow["conversation_id"] == first["conversation_id"] and follow["follow_up"]
    assert follow["searched"] == "and its side effects? (Baclofen)"
    assert follow["quotes"] and all("Baclofen" in q["article_title"] for q in follow["quotes"])
    assert "side effects" in follow["quotes"][0]["section"].lower()
    # Without the conversation the same words are not about baclofen.
    alone = ask(client, "and its side effects?")
    assert not alone["follow_up"] and alone["conversation_id"] != first["conversation_id"]


def test_staff_see_how_the_question_reader_spelt_a_message_out(client: TestClient) -> None:
    answer = ask(client, "my wife has MS, can she take panadol with her baclophen?")
    assert answer["searched"] == "my wife has MS, can she take panadol (acetaminophen) with her baclofen?"
    assert {q["article_id"] for q in answer["quotes"]} & {"baclofen", "acetaminophen-and-liver-safety"}
    page = client.get(f"/staff/conversations/{answer['conversation_id']}", auth=STAFF).text
    assert "Searched with names read and spelt out:" in page and "panadol (acetaminophen)" in page
    plain = ask(client, "What happens if I stop baclofen suddenly?")
    assert plain["searched"] == plain["message"]
    page = client.get(f"/staff/conversations/{plain['conversation_id']}", auth=STAFF).text
    assert "Searched with names read" not in page


def test_a_new_subject_starts_a_new_topic_and_thanks_keep_the_old_one(client: TestClient) -> None:
    first = ask(client, "What happens if I stop baclofen suddenly?")
    for message in ("thanks!", "ok got it, that helps"):
        thanks = ask(client, message, first["conversation_id"])
        assert thanks["triage"]["category"] == "out_of_scope" and thanks["lead"]["id"] == "answer.thanks"
        assert thanks["subject"] == "Baclofen" and thanks["quotes"] == [] and not thanks["follow_up"]
    other = ask(client, "How much acetaminophen is too much for the liver?", first["conversation_id"])
    assert not other["follow_up"] and other["quotes"][0]["article_id"] == "acetaminophen-and-liver-safety"
    again = ask(client, "is it safe for children?", first["conversation_id"])
    assert again["follow_up"] and again["searched"].endswith(f"({other['subject']})")


def test_a_follow_up_about_dosing_gets_the_prescriber_notice(client: TestClient) -> None:
    first = ask(client, "What is baclofen used for?")
    dose = ask(client, "how much should I take?", first["conversation_id"])
    assert dose["follow_up"] and dose["triage"]["category"] == "personal_decision"
    assert dose["notices"][0]["id"] == "notice.prescriber"


def test_self_harm_in_a_follow_up_is_never_hidden_by_the_context(client: TestClient) -> None:
    first = ask(client, "What is baclofen used for?")
    crisis = ask(client, "i want to take them all and end it", first["conversation_id"])
    assert crisis["triage"]["category"] == "self_harm" and crisis["notices"][0]["id"] == "notice.self_harm"
    assert crisis["quotes"] == []


def test_feedback_is_stored_and_replaced_and_unknown_turns_are_404(
    client: TestClient, settings: Settings
) -> None:
    answer = ask(client, "What happens if I stop baclofen suddenly?")
    ids = {"conversation_id": answer["conversation_id"], "turn_id": answer["turn_id"]}
    assert client.post("/api/feedback", json={**ids, "helpful": True}).json() == {"stored": True}
    assert (
        client.post("/api/feedback", json={**ids, "helpful": False, "comment": " Too vague "}).status_code
        == 200
    )
    turn = ConversationLog(settings.data_dir, 90).turns(answer["conversation_id"])[0]
    assert turn.helpful is False and turn.comment == "Too vague"
    wrong = client.post("/api/feedback", json={**ids, "conversation_id": "0" * 32, "helpful": True})
    assert wrong.status_code == 404 and wrong.json()["error"]["code"] == "no_such_answer"
    long = client.post("/api/feedback", json={**ids, "helpful": True, "comment": "x" * 2001})
    assert long.status_code == 422


def test_staff_pages_need_the_configured_credentials(client: TestClient) -> None:
    for path in ("/staff", "/staff/unanswered", "/staff/export.csv"):
        missing = client.get(path)
        assert missing.status_code == 401 and missing.headers["www-authenticate"].startswith("Basic")
        assert "password" in missing.json()["error"]["message"]
        assert client.get(path, auth=(STAFF[0], "wrong")).status_code == 401
        assert client.get(path, auth=STAFF).status_code == 200


def test_staff_pages_are_closed_until_a_password_is_configured(
    bundled_settings: Settings, model: Embedder, bundled_index: Index, tmp_path: Path
) -> None:
    settings = bundled_settings.model_copy(update={"data_dir": tmp_path})
    with TestClient(create_app(settings, embedder=model)) as client:
        page = client.get("/staff", auth=("staff", ""), headers={"accept": "text/html"})
    assert page.status_code == 401 and "ASSISTANT_STAFF_PASSWORD" in page.text


def test_staff_see_the_triage_scores_disclaimers_and_feedback_of_each_turn(client: TestClient) -> None:
    answer = ask(client, "Can I drink alcohol with baclofen?")
    ids = {"conversation_id": answer["conversation_id"], "turn_id": answer["turn_id"]}
    client.post("/api/feedback", json={**ids, "helpful": False, "comment": "I wanted <b>more</b>"})
    page = client.get(f"/staff/conversations/{answer['conversation_id']}", auth=STAFF).text
    assert "Can I drink alcohol with baclofen?" in page
    assert "personal_decision" in page and answer["triage"]["reason"].replace("'", "&#39;") in page
    quote = answer["quotes"][0]
    assert quote["passage_id"] in page and f'href="{quote["url"]}"'.replace("&", "&amp;") in page
    assert f"{quote['why']['similarity']:.3f}" in page and f"{quote['score']:.3f}" in page
    for disclaimer in answer["disclaimers"]:
        assert disclaimer["id"] in page and disclaimer["why"].replace("'", "&#39;") in page
    assert "not helpful" in page and "I wanted &lt;b&gt;more&lt;/b&gt;" in page  # escaped, never markup


def test_staff_filters_find_abstained_emergency_and_negative_turns(client: TestClient) -> None:
    plain = ask(client, "What happens if I stop baclofen suddenly?")
    unknown = ask(client, "How do I replace the brake pads on a bicycle wheel rim?")
    gap = ask(client, "What is the treatment for a rattlesnake bite?")
    urgent = ask(client, "my father has crushing chest pain and is sweating")
    client.post(
        "/api/feedback",
        json={"conversation_id": plain["conversation_id"], "turn_id": plain["turn_id"], "helpful": False},
    )
    assert gap["abstained"] and not unknown["abstained"] and urgent["triage"]["category"] == "emergency"

    def listed(query: str) -> set[str]:
        page = client.get(f"/staff?{query}", auth=STAFF).text
        return {c["conversation_id"] for c in (plain, unknown, gap, urgent) if c["conversation_id"] in page}

    assert listed("") == {
        plain["conversation_id"],
        unknown["conversation_id"],
        gap["conversation_id"],
        urgent["conversation_id"],
    }
    assert listed("abstained=true") == {c["conversation_id"] for c in (gap, urgent) if c["abstained"]}
    assert listed("category=emergency") == {urgent["conversation_id"]}
    assert listed("negative=true") == {plain["conversation_id"]}
    tomorrow = (datetime.now(UTC) + timedelta(days=1)).date().isoformat()
    assert listed(f"since={tomorrow}") == set()
    assert listed("q=rattlesnake") == {gap["conversation_id"]}
    assert client.get("/staff?category=nonsense", auth=STAFF).status_code == 422


def test_unanswered_questions_are_counted_with_their_near_duplicates(client: TestClient) -> None:
    for message in (
        "What is the treatment for a rattlesnake bite?",
        "what is the treatment for a rattlesnake bite",
        "What's the treatment for a rattlesnake bite?",
        "How is scurvy diagnosed?",
    ):
        ask(client, message)
    page = client.get("/staff/unanswered", auth=STAFF).text
    rows = page.split("<tr>")[2:]
    assert "rattlesnake" in rows[0] and "<td>3</td>" in rows[0]
    assert "scurvy" in rows[1] and "<td>1</td>" in rows[1]


def test_csv_export_has_a_row_per_turn_and_defuses_formulas(client: TestClient) -> None:
    first = ask(client, "What happens if I stop baclofen suddenly?")
    ask(client, '=HYPERLINK("http://evil.example") side effects?', first["conversation_id"])
    response = client.get("/staff/export.csv", auth=STAFF)
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["turn"] for r in rows] == ["1", "2"]
    assert rows[0]["question"] == "What happens if I stop baclofen suddenly?" and rows[0]["quoted_passages"]
    assert "dense=" in rows[0]["scores"] and "lexical=" in rows[0]["scores"]
    assert rows[1]["question"].startswith("'=HYPERLINK")
    filtered = list(
        csv.DictReader(io.StringIO(client.get("/staff/export.csv?abstained=true", auth=STAFF).text))
    )
    assert [r["turn"] for r in filtered] == [r["turn"] for r in rows if r["abstained"] == "1"]


def test_the_log_survives_a_restart_and_stores_nothing_about_the_visitor(
    settings: Settings, model: Embedder, bundled_index: Index
) -> None:
    with TestClient(create_app(settings, embedder=model)) as client:
        answer = client.post(
            "/api/chat",
            json={"message": "What happens if I stop baclofen suddenly?"},
            headers={"user-agent": "Visitor-Browser/1.0", "x-forwarded-for": "203.0.113.7"},
        ).json()
    with TestClient(create_app(settings, embedder=model)) as client:
        page = client.get(f"/staff/conversations/{answer['conversation_id']}", auth=STAFF)
        assert page.status_code == 200 and "stop baclofen suddenly" in page.text
        follow = ask(client, "and its side effects?", answer["conversation_id"])
        assert follow["follow_up"]
    db = sqlite3.connect(settings.data_dir / "conversations.sqlite3")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    dump = "\n".join(db.iterdump())
    for trace in ("203.0.113.7", "Visitor-Browser", "testclient", "127.0.0.1"):
        assert trace not in dump


def test_conversations_older_than_the_retention_period_are_deleted(
    client: TestClient, settings: Settings
) -> None:
    old = ask(client, "What happens if I stop baclofen suddenly?")
    recent = ask(client, "What is baclofen used for?")
    path = settings.data_dir / "conversations.sqlite3"
    with sqlite3.connect(path) as db:
        stale = (datetime.now(UTC) - timedelta(days=settings.retention_days + 1)).isoformat()
        db.execute("UPDATE conversations SET updated_at = ? WHERE id = ?", (stale, old["conversation_id"]))
    assert ConversationLog(settings.data_dir, settings.retention_days).purge() == 0  # already purged on open
    with sqlite3.connect(path) as db:
        left = {row[0] for row in db.execute("SELECT conversation_id FROM turns")}
    assert left == {recent["conversation_id"]}


def test_the_staff_list_pages_through_conversations(client: TestClient, settings: Settings) -> None:
    from assistant.server.routes.staff import PAGE_SIZE

    first = ask(client, "What is baclofen used for?")
    log = ConversationLog(settings.data_dir, settings.retention_days)
    answer = log.turns(first["conversation_id"])[0].answer
    for _ in range(PAGE_SIZE):
        log.record(None, answer)
    page_one = client.get("/staff?category=general", auth=STAFF).text
    assert page_one.count("/staff/conversations/") == PAGE_SIZE
    older = re.search(r'<a rel="next" href="([^"]+)"', page_one)
    assert older is not None and "category=general" in older.group(1)
    page_two = client.get(older.group(1).replace("&amp;", "&"), auth=STAFF).text
    assert page_two.count("/staff/conversations/") == 1 and 'rel="prev"' in page_two


def test_follow_ups_on_labelled_conversations_beat_asking_alone(assistant: Assistant) -> None:
    from assistant.evaluation import conversations as ce

    labelled = ce.load_conversations(ROOT / "eval" / "conversations.jsonl")
    figures = ce.measure(assistant, labelled[:40:2])  # every other one of the same-subject conversations
    assert figures.follow_ups >= 15
    assert figures.precision >= 0.9 and figures.recall >= 0.7
    assert figures.follow_up_right_article >= 3 * figures.follow_up_right_article_alone


def test_a_malformed_conversation_set_names_its_line(tmp_path: Path) -> None:
    from assistant.evaluation import conversations as ce
    from assistant.evaluation.retrieval import QuestionSetError

    path = tmp_path / "set.jsonl"
    path.write_text('{"id": "a", "turns": [{"message": "hi"}]}\n{"id": "b", "turns": []}\n', encoding="utf-8")
    with pytest.raises(QuestionSetError, match=r"set.jsonl:2: needs a list of 'turns'"):
        ce.load_conversations(path)


def test_browsers_may_post_only_from_this_service_or_the_allowed_sites(
    settings: Settings, model: Embedder, bundled_index: Index
) -> None:
    allowed = "https://www.example.org"
    app = create_app(settings.model_copy(update={"cors_origins": [allowed]}), embedder=model)
    body = {"message": "What is baclofen used for?"}
    with TestClient(app) as client:
        for origin in ("http://testserver", "https://testserver", allowed):
            response = client.post("/api/chat", json=body, headers={"origin": origin})
            assert response.status_code == 200, origin
        assert client.post("/api/chat", json=body).status_code == 200  # no Origin: not a browser
        cors = client.post("/api/chat", json=body, headers={"origin": allowed})
        assert cors.headers["access-control-allow-origin"] == allowed
        refused = client.post("/api/chat", json=body, headers={"origin": "https://elsewhere.example"})
        assert refused.status_code == 403 and refused.json()["error"]["code"] == "origin_not_allowed"
        assert refused.json()["error"]["request_id"] == refused.headers["x-request-id"]
        assert "access-control-allow-origin" not in refused.headers
        preflight = client.options(
            "/api/chat",
            headers={"origin": "https://elsewhere.example", "access-control-request-method": "POST"},
        )
        assert preflight.status_code == 400
    turns = ConversationLog(settings.data_dir, 90).matching_turns(Filters())
    assert len(list(turns)) == 5  # the refused message was not logged


def test_the_filter_form_as_a_browser_sends_it(client: TestClient) -> None:
    ask(client, "What is baclofen used for?")
    form = "/staff?abstained=true&category=&since=&until=&q="  # unticked boxes are not sent
    assert client.get(form, auth=STAFF).status_code == 200
    bad = client.get("/staff?since=yesterday", auth=STAFF)
    assert bad.status_code == 422 and "2026-11-26" in bad.json()["error"]["message"]


def test_staff_see_which_layer_called_a_message_urgent_and_in_what_language(client: TestClient) -> None:
    answer = ask(client, "Ich will nicht mehr leben")
    page = client.get(f"/staff/conversations/{answer['conversation_id']}", auth=STAFF).text
    assert "Called urgent by" in page and "multilingual model" in page
    screened = answer["triage"]["screened"][0]
    assert f"self-harm {screened['self_harm']:.2f}" in page
    assert "<code>de</code>" in page  # the notices' language
