"""The FastAPI app: what the lifespan loads once (model, index, log, keys, limiter), the routers, the error
handlers (server/errors.py) and the middleware, in order. Routes live in server/routes/, one router a file.

Routes that embed text are plain `def` functions, so FastAPI runs them in its thread pool, off the event loop.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from assistant import __version__
from assistant.config import Settings
from assistant.embedding.embedders import Embedder, load_embedder
from assistant.errors import BuildBusy
from assistant.index.build import recover
from assistant.index.layout import build_lock
from assistant.records.conversations import ConversationLog
from assistant.records.keys import KeyStore
from assistant.records.limits import RateLimiter
from assistant.resources import bundled
from assistant.server.errors import add_error_handlers
from assistant.server.guards import BodyLimit, add_origin_rules
from assistant.server.live import LiveAssistant
from assistant.server.observe import Observe
from assistant.server.routes import operations, pages, staff, v1, widget
from assistant.server.routes.widget import widget_source
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
        # The first answer pays for ONNX Runtime's and SQLite's first touches, not a visitor.
        assistant.answer(WARM_UP)
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
    for routes in (pages.router, staff.router, widget.router, v1.router, operations.router):
        app.include_router(routes)
    add_error_handlers(app)
    add_origin_rules(app, settings.cors_origins)
    app.add_middleware(BodyLimit, default=settings.max_body_bytes, articles=settings.max_article_bytes)
    # Outermost: every request gets an id.
    app.add_middleware(Observe, access_log=settings.access_log)
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
