"""Triage of a message before retrieval, and the notices and disclaimers each category brings.

The vocabulary is a reviewed list of patterns, each with a reason staff can read. Matching runs on a normalised
copy of the message (lower case, straight apostrophes, single spaces), tolerates common misspellings, and skips a
red flag that is plainly negated ("no chest pain").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Category = Literal["self_harm", "emergency", "medication_decision", "general"]

# Most severe first: a message takes the first category any of its rules matches.
SEVERITY: tuple[Category, ...] = ("self_harm", "emergency", "medication_decision", "general")

_CANT = r"(?:can ?not|can'?t|cant|cannot|could ?n'?t|unable to|struggling to|hard to|trouble|difficulty)"
_BREATHE = r"(?:breath|breathe|breathing|breth|brethe|breahte|breate)"
_NEGATION = re.compile(
    r"\b(?:no|not|without|never|denies|deny|don'?t have|doesn'?t have|isn'?t)\b(?:\W+\w+){0,2}\W*$"
)


@dataclass(frozen=True)
class Rule:
    category: Category
    reason: str
    pattern: re.Pattern[str]
    notice: str | None = None  # an extra notice template this rule brings


def _rule(category: Category, reason: str, pattern: str, notice: str | None = None) -> Rule:
    return Rule(category, reason, re.compile(pattern), notice)


RULES: tuple[Rule, ...] = (
    _rule(
        "self_harm",
        "mentions suicide or wanting to die",
        r"\b(?:suicid\w*|kill(?:ing)? (?:my ?self|me)|end(?:ing)? (?:my (?:own )?life|it all)|"
        r"take my (?:own )?life|want(?:ed)? to die|wish i (?:was|were) dead|better off dead|"
        r"(?:don'?t|do not) want to (?:live|be alive|wake up))",
    ),
    _rule(
        "self_harm",
        "mentions harming themselves",
        r"\b(?:self[- ]?harm\w*|hurt(?:ing)? my ?self|cut(?:ting)? my ?self|harm(?:ing)? my ?self)\b",
    ),
    _rule(
        "emergency",
        "trouble breathing",
        rf"\b(?:{_CANT} (?:to )?{_BREATHE}|not {_BREATHE}|stopped {_BREATHE}|choking|gasping for (?:air|breath))",
    ),
    _rule(
        "emergency",
        "chest pain or pressure",
        r"\bchest (?:pain|pian|pains|hurts?|tightness|pressure)|\b(?:heart attack|cardiac arrest)\b",
    ),
    _rule(
        "emergency",
        "possible overdose or poisoning",
        r"\b(?:overdos\w*|over dos\w*|od'?(?:ed|d)\b|took (?:too many|too much|a lot of|\d+|all (?:my|the|of my))\s*"
        r"(?:\w+ )?(?:pills|tablets|capsules|doses)|swallowed (?:a bottle|bleach|poison|\d+)|poison(?:ed|ing)\b)",
        notice="notice.poisoning",
    ),
    _rule(
        "emergency",
        "signs of a stroke",
        r"\b(?:having a stroke|face (?:is )?(?:drooping|droops)|slurr(?:ed|ing) (?:speech|words)|"
        r"(?:sudden|suddenly) (?:can'?t|cannot) (?:speak|talk|move|see))",
    ),
    _rule(
        "emergency",
        "a seizure or loss of consciousness",
        r"\b(?:having a (?:seizure|fit)|seizing|convulsing|unconscious|unresponsive|won'?t wake up|"
        r"(?:passed|passing) out)\b",
    ),
    _rule(
        "emergency",
        "a severe allergic reaction",
        r"\b(?:anaphyla\w*|throat (?:is )?(?:closing|swelling|swollen)|tongue (?:is )?swelling)\b",
    ),
    _rule(
        "emergency",
        "severe bleeding",
        r"\b(?:bleeding (?:heavily|a lot|badly|won'?t stop)|won'?t stop bleeding|(?:vomiting|coughing (?:up)?) blood)\b",
    ),
    _rule(
        "medication_decision",
        "asks how much to take",
        r"\bhow (?:much|many|often)\b.{0,50}\b(?:take|taking|give|use|mg|pills?|tablets?|doses?|drops)\b|"
        r"\b(?:what|which|max(?:imum)?|right|usual|safe) (?:dose|dosage)\b|"
        r"\b(?:double|skip|miss(?:ed)?|extra) (?:a |my |the )?(?:dose|pill|tablet)",
    ),
    # "stop coughing" is not about a medicine: an -ing word after the verb is skipped unless it is taking/using.
    _rule(
        "medication_decision",
        "asks about stopping, starting or changing a medicine",
        r"\b(?:stop(?:ping|ped)?|quit(?:ting)?|come off|coming off|get off|wean(?:ing)? off|taper(?:ing)?|"
        r"discontinu\w*)\s+(?:taking|using|(?!\w+ing\b)\w+)|\bstart(?:ing)? (?:taking|on)\b|"
        r"\bswitch(?:ing)? (?:from|to)\b|"
        r"\b(?:increase|decrease|lower|raise|change|cut) (?:my|the|her|his) (?:dose|dosage|medic\w*)\b",
    ),
    _rule(
        "medication_decision",
        "asks about mixing a medicine with alcohol or other drugs",
        r"\b(?:drink|drinking|alcohol|beer|wine)\b.{0,40}\b(?:with|while|on)\b|"
        r"\b(?:with|while (?:drinking|on|taking)|and) (?:alcohol|beer|wine|drinking)\b|"
        r"\b(?:take|taking|mix|mixing|combine|combining) .{1,40}\b(?:with|together)\b",
    ),
    _rule(
        "medication_decision",
        "asks about a medicine in pregnancy or breastfeeding",
        r"\b(?:take|taking|use|using|safe)\b.{0,50}\b(?:pregnan\w*|breast ?feed\w*|nursing)\b|"
        r"\b(?:pregnan\w*|breast ?feed\w*)\b.{0,50}\b(?:take|taking|use|using)\b",
    ),
)


@dataclass(frozen=True)
class Triage:
    """Where a message falls, why (for staff), and the notice templates to show first, in order."""

    category: Category
    reason: str
    notices: tuple[str, ...]


def normalise(message: str) -> str:
    text = message.lower().replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(text.split())


def triage(message: str) -> Triage:
    text = normalise(message)
    matched: list[Rule] = [rule for rule in RULES if _matches(rule, text)]
    if not matched:
        return Triage("general", "no safety signal", ())
    matched.sort(key=lambda r: SEVERITY.index(r.category))
    top = matched[0].category
    notices: list[str] = []
    for category, notice in (("self_harm", "notice.self_harm"), ("emergency", "notice.emergency")):
        if any(r.category == category for r in matched):
            notices.append(notice)
    notices.extend(r.notice for r in matched if r.notice and r.notice not in notices)
    if any(r.category == "medication_decision" for r in matched) and top != "self_harm":
        notices.append("notice.prescriber")
    reasons = "; ".join(dict.fromkeys(r.reason for r in matched))
    return Triage(top, reasons, tuple(notices))


def _matches(rule: Rule, text: str) -> bool:
    """A match counts unless a negation word stands just before it ("no chest pain")."""
    for m in rule.pattern.finditer(text):
        if rule.category != "emergency" or not _NEGATION.search(text[: m.start()]):
            return True
    return False
