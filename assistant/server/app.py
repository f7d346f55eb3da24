"""The FastAPI app: thin routes over the Assistant, loaded once at start-up.

Domain errors become HTTP errors only here, in one handler that answers JSON under /api and HTML elsewhere.
Routes that embed text are plain `def` functions, so FastAPI runs them in its thread pool, off the event loop.
"""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from functools import partial
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant import __version__
from assistant.config import Settings
from assistant.embedding.embedders import Embedder, load_embedder
from assistant.errors import AssistantError, BuildBusy, InvalidMessage, UpdateError
from assistant.index.loaded import build_lock, recover
from assistant.records.conversations import ConversationLog
from assistant.records.keys import KeyStore
from assistant.records.limits import RateLimiter
from assistant.resources import bundled
from assistant.server import metrics
from assistant.server.deps import AssistantDep, LogDep
from assistant.server.errors import ApiProblem, BodyLimit, PublicClient, error_body
from assistant.server.guards import add_origin_rules
from assistant.server.live import LiveAssistant
from assistant.server.observe import Observe
from assistant.server.routes.pages import router as pages_router
from assistant.server.routes.pages import widget_source
from assistant.server.routes.staff import router as staff_router
from assistant.server.routes.v1 import v1_router
from assistant.server.schemas import (
    ChatAnswer,
    ChatRequest,
    ErrorResponse,
    FeedbackRequest,
    FeedbackStored,
    ask,
    store_feedback,
)
from assistant.texts import render

log = logging.getLogger(__name__)

API_DOC = """
Three ways in:

- **The widget's routes** (`/api/chat`, `/api/feedback`) need no key and are limited per visitor.
- **The helpdesk API** (`/api/v1/...`) needs an API key with a scope (`chat`, `search`, `admin`), made with
  `assistant keys create NAME --scope chat`, sent as `Authorization: Bearer <key>`. Each key has a rate limit;
  over it, a 429 with `Retry-After`.
- **Operations**: `/healthz` (alive), `/readyz` (index loaded), `/metrics` (Prometheus).

Every answer quotes articles verbatim (`text == article.text[start:end]`) or uses fixed, reviewed texts.
Every error is `{"error": {"code", "message", "request_id"}}`; every response has an `x-request-id` header.
"""

TAGS = [
    {"name": "chat", "description": "Answers with quotes, notices and disclaimers; conversations; feedback."},
    {"name": "search", "description": "Passages only, for agents choosing what to send."},
    {"name": "articles", "description": "Read the indexed articles; add, replace or delete one (admin)."},
    {"name": "widget", "description": "The chat widget's own routes: no key, limited per visitor."},
    {"name": "operations", "description": "Liveness, readiness and metrics."},
]

WIDGET_ERRORS: dict[int | str, dict[str, Any]] = {
    403: {"model": ErrorResponse, "description": "A browser on a site that is not allowed."},
    404: {"model": ErrorResponse},
    422: {"model": ErrorResponse},
    429: {"model": ErrorResponse, "description": "Too many requests from this visitor; see `Retry-After`."},
    503: {"model": ErrorResponse},
}


class Alive(BaseModel):
    status: str = Field(examples=["ok"])
    version: str


class Ready(BaseModel):
    status: str = Field(examples=["ready"])
    version: str
    process: int = Field(description="The id of the server process that answered (one of the workers).")
    index_version: str
    model: str
    articles: int
    passages: int
    built_at: str


WARM_UP = "What are the symptoms?"  # answered once at start-up, never shown


def create_app(settings: Settings, embedder: Embedder | None = None) -> FastAPI:
    """The app for `settings`. The model and index load in the lifespan unless an embedder is passed in."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        model = embedder or load_embedder(settings, threads=1)
        _recover(settings)
        app.state.live = LiveAssistant(settings, model)
        app.state.log = ConversationLog(settings.data_dir, settings.retention_days)
        app.state.keys = KeyStore(settings.data_dir)
        app.state.limiter = RateLimiter(settings.data_dir)
        assistant = app.state.live.get()
        assistant.answer(
            WARM_UP
        )  # the first answer pays for ONNX Runtime's and SQLite's first touches, not a visitor
        index = assistant.index
        log.info("serving index %s (%d passages)", index.version, index.manifest.passages)
        yield
        app.state.keys.close()
        app.state.limiter.close()

    web = bundled("web")
    app = FastAPI(
        title="Health articles assistant",
        version=__version__,
        summary="Answers health questions with verbatim, sourced quotes from the site's articles.",
        description=API_DOC,
        lifespan=lifespan,
        openapi_tags=TAGS,
    )
    app.state.settings = settings
    templates = Jinja2Templates(directory=web / "templates")
    templates.env.globals["t"] = partial(render, settings=settings)
    app.state.templates = templates
    app.state.widget_js = widget_source(web, settings)
    app.mount("/static", StaticFiles(directory=web / "static"), name="static")
    app.include_router(pages_router)
    app.include_router(staff_router)
    _add_error_handlers(app)
    add_origin_rules(app, settings.cors_origins)
    app.add_middleware(BodyLimit, default=settings.max_body_bytes, articles=settings.max_article_bytes)
    app.add_middleware(Observe, access_log=settings.access_log)  # outermost: every request gets an id

    app.include_router(v1_router())

    @app.post("/api/chat", response_model=ChatAnswer, responses=WIDGET_ERRORS, tags=["widget"])
    def chat(
        body: ChatRequest, client: PublicClient, assistant: AssistantDep, conversations: LogDep
    ) -> ChatAnswer:
        """The widget's chat: no key, limited per visitor. Helpdesk tools use `/api/v1/chat`."""
        return ask(assistant, conversations, body, owner=None)

    @app.post("/api/feedback", response_model=FeedbackStored, responses=WIDGET_ERRORS, tags=["widget"])
    def feedback(body: FeedbackRequest, client: PublicClient, conversations: LogDep) -> FeedbackStored:
        """The widget's feedback on an answer (the latest per answer is kept)."""
        return store_feedback(conversations, body, owner=None)

    @app.get("/healthz", response_model=Alive, tags=["operations"])
    def healthz() -> Alive:
        """The process is alive (it may still be loading: see `/readyz`)."""
        return Alive(status="ok", version=__version__)

    @app.get("/readyz", response_model=Ready, responses={503: {"model": ErrorResponse}}, tags=["operations"])
    def readyz(assistant: AssistantDep) -> Ready:
        """The model and an index are loaded and answering; which index version."""
        manifest = assistant.index.manifest
        return Ready(
            status="ready",
            version=__version__,
            process=os.getpid(),
            index_version=assistant.index.version,
            model=manifest.model,
            articles=manifest.articles,
            passages=manifest.passages,
            built_at=manifest.built_at,
        )

    @app.get("/metrics", tags=["operations"], response_class=PlainTextResponse)
    def prometheus() -> Response:
        """Prometheus metrics: requests and latencies by route, answers by triage category and abstention,
        rate-limited requests, index size, age and reloads."""
        body, content_type = metrics.render()
        return Response(body, media_type=content_type)

    return app


def app_from_environment() -> FastAPI:
    """The app for settings read from ASSISTANT_* variables: each worker of `assistant serve --workers N`."""
    return create_app(Settings.model_validate({}))


def _recover(settings: Settings) -> None:
    """Finish or clear an update a crash interrupted, before loading the index (when no build is running)."""
    try:
        with build_lock(settings.index_dir, wait=5):
            recover(settings)
    except BuildBusy as e:
        log.warning("not checking for an interrupted update: %s", e)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiProblem)
    async def api_problem(request: Request, exc: ApiProblem) -> Response:
        return _error(request, exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(AssistantError)
    async def domain_error(request: Request, exc: AssistantError) -> Response:
        if isinstance(exc, InvalidMessage):
            return _error(request, 422, exc.code, str(exc))
        if isinstance(exc, UpdateError):
            status = {
                "invalid_article": 422,
                "id_mismatch": 422,
                "no_such_article": 404,
                "corpus_not_writable": 503,
            }.get(exc.code, 409)
            return _error(request, status, exc.code, str(exc))
        if isinstance(exc, BuildBusy):
            return _error(request, 503, "update_busy", render("error.update_busy"), {"Retry-After": "5"})
        log.error("cannot answer: %s", exc)
        return _error(request, 503, "unavailable", render("error.not_ready"))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        details = [
            {"field": ".".join(str(part) for part in e.get("loc", ())), "problem": e.get("msg", "")}
            for e in exc.errors()
        ]
        if request.url.path in {"/api/chat", "/api/v1/chat", "/api/v1/chat/stream"}:
            message = render("error.bad_request")
        else:
            problems = "; ".join(f"{d['field']}: {d['problem']}" for d in details[:5])
            message = render("error.invalid_request", problems=problems)
        return _error(request, 422, "bad_request", message, details=details)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code = {
            401: "unauthorized",
            403: "forbidden",
            404: "not_found",
            405: "method_not_allowed",
        }.get(exc.status_code, "http_error")
        if (
            exc.status_code == 400
        ):  # a body FastAPI cannot read (not UTF-8, say): as any other invalid request
            message = render("error.invalid_request", problems="body: it cannot be read as UTF-8 JSON")
            return _error(request, 422, "bad_request", message)
        return _error(request, exc.status_code, code, str(exc.detail), exc.headers)

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error")
        return _error(request, 500, "internal", render("error.internal"))


def _error(
    request: Request,
    status: int,
    code: str,
    message: str,
    headers: Mapping[str, str] | None = None,
    details: list[dict[str, Any]] | None = None,
) -> Response:
    """JSON for API clients, a small HTML page for people."""
    if request.url.path.startswith("/api/") or "text/html" not in request.headers.get("accept", ""):
        return JSONResponse(error_body(code, message, details), status_code=status, headers=headers)
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(
        request,
        "error_page.html",
        {"status": status, "message": message},
        status_code=status,
        headers=headers,
    )
