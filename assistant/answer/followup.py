"""Follow-up questions: "and its side effects?" after a question about baclofen asks about baclofen.

A conversation carries a subject: the title of the article its last answer quoted first. A later message is
searched as "<message> (<subject>)" when it points back ("is it safe in pregnancy?"), or when it continues or
is too short to stand alone ("what about children?") and names no article subject of its own. Nothing here is
shown to visitors: the searched text goes to retrieval, triage and the staff log.
"""

from __future__ import annotations

import re

from assistant.safety.triage import Category, Triage

# Words that point back ("is it safe ...", "their side effects") and openings that continue ("and for children?").
_POINTS_BACK = re.compile(
    r"\b(?:it|its|it's|itself|this|that|these|those|they|them|their|theirs|the same|the medicine|the drug|"
    r"the condition|the disease|the pills?|the tablets?)\b"
)
_CONTINUES = re.compile(r"^(?:and|also|but|so|then|or|plus|what about|how about|what if|same for|and what)\b")
_STANDALONE_WORDS = 6  # a message of fewer words rarely stands alone in a conversation
_NAMES_SUBJECT = 0.9  # a candidate article's subject score at which the message names a subject itself

# Which triage wins when the message and its follow-up reading differ: the more urgent one, and never
# "out of scope" over a health reading of the same words.
_URGENCY: dict[Category, int] = {
    "self_harm": 0,
    "emergency": 1,
    "personal_decision": 2,
    "general": 3,
    "out_of_scope": 4,
}


def points_back(message: str) -> bool:
    """Whether a message refers to something said before ("is it safe ...", "their side effects")."""
    return bool(_POINTS_BACK.search(_plain(message)))


def reads_as_follow_up(message: str) -> bool:
    """Whether a message may lean on what came before: it points back, continues ("and ...", "what about ...")
    or is too short to stand alone."""
    text = _plain(message)
    return (
        points_back(text) or bool(_CONTINUES.match(text)) or len(re.findall(r"\w+", text)) < _STANDALONE_WORDS
    )


def _plain(message: str) -> str:
    return message.lower().replace("\u2019", "'").strip()


def may_follow(found: Triage) -> bool:
    """A message can be a follow-up unless it expresses self-harm intent or is social (a greeting, thanks)."""
    return not found.intent and not found.social


def names_subject(subject_scores: list[float]) -> bool:
    """Whether the message names an article subject itself, from its leading candidates' subject scores."""
    return max(subject_scores, default=0.0) >= _NAMES_SUBJECT


def searched_text(subject: str, message: str) -> str:
    """The follow-up as searched: the message as written, then the subject. (On labelled conversations the
    message first keeps what it asks in front: right sections 0.48 against 0.39 with the subject first.)"""
    return f"{message} ({subject})"


def more_urgent(first: Triage, second: Triage) -> Triage:
    """The triage to act on when a follow-up was read both alone and with its subject."""
    return second if _URGENCY[second.category] < _URGENCY[first.category] else first
