"""Which disclaimers an answer carries, and why: the general one always, topic ones when the question or a quoted
passage calls for them (`safety_rules.DISCLAIMERS`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from assistant.index.store import StoredPassage
from assistant.safety.rules import DISCLAIMERS, DisclaimerSpec
from assistant.safety.triage import Triage


@dataclass(frozen=True)
class Chosen:
    template: str
    why: str  # for staff: what brought it


@lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[DisclaimerSpec, re.Pattern[str], re.Pattern[str] | None], ...]:
    return tuple(
        (spec, re.compile(spec.question), re.compile(spec.passage) if spec.passage else None)
        for spec in DISCLAIMERS
    )


def choose(found: Triage, passages: Sequence[StoredPassage]) -> list[Chosen]:
    """The general disclaimer, then each topic disclaimer the question or a quoted passage brings, in a fixed order."""
    chosen = [Chosen("disclaimer.general", "shown on every answer")]
    for spec, question, passage in _compiled():
        if spec.template == "disclaimer.emergency_signs" and "notice.emergency" in found.notices:
            continue  # the emergency notice already says it, first
        if question.search(found.text):
            chosen.append(Chosen(spec.template, f"the question mentions {spec.topic}"))
            continue
        if passage is None:
            continue
        for p in passages:
            if passage.search(p.text.lower()):
                chosen.append(
                    Chosen(spec.template, f"a quoted passage from {p.article_title!r} mentions {spec.topic}")
                )
                break
    return chosen
