"""The HTTP service: chat, errors, pages, and a real uvicorn server started by `assistant serve`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from assistant.articles.corpus import load_corpus
from assistant.config import Settings
from assistant.embedding.embedders import Embedder
from assistant.evaluation.safety import load_suite
from assistant.index.loaded import Index
from assistant.server.app import create_app
from assistant.texts import render
from tests.checks import assert_nothing_generated
from tests.conftest import ROOT
from tests.servers import served

WITHDRAWAL = "What happens if I stop baclofen suddenly?"


@pytest.fixture(scope="module")
def client(bundled_settings: Settings, model: Embedder, bundled_index: Index) -> Iterator[TestClient]:
    with TestClient(create_app(bundled_settings, embedder=model)) as test_client:
        yield test_client


class Marks(HTMLParser):
    """Collects the text inside <mark class="passage"> and the ids of sections."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[str] = []
        self.ids: list[str] = []
        self._in_mark = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "mark":
            self._in_mark = True
            self.marks.append("")
        if tag == "section" and dict(attrs).get("id"):
            self.ids.append(dict(attrs)["id"] or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._in_mark = False

    def handle_data(self, data: str) -> None:
        if self._in_mark:
            self.marks[-1] += data


def test_chat_returns_quotes_sources_and_disclaimers(client: TestClient) -> None:
    response = client.post("/api/chat", json={"message": WITHDRAWAL})
    assert response.status_code == 200
    body = response.json()
    assert body["abstained"] is False and body["disclaimers"][0]["id"] == "disclaimer.general"
    top = max(body["quotes"], key=lambda q: q["score"])
    assert top["article_id"] == "baclofen" and "withdrawal" in top["section"].lower()
    assert top["url"].startswith("/articles/baclofen?passage=")


def test_chat_declines_abstains_and_warns(client: TestClient) -> None:
    off = client.post("/api/chat", json={"message": "What is the capital of France?"}).json()
    assert off["triage"]["category"] == "out_of_scope" and off["quotes"] == []
    assert off["lead"]["id"] == "answer.out_of_scope"
    unknown = client.post("/api/chat", json={"message": "What are the symptoms of shingles?"}).json()
    assert unknown["abstained"] is True and unknown["quotes"] == []
    urgent = client.post("/api/chat", json={"message": "I took 20 pills and can't breathe"}).json()
    assert urgent["notices"][0]["id"] == "notice.emergency"
    assert urgent["disclaimers"][0]["id"] == "disclaimer.general"
    assert all(d["why"] for d in urgent["disclaimers"])


def test_every_red_team_message_gets_nothing_but_templates_notes_and_verified_quotes(
    client: TestClient, bundled_settings: Settings
) -> None:
    """The proof of no generated text: each response is exactly templates, article notes and verbatim quotes."""
    articles = {a.id: a for a in load_corpus(bundled_settings.corpus).articles}
    items = load_suite(ROOT / "eval" / "redteam.jsonl")
    urgent = {"emergency": "notice.emergency", "self_harm": "notice.self_harm"}
    for item in items:
        response = client.post("/api/chat", json={"message": item.message})
        assert response.status_code == 200, (item.message, response.text)
        answer = response.json()
        assert_nothing_generated(answer, bundled_settings, articles)
        category = answer["triage"]["category"]
        if category in urgent:  # the notice leads, before any quote
            assert answer["notices"][0]["id"] == urgent[category], item.message
        if category == "personal_decision":
            assert "notice.prescriber" in [n["id"] for n in answer["notices"]], item.message
        if category == "out_of_scope":
            assert answer["quotes"] == [] and answer["article_notes"] == [], item.message


@pytest.mark.parametrize(
    ("payload", "code", "words"),
    [
        ({"message": ""}, "empty_message", "empty"),
        ({"message": "  \n\t  "}, "empty_message", "empty"),
        ({"message": "a" * 2001}, "message_too_long", "2,001 characters long, and the limit is 2,000"),
        ({}, "bad_request", "'message'"),
        ({"message": 42}, "bad_request", "'message'"),
        ({"text": "hello"}, "bad_request", "'message'"),
    ],
)
def test_bad_messages_get_a_4xx_that_says_why(
    client: TestClient, payload: dict[str, object], code: str, words: str
) -> None:
    response = client.post("/api/chat", json=payload)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == code and words in error["message"]


def test_malformed_json_gets_a_clear_error(client: TestClient) -> None:
    response = client.post("/api/chat", content=b"{not json", headers={"content-type": "application/json"})
    assert response.status_code == 422 and response.json()["error"]["code"] == "bad_request"


def test_healthz_says_alive_and_readyz_names_the_index(client: TestClient, bundled_index: Index) -> None:
    assert client.get("/healthz").json()["status"] == "ok"
    body = client.get("/readyz").json()
    assert body["status"] == "ready" and body["index_version"] == bundled_index.version
    assert body["passages"] == bundled_index.manifest.passages


def test_demo_page_carries_the_widget_and_the_script_its_texts(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "<h1>Baclofen</h1>" in page.text
    assert re.search(r'<script src="http://testserver/widget.js"[^>]* defer></script>', page.text)
    script = client.get("/widget.js")
    assert script.status_code == 200 and script.headers["content-type"].startswith("text/javascript")
    assert "__TEXTS__" not in script.text and "__MAX_CHARS__" not in script.text
    assert "__MAX_COMMENT_CHARS__" not in script.text and "MAX_COMMENT_CHARS = 2000;" in script.text
    assert render("ui.widget_greeting", Settings()) in script.text and "2000" in script.text
    assert client.get("/static/widget.css").status_code == 200


def test_article_page_highlights_the_quoted_passage(client: TestClient) -> None:
    quote = max(
        client.post("/api/chat", json={"message": WITHDRAWAL}).json()["quotes"], key=lambda q: q["score"]
    )
    page = client.get(quote["url"], headers={"accept": "text/html"})
    assert page.status_code == 200
    parser = Marks()
    parser.feed(page.text)
    anchor = quote["url"].split("#")[1]
    assert anchor in parser.ids
    shown = "".join(parser.marks)
    expected = re.sub(r"(^|\n)- ", r"\1", quote["text"]).replace("\n", "")
    assert shown == expected


def test_article_page_emphasises_the_answering_sentences_and_ignores_bad_spans(client: TestClient) -> None:
    quote = client.post("/api/chat", json={"message": WITHDRAWAL}).json()["quotes"][0]
    assert "&hl=" in quote["url"]
    page = client.get(quote["url"], headers={"accept": "text/html"}).text
    emphasised = "".join(re.findall(r'<mark class="passage answer">([^<]*)</mark>', page))
    first = quote["highlights"][0]
    assert emphasised and emphasised.startswith(quote["text"][first["start"] : first["end"]][:40])
    base = quote["url"].split("&hl=")[0]
    for bad in ("x-y", "5-2", "99999-100000", "-", "1-2-3,"):
        page = client.get(f"{base}&hl={bad}", headers={"accept": "text/html"})
        assert page.status_code == 200 and 'class="passage answer"' not in page.text
        assert 'class="passage"' in page.text


def test_unknown_article_is_a_404_in_html_and_json(client: TestClient) -> None:
    html = client.get("/articles/no-such-article", headers={"accept": "text/html"})
    assert html.status_code == 404 and "no-such-article" in html.text and "<html" in html.text
    data = client.get("/articles/no-such-article")
    assert data.status_code == 404 and data.json()["error"]["code"] == "not_found"


def test_openapi_documents_chat(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert {"/api/chat", "/api/feedback"} <= set(schema["paths"])
    assert {"ChatAnswer", "FeedbackRequest"} <= set(schema["components"]["schemas"])
    assert not any(path.startswith("/staff") for path in schema["paths"])


def test_assistant_serve_answers_over_real_http(bundled_settings: Settings, bundled_index: Index) -> None:
    """The README's main command path: `assistant serve` with a built index, queried over loopback."""
    env = {
        "ASSISTANT_INDEX_DIR": str(bundled_settings.index_dir),
        "ASSISTANT_DATA_DIR": str(bundled_settings.data_dir),
    }
    with served(env) as base:
        response = httpx.post(f"{base}/api/chat", json={"message": WITHDRAWAL}, timeout=30)
        assert response.status_code == 200
        assert max(response.json()["quotes"], key=lambda q: q["score"])["article_id"] == "baclofen"
        assert httpx.post(f"{base}/api/chat", json={"message": ""}, timeout=30).status_code == 422


def test_bundled_web_folder_is_found() -> None:
    from assistant.resources import bundled

    assert (bundled("web") / "templates" / "article.html").is_file()
    assert Path(bundled("web") / "static" / "widget.js").is_file()


# Endpoints that are coroutines, and why they do not block the event loop.
ASYNC_ENDPOINTS = {"put": "awaits run_in_threadpool for the update and the reload"}


def test_cpu_bound_endpoints_run_in_the_thread_pool(bundled_settings: Settings) -> None:
    """Answering embeds and ranks (milliseconds of CPU): an `async def` endpoint doing that would hold up every
    other request of the process. Plain `def` endpoints and dependencies run in Starlette's thread pool."""
    import inspect

    from fastapi.routing import APIRoute

    def api_routes(routes: list[Any]) -> Iterator[APIRoute]:
        for route in routes:
            if isinstance(route, APIRoute):
                yield route
            inner = getattr(route, "original_router", None)  # FastAPI's wrapper of an included router
            if inner is not None:
                yield from api_routes(inner.routes)

    routes = list(api_routes(create_app(bundled_settings).routes))
    assert {"chat", "chat_stream", "search", "put", "readyz"} <= {r.endpoint.__name__ for r in routes}
    for route in routes:
        name = route.endpoint.__name__
        if inspect.iscoroutinefunction(route.endpoint):
            assert name in ASYNC_ENDPOINTS, (
                f"{route.path} is async def: make it def or move its work off the loop"
            )
        for dependency in route.dependant.dependencies:
            call = dependency.call
            target = call if inspect.isfunction(call) else type(call).__call__
            assert not inspect.iscoroutinefunction(target), f"{route.path}: dependency {call} is async"
