"""Request and response bodies the widget's routes and the helpdesk API share, and the chat and feedback steps
both take (answer, log the turn, count it)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from assistant.answer.compose import Answer, Assistant
from assistant.records.conversations import ConversationLog
from assistant.server import metrics
from assistant.server.errors import problem

MAX_COMMENT_CHARS = 2000  # the widget's comment box says the same


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


def ask(
    assistant: Assistant, conversations: ConversationLog, body: ChatRequest, owner: str | None
) -> ChatAnswer:
    """Answer the message in its conversation's context and log it as a turn of `owner`'s conversation."""
    answer = assistant.answer(body.message, conversations.context(body.conversation_id, owner))
    conversation_id, turn_id = conversations.record(body.conversation_id, answer, owner)
    metrics.record_answer(answer.triage.category, answer.abstained)
    return ChatAnswer(**answer.model_dump(), conversation_id=conversation_id, turn_id=turn_id)


def store_feedback(
    conversations: ConversationLog, body: FeedbackRequest, owner: str | None
) -> FeedbackStored:
    comment = (body.comment or "").strip() or None
    if not conversations.feedback(body.conversation_id, body.turn_id, body.helpful, comment, owner):
        raise problem(404, "no_such_answer")
    return FeedbackStored(stored=True)
