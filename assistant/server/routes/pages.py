"""Pages for visitors: the demo page and article pages with a highlighted passage."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from assistant.articles.corpus import Article
from assistant.server.deps import AssistantDep, page
from assistant.texts import render

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True)
class Segment:
    text: str
    marked: bool = False  # inside the quoted passage
    answer: bool = False  # inside one of the quote's highlighted sentences


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
def demo_page(request: Request, assistant: AssistantDep) -> HTMLResponse:
    """A sample article page with the chat widget on it, as a site's visitors would see it."""
    article: Article | None = assistant.index.store.article(assistant.settings.demo_article)
    if article is None:
        article = assistant.index.store.article(min(assistant.index.catalogue.titles))
        assert article is not None  # the catalogue lists the store's articles
    context = {"article": article, "sections": article_view(article, None), "demo": True}
    return page(request, "article.html", context)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(
    request: Request,
    assistant: AssistantDep,
    article_id: str,
    passage: str | None = None,
    hl: str | None = None,
) -> HTMLResponse:
    """An article; with `passage`, that passage highlighted and, with `hl` ("start-end,..." offsets into the
    passage, as in a quote's `highlights`), the sentences that answered the question emphasised."""
    store = assistant.index.store
    article: Article | None = store.article(article_id)
    if article is None:
        raise HTTPException(404, render("error.no_such_article", article_id=article_id))
    found = store.passage_by_id(passage) if passage else None
    span = (found.start, found.end) if found and found.article_id == article_id else None
    answers = _answer_spans(hl, span)
    context = {
        "article": article,
        "sections": article_view(article, span, answers),
        "passage": passage if span else None,
    }
    return page(request, "article.html", context)


def _answer_spans(hl: str | None, span: tuple[int, int] | None) -> list[tuple[int, int]]:
    """`hl` as article offsets inside the passage; anything malformed or outside it is ignored."""
    if not hl or span is None:
        return []
    spans = []
    for part in hl.split(",")[:10]:
        start, _, end = part.partition("-")
        if start.isdigit() and end.isdigit() and int(start) < int(end):
            a, b = span[0] + int(start), min(span[0] + int(end), span[1])
            if a < b:
                spans.append((a, b))
    return sorted(spans)


def article_view(
    article: Article, span: tuple[int, int] | None, answers: Sequence[tuple[int, int]] = ()
) -> list[SectionView]:
    """Sections as paragraphs and lists, each line split where the highlighted span and the answering
    sentences begin and end."""
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
            segments = _segments(article.text, start, end, span, answers)
            if kind == "ul" and blocks and blocks[-1].kind == "ul":
                blocks[-1].items.append(segments)
            else:
                blocks.append(Block(kind, [segments]))
        views.append(SectionView(section.heading, section.anchor, blocks))
    return views


def _segments(
    text: str, start: int, end: int, span: tuple[int, int] | None, answers: Sequence[tuple[int, int]]
) -> list[Segment]:
    """text[start:end] cut at every edge of the passage and of the answering sentences that falls inside it."""
    if span is None or span[1] <= start or span[0] >= end:
        return [Segment(text[start:end])]
    edges = {start, end, *(e for s in (span, *answers) for e in s if start < e < end)}
    cuts = sorted(edges)
    segments = []
    for a, b in itertools.pairwise(cuts):
        marked = span[0] <= a < span[1]
        answer = marked and any(s <= a < e for s, e in answers)
        segments.append(Segment(text[a:b], marked, answer))
    return segments
