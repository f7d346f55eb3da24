"""Observe and the metrics on a small real FastAPI app: request ids, one JSON log line per request, route
labels, streaming left unbuffered, and metrics merged across processes in multi-process mode."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import StreamingResponse
from fastapi.staticfiles import StaticFiles
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families
from starlette.types import Message

from assistant.server import metrics
from assistant.server.observe import JsonFormatter, Observe, current_request_id, request_id_var

ROOT = Path(__file__).resolve().parents[1]
ITEM = "/items/{item_id}"


def make_app(static: Path, access_log: bool = False) -> FastAPI:
    """Routes of each kind: a path parameter, a nested included router, a stream, a failure, static files."""
    app = FastAPI()

    @app.get(ITEM)
    def item(item_id: int, request: Request) -> dict[str, Any]:
        logging.getLogger("assistant.test").info("reading item %d", item_id)
        return {"state": request.state.request_id, "context": current_request_id()}

    articles = APIRouter(prefix="/articles")

    @articles.get("/{article_id}")
    def article(article_id: str) -> dict[str, str]:
        return {"id": article_id}

    api = APIRouter(prefix="/api")
    api.include_router(articles)
    app.include_router(api, prefix="/v1")

    @app.get("/stream")
    def stream() -> StreamingResponse:
        return StreamingResponse(iter([b"one\n", b"two\n", b"three\n"]), media_type="text/plain")

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("boom")

    app.mount("/static", StaticFiles(directory=static), name="static")
    app.add_middleware(Observe, access_log=access_log)
    return app


@pytest.fixture(scope="module")
def static(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("static")
    (folder / "site.css").write_text("body {}")
    return folder


@pytest.fixture(scope="module")
def client(static: Path) -> Iterator[TestClient]:
    with TestClient(make_app(static), raise_server_exceptions=False) as test_client:
        yield test_client


class JsonLines(logging.Handler):
    """Formats every record under the `assistant` logger with JsonFormatter, as it is emitted."""

    def __init__(self) -> None:
        super().__init__()
        self.setFormatter(JsonFormatter())
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))

    def entries(self, logger: str = "assistant.requests") -> list[dict[str, Any]]:
        parsed = [json.loads(line) for line in self.lines]
        return [entry for entry in parsed if entry["logger"] == logger]


@pytest.fixture
def logs() -> Iterator[JsonLines]:
    handler = JsonLines()
    logger = logging.getLogger("assistant")
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def sample(text: str, name: str, **labels: str) -> float:
    for family in text_string_to_metric_families(text):
        for found in family.samples:
            if found.name == name and found.labels == labels:
                return float(found.value)
    return 0.0


def requests_total(**labels: str) -> float:
    return sample(metrics.render()[0].decode(), "assistant_requests_total", **labels)


# Request ids


def test_a_valid_request_id_is_kept_and_reaches_the_endpoint(client: TestClient) -> None:
    response = client.get("/items/1", headers={"X-Request-ID": "lb-7f.3_A"})
    assert response.headers["x-request-id"] == "lb-7f.3_A"
    assert response.json() == {"state": "lb-7f.3_A", "context": "lb-7f.3_A"}


@pytest.mark.parametrize("given", ["a" * 65, "a" * 200, "two words", "<script>", "é"])
def test_an_unsafe_request_id_is_replaced(client: TestClient, given: str) -> None:
    response = client.get("/items/1", headers={b"x-request-id": given.encode()})
    assert response.headers["x-request-id"] != given
    assert len(response.headers["x-request-id"]) == 32


def test_a_request_id_is_generated_for_each_request(client: TestClient) -> None:
    ids = {client.get("/items/1").headers["x-request-id"] for _ in range(3)}
    assert len(ids) == 3
    assert all(len(value) == 32 and int(value, 16) >= 0 for value in ids)


def test_a_request_id_with_a_line_break_is_replaced(static: Path) -> None:
    """httpx refuses to send such a header, so the request goes in as raw ASGI."""
    messages = asyncio.run(call(make_app(static), "/items/1", [(b"x-request-id", b"abc\nforged")]))
    headers = dict(messages[0]["headers"])
    assert headers[b"x-request-id"] != b"abc\nforged"
    assert len(headers[b"x-request-id"]) == 32


# Log lines


def test_one_json_line_per_request_with_the_route_template(client: TestClient, logs: JsonLines) -> None:
    response = client.get("/items/42")
    request_id = response.headers["x-request-id"]
    [line] = logs.entries()
    assert line["request_id"] == request_id
    assert line["route"] == ITEM
    assert line["path"] == "/items/42"
    assert (line["method"], line["status"], line["level"]) == ("GET", 200, "INFO")
    assert line["duration_ms"] >= 0
    assert line["time"].endswith("Z")
    assert "client" not in line
    assert "testclient" not in "".join(logs.lines)
    # A line the endpoint writes (in the thread pool) carries the same id.
    [endpoint_line] = logs.entries("assistant.test")
    assert endpoint_line["request_id"] == request_id
    assert endpoint_line["message"] == "reading item 42"


def test_the_client_address_is_logged_only_with_access_log(static: Path, logs: JsonLines) -> None:
    with TestClient(make_app(static, access_log=True)) as client:
        client.get("/items/1")
    [line] = logs.entries()
    assert line["client"] == "testclient"


def test_an_exception_is_logged_as_500_with_its_traceback(client: TestClient, logs: JsonLines) -> None:
    before = requests_total(method="GET", route="/boom", status="500")
    assert client.get("/boom").status_code == 500
    [line] = logs.entries()
    assert (line["status"], line["level"], line["route"]) == (500, "ERROR", "/boom")
    assert "RuntimeError: boom" in line["exception"]
    assert requests_total(method="GET", route="/boom", status="500") == before + 1


def test_the_formatter_adds_the_context_request_id_and_extra_fields() -> None:
    record = logging.LogRecord("assistant.x", logging.WARNING, __file__, 1, "n=%d", (3,), None)
    record.__dict__.update({"article": "a-1", "folder": Path("/srv")})  # as `extra=` sets them
    token = request_id_var.set("req-1")
    try:
        entry = json.loads(JsonFormatter().format(record))
    finally:
        request_id_var.reset(token)
    assert entry["message"] == "n=3"
    assert (entry["level"], entry["logger"], entry["request_id"]) == ("WARNING", "assistant.x", "req-1")
    assert entry["article"] == "a-1"
    assert entry["folder"] == "/srv"  # a value JSON cannot hold becomes text
    assert "lineno" not in entry and "args" not in entry


def test_log_config_writes_json_to_stderr_and_silences_uvicorn_access() -> None:
    script = (
        "import logging, logging.config\n"
        "from assistant.server.observe import log_config\n"
        "logging.config.dictConfig(log_config(JSON))\n"
        "logging.getLogger('assistant.x').info('hello', extra={'n': 1})\n"
        "logging.getLogger('uvicorn.error').info('started')\n"
        "logging.getLogger('uvicorn.access').info('GET / 200')\n"
        "logging.getLogger('assistant.x').debug('hidden')\n"
    )
    json_run = run_python(script.replace("JSON", "json_logs=True"))
    lines = [json.loads(line) for line in json_run.stderr.splitlines()]
    assert [(line["logger"], line["message"]) for line in lines] == [
        ("assistant.x", "hello"),
        ("uvicorn.error", "started"),
    ]
    assert lines[0]["n"] == 1
    plain_run = run_python(script.replace("JSON", "json_logs=False"))
    assert [line.split(" ", 2)[2] for line in plain_run.stderr.splitlines()] == [
        "INFO assistant.x: hello",
        "INFO uvicorn.error: started",
    ]


# Streaming


def test_a_streaming_response_streams_and_carries_the_request_id(client: TestClient) -> None:
    with client.stream("GET", "/stream") as response:
        chunks = list(response.iter_bytes())
    assert b"".join(chunks) == b"one\ntwo\nthree\n"
    assert len(response.headers["x-request-id"]) == 32


def test_each_chunk_is_passed_on_before_the_next_is_made(logs: JsonLines) -> None:
    """The second chunk waits until the first has reached the server: a buffering middleware would hang."""

    async def scenario() -> list[Message]:
        first_sent = asyncio.Event()

        async def events() -> AsyncIterator[bytes]:
            yield b"data: one\n\n"
            await asyncio.wait_for(first_sent.wait(), timeout=5)
            await asyncio.sleep(0.05)
            yield b"data: two\n\n"

        app = FastAPI()

        @app.get("/events")
        async def stream() -> StreamingResponse:
            return StreamingResponse(events(), media_type="text/event-stream")

        app.add_middleware(Observe)
        return await call(app, "/events", [], on_body=lambda body: first_sent.set() if body else None)

    messages = asyncio.run(scenario())
    bodies = [message["body"] for message in messages if message["type"] == "http.response.body"]
    assert bodies[:2] == [b"data: one\n\n", b"data: two\n\n"]
    assert b"x-request-id" in dict(messages[0]["headers"])
    [line] = logs.entries()
    assert line["route"] == "/events"
    assert line["duration_ms"] >= 50  # timed to the end of the body


# Route labels and metrics


def test_requests_are_counted_by_route_template(client: TestClient) -> None:
    labels = {"method": "GET", "route": ITEM, "status": "200"}
    before = requests_total(**labels)
    for item_id in (1, 2, 3):
        client.get(f"/items/{item_id}")
    body, content_type = metrics.render()
    text = body.decode()
    assert content_type.startswith("text/plain")
    assert 'assistant_requests_total{method="GET",route="/items/{item_id}",status="200"}' in text
    assert sample(text, "assistant_requests_total", **labels) == before + 3
    assert sample(text, "assistant_request_seconds_count", method="GET", route=ITEM) >= 3
    assert "/items/1" not in text


@pytest.mark.parametrize(
    ("path", "route", "status"),
    [
        ("/v1/api/articles/a-1", "/v1/api/articles/{article_id}", "200"),  # prefixes of nested routers
        ("/items/x", ITEM, "422"),
        ("/static/site.css", "/static/{path}", "200"),
        ("/static/missing.css", "/static/{path}", "404"),
        ("/docs", "/docs", "200"),
        ("/nowhere/123", "unmatched", "404"),
    ],
)
def test_route_labels(client: TestClient, path: str, route: str, status: str) -> None:
    before = requests_total(method="GET", route=route, status=status)
    assert client.get(path).status_code == int(status)
    assert requests_total(method="GET", route=route, status=status) == before + 1


def test_an_invented_method_is_counted_as_other(client: TestClient) -> None:
    before = requests_total(method="OTHER", route=ITEM, status="405")
    assert client.request("BREW", "/items/1").status_code == 405
    assert requests_total(method="OTHER", route=ITEM, status="405") == before + 1


def test_answers_reloads_and_rate_limits_are_counted() -> None:
    text = metrics.render()[0].decode()
    answers = sample(text, "assistant_answers_total", category="emergency", abstained="true")
    failed = sample(text, "assistant_index_reloads_total", outcome="failed")
    public = sample(text, "assistant_rate_limited_total", kind="public")
    metrics.record_answer("emergency", abstained=True)
    metrics.record_reload(ok=False)
    metrics.record_rate_limited("public")
    text = metrics.render()[0].decode()
    assert sample(text, "assistant_answers_total", category="emergency", abstained="true") == answers + 1
    assert sample(text, "assistant_index_reloads_total", outcome="failed") == failed + 1
    assert sample(text, "assistant_rate_limited_total", kind="public") == public + 1
    with pytest.raises(ValueError, match="category"):
        metrics.record_answer("weather", abstained=False)
    with pytest.raises(ValueError, match="kind"):
        metrics.record_rate_limited("everyone")


def test_the_index_figures_and_its_age_at_scrape_time() -> None:
    metrics.set_index(articles=12, passages=340, built_at="2024-05-01T10:00:00+00:00")
    text = metrics.render()[0].decode()
    built = 1714557600.0
    assert sample(text, "assistant_index_articles") == 12
    assert sample(text, "assistant_index_passages") == 340
    assert sample(text, "assistant_index_built_timestamp_seconds") == built
    assert sample(text, "assistant_index_age_seconds") == pytest.approx(time.time() - built, abs=60)


def test_reloading_the_metrics_module_registers_nothing_twice() -> None:
    result = run_python(
        "import importlib\n"
        "from assistant.server import metrics\n"
        "importlib.reload(metrics)\n"
        "metrics.record_request('GET', '/x', 200, 0.01)\n"
        "print(metrics.render()[0].decode())\n"
    )
    assert 'assistant_requests_total{method="GET",route="/x",status="200"} 1.0' in result.stdout


WORKER = """
import sys
from fastapi import FastAPI
from fastapi.testclient import TestClient
from assistant.server import metrics
from assistant.server.observe import Observe

app = FastAPI()

@app.get("/items/{item_id}")
def item(item_id: int) -> dict[str, int]:
    return {"id": item_id}

app.add_middleware(Observe)
with TestClient(app) as client:
    for item_id in range(int(sys.argv[1])):
        client.get(f"/items/{item_id}")
metrics.set_index(articles=int(sys.argv[1]), passages=10, built_at=sys.argv[2])
"""


def test_worker_processes_report_together(tmp_path: Path) -> None:
    env = {"PROMETHEUS_MULTIPROC_DIR": str(tmp_path)}
    run_python(WORKER, "2", "2024-01-01T00:00:00", env=env)
    run_python(WORKER, "3", "2024-02-01T00:00:00", env=env)
    scrape = run_python("from assistant.server import metrics\nprint(metrics.render()[0].decode())", env=env)
    text = scrape.stdout
    assert sample(text, "assistant_requests_total", method="GET", route=ITEM, status="200") == 5
    assert sample(text, "assistant_request_seconds_count", method="GET", route=ITEM) == 5
    # The index most recently loaded by any worker, and its age computed in the scraping process.
    assert sample(text, "assistant_index_articles") == 3
    built = 1706745600.0
    assert sample(text, "assistant_index_built_timestamp_seconds") == built
    assert sample(text, "assistant_index_age_seconds") == pytest.approx(time.time() - built, abs=60)


# Helpers


async def call(
    app: FastAPI,
    path: str,
    headers: list[tuple[bytes, bytes]],
    on_body: Callable[[bytes], object] | None = None,
) -> list[Message]:
    """Send one GET to `app` as a server would; return the messages the server received."""
    messages: list[Message] = []
    disconnected = asyncio.Event()

    async def receive() -> Message:
        await disconnected.wait()
        return {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        messages.append(message)
        if on_body is not None and message["type"] == "http.response.body":
            on_body(message.get("body", b""))

    scope = {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"test"), *headers],
        "client": ("127.0.0.1", 5000),
        "server": ("test", 80),
    }
    await app(scope, receive, send)
    disconnected.set()
    return messages


def run_python(
    script: str, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result
