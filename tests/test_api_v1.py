"""Contract tests of the helpdesk API, /api/v1: every route, its success shape and each of its error codes,
with the real model, a writable copy of the bundled corpus and its index, and real key and limit stores."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from assistant.articles.corpus import load_corpus
from assistant.config import Rate, Settings
from assistant.embedding.embedders import Embedder
from assistant.index.build import build_index
from assistant.index.loaded import Index
from assistant.records.keys import KeyStore
from assistant.server.app import create_app
from tests.checks import assert_nothing_generated

HICCUPS = """---
title: Hiccups
tags: [hiccups, diaphragm]
updated: 2026-11-20
---

Hiccups are sudden, involuntary contractions of the diaphragm, each followed by a quick closing of the vocal
cords that makes the familiar hic sound. Most bouts stop on their own within a few minutes.

## When to see a doctor

Hiccups that last more than two days are worth a visit to a doctor, because long bouts can point to another
condition, such as irritation of the nerves that run to the diaphragm.
"""
HICCUPS_QUESTION = "How long do hiccups last before I should see a doctor?"


def writable_copy(bundled_settings: Settings, root: Path, **overrides: Any) -> Settings:
    """A copy of the bundled corpus and its built index (with its embedding cache), safe to change."""
    shutil.copytree(bundled_settings.corpus, root / "corpus")
    shutil.copytree(bundled_settings.index_dir, root / "index", ignore=shutil.ignore_patterns("*.lock"))
    return Settings(corpus=root / "corpus", index_dir=root / "index", data_dir=root / "data", **overrides)


@pytest.fixture(scope="module")
def settings(
    bundled_settings: Settings, bundled_index: Index, tmp_path_factory: pytest.TempPathFactory
) -> Settings:
    return writable_copy(bundled_settings, tmp_path_factory.mktemp("v1"))


@pytest.fixture(scope="module")
def keys(settings: Settings) -> dict[str, str]:
    store = KeyStore(settings.data_dir)
    made = {
        "chat": store.create("helpdesk chat", ["chat"])[1],
        "search": store.create("agent console", ["search"])[1],
        "admin": store.create("editors", ["admin"])[1],
        "limited": store.create("tight", ["chat"], rate="3/minute")[1],
        "other": store.create("another helpdesk", ["chat"])[1],
    }
    revoked, secret = store.create("old", ["chat", "search"])
    store.revoke(revoked.id)
    made["revoked"] = secret
    return made


@pytest.fixture(scope="module")
def client(settings: Settings, model: Embedder) -> Iterator[TestClient]:
    with TestClient(create_app(settings, embedder=model)) as test_client:
        yield test_client


def auth(key: str) -> dict[str, str]:
    return {"authorization": f"Bearer {key}"}


def error_of(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()["error"]
    assert body["code"] == code and body["message"]
    assert body["request_id"] == response.headers["x-request-id"]
    return body


# --- keys and scopes ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", "/api/v1/chat", {"message": "What is baclofen?"}),
        ("POST", "/api/v1/chat/stream", {"message": "What is baclofen?"}),
        ("GET", "/api/v1/search?q=baclofen", None),
        ("GET", "/api/v1/articles", None),
        ("GET", "/api/v1/articles/baclofen", None),
        ("DELETE", "/api/v1/articles/baclofen", None),
        ("POST", "/api/v1/feedback", {"conversation_id": "0" * 32, "turn_id": "0" * 32, "helpful": True}),
        ("GET", f"/api/v1/conversations/{'0' * 32}", None),
    ],
)
def test_every_route_needs_a_valid_key(
    client: TestClient, keys: dict[str, str], method: str, path: str, body: Any
) -> None:
    missing = client.request(method, path, json=body)
    error_of(missing, 401, "missing_key")
    assert missing.headers["www-authenticate"].startswith("Bearer")
    error_of(client.request(method, path, json=body, headers=auth("ha_00000000_wrong")), 401, "invalid_key")
    error_of(client.request(method, path, json=body, headers=auth(keys["revoked"])), 401, "invalid_key")
    error_of(client.request(method, path, json=body, headers=auth("not a key at all")), 401, "invalid_key")


def test_a_key_does_only_what_its_scopes_allow(client: TestClient, keys: dict[str, str]) -> None:
    body = error_of(client.get("/api/v1/search?q=baclofen", headers=auth(keys["chat"])), 403, "missing_scope")
    assert "'search'" in body["message"]
    error_of(
        client.post("/api/v1/chat", json={"message": "hi"}, headers=auth(keys["search"])),
        403,
        "missing_scope",
    )
    put = client.put(
        "/api/v1/articles/hiccups",
        content=HICCUPS,
        headers={**auth(keys["search"]), "content-type": "text/markdown"},
    )
    error_of(put, 403, "missing_scope")
    # admin: every scope
    assert client.get("/api/v1/search?q=baclofen", headers=auth(keys["admin"])).status_code == 200


def test_a_key_over_its_rate_gets_429_with_retry_after(client: TestClient, keys: dict[str, str]) -> None:
    for remaining in (2, 1, 0):
        ok = client.post("/api/v1/chat", json={"message": "What is baclofen?"}, headers=auth(keys["limited"]))
        assert ok.status_code == 200 and ok.headers["ratelimit-remaining"] == str(remaining)
    refused = client.post(
        "/api/v1/chat", json={"message": "What is baclofen?"}, headers=auth(keys["limited"])
    )
    body = error_of(refused, 429, "rate_limited")
    assert 1 <= int(refused.headers["retry-after"]) <= 20 and "3/minute" in body["message"]
    # Other keys are not affected.
    assert (
        client.post(
            "/api/v1/chat", json={"message": "What is baclofen?"}, headers=auth(keys["chat"])
        ).status_code
        == 200
    )


def test_the_widgets_routes_need_no_key_but_are_limited_per_visitor(
    bundled_settings: Settings, model: Embedder, tmp_path: Path
) -> None:
    settings = bundled_settings.model_copy(update={"data_dir": tmp_path, "public_rate_limit": Rate(2, 60)})
    with TestClient(create_app(settings, embedder=model)) as client:
        for _ in range(2):
            assert client.post("/api/chat", json={"message": "What is baclofen?"}).status_code == 200
        refused = client.post("/api/chat", json={"message": "What is baclofen?"})
        error_of(refused, 429, "rate_limited")
        assert int(refused.headers["retry-after"]) >= 1
        feedback = {"conversation_id": "0" * 32, "turn_id": "0" * 32, "helpful": True}
        error_of(client.post("/api/feedback", json=feedback), 429, "rate_limited")


# --- chat, stream, feedback, conversations -----------------------------------------------------------------


def test_chat_answers_with_verified_quotes_and_keeps_the_conversation(
    client: TestClient, keys: dict[str, str], settings: Settings
) -> None:
    first = client.post(
        "/api/v1/chat",
        json={"message": "What happens if I stop baclofen suddenly?"},
        headers=auth(keys["chat"]),
    )
    assert first.status_code == 200
    answer = first.json()
    assert answer["quotes"] and answer["disclaimers"] and answer["conversation_id"] and answer["turn_id"]
    assert_nothing_generated(answer, settings, {a.id: a for a in load_corpus(settings.corpus).articles})
    follow = client.post(
        "/api/v1/chat",
        json={"message": "and its side effects?", "conversation_id": answer["conversation_id"]},
        headers=auth(keys["chat"]),
    ).json()
    assert follow["follow_up"] and follow["conversation_id"] == answer["conversation_id"]
    history = client.get(f"/api/v1/conversations/{answer['conversation_id']}", headers=auth(keys["chat"]))
    assert [t["message"] for t in history.json()["turns"]] == [answer["message"], "and its side effects?"]
    assert history.json()["turns"][0]["answer"]["quotes"] == answer["quotes"]
    # Another key's client cannot read it, nor continue it, nor leave feedback on it; the admin scope reads it.
    other = auth(keys["other"])
    error_of(
        client.get(f"/api/v1/conversations/{answer['conversation_id']}", headers=other),
        404,
        "no_such_conversation",
    )
    elsewhere = client.post(
        "/api/v1/chat",
        json={"message": "and its side effects?", "conversation_id": answer["conversation_id"]},
        headers=other,
    ).json()
    assert elsewhere["conversation_id"] != answer["conversation_id"] and not elsewhere["follow_up"]
    feedback = {"conversation_id": answer["conversation_id"], "turn_id": answer["turn_id"], "helpful": False}
    error_of(client.post("/api/v1/feedback", json=feedback, headers=other), 404, "no_such_answer")
    stored = client.post(
        "/api/v1/feedback", json={**feedback, "comment": "too long"}, headers=auth(keys["chat"])
    )
    assert stored.status_code == 200 and stored.json() == {"stored": True}
    admin = client.get(
        f"/api/v1/conversations/{answer['conversation_id']}", headers=auth(keys["admin"])
    ).json()
    assert admin["turns"][0]["helpful"] is False and admin["turns"][0]["comment"] == "too long"


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"message": "   "}, 422, "empty_message"),
        ({"message": "why " * 600}, 422, "message_too_long"),
        ({"text": "no message field"}, 422, "bad_request"),
        ({"message": 42}, 422, "bad_request"),
        ({"message": "hi", "conversation_id": "x" * 65}, 422, "bad_request"),
        ({"message": "x" * 70_000}, 413, "too_large"),
    ],
)
def test_chat_refuses_bad_requests_and_says_why(
    client: TestClient, keys: dict[str, str], body: Any, status: int, code: str
) -> None:
    response = client.post("/api/v1/chat", json=body, headers=auth(keys["chat"]))
    error = error_of(response, status, code)
    if code == "bad_request":
        assert error["details"] and error["details"][0]["field"].startswith("body")


def test_chat_stream_sends_the_triage_first_then_each_quote_then_the_answer(
    client: TestClient, keys: dict[str, str]
) -> None:
    message = "My father collapsed and is not breathing after taking too much baclofen"
    with client.stream(
        "POST", "/api/v1/chat/stream", json={"message": message}, headers=auth(keys["chat"])
    ) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        events = _events(r.iter_lines())
    names = [name for name, _ in events]
    assert names[0] == "triage" and names[-1] == "answer" and set(names[1:-1]) <= {"quote"}
    triage = events[0][1]
    assert triage["triage"]["category"] == "emergency" and triage["notices"][0]["id"] == "notice.emergency"
    answer = events[-1][1]
    assert [q for _, q in events[1:-1]] == answer["quotes"] and answer["turn_id"]
    # The same answer as the plain route gives.
    plain = client.post("/api/v1/chat", json={"message": message}, headers=auth(keys["chat"])).json()
    assert [q["passage_id"] for q in plain["quotes"]] == [q["passage_id"] for q in answer["quotes"]]
    error_of(
        client.post("/api/v1/chat/stream", json={"message": ""}, headers=auth(keys["chat"])),
        422,
        "empty_message",
    )


def _events(lines: Iterator[str]) -> list[tuple[str, Any]]:
    events, name = [], None
    for line in lines:
        if line.startswith("event: "):
            name = line[7:]
        elif line.startswith("data: "):
            events.append((name, json.loads(line[6:])))
    return events


# --- search and articles -----------------------------------------------------------------------------------


def test_search_returns_verbatim_passages_best_first_within_k(
    client: TestClient, keys: dict[str, str], settings: Settings
) -> None:
    found = client.get(
        "/api/v1/search", params={"q": "baclofen withdrawal", "k": 4}, headers=auth(keys["search"])
    )
    body = found.json()
    assert found.status_code == 200 and 1 <= len(body["quotes"]) <= 4 and body["disclaimers"]
    scores = [q["score"] for q in body["quotes"]]
    assert scores == sorted(scores, reverse=True)
    articles = {a.id: a for a in load_corpus(settings.corpus).articles}
    for q in body["quotes"]:
        assert articles[q["article_id"]].text[q["start"] : q["end"]] == q["text"]
    tagged = client.get(
        "/api/v1/search",
        params={"q": "muscle spasticity treatment", "tag": "tizanidine"},
        headers=auth(keys["search"]),
    ).json()
    assert tagged["quotes"] and {q["article_id"] for q in tagged["quotes"]} == {"tizanidine"}
    nothing = client.get(
        "/api/v1/search", params={"q": "best pizza in naples"}, headers=auth(keys["search"])
    ).json()
    assert nothing["quotes"] == []
    error_of(
        client.get("/api/v1/search", params={"q": "x", "k": 0}, headers=auth(keys["search"])),
        422,
        "bad_request",
    )
    error_of(client.get("/api/v1/search", headers=auth(keys["search"])), 422, "bad_request")


def test_articles_list_and_get_give_texts_sections_and_passage_offsets(
    client: TestClient, keys: dict[str, str]
) -> None:
    listed = client.get("/api/v1/articles", params={"limit": 5}, headers=auth(keys["search"])).json()
    assert listed["total"] >= 15 and len(listed["articles"]) == 5
    assert [a["id"] for a in listed["articles"]] == sorted(a["id"] for a in listed["articles"])
    page2 = client.get(
        "/api/v1/articles", params={"limit": 5, "offset": 5}, headers=auth(keys["search"])
    ).json()
    assert not {a["id"] for a in page2["articles"]} & {a["id"] for a in listed["articles"]}
    tagged = client.get("/api/v1/articles", params={"tag": "baclofen"}, headers=auth(keys["search"])).json()
    assert "baclofen" in {a["id"] for a in tagged["articles"]} and tagged["total"] < listed["total"]
    article = client.get("/api/v1/articles/baclofen", headers=auth(keys["search"])).json()
    assert article["title"] == "Baclofen" and article["passages"]
    for p in article["passages"]:
        section = article["sections"][p["section"]]
        assert section["start"] <= p["start"] < p["end"] <= section["end"]
    error_of(
        client.get("/api/v1/articles/no-such-article", headers=auth(keys["search"])), 404, "no_such_article"
    )
    error_of(
        client.get("/api/v1/articles", params={"limit": 0}, headers=auth(keys["search"])), 422, "bad_request"
    )


def test_an_article_can_be_added_replaced_and_deleted_while_the_service_answers(
    client: TestClient, keys: dict[str, str], settings: Settings
) -> None:
    admin = {**auth(keys["admin"]), "content-type": "text/markdown"}
    ask = {"q": HICCUPS_QUESTION, "k": 3}
    before = client.get("/api/v1/search", params=ask, headers=auth(keys["search"])).json()
    assert "hiccups" not in {q["article_id"] for q in before["quotes"]}
    created = client.put("/api/v1/articles/hiccups", content=HICCUPS, headers=admin)
    assert created.status_code == 201, created.text
    report = created.json()
    assert report["action"] == "created" and report["embedded"] <= 3  # only the new passages
    found = client.get("/api/v1/search", params=ask, headers=auth(keys["search"])).json()
    assert found["index_version"] == report["index_version"]
    assert found["quotes"][0]["article_id"] == "hiccups"
    # Replaced in the JSON form: the old text is gone at once.
    record = {
        "title": "Hiccups",
        "source": "Team",
        "sections": [
            {
                "heading": "Overview",
                "text": "Hiccups are brief spasms of the diaphragm muscle under the lungs.",
            }
        ],
    }
    replaced = client.put("/api/v1/articles/hiccups", json=record, headers=auth(keys["admin"]))
    assert replaced.status_code == 200 and replaced.json()["action"] == "replaced"
    article = client.get("/api/v1/articles/hiccups", headers=auth(keys["search"])).json()
    assert "vocal" not in article["text"] and article["source"] == "Team"
    by_source = client.get(
        "/api/v1/search", params={"q": "hiccups diaphragm", "source": "team"}, headers=auth(keys["search"])
    )
    assert {q["article_id"] for q in by_source.json()["quotes"]} == {"hiccups"}
    deleted = client.delete("/api/v1/articles/hiccups", headers=auth(keys["admin"]))
    assert deleted.status_code == 200 and deleted.json()["action"] == "deleted"
    gone = client.get("/api/v1/search", params=ask, headers=auth(keys["search"])).json()
    assert "hiccups" not in {q["article_id"] for q in gone["quotes"]}
    error_of(client.get("/api/v1/articles/hiccups", headers=auth(keys["search"])), 404, "no_such_article")
    error_of(client.delete("/api/v1/articles/hiccups", headers=auth(keys["admin"])), 404, "no_such_article")


@pytest.mark.parametrize(
    ("content", "content_type", "status", "code"),
    [
        (b"no front matter", "text/markdown", 422, "invalid_article"),
        (b"---\ntitle: X\nslug: other\n---\nSome text here.", "text/markdown", 422, "id_mismatch"),
        (b'{"title": "X"}', "application/json", 422, "invalid_article"),
        (b"{broken", "application/json", 422, "invalid_article"),
        (b"<html></html>", "text/html", 415, "unsupported_type"),
        (b"---\ntitle: X\n---\n" + b"word " * 500_000, "text/markdown", 413, "too_large"),
    ],
)
def test_a_bad_article_is_refused_with_its_problem_and_changes_nothing(
    client: TestClient,
    keys: dict[str, str],
    settings: Settings,
    content: bytes,
    content_type: str,
    status: int,
    code: str,
) -> None:
    before = client.get("/readyz").json()["index_version"]
    response = client.put(
        "/api/v1/articles/newone",
        content=content,
        headers={**auth(keys["admin"]), "content-type": content_type},
    )
    error_of(response, status, code)
    assert client.get("/readyz").json()["index_version"] == before
    assert not list(settings.corpus.glob("newone*"))


# --- operations and the contract itself -----------------------------------------------------------------------


def test_every_response_carries_a_request_id_and_metrics_count_them(
    client: TestClient, keys: dict[str, str]
) -> None:
    mine = client.get("/healthz", headers={"x-request-id": "ticket-4711"})
    assert mine.headers["x-request-id"] == "ticket-4711"
    client.post("/api/v1/chat", json={"message": "What is tizanidine?"}, headers=auth(keys["chat"]))
    text = client.get("/metrics").text
    assert 'assistant_requests_total{method="POST",route="/api/v1/chat",status="200"}' in text
    assert 'assistant_answers_total{abstained="false",category="general"}' in text
    assert "assistant_index_passages" in text and "assistant_index_age_seconds" in text


def test_the_openapi_schema_documents_keys_errors_and_examples(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert schema["components"]["securitySchemes"]["API key"]["scheme"].lower() == "bearer"
    for path, operations in schema["paths"].items():
        if not path.startswith("/api/v1/"):
            continue
        for operation in operations.values():
            assert {"401", "403", "422", "429"} <= set(operation["responses"]), path
            assert operation.get("security"), path
    put = schema["paths"]["/api/v1/articles/{article_id}"]["put"]["requestBody"]["content"]
    assert {"text/markdown", "application/json"} <= set(put)
    assert client.get("/docs").status_code == 200


def test_a_single_article_corpus_can_be_replaced_but_cannot_take_another_nor_lose_its_last(
    model: Embedder, tmp_path: Path
) -> None:
    article = tmp_path / "hiccups.md"
    article.write_text(HICCUPS)
    settings = Settings(corpus=article, index_dir=tmp_path / "index", data_dir=tmp_path / "data")
    build_index(settings, model)
    _, key = KeyStore(settings.data_dir).create("editors", ["admin"])
    with TestClient(create_app(settings, embedder=model)) as client:
        other = HICCUPS.replace("title: Hiccups", "title: Yawning")
        added = client.put(
            "/api/v1/articles/yawning", content=other, headers={**auth(key), "content-type": "text/markdown"}
        )
        error_of(added, 409, "single_file_corpus")
        error_of(client.delete("/api/v1/articles/hiccups", headers=auth(key)), 409, "last_article")
        assert article.read_text() == HICCUPS
        revised = HICCUPS.replace("within a few minutes", "within minutes")
        replaced = client.put(
            "/api/v1/articles/hiccups",
            content=revised,
            headers={**auth(key), "content-type": "text/markdown"},
        )
        assert replaced.status_code == 200 and replaced.json()["action"] == "replaced"
    assert article.read_text() == revised
