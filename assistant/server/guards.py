"""Which other sites may use the chat API from a browser: the configured allow-list, and nothing else.

CORS tells browsers which origins may read the API's answers. The server also refuses a browser's POST from
any other origin outright (403), so a page elsewhere cannot even fill the conversation log with its messages.
Clients that send no Origin header (curl, helpdesk tools) are not browsers and are not affected.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse, Response

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
            body = {"error": {"code": "origin_not_allowed", "message": render("error.origin_not_allowed")}}
            return JSONResponse(body, status_code=403)
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
