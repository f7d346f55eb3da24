"""HTML pages: the chat page and article pages with section anchors and a highlighted passage."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from assistant.corpus import Article

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True)
class Segment:
    text: str
    marked: bool = False


@dataclass
class Block:
    kind: Literal["p", "ul"]
    items: list[list[Segment]] = field(default_factory=list)


@dataclass
class SectionView:
    heading: str
    anchor: str
    blocks: list[Block]


@router.get("/", response_class=HTMLResponse)
def chat_page(request: Request) -> HTMLResponse:
    settings = request.app.state.settings
    context = {"max_chars": settings.max_message_chars}
    return request.app.state.templates.TemplateResponse(request, "chat.html", context)  # type: ignore[no-any-return]


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str, passage: str | None = None) -> HTMLResponse:
    store = request.app.state.assistant.index.store
    article: Article | None = store.article(article_id)
    if article is None:
        raise HTTPException(404, f"There is no article {article_id!r}.")
    found = store.passage_by_id(passage) if passage else None
    span = (found.start, found.end) if found and found.article_id == article_id else None
    context = {
        "article": article,
        "sections": article_view(article, span),
        "passage": passage if span else None,
    }
    return request.app.state.templates.TemplateResponse(request, "article.html", context)  # type: ignore[no-any-return]


def article_view(article: Article, span: tuple[int, int] | None) -> list[SectionView]:
    """Sections as paragraphs and lists, each line split where the highlighted span begins and ends."""
    views = []
    for section in article.sections:
        blocks: list[Block] = []
        offset = section.start
        for line in article.text[section.start : section.end].split("\n"):
            start, end = offset, offset + len(line)
            offset = end + 1
            if not line.strip():
                continue
            kind: Literal["p", "ul"] = "ul" if line.startswith("- ") else "p"
            if kind == "ul":
                start += 2
            segments = _segments(article.text, start, end, span)
            if kind == "ul" and blocks and blocks[-1].kind == "ul":
                blocks[-1].items.append(segments)
            else:
                blocks.append(Block(kind, [segments]))
        views.append(SectionView(section.heading, section.anchor, blocks))
    return views


def _segments(text: str, start: int, end: int, span: tuple[int, int] | None) -> list[Segment]:
    if span is None or span[1] <= start or span[0] >= end:
        return [Segment(text[start:end])]
    a, b = max(start, span[0]), min(end, span[1])
    parts = [Segment(text[start:a]), Segment(text[a:b], marked=True), Segment(text[b:end])]
    return [p for p in parts if p.text]
