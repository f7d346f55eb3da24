"""What every API route shares: error bodies, request size limits, API keys with scopes, and rate limits.

An error is always `{"error": {"code", "message", "request_id"}}` (plus `details` for an invalid request), the
code stable and machine-readable, the message one of the fixed texts in templates.py.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Annotated, Any

from fastapi import Depends, Request, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant.config import Settings
from assistant.records.keys import ApiKey, KeyStore
from assistant.records.limits import Rate, RateLimiter
from assistant.server import metrics
from assistant.server.observe import current_request_id
from assistant.texts import render


class ApiProblem(Exception):
    """An error answer: HTTP status, machine-readable code, a fixed text, and headers (Retry-After, ...)."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.headers = dict(headers or {})


def problem(status: int, code: str, headers: Mapping[str, str] | None = None, **values: object) -> ApiProblem:
    """An ApiProblem whose message is the template `error.<code>`."""
    return ApiProblem(status, code, render(f"error.{code}", None, **values), headers)


def error_body(code: str, message: str, details: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"code": code, "message": message, "request_id": current_request_id()}
    if details:
        body["details"] = details
    return {"error": body}


class BodyLimit:
    """Refuse a request body over its limit with a 413 before the app reads it: by its Content-Length, or, for
    a chunked body, by reading it up to the limit. Article uploads have a limit of their own.

    (A pure ASGI middleware: FastAPI's own `max_body_size` signals the limit with an exception that breaks
    through Starlette's BaseHTTPMiddleware, which the origin rules use.)"""

    def __init__(self, app: ASGIApp, default: int, articles: int) -> None:
        self.app, self.default, self.articles = app, default, articles

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in {"POST", "PUT", "PATCH"}:
            await self.app(scope, receive, send)
            return
        limit = self.articles if scope["path"].startswith("/api/v1/articles/") else self.default
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None:
            if not declared.isdigit() or int(declared) > limit:
                await _too_large(send, limit)
                return
            await self.app(scope, receive, send)
            return
        messages: list[Message] = []
        size = 0
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break
            size += len(message.get("body", b""))
            if size > limit:
                await _too_large(send, limit)
                return
            if not message.get("more_body", False):
                break

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)


async def _too_large(send: Send, limit: int) -> None:
    data = json.dumps(error_body("too_large", render("error.too_large", limit=limit))).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())]
    await send({"type": "http.response.start", "status": 413, "headers": headers})
    await send({"type": "http.response.body", "body": data})


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
        raise problem(429, "rate_limited", decision.headers(), limit=str(rate), seconds=seconds)
    response.headers.update(decision.headers())


def public_client(request: Request, response: Response) -> None:
    """The widget's endpoints need no key; each visitor is limited by address (hashed, never stored)."""
    settings: Settings = request.app.state.settings
    limiter: RateLimiter = request.app.state.limiter
    address = request.client.host if request.client else "unknown"
    _limit(
        request, response, limiter.client_bucket(address), Rate.parse(settings.public_rate_limit), "public"
    )


def _api_key(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
) -> ApiKey:
    if credentials is None:
        raise problem(401, "missing_key", {"WWW-Authenticate": "Bearer"})
    keys: KeyStore = request.app.state.keys
    key = keys.verify(credentials.credentials)
    if key is None:
        raise problem(401, "invalid_key", {"WWW-Authenticate": 'Bearer error="invalid_token"'})
    return key


class Scoped:
    """A dependency: a valid API key with this scope, within its rate limit."""

    def __init__(self, scope: str) -> None:
        self.scope = scope

    def __call__(
        self, request: Request, response: Response, key: Annotated[ApiKey, Depends(_api_key)]
    ) -> ApiKey:
        if not key.allows(self.scope):
            raise problem(403, "missing_scope", scope=self.scope)
        settings: Settings = request.app.state.settings
        _limit(request, response, f"key:{key.id}", Rate.parse(key.rate or settings.key_rate_limit), "key")
        return key


ChatKey = Annotated[ApiKey, Depends(Scoped("chat"))]
SearchKey = Annotated[ApiKey, Depends(Scoped("search"))]
AdminKey = Annotated[ApiKey, Depends(Scoped("admin"))]
PublicClient = Annotated[None, Depends(public_client)]
