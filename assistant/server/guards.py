"""What stops a request before any route reads it: bodies over their size limit, and browsers on other sites.

Which other sites may use the chat API from a browser: the configured allow-list, and nothing else. CORS tells browsers which origins may read the API's answers. The server also refuses a browser's POST from
any other origin outright (403), so a page elsewhere cannot even fill the conversation log with its messages.
Clients that send no Origin header (curl, helpdesk tools) are not browsers and are not affected.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Sequence
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant.server.errors import STATUS, error_body
from assistant.texts import render


def add_origin_rules(app: FastAPI, allowed: Sequence[str]) -> None:
    allowed_set = set(allowed)

    @app.middleware("http")
    async def refuse_other_origins(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        origin = request.headers.get("origin")
        if (
            origin
            and request.method == "POST"
            and request.url.path.startswith("/api/")
            and origin not in allowed_set
            and not same_site(origin, request)
        ):
            body = error_body("origin_not_allowed", render("error.origin_not_allowed"))
            return JSONResponse(body, status_code=STATUS["origin_not_allowed"])
        return await call_next(request)

    # Added last, so it runs first: preflight requests are answered before the check above.
    app.add_middleware(
        CORSMiddleware,
        allow_origins=list(allowed),
        allow_methods=["GET", "POST"],
        allow_headers=["content-type"],
        max_age=600,
    )


def same_site(origin: str, request: Request) -> bool:
    """Whether the page that sent the request came from this service itself: its host and port are the Host
    the request was addressed to. (The scheme is not compared: behind a TLS proxy the app sees plain http.)"""
    return urlsplit(origin).netloc == request.headers.get("host", "")


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
    await send({"type": "http.response.start", "status": STATUS["too_large"], "headers": headers})
    await send({"type": "http.response.body", "body": data})
