"""Request and response bodies of the widget's routes, the helpdesk API and the operations routes (pydantic only).

They are the API's contract: within v1 a field is added, never renamed or removed."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, Field

from assistant.answer.schema import Answer
from assistant.countries import COUNTRIES

MAX_COMMENT_CHARS = 2000  # the widget's comment box says the same


def _known_country(value: str) -> str:
    code = value.strip().upper()
    if code not in COUNTRIES:
        raise ValueError(f"no reviewed numbers for country {value[:8]!r}; one of {', '.join(COUNTRIES)}")
    return code


# A country with reviewed numbers (`assistant/countries.py`), in any case.
Country = Annotated[str, AfterValidator(_known_country)]


class ChatRequest(BaseModel):
    message: str = Field(
        description="The visitor's question.", examples=["What happens if I stop baclofen suddenly?"]
    )
    conversation_id: str | None = Field(
        None,
        description="The id from an earlier answer, so that a follow-up keeps its context; none starts anew.",
        max_length=64,
        examples=[None],
    )
    country: Country | None = Field(
        None,
        description=(
            "The visitor's country (two letters), for the emergency, crisis and poison numbers the notices name; "
            "none: the service's own (ASSISTANT_COUNTRY). One of " + ", ".join(COUNTRIES) + "."
        ),
        examples=[None],
    )


class ChatAnswer(Answer):
    """An answer, logged as a turn of a conversation."""

    conversation_id: str = Field(description="Send it back with the next message to keep the context.")
    turn_id: str = Field(description="This answer's id, for feedback.")


class FeedbackRequest(BaseModel):
    conversation_id: str = Field(max_length=64)
    turn_id: str = Field(max_length=64)
    helpful: bool
    comment: str | None = Field(
        None, max_length=MAX_COMMENT_CHARS, description="Optional words from the visitor."
    )


class FeedbackStored(BaseModel):
    stored: bool


class ErrorBody(BaseModel):
    code: str = Field(description="Stable and machine-readable.", examples=["rate_limited"])
    message: str = Field(description="For people: what went wrong and what to do.")
    request_id: str | None = Field(
        description="Also in the `x-request-id` header; it names the request in our logs."
    )
    details: list[dict[str, Any]] | None = Field(None, description="For an invalid request: where, and what.")


class ErrorResponse(BaseModel):
    error: ErrorBody


class ArticleSummary(BaseModel):
    id: str
    title: str
    url: str = Field(description="The article's page on this service.")
    source_url: str = Field(description="Where the article was first published, if recorded.")
    source: str
    updated: str | None
    author: str | None
    tags: list[str]
    sections: int
    passages: int


class ArticleList(BaseModel):
    total: int = Field(description="How many articles match the filters.")
    limit: int
    offset: int
    articles: list[ArticleSummary]


class SectionOut(BaseModel):
    heading: str
    anchor: str
    start: int = Field(description="Where the section's body begins in `text`.")
    end: int


class PassageOut(BaseModel):
    id: str
    section: int = Field(description="Index into `sections`.")
    start: int = Field(description="Offsets into `text`: a quote of this passage is `text[start:end]`.")
    end: int


class ArticleDetail(BaseModel):
    id: str
    title: str
    url: str
    source_url: str
    source: str
    updated: str | None
    author: str | None
    tags: list[str]
    safety_notes: list[str] = Field(description="Shown with every quote from the article.")
    text: str = Field(description="The stored text every quote is a slice of.")
    sections: list[SectionOut]
    passages: list[PassageOut]
    index_version: str


class UpdateResult(BaseModel):
    article_id: str
    action: Literal["created", "replaced", "deleted"]
    index_version: str = Field(description="The index version that is now served, with the change.")
    articles: int
    passages: int
    embedded: int = Field(description="Passages embedded anew; the embedding cache had the others.")
    seconds: float


class TurnOut(BaseModel):
    turn_id: str
    position: int
    created_at: str
    message: str
    answer: Answer
    helpful: bool | None
    comment: str | None


class Conversation(BaseModel):
    conversation_id: str
    turns: list[TurnOut]


class Alive(BaseModel):
    status: str = Field(examples=["ok"])
    version: str


class Ready(BaseModel):
    status: str = Field(examples=["ready"])
    version: str
    process: int = Field(description="The id of the server process that answered (one of the workers).")
    index_version: str
    model: str
    articles: int
    passages: int
    built_at: str
