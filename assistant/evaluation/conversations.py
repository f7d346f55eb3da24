"""Measure follow-ups on labelled conversations: is each message read as a follow-up when it should be, and
does its first quote come from the right article and section, with the conversation and without it?

A set is JSON lines, one conversation a line: `{"id", "turns": [{"message", "article" (slug or null),
"sections" (headings that answer), "follow_up" (bool)}]}`.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from assistant.answer.compose import Assistant
from assistant.answer.schema import Answer
from assistant.evaluation.retrieval import QuestionSetError, records


@dataclass(frozen=True)
class Turn:
    message: str
    article: str | None
    sections: frozenset[str]
    follow_up: bool


@dataclass(frozen=True)
class Conversation:
    id: str
    turns: tuple[Turn, ...]


@dataclass
class Miss:
    conversation: str
    turn: int
    message: str
    expected: str
    got: str


@dataclass
class Figures:
    conversations: int = 0
    turns: int = 0
    follow_ups: int = 0  # turns labelled as follow-ups
    read_as_follow_up: int = 0
    right_follow_up_readings: int = 0  # labelled follow-ups read as follow-ups
    right_article: int = 0
    right_section: int = 0
    follow_up_right_article: int = 0
    follow_up_right_section: int = 0
    follow_up_right_article_alone: int = 0  # the same follow-ups answered without the conversation
    follow_up_right_section_alone: int = 0
    misses: list[Miss] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right_follow_up_readings / self.read_as_follow_up if self.read_as_follow_up else 1.0

    @property
    def recall(self) -> float:
        return self.right_follow_up_readings / self.follow_ups if self.follow_ups else 1.0


def load_conversations(path: Path) -> list[Conversation]:
    conversations = []
    for where, record in records(path, "id"):
        turns = record.get("turns")
        if not isinstance(turns, list) or not turns:
            raise QuestionSetError(f"{where}: needs a list of 'turns'")
        parsed = []
        for position, turn in enumerate(turns, 1):
            if not isinstance(turn, dict) or not isinstance(turn.get("message"), str):
                raise QuestionSetError(f"{where}: turn {position} needs a 'message' string")
            parsed.append(
                Turn(
                    turn["message"],
                    turn.get("article"),
                    frozenset(turn.get("sections") or ()),
                    bool(turn.get("follow_up")),
                )
            )
        conversations.append(Conversation(record["id"], tuple(parsed)))
    return conversations


def _right(answer: Answer, turn: Turn) -> tuple[bool, bool]:
    """Whether the first quote is from the expected article, and from one of the expected sections."""
    if turn.article is None:
        return not answer.quotes, not answer.quotes
    if not answer.quotes:
        return False, False
    first = answer.quotes[0]
    article = first.article_id == turn.article
    return article, article and (not turn.sections or first.section in turn.sections)


def _got(answer: Answer) -> str:
    shown = f"{answer.quotes[0].article_id} > {answer.quotes[0].section}" if answer.quotes else "no quotes"
    return f"{shown} (searched {answer.searched!r})"


def measure(assistant: Assistant, conversations: list[Conversation]) -> Figures:
    figures = Figures(conversations=len(conversations))
    for conversation in conversations:
        subject: str | None = None
        for position, turn in enumerate(conversation.turns, 1):
            answer = assistant.answer(turn.message, subject)
            subject = answer.subject
            article, section = _right(answer, turn)
            figures.turns += 1
            figures.right_article += article
            figures.right_section += section
            figures.read_as_follow_up += answer.follow_up
            if turn.follow_up:
                figures.follow_ups += 1
                figures.right_follow_up_readings += answer.follow_up
                figures.follow_up_right_article += article
                figures.follow_up_right_section += section
                alone_article, alone_section = _right(assistant.answer(turn.message), turn)
                figures.follow_up_right_article_alone += alone_article
                figures.follow_up_right_section_alone += alone_section
            if answer.follow_up != turn.follow_up or not section:
                expected = (
                    f"{turn.article} > {' | '.join(sorted(turn.sections)) or 'any section'}"
                    if turn.article
                    else "no quotes"
                )
                reading = "follow-up" if turn.follow_up else "standalone"
                figures.misses.append(
                    Miss(conversation.id, position, turn.message, f"{reading}: {expected}", _got(answer))
                )
    return figures


def write_report(figures: Figures, path: Path, extra: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    body = {**extra, **asdict(figures), "precision": figures.precision, "recall": figures.recall}
    path.write_text(json.dumps(body, indent=2, ensure_ascii=False), encoding="utf-8")
