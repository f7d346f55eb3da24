"""The chat and feedback steps both APIs take: answer in the conversation's context, log the turn, count it; and
the streamed answer as server-sent events."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator

from assistant.answer.compose import Assistant
from assistant.answer.schema import Answer, Quote, Triaged
from assistant.records.conversations import ConversationLog
from assistant.server import metrics
from assistant.server.errors import problem
from assistant.server.schemas import ChatAnswer, ChatRequest, FeedbackRequest, FeedbackStored
from assistant.texts import render

log = logging.getLogger(__name__)


def ask(
    assistant: Assistant, conversations: ConversationLog, body: ChatRequest, owner: str | None
) -> ChatAnswer:
    """Answer the message in its conversation's context and log it as a turn of `owner`'s conversation."""
    answer = assistant.answer(body.message, conversations.context(body.conversation_id, owner), body.country)
    conversation_id, turn_id = conversations.record(body.conversation_id, answer, owner)
    metrics.record_answer(answer.triage.category, answer.abstained)
    return logged(answer, conversation_id, turn_id)


def store_feedback(
    conversations: ConversationLog, body: FeedbackRequest, owner: str | None
) -> FeedbackStored:
    comment = (body.comment or "").strip() or None
    if not conversations.feedback(body.conversation_id, body.turn_id, body.helpful, comment, owner):
        raise problem("no_such_answer")
    return FeedbackStored(stored=True)


def events(
    steps: Iterator[Triaged | Quote | Answer],
    conversations: ConversationLog,
    conversation_id: str | None,
    owner: str,
) -> Iterator[str]:
    """Each step as a server-sent event; the last, the whole answer, is logged as a turn first."""
    try:
        for step in steps:
            if isinstance(step, Triaged):
                yield _event("triage", step.model_dump_json())
            elif isinstance(step, Quote):
                yield _event("quote", step.model_dump_json())
            else:
                metrics.record_answer(step.triage.category, step.abstained)
                conversation, turn = conversations.record(conversation_id, step, owner)
                whole = logged(step, conversation, turn)
                yield _event("answer", whole.model_dump_json())
    except Exception:
        log.exception("the streamed answer failed")
        yield _event("error", json.dumps({"code": "internal", "message": render("error.internal")}))


def _event(name: str, data: str) -> str:
    return f"event: {name}\ndata: {data}\n\n"


def logged(answer: Answer, conversation_id: str, turn_id: str) -> ChatAnswer:
    """The answer with the ids of the turn it was logged as: its fields are taken as they are, already valid,
    rather than dumped and validated again."""
    return ChatAnswer.model_construct(**dict(answer), conversation_id=conversation_id, turn_id=turn_id)
