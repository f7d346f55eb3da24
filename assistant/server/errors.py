"""Every error answer: one table from error code to HTTP status, the one builder of error bodies, and the handlers
that turn domain errors, invalid requests and surprises into them.

An error is always `{"error": {"code", "message", "request_id"}}` (plus `details` for an invalid request), the
code stable and machine-readable, the message one of the fixed texts in texts.py. Domain errors carry their
code and text and know nothing of HTTP: their status comes from `STATUS` here, as does that of every `problem`
a route raises. Answers are JSON under /api and for clients that do not ask for HTML, a small page otherwise.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, cast

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.errors import AssistantError, BuildBusy, InvalidMessage, UpdateError
from assistant.server.observe import current_request_id
from assistant.texts import render

log = logging.getLogger(__name__)

STATUS: dict[str, int] = {
    # The request itself.
    "bad_request": 422,
    "empty_message": 422,
    "message_too_long": 422,
    "too_large": 413,
    "unsupported_type": 415,
    # Who may ask, and how often.
    "missing_key": 401,
    "invalid_key": 401,
    "missing_scope": 403,
    "origin_not_allowed": 403,
    "rate_limited": 429,
    # What was asked for.
    "no_such_article": 404,
    "no_such_answer": 404,
    "no_such_conversation": 404,
    # Article updates, refused before anything changed.
    "invalid_article": 422,
    "id_mismatch": 422,
    "last_article": 409,
    "single_file_corpus": 409,
    "corpus_not_writable": 503,
    "update_busy": 503,
    # The service.
    "unavailable": 503,
    "internal": 500,
    # Starlette's own refusals (a route or method that does not exist).
    "unauthorized": 401,
    "forbidden": 403,
    "not_found": 404,
    "method_not_allowed": 405,
}
# Starlette's own refusals, by status.
_HTTP_CODES = {
    STATUS[code]: code for code in ("unauthorized", "forbidden", "not_found", "method_not_allowed")
}


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


def problem(code: str, headers: Mapping[str, str] | None = None, **values: object) -> ApiProblem:
    """An ApiProblem with the status `STATUS` gives its code and the text `error.<code>`."""
    filled = cast(dict[str, Any], values)  # an error's own values, never render's language or country
    return ApiProblem(STATUS[code], code, render(f"error.{code}", None, **filled), headers)


def error_body(code: str, message: str, details: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The body of every error answer, with the request's id."""
    body: dict[str, Any] = {"code": code, "message": message, "request_id": current_request_id()}
    if details:
        body["details"] = details
    return {"error": body}


def add_error_handlers(app: FastAPI) -> None:
    """Domain errors become HTTP errors only here."""

    @app.exception_handler(ApiProblem)
    async def api_problem(request: Request, exc: ApiProblem) -> Response:
        return _error(request, exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(AssistantError)
    async def domain_error(request: Request, exc: AssistantError) -> Response:
        if isinstance(exc, InvalidMessage | UpdateError):
            return _error(request, STATUS.get(exc.code, 409), exc.code, str(exc))
        if isinstance(exc, BuildBusy):
            return _error(
                request,
                STATUS["update_busy"],
                "update_busy",
                render("error.update_busy"),
                {"Retry-After": "5"},
            )
        log.error("cannot answer: %s", exc)
        return _error(request, STATUS["unavailable"], "unavailable", render("error.not_ready"))

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
        return _error(request, STATUS["bad_request"], "bad_request", message, details=details)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        # A body FastAPI cannot read (not UTF-8, say) is an invalid request like any other.
        if exc.status_code == 400:
            message = render("error.invalid_request", problems="body: it cannot be read as UTF-8 JSON")
            return _error(request, STATUS["bad_request"], "bad_request", message)
        code = _HTTP_CODES.get(exc.status_code, "http_error")
        return _error(request, exc.status_code, code, str(exc.detail), exc.headers)

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error")
        return _error(request, STATUS["internal"], "internal", render("error.internal"))


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
