"""FastAPI dependencies: what the app's lifespan loads (the live assistant and the conversation log), API keys
with their scopes, and rate limits (per key, and per visitor for the widget's routes).

Routes take these instead of reading `app.state` themselves, so a request that arrives while the model and
index are still loading gets a clear 503 rather than an AttributeError. A route asks for the assistant once
and uses it to the end, so its answer comes wholly from one index version.
"""

from __future__ import annotations

import math
from typing import Annotated, Any

from fastapi import Depends, Request, Response
from fastapi.responses import HTMLResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from assistant.answer.compose import Assistant
from assistant.config import Rate, Settings
from assistant.errors import IndexProblem
from assistant.records.conversations import ConversationLog
from assistant.records.keys import ApiKey, KeyStore
from assistant.records.limits import RateLimiter
from assistant.server import metrics
from assistant.server.errors import problem
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


# --- API keys and rate limits -----------------------------------------------------------------------------

bearer = HTTPBearer(
    auto_error=False,
    scheme_name="API key",
    description="An API key made with `assistant keys create`, sent as `Authorization: Bearer ha_...`.",
)


def _limit(request: Request, response: Response, bucket: str, rate: Rate, kind: str) -> None:
    limiter: RateLimiter = request.app.state.limiter
    decision = limiter.hit(bucket, rate)
    if not decision.allowed:
        metrics.record_rate_limited(kind)
        seconds = math.ceil(decision.retry_after)  # as Retry-After says
        raise problem("rate_limited", decision.headers(), limit=str(rate), seconds=seconds)
    response.headers.update(decision.headers())


def public_client(request: Request, response: Response) -> None:
    """The widget's endpoints need no key; each visitor is limited by address (hashed, never stored)."""
    settings: Settings = request.app.state.settings
    limiter: RateLimiter = request.app.state.limiter
    address = request.client.host if request.client else "unknown"
    _limit(request, response, limiter.client_bucket(address), settings.public_rate_limit, "public")


def _api_key(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
) -> ApiKey:
    if credentials is None:
        raise problem("missing_key", {"WWW-Authenticate": "Bearer"})
    keys: KeyStore = request.app.state.keys
    key = keys.verify(credentials.credentials)
    if key is None:
        raise problem("invalid_key", {"WWW-Authenticate": 'Bearer error="invalid_token"'})
    return key


class Scoped:
    """A dependency: a valid API key with this scope, within its rate limit."""

    def __init__(self, scope: str) -> None:
        self.scope = scope

    def __call__(
        self, request: Request, response: Response, key: Annotated[ApiKey, Depends(_api_key)]
    ) -> ApiKey:
        if not key.allows(self.scope):
            raise problem("missing_scope", scope=self.scope)
        settings: Settings = request.app.state.settings
        rate = Rate.parse(key.rate) if key.rate else settings.key_rate_limit
        _limit(request, response, f"key:{key.id}", rate, "key")
        return key


ChatKey = Annotated[ApiKey, Depends(Scoped("chat"))]
SearchKey = Annotated[ApiKey, Depends(Scoped("search"))]
AdminKey = Annotated[ApiKey, Depends(Scoped("admin"))]
PublicClient = Annotated[None, Depends(public_client)]
