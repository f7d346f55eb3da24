"""What the app's lifespan loads (the live assistant and the conversation log), as FastAPI dependencies.

Routes take these instead of reading `app.state` themselves, so a request that arrives while the model and
index are still loading gets a clear 503 rather than an AttributeError. A route asks for the assistant once
and uses it to the end, so its answer comes wholly from one index version.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse

from assistant.answer.compose import Assistant
from assistant.errors import IndexProblem
from assistant.records.conversations import ConversationLog
from assistant.server.live import LiveAssistant
from assistant.texts import render


def _loaded(request: Request, name: str) -> Any:
    """What the lifespan put on the app's state, or a 503 while it is still loading."""
    value = getattr(request.app.state, name, None)
    if value is None:
        raise IndexProblem(render("error.not_ready"))
    return value


def get_live(request: Request) -> LiveAssistant:
    live: LiveAssistant = _loaded(request, "live")
    return live


def get_assistant(request: Request) -> Assistant:
    """The assistant of the index version now current (switching to a new one first if it changed)."""
    return get_live(request).get()


def get_log(request: Request) -> ConversationLog:
    conversations: ConversationLog = _loaded(request, "log")
    return conversations


AssistantDep = Annotated[Assistant, Depends(get_assistant)]
LogDep = Annotated[ConversationLog, Depends(get_log)]


def page(request: Request, template: str, context: dict[str, Any]) -> HTMLResponse:
    """A page from the app's Jinja2 templates."""
    response: HTMLResponse = request.app.state.templates.TemplateResponse(request, template, context)
    return response
