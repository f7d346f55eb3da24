"""The helpdesk API, `/api/v1`: chat (also streamed), passage search, articles (read, and write with the admin
scope), feedback and conversation history. Every route needs an API key with the scope it names.

Routes that embed text are plain `def` functions (or run their work in the thread pool), off the event loop.
Response models are the contract: a field is added, never renamed or removed, within v1.
"""

from __future__ import annotations

import logging
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse

from assistant.answer.schema import Found
from assistant.articles.corpus import Article
from assistant.countries import COUNTRIES
from assistant.index.updates import Form, UpdateReport, delete_article, put_article
from assistant.records.conversations import Turn
from assistant.server import metrics
from assistant.server.chat import ask, events, store_feedback
from assistant.server.deps import AdminKey, AssistantDep, ChatKey, LogDep, SearchKey, get_live
from assistant.server.errors import problem
from assistant.server.schemas import (
    ArticleDetail,
    ArticleList,
    ArticleSummary,
    ChatAnswer,
    ChatRequest,
    Conversation,
    Country,
    ErrorResponse,
    FeedbackRequest,
    FeedbackStored,
    PassageOut,
    SectionOut,
    TurnOut,
    UpdateResult,
)

log = logging.getLogger(__name__)

FORMS: dict[str, Form] = {"text/markdown": "markdown", "text/plain": "markdown", "application/json": "json"}

ArticleId = Annotated[str, Path(pattern=r"^[A-Za-z0-9][A-Za-z0-9_-]{0,199}$", examples=["baclofen"])]


STREAM_DOC = """Server-sent events (`text/event-stream`), in this order:

- `triage`: `{"triage": {...}, "notices": [...]}`, as soon as the message is triaged; show the notices first;
- `quote`: one event per quoted passage (a `Quote`), as each is verified;
- `answer`: the whole answer (as from `POST /api/v1/chat`), with the lead, disclaimers, conversation and turn ids;
- `error`: `{"code", "message"}` if the answer could not be completed (nothing else follows).
"""

ARTICLE_BODY = {
    "required": True,
    "content": {
        "text/markdown": {
            "schema": {"type": "string"},
            "example": "---\ntitle: Hiccups\ntags: [hiccups]\nupdated: 2026-11-20\n---\n\n"
            "Hiccups are sudden contractions of the diaphragm.\n\n## When to see a doctor\n\n"
            "Hiccups that last more than two days are worth a visit.\n",
        },
        "application/json": {
            "schema": {
                "type": "object",
                "required": ["title", "sections"],
                "properties": {
                    "id": {"type": "string"},
                    "title": {"type": "string"},
                    "url": {"type": "string"},
                    "source": {"type": "string"},
                    "updated": {"type": "string", "format": "date"},
                    "author": {"type": "string"},
                    "tags": {
                        "anyOf": [
                            {"type": "array", "items": {"type": "string"}},
                            {"type": "string", "description": "comma-separated"},
                        ]
                    },
                    "safety_notes": {
                        "anyOf": [{"type": "array", "items": {"type": "string"}}, {"type": "string"}]
                    },
                    "sections": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["text"],
                            "properties": {"heading": {"type": "string"}, "text": {"type": "string"}},
                        },
                    },
                },
            },
            "example": {
                "title": "Hiccups",
                "sections": [
                    {"heading": "Overview", "text": "Hiccups are sudden contractions of the diaphragm."}
                ],
            },
        },
    },
}

_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorResponse, "description": "No API key, or one that is unknown or revoked."},
    403: {"model": ErrorResponse, "description": "The key lacks the scope this needs."},
    422: {"model": ErrorResponse, "description": "The request is not valid; `details` says where."},
    429: {"model": ErrorResponse, "description": "Over the key's rate limit; see `Retry-After`."},
    503: {"model": ErrorResponse, "description": "The index is loading or unavailable."},
}


router = APIRouter(prefix="/api/v1", responses=_ERRORS)


@router.post("/chat", response_model=ChatAnswer, tags=["chat"])
def chat(body: ChatRequest, key: ChatKey, assistant: AssistantDep, conversations: LogDep) -> ChatAnswer:
    """Answer a message with verbatim quotes, notices and disclaimers, as the widget does. Send the
    `conversation_id` back with the next message so that a follow-up keeps its context."""
    return ask(assistant, conversations, body, owner=key.id)


@router.post(
    "/chat/stream",
    tags=["chat"],
    response_class=StreamingResponse,
    description=STREAM_DOC,
    responses={
        200: {
            "description": "The answer as server-sent events.",
            "content": {
                "text/event-stream": {
                    "schema": {
                        "type": "object",
                        "required": ["event", "data"],
                        "properties": {
                            "event": {"type": "string", "enum": ["triage", "quote", "answer", "error"]},
                            "data": {"type": "string", "description": "The event's JSON."},
                        },
                    }
                }
            },
        }
    },
)
def chat_stream(
    body: ChatRequest, key: ChatKey, assistant: AssistantDep, conversations: LogDep
) -> StreamingResponse:
    """The same answer as `/chat`, streamed as server-sent events."""
    steps = assistant.steps(body.message, conversations.context(body.conversation_id, key.id), body.country)
    return StreamingResponse(
        events(steps, conversations, body.conversation_id, key.id),
        media_type="text/event-stream",
        headers={"cache-control": "no-store", "x-accel-buffering": "no"},
    )


@router.get("/search", response_model=Found, tags=["search"])
def search(
    key: SearchKey,
    assistant: AssistantDep,
    q: Annotated[
        str, Query(description="The question or words to search for.", examples=["baclofen withdrawal"])
    ],
    k: Annotated[int, Query(ge=1, le=50, description="How many passages at most.")] = 5,
    tag: Annotated[list[str] | None, Query(description="Only articles with one of these tags.")] = None,
    source: Annotated[list[str] | None, Query(description="Only articles from one of these sources.")] = None,
    country: Annotated[
        Country | None,
        Query(
            description=(
                "The visitor's country, for the numbers the notices name; none: the service's own. One of "
                + ", ".join(COUNTRIES)
                + "."
            ),
        ),
    ] = None,
) -> Found:
    """Passages only, best first, each a verbatim quote with its source and offsets, with the notices and
    disclaimers an answer would carry. Nothing is returned when no passage is relevant enough."""
    found = assistant.search(q, k, tag or (), source or (), country)
    metrics.record_answer(found.triage.category, not found.quotes)
    return found


@router.get("/articles", response_model=ArticleList, tags=["articles"])
def articles(
    key: SearchKey,
    assistant: AssistantDep,
    tag: Annotated[str | None, Query(description="Only articles with this tag.")] = None,
    source: Annotated[str | None, Query(description="Only articles from this source.")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> ArticleList:
    """The indexed articles, by id."""
    total, found = assistant.index.store.summaries(tag, source, limit, offset)
    base = assistant.settings.public_url
    return ArticleList(
        total=total,
        limit=limit,
        offset=offset,
        articles=[
            ArticleSummary(
                id=a.id,
                title=a.title,
                url=f"{base}/articles/{a.id}",
                source_url=a.url,
                source=a.source,
                updated=a.updated,
                author=a.author,
                tags=list(a.tags),
                sections=a.sections,
                passages=a.passages,
            )
            for a in found
        ],
    )


@router.get(
    "/articles/{article_id}",
    response_model=ArticleDetail,
    tags=["articles"],
    responses={404: {"model": ErrorResponse, "description": "No article has this id."}},
)
def article(article_id: ArticleId, key: SearchKey, assistant: AssistantDep) -> ArticleDetail:
    """One article as indexed: its text, sections and passages with their offsets."""
    store = assistant.index.store
    found: Article | None = store.article(article_id)
    if found is None:
        raise problem("no_such_article", article_id=article_id)
    return ArticleDetail(
        id=found.id,
        title=found.title,
        url=f"{assistant.settings.public_url}/articles/{found.id}",
        source_url=found.url,
        source=found.source,
        updated=found.updated,
        author=found.author,
        tags=list(found.tags),
        safety_notes=list(found.safety_notes),
        text=found.text,
        sections=[
            SectionOut(heading=s.heading, anchor=s.anchor, start=s.start, end=s.end) for s in found.sections
        ],
        passages=[
            PassageOut(id=pid, section=section, start=start, end=end)
            for pid, section, start, end in store.passage_spans(found.id)
        ],
        index_version=assistant.index.version,
    )


@router.put(
    "/articles/{article_id}",
    response_model=UpdateResult,
    tags=["articles"],
    openapi_extra={"requestBody": ARTICLE_BODY},
    responses={
        201: {"model": UpdateResult, "description": "The article was added."},
        409: {"model": ErrorResponse, "description": "The corpus cannot take this change."},
        413: {"model": ErrorResponse, "description": "The article is larger than the limit."},
        415: {"model": ErrorResponse, "description": "Neither Markdown nor JSON."},
    },
)
async def put(article_id: ArticleId, request: Request, response: Response, key: AdminKey) -> UpdateResult:
    """Add or replace an article, sent as Markdown with YAML front matter (`text/markdown`) or in the JSON
    form (`application/json`). Answers once the new index version serves; until then, and if the update
    fails, the previous one does. Only passages whose text changed are embedded."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    form = FORMS.get(kind)
    if form is None:
        raise problem("unsupported_type")
    data = await request.body()
    live = get_live(request)
    report = await run_in_threadpool(put_article, live.settings, live.embedder, article_id, data, form)
    await run_in_threadpool(live.get)  # this process serves the new version before it answers
    response.status_code = 201 if report.action == "created" else 200
    return _result(report)


@router.delete(
    "/articles/{article_id}",
    response_model=UpdateResult,
    tags=["articles"],
    responses={404: {"model": ErrorResponse}, 409: {"model": ErrorResponse}},
)
def delete(article_id: ArticleId, request: Request, key: AdminKey) -> UpdateResult:
    """Remove an article from the corpus and the index; its passages are gone from answers when this returns."""
    live = get_live(request)
    report = delete_article(live.settings, live.embedder, article_id)
    live.get()
    return _result(report)


@router.post(
    "/feedback",
    response_model=FeedbackStored,
    tags=["chat"],
    responses={404: {"model": ErrorResponse, "description": "No such answer in this key's conversations."}},
)
def feedback(body: FeedbackRequest, key: ChatKey, conversations: LogDep) -> FeedbackStored:
    """Store whether an answer helped, and an optional comment (the latest per answer is kept)."""
    return store_feedback(conversations, body, owner=key.id)


@router.get(
    "/conversations/{conversation_id}",
    response_model=Conversation,
    tags=["chat"],
    responses={404: {"model": ErrorResponse, "description": "No such conversation for this key."}},
)
def conversation(
    conversation_id: Annotated[str, Path(pattern=r"^[0-9a-f]{32}$")], key: ChatKey, conversations: LogDep
) -> Conversation:
    """A conversation this key started, every turn with the answer as it was given. (The admin scope
    reads any conversation, the widget's included.)"""
    if not key.allows("admin") and not conversations.owns(conversation_id, key.id):
        raise problem("no_such_conversation")
    turns = conversations.turns(conversation_id)
    if not turns:
        raise problem("no_such_conversation")
    return Conversation(conversation_id=conversation_id, turns=[_turn(t) for t in turns])


def _result(report: UpdateReport) -> UpdateResult:
    return UpdateResult.model_validate(report, from_attributes=True)


def _turn(t: Turn) -> TurnOut:
    return TurnOut(
        turn_id=t.id,
        position=t.position,
        created_at=t.created_at,
        message=t.message,
        answer=t.answer,
        helpful=t.helpful,
        comment=t.comment,
    )
