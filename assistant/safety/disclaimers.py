"""Which disclaimers an answer carries, and why: the general one always, topic ones when the question or a quoted
passage calls for them.

The topic disclaimers' patterns (`DISCLAIMERS`) are editorial, like `rules.py`: have a change reviewed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from assistant.index.store import StoredPassage
from assistant.safety.triage import Triage


@dataclass(frozen=True)
class DisclaimerSpec:
    """A topic disclaimer (`template`) and what brings it: words in the question, or in a quoted passage."""

    template: str
    topic: str  # for the staff-facing reason: "the question mentions <topic>"
    question: str  # pattern on the normalised question
    passage: str | None = None  # pattern on the quoted passage's text (lower case); None: the question only


DISCLAIMERS: tuple[DisclaimerSpec, ...] = (
    # A general question about emergency signs (an emergency itself already leads with the emergency notice).
    DisclaimerSpec(
        "disclaimer.emergency_signs",
        "signs of an emergency",
        r"\b(?:chest pain|heart attacks?|strokes?|seizures?|anaphyla\w*|allergic reactions?|overdos\w*|poison\w*|"
        r"(?:cant|trouble|difficulty|shortness of) breath\w*|unconscious\w*|faint\w*|meningitis|sepsis|"
        r"coughing up blood|vomiting blood|bleeding heavily)\b",
    ),
    # Suicide or self-harm as a subject (a report, prevention, warning signs): the crisis line, not a crisis notice.
    DisclaimerSpec(
        "disclaimer.crisis_line",
        "suicide or self-harm",
        r"\b(?:suicid\w*|self ?harm\w*|self ?injur\w*|unalive\w*)\b",
    ),
    DisclaimerSpec(
        "disclaimer.pregnancy",
        "pregnancy or breastfeeding",
        r"\b(?:pregnan\w*|preggo|breast ?feed\w*|breast ?fed|breast ?milk|nursing|trying to (?:conceive|get pregnant)|"
        r"ttc|trimester|expecting a baby|fertility|conceive)\b",
        r"\b(?:pregnan\w*|breast ?feed\w*|breast ?milk|nursing mothers?)\b",
    ),
    DisclaimerSpec(
        "disclaimer.children",
        "children",
        r"\b(?:child|children|childs|kid|kids|son|daughter|baby|babies|infant|infants|toddler|toddlers|newborn|teen|"
        r"teenager|\d+ ?(?:yr|year|month|week)s? ?old|\d+yo|pediatric|paediatric)\b",
        r"\b(?:children|child|infants?|toddlers?|under (?:the age of )?\d+ years?)\b",
    ),
    DisclaimerSpec(
        "disclaimer.kidney_liver",
        "kidney or liver disease",
        r"\b(?:kidney|kidneys|renal|liver|hepatic|cirrhosis|hepatitis|dialysis)\b",
        r"\b(?:kidney|renal|liver) (?:disease|problems|damage|failure|function|impairment)\b",
    ),
    DisclaimerSpec(
        "disclaimer.alcohol_sedatives",
        "alcohol or sedating medicines",
        r"\b(?:alcohol|drink|drinking|drunk|booze|beer|wine|liquor|sedat\w*|sleeping pills?|sleep aids?|opioids?|"
        r"benzo\w*|xanax|valium|ativan|ambien|muscle relaxants?)\b",
        r"\b(?:alcohol|sedat\w*|opioids?|benzodiazepines?|sleeping pills)\b",
    ),
    DisclaimerSpec(
        "disclaimer.stopping",
        "stopping a medicine",
        r"\b(?:stop|stops|stopping|stopped|quit|quitting|come off|coming off|wean\w*|taper\w*|discontinu\w*|"
        r"cold turkey|withdrawal|withdrawl)\b",
        r"\b(?:stop(?:ping|ped)? (?:taking|it|the medicine|suddenly|abruptly)|withdrawal|abruptly)\b",
    ),
    DisclaimerSpec(
        "disclaimer.supplements",
        "supplements",
        r"\b(?:supplements?|herbal|herbs?|vitamins?|multivitamins?|st johns wort|pau darco|lapacho|turmeric|"
        r"ashwagandha|melatonin|fish oil|ginkgo|ginseng|echinacea|probiotics?|kratom|cbd)\b",
        r"\b(?:supplements?|herbal (?:products?|remedies|medicines))\b",
    ),
)


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
        if spec.template == "disclaimer.crisis_line" and "notice.self_harm" in found.notices:
            continue  # the crisis notice already says it, first
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
