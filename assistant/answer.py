"""Compose an answer from triage notices, verified quotes and template texts, and nothing else."""

from __future__ import annotations

import logging
import re
import unicodedata
from typing import Literal
from urllib.parse import quote

from pydantic import BaseModel, Field

from assistant.config import Settings
from assistant.embedding import Embedder
from assistant.errors import InvalidMessage
from assistant.index import Index
from assistant.retrieval import Hit, retrieve
from assistant.safety import Category, triage
from assistant.templates import render

log = logging.getLogger(__name__)


class Notice(BaseModel):
    """A fixed text from the templates module, named by its template id."""

    id: str = Field(examples=["notice.emergency"])
    text: str


class Highlight(BaseModel):
    """A span of the quote's text (offsets into `Quote.text`) that best answers the question."""

    start: int
    end: int


class Why(BaseModel):
    """The ranking signals behind a quote, for staff checking why it was chosen."""

    similarity: float = Field(description="Cosine similarity between the question and the passage.")
    lexical: float = Field(description="BM25 score, divided by the best BM25 score for this question.")
    subject: float = Field(description="How well the question names the article's subject (0-1).")
    intent: float = Field(description="Added for a heading about what was asked; negative for another topic.")


class Quote(BaseModel):
    """A verbatim passage: `text == article.text[start:end]`, checked when the answer was made."""

    passage_id: str
    article_id: str
    article_title: str
    article_updated: str | None
    section: str = Field(description="The heading of the section the passage is in.")
    url: str = Field(description="The article page, at the quoted passage's section.")
    text: str
    start: int
    end: int
    score: float = Field(description="The ranking score (see `why` for its parts).")
    highlights: list[Highlight] = Field(
        description="The one to three sentences of the quote most similar to the question, in reading order."
    )
    why: Why


class TriageResult(BaseModel):
    category: Category
    reason: str


class Answer(BaseModel):
    """What the assistant says: notices first, then the intro or abstention, quotes, and disclaimers."""

    message: str
    triage: TriageResult
    abstained: bool = Field(description="True when no passage was relevant enough to quote.")
    notices: list[Notice]
    lead: Notice = Field(description="The line before the quotes, or the abstention.")
    quotes: list[Quote]
    disclaimers: list[Notice]
    index_version: str

    def shown_texts(self) -> list[str]:
        """Every text a user sees, in order."""
        return [
            *(n.text for n in self.notices),
            self.lead.text,
            *(q.text for q in self.quotes),
            *(d.text for d in self.disclaimers),
        ]


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_message(message: str, max_chars: int) -> str:
    """The message as it will be answered: normalised, without control characters, within the length limit."""
    text = _CONTROL.sub(" ", unicodedata.normalize("NFC", message)).strip()
    if not text:
        raise InvalidMessage("empty_message", render("error.empty_message"))
    if len(text) > max_chars:
        raise InvalidMessage(
            "message_too_long",
            render("error.message_too_long", length=f"{len(text):,}", limit=f"{max_chars:,}"),
        )
    return text


class Assistant:
    """Answers messages from one loaded index with one embedder."""

    def __init__(self, settings: Settings, embedder: Embedder, index: Index) -> None:
        self.settings = settings
        self.embedder = embedder
        self.index = index

    def answer(self, message: str) -> Answer:
        text = clean_message(message, self.settings.max_message_chars)
        found = triage(text)
        hits: list[Hit] = (
            [] if found.category == "self_harm" else retrieve(self.index, self.embedder, text, self.settings)
        )
        quotes = [q for q in (self._verified(hit) for hit in hits) if q is not None]
        lead: Literal["answer.intro", "answer.abstain", "answer.self_harm"]
        if found.category == "self_harm":
            lead = "answer.self_harm"
        else:
            lead = "answer.intro" if quotes else "answer.abstain"
        return Answer(
            message=text,
            triage=TriageResult(category=found.category, reason=found.reason),
            abstained=found.category != "self_harm" and not quotes,
            notices=[self._notice(n) for n in found.notices],
            lead=self._notice(lead),
            quotes=quotes,
            disclaimers=[self._notice("disclaimer.general")],
            index_version=self.index.version,
        )

    def _notice(self, template_id: str) -> Notice:
        return Notice(id=template_id, text=render(template_id, self.settings))

    def _verified(self, hit: Hit) -> Quote | None:
        """The hit as a quote if its text is exactly the article's text at its span; otherwise dropped."""
        p = hit.passage
        if p.text != p.span_text or not p.text.strip():
            log.error(
                "passage %s does not match its article %s at %d:%d; not quoted",
                p.id,
                p.article_id,
                p.start,
                p.end,
            )
            return None
        return Quote(
            passage_id=p.id,
            article_id=p.article_id,
            article_title=p.article_title,
            article_updated=p.article_updated,
            section=p.heading,
            url=f"{self.settings.public_url}/articles/{quote(p.article_id)}?passage={p.id}#{p.anchor}",
            text=p.text,
            start=p.start,
            end=p.end,
            score=round(hit.score, 4),
            highlights=[Highlight(start=a, end=b) for a, b in hit.highlights],
            why=Why(
                similarity=round(hit.signals.similarity, 4),
                lexical=round(hit.signals.lexical, 4),
                subject=round(hit.signals.subject, 4),
                intent=round(hit.signals.intent, 4),
            ),
        )
