"""Request ids, one log line and the metrics of every HTTP request, and the JSON log format.

Every request gets an id: the caller's X-Request-ID when it is a short, safe token (a proxy's or a client's),
else a new one. It goes back in the x-request-id response header and into every log line written while the
request is handled, so one report of a failed answer leads to all of that request's log lines.

`Observe` is a pure ASGI middleware, not Starlette's BaseHTTPMiddleware: it sees each message of a response
as it passes and holds none back, so a streamed answer (server-sent events) flows as before, and it times a
response to the end of its body. Requests are counted by route template, never by raw path, so the number of
metric series stays small. The log line has the path without its query string; visitors' addresses are logged
only when `access_log` is on.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Iterable
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any
from uuid import uuid4

from starlette.datastructures import MutableHeaders
from starlette.routing import Mount
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant.server import metrics

log = logging.getLogger("assistant.requests")

REQUEST_ID_HEADER = "x-request-id"
UNMATCHED = "unmatched"
_VALID_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")

request_id_var: ContextVar[str | None] = ContextVar("request_id", default=None)


def current_request_id() -> str | None:
    """The id of the request being handled in this context, if any."""
    return request_id_var.get()


def request_id_from(headers: Iterable[tuple[bytes, bytes]]) -> str:
    """The caller's X-Request-ID if it is 1 to 64 letters, digits, dots, underscores or hyphens; else a new id
    (so no header can put line breaks or markup into the logs)."""
    for name, value in headers:
        if name == REQUEST_ID_HEADER.encode():
            text = value.decode("latin-1")
            return text if _VALID_REQUEST_ID.fullmatch(text) else uuid4().hex
    return uuid4().hex


class Observe:
    """ASGI middleware: a request id for every HTTP request, then one log line and the request metrics.

    Exceptions from the app are logged (status 500, with the traceback) and raised again.
    """

    def __init__(self, app: ASGIApp, access_log: bool = False) -> None:
        self.app = app
        self.access_log = access_log

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = request_id_from(scope["headers"])
        state = scope.setdefault("state", {})
        if isinstance(state, dict):
            state["request_id"] = request_id
        token = request_id_var.set(request_id)
        exchange = _Exchange(request_id, send)
        try:
            await self.app(scope, receive, exchange.send)
        except Exception:
            self._finish(scope, exchange, status=500, failed=True)
            raise
        else:
            # An app that ends without a response gets a 500 from the server.
            self._finish(scope, exchange, status=exchange.status or 500)
        finally:
            request_id_var.reset(token)

    def _finish(self, scope: Scope, exchange: _Exchange, status: int, failed: bool = False) -> None:
        seconds = exchange.seconds()
        route = route_template(scope) or UNMATCHED
        method, path = scope["method"], scope["path"]
        metrics.record_request(method, route, status, seconds)
        fields: dict[str, Any] = {
            "request_id": exchange.request_id,
            "method": method,
            "route": route,
            "path": path,
            "status": status,
            "duration_ms": round(seconds * 1000, 1),
        }
        if self.access_log and scope.get("client"):
            fields["client"] = scope["client"][0]
        level = logging.ERROR if failed else logging.INFO
        log.log(
            level,
            "%s %s -> %d (%.1f ms)",
            method,
            path,
            status,
            seconds * 1000,
            extra=fields,
            exc_info=failed,
        )


class _Exchange:
    """One response as its messages pass: the status, the id header added, and when the body ended."""

    def __init__(self, request_id: str, send: Send) -> None:
        self.request_id = request_id
        self.status: int | None = None
        self._send = send
        self._started = time.perf_counter()
        self._ended: float | None = None

    async def send(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.status = int(message["status"])
            MutableHeaders(scope=message)[REQUEST_ID_HEADER] = self.request_id
        await self._send(message)
        if message["type"] != "http.response.start" and not message.get("more_body", False):
            self._ended = self._ended or time.perf_counter()

    def seconds(self) -> float:
        """From the request to the end of the response body (or to now, if it never ended)."""
        return (self._ended or time.perf_counter()) - self._started


def route_template(scope: Scope) -> str | None:
    """The path template of the route that handled a request, e.g. `/api/v1/articles/{article_id}`, after the
    app ran; `<mount>/{path}` for a mounted app such as static files; None when no route matched.

    FastAPI 0.165 does not copy the routes of an included router: `scope["route"]` is the route as declared,
    without the prefixes of `include_router(..., prefix=...)`, and plain Starlette routes (/docs) get no
    `scope["route"]` at all. The full template is on the route context FastAPI keeps in `scope["fastapi"]`, a
    private detail read defensively here (tests/test_observe.py checks it) before the fallbacks.
    """
    route = _fastapi_route(scope) or scope.get("route") or _plain_route(scope)
    template = None if isinstance(route, Mount) else getattr(route, "path_format", None)
    prefix = _mount_prefix(scope)
    if isinstance(template, str) and template:
        return prefix + template
    if prefix and scope.get("endpoint") is not None:
        return prefix + "/{path}"
    return None


def _fastapi_route(scope: Scope) -> Any:
    fastapi_scope = scope.get("fastapi")
    context = fastapi_scope.get("effective_route_context") if isinstance(fastapi_scope, dict) else None
    return getattr(context, "starlette_route", None) or context


def _plain_route(scope: Scope) -> Any:
    """The top-level route whose endpoint handled the request, for routes that leave no `scope["route"]`."""
    endpoint = scope.get("endpoint")
    if endpoint is None:
        return None
    routes = getattr(scope.get("router"), "routes", ())
    return next((route for route in routes if getattr(route, "endpoint", None) is endpoint), None)


def _mount_prefix(scope: Scope) -> str:
    """The path of the mount(s) the request went through: its root_path beyond the server's own root_path."""
    root_path, app_root_path = scope.get("root_path", ""), scope.get("app_root_path")
    if app_root_path is None or not root_path.startswith(app_root_path):
        return ""
    return str(root_path[len(app_root_path) :])


# The attributes every LogRecord has; any other attribute came from `extra=`. (uvicorn adds color_message.)
_RECORD_ATTRIBUTES = frozenset(vars(logging.LogRecord("", 0, "", 0, None, None, None))) | {
    "message",
    "asctime",
    "color_message",
}


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (UTC, milliseconds), level, logger, message, the request id when there
    is one, every field passed with `extra=`, and the traceback as `exception`."""

    def format(self, record: logging.LogRecord) -> str:
        moment = datetime.fromtimestamp(record.created, UTC)
        entry: dict[str, Any] = {
            "time": moment.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        request_id = current_request_id()
        if request_id is not None:
            entry["request_id"] = request_id
        for key, value in vars(record).items():
            if key not in _RECORD_ATTRIBUTES:
                entry.setdefault(key, value)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        elif record.exc_text:
            entry["exception"] = record.exc_text
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, default=str)


def log_config(level: str = "INFO", json_logs: bool = True) -> dict[str, Any]:
    """A `logging.config.dictConfig` dict, also for `uvicorn.run(log_config=...)`: the app's, uvicorn's and
    every other logger write to stderr through one handler, as JSON lines unless `json_logs` is False.
    uvicorn's access log is silenced: `Observe` writes one line per request instead."""
    level = level.upper()
    formatter: dict[str, Any] = (
        {"()": JsonFormatter} if json_logs else {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}
    )
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"main": formatter},
        "handlers": {
            "stderr": {"class": "logging.StreamHandler", "formatter": "main", "stream": "ext://sys.stderr"},
            "discard": {"class": "logging.NullHandler"},
        },
        "root": {"level": level, "handlers": ["stderr"]},
        "loggers": {
            "uvicorn": {"level": level, "handlers": [], "propagate": True},
            "uvicorn.error": {"level": level, "handlers": [], "propagate": True},
            "uvicorn.access": {"handlers": ["discard"], "propagate": False},
            "assistant": {"level": level, "handlers": [], "propagate": True},
        },
    }
