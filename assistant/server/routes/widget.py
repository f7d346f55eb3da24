"""The widget's own routes: its script, its chat and its feedback. No key; each visitor is limited by address."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from assistant.config import Settings
from assistant.countries import COUNTRIES
from assistant.server.chat import ask, store_feedback
from assistant.server.deps import AssistantDep, LogDep, PublicClient
from assistant.server.schemas import (
    MAX_COMMENT_CHARS,
    ChatAnswer,
    ChatRequest,
    ErrorResponse,
    FeedbackRequest,
    FeedbackStored,
)
from assistant.texts import SCRIPT_TEXTS, render

ERRORS: dict[int | str, dict[str, Any]] = {
    403: {"model": ErrorResponse, "description": "A browser on a site that is not allowed."},
    404: {"model": ErrorResponse},
    422: {"model": ErrorResponse},
    429: {"model": ErrorResponse, "description": "Too many requests from this visitor; see `Retry-After`."},
    503: {"model": ErrorResponse},
}

router = APIRouter()


@router.post("/api/chat", response_model=ChatAnswer, responses=ERRORS, tags=["widget"])
def chat(
    body: ChatRequest, client: PublicClient, assistant: AssistantDep, conversations: LogDep
) -> ChatAnswer:
    """The widget's chat: no key, limited per visitor. Helpdesk tools use `/api/v1/chat`."""
    return ask(assistant, conversations, body, owner=None)


@router.post("/api/feedback", response_model=FeedbackStored, responses=ERRORS, tags=["widget"])
def feedback(body: FeedbackRequest, client: PublicClient, conversations: LogDep) -> FeedbackStored:
    """The widget's feedback on an answer (the latest per answer is kept)."""
    return store_feedback(conversations, body, owner=None)


@router.get("/widget.js", include_in_schema=False)
def widget_script(request: Request) -> Response:
    """The widget's script, with the fixed texts it shows and the message limit filled in."""
    return Response(
        request.app.state.widget_js,
        media_type="text/javascript; charset=utf-8",
        headers={"cache-control": "public, max-age=300"},
    )


def widget_source(web: Path, settings: Settings) -> str:
    """web/static/widget.js with its `__TEXTS__`, `__GREETINGS__`, `__MAX_CHARS__` and `__MAX_COMMENT_CHARS__`
    tokens replaced. The greeting names the emergency number, so a site whose tag says `data-country` gets its
    country's (`__GREETINGS__`)."""
    texts = {k: render(k, settings) for k in SCRIPT_TEXTS}
    greetings = {c: render("ui.widget_greeting", settings, country=c) for c in COUNTRIES}
    source = (web / "static" / "widget.js").read_text(encoding="utf-8")
    # JSON in a script: escape "<" so that no text can close a <script> element it is inlined into.
    literal = json.dumps(texts, ensure_ascii=False).replace("<", "\\u003c")
    per_country = json.dumps(greetings, ensure_ascii=False).replace("<", "\\u003c")
    return (
        source.replace("__TEXTS__", literal)
        .replace("__GREETINGS__", per_country)
        .replace("__MAX_CHARS__", str(settings.max_message_chars))
        .replace("__MAX_COMMENT_CHARS__", str(MAX_COMMENT_CHARS))
    )
