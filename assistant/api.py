"""The FastAPI app: thin routes over the Assistant, loaded once at start-up.

Domain errors become HTTP errors only here, in one handler that answers JSON under /api and HTML elsewhere.
Routes that embed text are plain `def` functions, so FastAPI runs them in its thread pool, off the event loop.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from functools import partial
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant import __version__
from assistant.answer import Answer, Assistant
from assistant.config import Settings
from assistant.conversations import ConversationLog
from assistant.embedding import Embedder, load_embedder
from assistant.errors import AssistantError, InvalidMessage
from assistant.index import load_index
from assistant.origins import add_origin_rules
from assistant.pages import router as pages_router
from assistant.pages import widget_source
from assistant.resources import bundled
from assistant.staff import router as staff_router
from assistant.state import AssistantDep, LogDep
from assistant.templates import render

log = logging.getLogger(__name__)


class ChatRequest(BaseModel):
    message: str = Field(
        description="The visitor's question.", examples=["What happens if I stop baclofen suddenly?"]
    )
    conversation_id: str | None = Field(
        None,
        description="The id from an earlier answer, so that a follow-up keeps its context; none starts anew.",
        max_length=64,
    )


class ChatAnswer(Answer):
    """An answer, logged as a turn of a conversation."""

    conversation_id: str = Field(description="Send it back with the next message to keep the context.")
    turn_id: str = Field(description="This answer's id, for feedback.")


class FeedbackRequest(BaseModel):
    conversation_id: str = Field(max_length=64)
    turn_id: str = Field(max_length=64)
    helpful: bool
    comment: str | None = Field(None, max_length=2000, description="Optional words from the visitor.")


class FeedbackStored(BaseModel):
    stored: bool


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorResponse(BaseModel):
    error: ErrorBody


class Health(BaseModel):
    status: str
    version: str
    index_version: str
    model: str
    articles: int
    passages: int
    built_at: str


def create_app(settings: Settings, embedder: Embedder | None = None) -> FastAPI:
    """The app for `settings`. The model and index load in the lifespan unless an embedder is passed in."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        model = embedder or load_embedder(settings)
        index = load_index(settings, model)
        app.state.assistant = Assistant(settings, model, index)
        app.state.log = ConversationLog(settings.data_dir, settings.retention_days)
        log.info("serving index %s (%d passages)", index.version, index.manifest.passages)
        yield

    web = bundled("web")
    app = FastAPI(
        title="Health articles assistant",
        version=__version__,
        summary="Answers health questions with verbatim, sourced quotes from the site's articles.",
        lifespan=lifespan,
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

    @app.post(
        "/api/chat",
        response_model=ChatAnswer,
        responses={
            403: {"model": ErrorResponse},
            422: {"model": ErrorResponse},
            503: {"model": ErrorResponse},
        },
        tags=["chat"],
    )
    def chat(body: ChatRequest, assistant: AssistantDep, conversations: LogDep) -> ChatAnswer:
        """Answer a message with quotes from the articles, notices and disclaimers; log it as a turn."""
        answer = assistant.answer(body.message, conversations.context(body.conversation_id))
        conversation_id, turn_id = conversations.record(body.conversation_id, answer)
        return ChatAnswer(**answer.model_dump(), conversation_id=conversation_id, turn_id=turn_id)

    @app.post(
        "/api/feedback",
        response_model=FeedbackStored,
        responses={404: {"model": ErrorResponse}, 422: {"model": ErrorResponse}},
        tags=["chat"],
    )
    def feedback(body: FeedbackRequest, conversations: LogDep) -> FeedbackStored:
        """Store whether an answer helped, and an optional comment (the latest per answer is kept)."""
        comment = (body.comment or "").strip() or None
        if not conversations.feedback(body.conversation_id, body.turn_id, body.helpful, comment):
            raise HTTPException(404, render("error.no_such_answer"))
        return FeedbackStored(stored=True)

    @app.get("/healthz", response_model=Health, tags=["operations"])
    def healthz(assistant: AssistantDep) -> Health:
        manifest = assistant.index.manifest
        return Health(
            status="ok",
            version=__version__,
            index_version=assistant.index.version,
            model=manifest.model,
            articles=manifest.articles,
            passages=manifest.passages,
            built_at=manifest.built_at,
        )

    return app


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(AssistantError)
    async def domain_error(request: Request, exc: AssistantError) -> Response:
        if isinstance(exc, InvalidMessage):
            return _error(request, 422, exc.code, str(exc))
        log.error("cannot answer: %s", exc)
        return _error(request, 503, "unavailable", render("error.not_ready"))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        return _error(request, 422, "bad_request", render("error.bad_request"))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code = {401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed"}.get(
            exc.status_code, "http_error"
        )
        return _error(request, exc.status_code, code, str(exc.detail), exc.headers)


def _error(
    request: Request, status: int, code: str, message: str, headers: Mapping[str, str] | None = None
) -> Response:
    """JSON for API clients, a small HTML page for people."""
    if request.url.path.startswith("/api/") or "text/html" not in request.headers.get("accept", ""):
        body: dict[str, Any] = {"error": {"code": code, "message": message}}
        return JSONResponse(body, status_code=status, headers=headers)
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(
        request,
        "error_page.html",
        {"status": status, "message": message},
        status_code=status,
        headers=headers,
    )
