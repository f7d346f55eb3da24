"""The response contract of the assistant: the pydantic models an answer, its streamed steps and a passage search
are made of, shared by the API, the command line and the conversation log.

The class names are the names in the OpenAPI document: renaming one changes the published contract.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from assistant.safety.rules import Category


class Notice(BaseModel):
    """A fixed text from the templates module, named by its template id."""

    id: str = Field(examples=["notice.emergency"])
    text: str


class Disclaimer(Notice):
    """A disclaimer template and, for staff and the audit log, what brought it."""

    why: str = Field(examples=["the question mentions pregnancy or breastfeeding"])


class ArticleNote(BaseModel):
    """A safety note an article's editors attached to it, shown whenever the article is quoted."""

    article_id: str
    article_title: str
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
    focus: float = Field(
        0.0,
        description=(
            "How surely the message names this article (0-1) by a title, abbreviation, misspelling or other name "
            "the articles give it, as the question reader found it."
        ),
    )
    asked: float = Field(
        0.0,
        description=(
            "Cosine similarity between a long message's asking sentences alone and the passage (0 for a short "
            "message); a quote needs this or `similarity` to reach the minimum score."
        ),
    )


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


class Screen(BaseModel):
    """The learned urgency screen's probabilities for a message (for staff; the thresholds are in the model)."""

    model: str = Field(description="The head that read the message: english or multilingual.")
    self_harm: float
    emergency: float


class TriageResult(BaseModel):
    category: Category
    reason: str = Field(
        description="Why, in words for staff: the rules that matched, or why it is out of scope."
    )
    language: str = Field("en", description="The language the notices are in (ISO 639-1).")
    by: list[str] = Field(
        default_factory=list,
        description="For self_harm or emergency, each layer that called it: rules, phrases (language), a model.",
    )
    screened: list[Screen] = Field(default_factory=list, description="The learned screen's probabilities.")


class Triaged(BaseModel):
    """The first part of an answer: how the message was triaged and the notices that come before anything."""

    triage: TriageResult
    notices: list[Notice]


class Found(BaseModel):
    """Passages found for a message, with the triage, notices and disclaimers an answer would carry."""

    message: str
    triage: TriageResult
    notices: list[Notice] = Field(
        description="Safety notices, most urgent first: show them before the passages."
    )
    quotes: list[Quote] = Field(description="The passages, best first; empty when none is relevant.")
    disclaimers: list[Disclaimer]
    index_version: str


class Answer(BaseModel):
    """What the assistant says: notices first, then the lead line, article notes, quotes, and disclaimers."""

    message: str
    searched: str = Field(
        description=(
            "What was searched: the message (with misspelt subject names read, and abbreviations and medicine "
            "names spelt out after them), or for a follow-up the message and the conversation's subject."
        )
    )
    follow_up: bool = Field(
        description="True when the message was read as a follow-up to the conversation's subject."
    )
    subject: str | None = Field(
        description="What the conversation is about after this answer (the first quoted article's title), for follow-ups."
    )
    triage: TriageResult
    abstained: bool = Field(
        description="True when the question was answerable in kind but no passage was relevant."
    )
    notices: list[Notice] = Field(
        description="Safety notices, shown before anything else, most urgent first."
    )
    lead: Notice = Field(description="The line before the quotes, the abstention, or the decline.")
    article_notes: list[ArticleNote] = Field(description="The quoted articles' own safety notes.")
    quotes: list[Quote]
    disclaimers: list[Disclaimer] = Field(description="The general disclaimer, then any topic disclaimers.")
    index_version: str

    def shown_texts(self) -> list[str]:
        """Every text a user sees, in order."""
        return [
            *(n.text for n in self.notices),
            self.lead.text,
            *(n.text for n in self.article_notes),
            *(q.text for q in self.quotes),
            *(d.text for d in self.disclaimers),
        ]
