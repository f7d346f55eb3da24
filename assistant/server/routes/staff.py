"""Staff pages: conversations with the sources and reasons behind every answer, unanswered questions, CSV.

Behind HTTP Basic authentication with the configured staff user and password (compared in constant time).
While no password is configured the pages answer 401 and say so; nothing is open by default.
"""

from __future__ import annotations

import secrets
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, StreamingResponse
from fastapi.security import HTTPBasic, HTTPBasicCredentials

from assistant.config import Settings
from assistant.records.conversations import Filters, csv_rows, valid_id
from assistant.safety.triage import CATEGORIES
from assistant.server.deps import LogDep, page
from assistant.texts import render

PAGE_SIZE = 50
_basic = HTTPBasic(auto_error=False, realm="staff")


def require_staff(
    request: Request, credentials: Annotated[HTTPBasicCredentials | None, Depends(_basic)]
) -> str:
    """The staff user's name, or a 401 that says what is missing."""
    settings: Settings = request.app.state.settings
    challenge = {"WWW-Authenticate": 'Basic realm="staff", charset="UTF-8"'}
    if settings.staff_password is None:
        raise HTTPException(401, render("error.staff_not_configured"), headers=challenge)
    if credentials is None:
        raise HTTPException(401, render("error.staff_login"), headers=challenge)
    user_ok = secrets.compare_digest(credentials.username.encode(), settings.staff_user.encode())
    password = settings.staff_password.get_secret_value().encode()
    password_ok = secrets.compare_digest(credentials.password.encode(), password)
    if not (user_ok and password_ok):
        raise HTTPException(401, render("error.staff_login"), headers=challenge)
    return credentials.username


router = APIRouter(prefix="/staff", include_in_schema=False, dependencies=[Depends(require_staff)])


def filters(
    abstained: bool = False,
    category: str = "",
    negative: bool = False,
    since: str = "",
    until: str = "",
    q: Annotated[str, Query(max_length=200)] = "",
) -> Filters:
    """The list's filters from its form, where a field left empty means no filter."""
    if category and category not in CATEGORIES:
        raise HTTPException(
            422, render("error.unknown_category", category=category, categories=", ".join(CATEGORIES))
        )
    return Filters(
        abstained=abstained,
        category=category or None,
        negative=negative,
        since=_day(since, "since"),
        until=_day(until, "until"),
        text=q.strip() or None,
    )


def _day(value: str, name: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        raise HTTPException(422, render("error.bad_date", name=name, value=value)) from None


FiltersDep = Annotated[Filters, Depends(filters)]


@router.get("", response_class=HTMLResponse)
def conversation_list(
    request: Request, conversations: LogDep, chosen: FiltersDep, page: int = Query(1, ge=1)
) -> HTMLResponse:
    rows = conversations.conversations(chosen, limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE)
    query = request.url.query
    return _page(
        request,
        "staff_list.html",
        {
            "conversations": rows[:PAGE_SIZE],
            "filters": chosen,
            "categories": CATEGORIES,
            "page": page,
            "more": len(rows) > PAGE_SIZE,
            "query": query,
        },
    )


@router.get("/conversations/{conversation_id}", response_class=HTMLResponse)
def conversation(request: Request, conversations: LogDep, conversation_id: str) -> HTMLResponse:
    turns = conversations.turns(conversation_id) if valid_id(conversation_id) else []
    if not turns:
        raise HTTPException(404, render("error.no_such_conversation"))
    return _page(request, "staff_conversation.html", {"conversation_id": conversation_id, "turns": turns})


@router.get("/unanswered", response_class=HTMLResponse)
def unanswered(request: Request, conversations: LogDep) -> HTMLResponse:
    return _page(request, "staff_unanswered.html", {"questions": conversations.unanswered()})


@router.get("/export.csv")
def export(conversations: LogDep, chosen: FiltersDep) -> StreamingResponse:
    """Every turn matching the filters, one row each."""
    stamp = date.today().isoformat()
    return StreamingResponse(
        csv_rows(conversations.matching_turns(chosen)),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="conversations-{stamp}.csv"'},
    )


def _page(request: Request, template: str, context: dict[str, Any]) -> HTMLResponse:
    """A staff page: never cached, never indexed."""
    response = page(request, template, context)
    response.headers["cache-control"] = "no-store"
    response.headers["x-robots-tag"] = "noindex"
    return response
