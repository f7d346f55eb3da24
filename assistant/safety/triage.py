"""Triage of a message before retrieval: which category it falls in, why, and what must be said first.

The rules live in `rules.py`, their word lists in `vocabulary.py`, and the policy they implement in
`docs/safety-policy.md`. Here is how they are applied:

1. `normalise` folds the message to one spelling: lower case, no apostrophes, accents and look-alike letters
   folded, leetspeak undone ("k1ll"), letter runs shortened ("pleeease"), spaced letters joined ("s u i c i d e"),
   HTML tags dropped, and misspellings of the safety key terms corrected ("breth", "siezure", "chest pian").
2. Every rule runs on that text. A match may be overruled by its context: plainly negated ("no chest pain"),
   a general question with nobody affected now ("what causes chest pain?"), or over and in the past.
3. The most severe matched category wins. Without any, a message is out of scope when it is abuse or chit-chat
   with no health word, or when it has no health word and is semantically nearer the reviewed out-of-scope
   examples than the health ones (`assistant/data/scope_examples.yaml`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import yaml
from rapidfuzz import process
from rapidfuzz.distance import OSA
from wordfreq import zipf_frequency

from assistant.embedding.cache import EmbeddingCache, embed_cached
from assistant.embedding.embedders import Embedder, Vectors
from assistant.resources import DATA_DIR
from assistant.safety.rules import (
    ABUSE,
    ACKNOWLEDGEMENT,
    CATEGORIES,
    CHITCHAT,
    RULES,
    WHO,
    Category,
    RuleSpec,
)
from assistant.safety.vocabulary import (
    DRUG_NAMES,
    DRUG_SUFFIXES,
    HEALTH_SUFFIXES,
    HEALTH_WORDS,
    KEY_TERMS,
    MEDICINE_WORDS,
    SUBSTANCES,
)

__all__ = ["CATEGORIES", "Category", "ScopeModel", "Triage", "Triager", "normalise"]

SCOPE_EXAMPLES = DATA_DIR / "scope_examples.yaml"
_SCOPE_K = 5  # the nearest examples of each side that are averaged

# Cyrillic and Greek letters that look like Latin ones (a Cyrillic "s" in "suicide" to slip past a filter).
_CONFUSABLES = str.maketrans(
    "аеорсухѕіјԁӏһкмтвпαεορτυνικχβ",
    "aeopcyxsijdlhkmtbnaeoptuvikxb",
)
_LEET = str.maketrans("013457@$", "oieastas")
_TOKEN = re.compile(r"[a-z0-9@$]{3,}")
_MEASURE = re.compile(
    r"^\d+(?:\.\d+)?(?:mg|mcg|ml|g|kg|lb|lbs|yo|yr|yrs|am|pm|x|st|nd|rd|th|s|h|hr|hrs|min|mins|k|m|d)?$"
)
_TAG = re.compile(r"</?[a-z][^<>]{0,200}>")
_RUN = re.compile(r"([a-z])\1{2,}")
_SPACED = re.compile(r"\b(?:[a-z] ){3,}[a-z]\b")
_WORD = re.compile(r"[a-z]+")
# Typos that turn one safety word into another: "to much" (too), "what dose a colonoscopy check" (does).
_TOO = re.compile(r"\bto (much|many)\b")
_DOES = re.compile(
    r"\b(what|how|why|when|where|who) dose (a|an|the|it|this|that|my|your|he|she|they|i|you)\b"
)

_NEGATORS = (
    r"no|not|nor|without|never|denies|deny|dont|do not|didnt|did not|doesnt|does not|dont have|doesnt have|"
    r"didnt have|dont feel|isnt|arent|wasnt|werent|havent had|hasnt had|no longer|free of|not having|not feeling|"
    r"no sign of|no signs of|none"
)
# A negation just before a match ("no chest pain", "not having trouble breathing"), in the same clause.
_NEGATION = re.compile(rf"\b(?:{_NEGATORS})\b(?:[^\w,.;!?]+\w+){{0,3}}[^\w,.;!?]*$")
# For self-harm only the word right before counts ("im not suicidal"; "i dont know why i want to die" is not negated).
_NEGATION_NEXT = re.compile(rf"\b(?:{_NEGATORS})[^\w,.;!?]+$")
_INFORMATIONAL = re.compile(
    r"^(?:(?:hi|hello|hey|quick question|question)[\s,!:]+)?(?:what|whats|how|hows|why|which|when|where|who|"
    r"can|could|does|do|is|are|should|will|would|list|explain|tell me|define|describe|difference)\b|"
    r"\b(?:signs|symptoms|warning signs|causes|risk factors|first aid|what to do (?:if|when))\b"
)
_AFFECTED = re.compile(
    rf"\b(?:{WHO}|rn|right now|currently|at the moment|now|tonight|this morning|help|pls|please|"
    r"hurry|urgent|911|ambulance|er)\b"
)
_PAST = re.compile(
    r"\b(?:(?:\d+|a|one|two|three|few|a few|couple of|a couple of|several|many) (?:years?|months?|weeks?) ago|"
    r"last (?:year|month|summer|winter|spring|fall|autumn)|in the past|years back|as a (?:child|kid|teen|teenager|baby)|"
    r"when i was (?:young|little|a kid|a child|younger|\d+)|used to|history of|once had|back in \d{4}|in \d{4}|"
    r"last week|sometimes|occasionally|every (?:now and then|so often)|from time to time|at times|episodes?|spells?|(?<!at )once|"
    r"in (?:high school|college|school|uni|university)|earlier but|"
    r"(?:im|i am|hes|shes|were|theyre|they are|seems?) (?:\w+ )?(?:fine|ok|okay|alright|better|normal) now)\b"
)
_STILL = re.compile(
    r"\b(?:right now|rn|again|still|today|tonight|currently|this (?:morning|evening|afternoon))\b"
)


# --- normalisation -------------------------------------------------------------------------------------------------


def normalise(message: str) -> str:
    """The message folded to the one spelling the safety vocabulary is written in."""
    text = unicodedata.normalize("NFKC", message).translate(_CONFUSABLES)
    text = "".join(
        c
        for c in unicodedata.normalize("NFKD", text)
        if (not unicodedata.combining(c) and unicodedata.category(c) not in {"Cf", "Cc"}) or c in "\n\t"
    )
    text = text.lower().translate(_CONFUSABLES)
    text = re.sub(r"['\u2018\u2019\u02bc`´]", "", text)
    text = _TAG.sub(" ", text)
    text = _TOKEN.sub(_unleet, text)
    text = _RUN.sub(r"\1", text)
    text = _SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)
    text = re.sub(r"[\u2010-\u2015_/\\|*~^+=<>\[\]{}()\"]+", " ", text)
    text = " ".join(text.split())
    text = _DOES.sub(r"\1 does \2", _TOO.sub(r"too \1", text))
    return _corrected(text)


def _unleet(m: re.Match[str]) -> str:
    """ "k1ll" -> "kill", "$uicide" -> "suicide"; numbers and measures ("20mg", "3yo") stay."""
    token = m.group(0)
    if token.isalpha() or not any(c.isalpha() for c in token) or _MEASURE.match(token):
        return token
    return token.translate(_LEET)


# Drug names are long and often misspelt ("metforman"); short ones are left out, too close to other words.
_SPELLED = tuple(KEY_TERMS | {name for name in DRUG_NAMES if len(name) >= 7})


def _corrected(text: str) -> str:
    return _WORD.sub(lambda m: _spelling(m.group(0)), text)


@lru_cache(maxsize=65536)
def _spelling(word: str) -> str:
    """`word`, or the safety key term it misspells; common English words are never changed."""
    if len(word) < 4 or len(word) > 24 or word in KEY_TERMS or zipf_frequency(word, "en") >= 3.0:
        return word
    limit = 1 if len(word) <= 6 else 2
    found = process.extractOne(word, _SPELLED, scorer=OSA.distance, score_cutoff=limit)
    if found is None:
        return word
    return str(found[0])


# --- rules ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Rule:
    spec: RuleSpec
    pattern: re.Pattern[str]
    requires: re.Pattern[str] | None
    unless: re.Pattern[str] | None


def _medicine_pattern(extra: Iterable[str]) -> str:
    # Names are folded as messages are, so "St. John's-wort" in a tag meets "st johns wort" in a message.
    names = sorted(DRUG_NAMES | {folded for n in extra if (folded := normalise(n))}, key=len, reverse=True)
    words = "|".join(re.escape(n) for n in names)
    suffixes = "|".join(DRUG_SUFFIXES)
    return rf"\b(?:{MEDICINE_WORDS}|{words}|\w{{3,}}(?:{suffixes}))\b"


def _compile() -> tuple[_Rule, ...]:
    return tuple(
        _Rule(
            spec,
            re.compile(spec.pattern.replace("{SUBSTANCES}", SUBSTANCES)),
            re.compile(spec.requires) if spec.requires else None,
            re.compile(spec.unless) if spec.unless else None,
        )
        for spec in RULES
    )


# Compiled once: the reviewed patterns do not depend on the index (its medicine names are matched apart).
_RULES = _compile()
_SUBSTANCE = re.compile(rf"\b(?:{SUBSTANCES})\b")
_ABUSE = re.compile(ABUSE)
_CHITCHAT = re.compile(CHITCHAT)
_ACKNOWLEDGEMENT = re.compile(ACKNOWLEDGEMENT)

_NEAR_AFTER, _NEAR_BEFORE = 6, 8  # words between a verb and the medicine it is about
_ENDS_PHRASE = frozenset(
    [
        "it",
        "them",
        "this",
        "that",
        "now",
        "taking",
        "using",
        "completely",
        "altogether",
        "suddenly",
        "abruptly",
        "cold",
        "entirely",
        "today",
        "tomorrow",
        "for",
        "and",
        "or",
        "so",
    ]
)


@dataclass(frozen=True)
class _Mentions:
    """Where a message names medicines, and things people mix with them."""

    medicines: list[tuple[int, int, str]]
    substances: list[tuple[int, int, str]]

    def near(self, text: str, start: int, end: int, before: bool = True) -> bool:
        """A medicine within a few words after the match, or (if `before`) before it."""
        for m_start, m_end, _ in self.medicines:
            if m_start >= end and len(text[end:m_start].split()) <= _NEAR_AFTER:
                return True
            if before and m_end <= start and len(text[m_end:start].split()) <= _NEAR_BEFORE:
                return True
            if m_start <= start < m_end:
                return True
        return False

    def distinct(self) -> int:
        return len({w for _, _, w in self.medicines} | {w for _, _, w in self.substances})


@dataclass(frozen=True)
class Triage:
    """Where a message falls, why (for staff), and the notice templates to show first, in order.

    `intent`: the writer expresses self-harm about themselves (the answer quotes nothing).
    `decline`: for out of scope, the template that answers it (a greeting gets a greeting).
    `text`: the normalised message the rules read, for disclaimers.
    `social`: out of scope as a greeting, chit-chat or abuse (not a question, so never a follow-up).
    """

    category: Category
    reason: str
    notices: tuple[str, ...]
    intent: bool = False
    decline: str | None = None
    text: str = ""
    social: bool = False


class ScopeModel:
    """Is a message about health? Nearest reviewed examples by cosine similarity (k of each side, averaged).

    The examples' embeddings come from the embedding cache when it has them, so start-up stays fast.
    """

    def __init__(
        self,
        embedder: Embedder,
        cache: EmbeddingCache | None = None,
    ) -> None:
        examples = yaml.safe_load(SCOPE_EXAMPLES.read_text(encoding="utf-8"))
        self.health: list[str] = list(examples["health"])
        self.other: list[str] = list(examples["out_of_scope"])
        texts = self.health + self.other
        vectors = embed_cached(embedder, cache, texts)[0] if cache is not None else embedder.encode(texts)
        self._health = vectors[: len(self.health)]
        self._other = vectors[len(self.health) :]

    def lean(self, query: Vectors) -> tuple[float, str]:
        """How much nearer the health examples the message is than the others (>0: health), and its nearest example."""
        h = self._health @ query
        o = self._other @ query
        top_h = np.sort(h)[-_SCOPE_K:].mean()
        top_o = np.sort(o)[-_SCOPE_K:].mean()
        nearest = self.health[int(h.argmax())] if h.max() >= o.max() else self.other[int(o.argmax())]
        return float(top_h - top_o), nearest


class Triager:
    """Triage with the reviewed vocabulary, the index's own medicine names, and (if given) the scope model."""

    def __init__(self, scope: ScopeModel | None = None, medicine_names: Iterable[str] = ()) -> None:
        # The one part that depends on the index.
        self._medicine = re.compile(_medicine_pattern(medicine_names))
        self.scope = scope

    def triage(self, message: str, query: Vectors | None = None) -> Triage:
        text = normalise(message)
        mentions = _Mentions(
            [(m.start(), m.end(), m.group(0)) for m in self._medicine.finditer(text)],
            [(m.start(), m.end(), m.group(0)) for m in _SUBSTANCE.finditer(text)],
        )
        matched = [rule.spec for rule in _RULES if _counts(rule, text, mentions)]
        if matched:
            return _from_rules(matched, text)
        out = self._out_of_scope(text, query, bool(mentions.medicines))
        if out is not None:
            reason, decline, social = out
            return Triage("out_of_scope", reason, (), decline=decline, text=text, social=social)
        return Triage("general", "no safety signal", (), text=text)

    def _out_of_scope(self, text: str, query: Vectors | None, medicine: bool) -> tuple[str, str, bool] | None:
        """Why the message is not a health question, the template that declines it, and whether it is social
        (a greeting, chit-chat or abuse); None when it is a health question."""
        if not _WORD.search(text):
            return "no words to answer", "answer.out_of_scope", True
        if medicine or _health_word(text):  # medicine names are health words too
            return None
        if _ABUSE.search(text):
            return "abuse, with no health question", "answer.out_of_scope", True
        if _ACKNOWLEDGEMENT.search(text):
            return "thanks or an acknowledgement, with no question", "answer.thanks", True
        if _CHITCHAT.search(text):
            return "a greeting or chit-chat, with no health question", "answer.greeting", True
        if self.scope is not None and query is not None:
            lean, nearest = self.scope.lean(query)
            if lean < 0:
                reason = f"not about health: nearest reviewed example is {nearest!r}"
                return reason, "answer.out_of_scope", False
        return None


def _health_word(text: str) -> bool:
    for word in _WORD.findall(text):
        if word in HEALTH_WORDS:
            return True
        if len(word) > 6 and word.endswith(HEALTH_SUFFIXES):
            return True
    return False


def _counts(rule: _Rule, text: str, mentions: _Mentions) -> bool:
    """Whether any match of the rule stands in its context."""
    spec = rule.spec
    if spec.medicine and not mentions.medicines:
        return False
    if rule.requires is not None and not rule.requires.search(text):
        return False
    for m in rule.pattern.finditer(text):
        if spec.near_medicine and not _about_medicine(m, text, mentions, spec.two_medicines):
            continue
        before = text[: m.start()]
        if spec.negatable and (_NEGATION_NEXT if spec.category == "self_harm" else _NEGATION).search(before):
            continue
        clause = _clause(text, m.start(), m.end())
        if rule.unless is not None and rule.unless.search(clause):
            continue
        if spec.past and _PAST.search(clause) and not _STILL.search(clause):
            continue
        if spec.informational and _INFORMATIONAL.search(text) and not _AFFECTED.search(text):
            continue
        return True
    return False


def _about_medicine(m: re.Match[str], text: str, mentions: _Mentions, mixing: bool) -> bool:
    """A verb about a medicine ("stop my baclofen", not "stop coughing"); for mixing, one of two things mixed."""
    if mixing:
        # "can I mix baclofen ..." names the second thing later, or not.
        if m.group(0).startswith(("mix", "combin")):
            return mentions.near(text, m.start(), m.end())
        substance = any(a <= m.start() < b for a, b, _ in mentions.substances)
        return mentions.distinct() >= 2 and (substance or mentions.near(text, m.start(), m.end()))
    following = text[m.end() :].split(maxsplit=1)
    word = following[0].strip(".,;:!?") if following else ""
    if word.endswith("ing") and word not in {"taking", "using", "giving", "having"}:
        return False  # "stop coughing"
    # A medicine before the verb counts only when the verb ends its phrase ("baclofen ... can I stop it now?").
    ends = not word or word in _ENDS_PHRASE or following[0][-1:] in ".,;:!?"
    return mentions.near(text, m.start(), m.end(), before=ends)


def _clause(text: str, start: int, end: int) -> str:
    """The sentence around a match."""
    left = max(text.rfind(c, 0, start) for c in ".!?;\n")
    rights = [i for i in (text.find(c, end) for c in ".!?;\n") if i != -1]
    return text[left + 1 : min(rights) if rights else len(text)]


def _from_rules(matched: list[RuleSpec], text: str) -> Triage:
    matched.sort(key=lambda r: CATEGORIES.index(r.category))
    top = matched[0].category
    categories = {r.category for r in matched}
    notices: list[str] = []
    if "self_harm" in categories:
        notices.append("notice.self_harm")
    if "emergency" in categories:
        notices.append("notice.emergency")
    notices.extend(r.notice for r in matched if r.notice and r.notice not in notices)
    if "personal_decision" in categories and top != "self_harm":
        notices.append("notice.prescriber")
    reasons = "; ".join(dict.fromkeys(r.reason for r in matched))
    intent = any(r.intent for r in matched)
    return Triage(top, reasons, tuple(notices), intent=intent, text=text)


@lru_cache(maxsize=1)
def _plain() -> Triager:
    return Triager()


def triage(message: str) -> Triage:
    """Triage with the vocabulary alone (no scope model, no index names): for tests and tools."""
    return _plain().triage(message)
