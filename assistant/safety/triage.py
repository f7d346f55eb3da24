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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np
import yaml
from rapidfuzz import process
from rapidfuzz.distance import OSA
from wordfreq import zipf_frequency

from assistant.embedding.cache import EmbeddingCache, embed_cached
from assistant.embedding.embedders import Embedder, Vectors
from assistant.resources import DATA_DIR
from assistant.safety.languages import (
    ENGLISH_SURE,
    LANGUAGES,
    Framing,
    Language,
    PhraseMatch,
    detect,
    framing,
    match_phrases,
)
from assistant.safety.rules import (
    ABUSE,
    ACKNOWLEDGEMENT,
    CATEGORIES,
    CHITCHAT,
    PEOPLE,
    RULES,
    WHO,
    Category,
    RuleSpec,
)
from assistant.safety.urgency import Screened, UrgencyModel
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
# First aid asked in advance, about anyone: "what should I do if someone is having a seizure", "how do you help a
# person who is choking". Someone named ("my son") or a sign of now ("right now", "hurry") keeps the alarm.
_FIRST_AID = re.compile(
    r"\b(?:what|how)\b[^.?!]{0,30}\b(?:do|should|can|to|would|could)\b[^.?!]{0,25}\b(?:if|when|for|with)\b (?:someone|somebody|"
    r"a person|a child|a kid|a baby|an? (?:adult|friend|stranger|coworker|patient|elderly person)|people|you|your "
    r"(?:child|kid|baby|friend|partner))\b|\bfirst aid (?:for|when|if|during)\b|\bhow (?:do you|to|can you|should you|"
    r"do i|can i|should i|would you) (?:help|treat|handle|respond to|recogni[sz]e|spot|tell)\b"
)
# First aid with the case first: "if a kid swallows a button battery, what are you meant to do?".
_FIRST_AID_AFTER = re.compile(
    r"\bif (?:someone|somebody|a person|a child|a kid|a baby|a toddler|an adult|your (?:child|kid|baby|toddler))\b[^.?!]{0,60}"
    r"\b(?:what|how)\b[^.?!]{0,30}\b(?:do|should|meant to|supposed to|can)\b"
)
# Asked ahead of time: "how do you do back blows on a baby? just want to be ready". Counts with a how or what.
_ADVANCE = re.compile(
    r"\b(?:just in case|in case (?:it|this|that|anything|something|i|we) (?:ever )?(?:happens?|need|have to)|"
    r"(?:to be|want(?:ed)? to be|so im|so i am|so were|like to be) (?:ready|prepared)|be prepared|if (?:it|this|that|anything|"
    r"something) (?:ever )?happens|if (?:i|we) ever (?:need|have) to|for (?:the )?future reference|"
    r"first aid (?:course|class|training|exam|test|certificate))\b"
)
_ASKS_HOW = re.compile(r"\b(?:how|what|whats)\b")
# A story, a course or a report about an emergency, with nobody in it now: "in my novel a character is poisoned",
# "doing a school report on the opioid crisis, how does naloxone reverse an overdose?".
_STORY_OR_STUDY = re.compile(
    r"\b(?:in my (?:novel|story|book|script|screenplay|film|play|game|fanfic)|in (?:a|an|the|this|that) (?:\w+ )?(?:drama|tv show|"
    r"series|film|movie|episode|novel|video game|soap|sitcom|anime)|for (?:a|my|the) (?:story|novel|book|script|"
    r"screenplay|scene|character|film)|my (?:character|protagonist)|(?:school|class|college|uni|nursing|first aid|medical) "
    r"(?:report|project|essay|assignment|exam|course|class|module)|(?:report|essay|project|presentation|assignment) on|"
    r"studying for (?:my|a|the) (?:nursing|medical|first aid|pharmacology|biology|health)|first aid (?:course|class|training)|"
    r"(?:revising|studying|cramming) for|(?:watched|watching|saw|seen|reading|read|listening to|listened to) (?:a |an |the |this )?"
    r"(?:\w+ )?(?:documentary|film|movie|show|series|article|book|news|podcast|episode|drama|soap|sitcom|anime|cartoon|video|tiktok)|writing (?:a|my) (?:\w+ )?(?:novel|story|book|script|screenplay|play|scene)|"
    r"for (?:my|a|our|the) (?:\w+ )?(?:essay|exam|class|course|assignment|homework|report|paper|presentation|thesis|"
    r"dissertation|module|lecture)|we (?:covered|learned|learnt|studied|did) (?:it |this |that |\w+ )?in (?:\w+ )?(?:class|"
    r"pharmacology|biology|physiology|school|lecture|uni|college|anatomy)|"
    r"how many (?:people|americans|kids|children|teens|teenagers|adults|men|women) (?:\w+ ){0,2}(?:die|died|get|have|are|"
    r"overdose)|(?:each|every|per) year|statistics|stats)\b"
)
# Comparing conditions: "what's the difference between a panic attack and a heart attack?".
_COMPARISON = re.compile(
    r"\b(?:difference|differences|tell (?:the )?(?:difference|apart)|tell (?:\w+ ){1,4}(?:from|apart)|distinguish|vs|"
    r"versus)\b"
)
# An emergency word as a figure of speech: "nearly had a heart attack when I saw the bill", "giving me a stroke lol".
_EMERGENCY_IDIOM = re.compile(
    r"\b(?:nearly|almost|about to|gonna|going to|will|gave me|giving me|give me|near|practically) (?:had |have |having )?"
    r"an? (?:heart attack|stroke|aneurysm|coronary)\b(?=[^.!?]{0,40}\b(?:when i (?:saw|got|read|heard|opened)|lol|haha|"
    r"lmao|bill|results?|price|prices|exam|test|boss|kids?|news)\b)"
)
_NOW_NAMED = re.compile(
    rf"\b(?:right now|rn|currently|at the moment|atm|hurry|asap|please help|help me|help pls|emergency|911|"
    rf"(?:my|our) (?:{PEOPLE})|im|i am|i think im|i feel|ive|i have|i just|myself|asking for me|for me)\b"
)
# Suicide as a subject of study or awareness: "a school report on suicide prevention", "suicide statistics".
_ABOUT_SUICIDE = re.compile(
    r"\b(?:(?:school|class|college|uni|university|psych|psychology|health|nursing|training|work) (?:report|project|essay|"
    r"assignment|paper|presentation|class|course|module|lecture|seminar|lesson)|copycat|contagion|postvention|media coverage|"
    r"came up in (?:my |a |our |the )?(?:\w+ )?(?:lecture|class|seminar|lesson|course)|"
    r"in (?:my|a|the|this) (?:novel|story|book|script|screenplay|play|film|short story)|my (?:main )?character|"
    r"(?:rise|increase|spike|drop|fall|decline) in (?:\w+ ){0,2}suicides?|studies (?:\w+ ){0,2}(?:find|found|show|showed)|"
    r"(?:mental health|wellbeing|school|workplace|suicide) (?:policy|policies|plan)|"
    r"(?:watched|watching|saw|seen|reading|read|listening to|listened to) (?:a |an |the |this )?(?:\w+ )?(?:documentary|"
    r"film|movie|show|series|article|book|news|podcast|episode)|(?:report|essay|research|paper|project|presentation|thesis|"
    r"article|study|studies|blog post|lesson|talk) (?:on|about|into|for)|prevention|awareness|statistics|stats|rates? of|"
    r"how (?:do|does) (?:a )?(?:crisis|suicide|help) ?lines? work|(?:train|training) (?:for|on|in)|"
    r"(?:crisis|suicide|help|hot) ?lines?\b[^.?!]{0,40}\b(?:work|volunteers?|volunteering|staffed|paid)|"
    r"(?:psychologists?|researchers?|scientists?) (?:study|studied|research)|"
    # Self-harm or suicide as a feature of a diagnosis: "is self harm always part of BPD or is that a stereotype?".
    r"(?:self ?harm\w*|suicid\w*) (?:always |usually |often |ever |really )?(?:a |an )?(?:part|symptom|sign|feature|criterion) of|"
    r"(?:stereotype|myth|stigma)|suicide rates?|how (?:suicide|self ?harm) is (?:shown|portrayed|depicted|covered|reported|"
    r"talked about|written about)|(?:experts?|researchers?|psychiatrists?|psychologists?) (?:worry|warn|say|think|"
    r"recommend|disagree|argue)|heard (?:it |this |that |about it )?(?:on|in) (?:a|the) (?:podcast|documentary|news|radio|"
    r"show|lecture)|"
    r"(?:wellbeing|wellness|mental health|first aid) (?:training|course|session|workshop)|"
    r"for (?:my|a|our|the) (?:\w+ )?(?:essay|exam|class|course|assignment|homework|report|paper|presentation|thesis|"
    r"dissertation|module|lecture)|"
    r"for (?:my|a|our|the) (?:school |class |college )?(?:essay|report|project|paper|assignment|presentation|class|course)|"
    r"(?:i am|im) (?:a |an )?(?:\w+ )?(?:student|teacher|nurse|researcher|counsell?or|journalist|writer))\b"
)
_PERSONAL_CRISIS = re.compile(
    rf"\b(?:(?:my|our) (?:{PEOPLE})|i|im|ive|me|myself)\b[^.?!]{{0,60}}\b(?:suicid\w*|kill|die|dying|harm\w*|cut\w*|"
    r"end (?:it|my|his|her|their)|self ?harm\w*|overdos\w*)"
)
# Someone affected now, for a story or study framing: the framing does not count over these.
_PRESENT = re.compile(
    rf"\b(?:right now|rn|currently|at the moment|hurry|asap|help|pls|please|911|ambulance|(?:my|our) (?:{PEOPLE})|"
    r"i (?:just |have |already |think i )?(?:took|taken|swallowed|drank|ate|feel|felt|cant|can not|cannot)|"
    r"ive (?:just |already )?(?:taken|swallowed|had|drunk|eaten)|im (?:having|feeling|bleeding|shaking|scared)|"
    r"(?:an?|one|two|few|\d+) (?:hour|hours|minutes?|mins?) ago|"
    r"my (?:own )?(?:arm|arms|leg|legs|face|chest|head|heart|throat|tongue|lips|vision|eyes?|hand|hands|side|body|breathing))\b"
)
_PAST = re.compile(
    r"\b(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|few|a few|"
    r"couple of|a couple of|several|many) (?:years?|months?|weeks?|summers?|winters?|"
    r"springs?|autumns?|falls?) ago|"
    r"last (?:year|month|summer|winter|spring|fall|autumn)|in the past|years back|as a (?:child|kid|teen|teenager|baby)|"
    r"when i was (?:young|little|a kid|a child|younger|\d+)|used to|history of|once had|back in \d{4}|in \d{4}|"
    r"last week|sometimes|occasionally|every (?:now and then|so often)|from time to time|at times|episodes?|spells?|(?<!at )once|"
    r"in (?:high school|college|school|uni|university)|earlier but|"
    r"(?:im|i am|hes|shes|he is|she is|is|were|theyre|they are|seems?) (?:(?!not\b|never\b)\w+ )?(?:fine|ok|okay|alright|better|"
    r"normal|well) now|"
    r"(?:died|passed away) (?:\w+ ){0,2}(?:of|from)|went away|(?:hasnt|has not|havent|have not) (?:come|came) back|"
    r"back then|at the time|all clear|(?<!never )(?<!doesnt )(?<!does not )(?<!wont )goes away|in (?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december))\b"
)
_STILL = re.compile(
    r"\b(?:right now|rn|again|still|today|tonight|currently|this (?:morning|evening|afternoon)|(?:came|comes|coming) back)\b"
)


# --- normalisation -------------------------------------------------------------------------------------------------


def normalise(message: str, correct: bool = True) -> str:
    """The message folded to the one spelling the safety vocabulary is written in; misspellings of the safety words
    are corrected only when `correct` (a message taken as English: in French, "c'est" folds to "cest", which is not
    a misspelt "chest")."""
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
    return _corrected(text) if correct else text


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


# A word at least this frequent in English (wordfreq's Zipf scale) is a word, not a misspelling: "beeping" (2.7) and
# "seeping" are not "bleeding" and "seizing"; the misspellings the corrector is for ("bleedin" 2.1, "unconcious" 1.6,
# "siezure" 0) are rarer.
REAL_WORD = 2.5


@lru_cache(maxsize=65536)
def _spelling(word: str) -> str:
    """`word`, or the safety key term it misspells; common English words are never changed."""
    if len(word) < 4 or len(word) > 24 or word in KEY_TERMS or zipf_frequency(word, "en") >= REAL_WORD:
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
    `language`, `foreign`: the language notices are shown in, and whether the message is not in English (its
    answer is the notices and a line saying the articles are in English, in that language).
    `by`, `screened`: which layers made an urgent category (staff see them), and the learned screen's figures.
    """

    category: Category
    reason: str
    notices: tuple[str, ...]
    intent: bool = False
    decline: str | None = None
    text: str = ""
    social: bool = False
    language: str = "en"  # the language to answer in (the notices' and the lead's)
    foreign: bool = False  # written in another language than the articles': nothing is searched
    by: tuple[str, ...] = ()  # for an urgent category, each layer that called it: rules, phrases, a model
    screened: tuple[Screened, ...] = ()  # the learned screen's probabilities, for staff
    without_screen: Category | None = None  # the category without the learned screen (for measuring it)


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
    """Triage with the reviewed vocabulary, the index's own medicine names, the other languages' phrases, and (if
    given) the scope model and the learned urgency screen.

    `multilingual`: embeds a message for the screen's multilingual head; called only for messages detected as not
    English (None: that head is not used).
    """

    def __init__(
        self,
        scope: ScopeModel | None = None,
        medicine_names: Iterable[str] = (),
        urgency: UrgencyModel | None = None,
        multilingual: Callable[[Sequence[str]], np.ndarray] | None = None,
    ) -> None:
        # The one part that depends on the index.
        self._medicine = re.compile(_medicine_pattern(medicine_names))
        self.scope = scope
        self.urgency = urgency
        self.multilingual = multilingual

    def triage(self, message: str, query: Vectors | None = None) -> Triage:
        language = detect(message)
        text = normalise(message, correct=language.english)
        mentions = _Mentions(
            [(m.start(), m.end(), m.group(0)) for m in self._medicine.finditer(text)],
            [(m.start(), m.end(), m.group(0)) for m in _SUBSTANCE.finditer(text)],
        )
        phrases = match_phrases(message, english=language.english)
        # Another language's framing (a school report, first aid asked in advance) counts only in a message that is
        # not English or holds another language's phrase: English framings are the English rules' to read.
        frame = framing(message) if not language.english or phrases else Framing()
        matched = _studied(
            [rule.spec for rule in _RULES if _counts(rule, text, mentions, frame)], text, frame
        )
        screened = _unframed(self._screen(message, language, query, bool(phrases)), text, frame, phrases)
        phrases = _framed(_phrases_standing(phrases, screened), frame)
        found = self._decide(text, query, mentions, matched, language, phrases, screened)
        if found.category == "out_of_scope" and not found.social and self._unsure_english(language, screened):
            # Never declined unread: a message taken for English only because nothing else was sure (a language of
            # no list here, or one typed in Latin letters) gets the multilingual screen before it is declined.
            screened += self._multilingual(message)
            found = self._decide(text, query, mentions, matched, language, phrases, screened)
        if any(s.category is not None for s in screened):
            alone = self._decide(text, query, mentions, matched, language, phrases, ())
            return replace(found, screened=screened, without_screen=alone.category)
        return replace(found, screened=screened, without_screen=found.category)

    def _decide(
        self,
        text: str,
        query: Vectors | None,
        mentions: _Mentions,
        matched: list[RuleSpec],
        language: Language,
        phrases: list[PhraseMatch],
        screened: tuple[Screened, ...],
    ) -> Triage:
        found = _from_rules(matched, text) if matched else None
        urgent = _urgent(found, phrases, screened, text)
        answer_in = _answer_language(language, phrases)
        foreign = (
            not language.english or answer_in != "en"
        )  # too short to detect, but another language's phrase
        if urgent is not None:
            return replace(urgent, language=answer_in, foreign=foreign)
        if foreign:
            # Never declined as out of scope: a health question the English rules can read (two medicine names
            # mixed) keeps their category and notices; anything else is general, answered in its language.
            reason = f"written in another language ({language.code}, by {language.how}): the articles are in English"
            if found is not None:
                return replace(found, reason=f"{found.reason}; {reason}", language=answer_in, foreign=True)
            return Triage("general", reason, (), text=text, language=answer_in, foreign=True)
        if found is not None:
            return found
        out = self._out_of_scope(text, query, bool(mentions.medicines))
        if out is not None:
            reason, decline, social = out
            return Triage("out_of_scope", reason, (), decline=decline, text=text, social=social)
        return Triage("general", "no safety signal", (), text=text)

    def _screen(
        self, message: str, language: Language, query: Vectors | None, phrases: bool
    ) -> tuple[Screened, ...]:
        """The learned screen: the English head on the retrieval vector for a message in English (or too short
        to tell), the multilingual head for one in another language, and for any message in which another
        language's phrase was found."""
        if self.urgency is None or sum(c.isalpha() for c in message) < 2:
            return ()  # nothing to read: punctuation, numbers or one letter
        heads: list[Screened] = []
        if language.english and query is not None:
            heads.append(self.urgency.english.screen(query, message))
        if not language.english or phrases:
            heads.extend(self._multilingual(message))
        return tuple(heads)

    def _multilingual(self, message: str) -> tuple[Screened, ...]:
        if self.urgency is None or self.multilingual is None:
            return ()
        return (self.urgency.multilingual.screen(self.multilingual([message])[0], message),)

    def _unsure_english(self, language: Language, screened: tuple[Screened, ...]) -> bool:
        return (
            language.english
            and language.probability < ENGLISH_SURE
            and not any(s.head == "multilingual" for s in screened)
        )

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


def _counts(rule: _Rule, text: str, mentions: _Mentions, frame: Framing) -> bool:
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
        if spec.past and frame.past:  # another language's "two years ago ... fine since"
            continue
        if spec.informational and _INFORMATIONAL.search(text) and not _AFFECTED.search(_without_study(text)):
            continue
        if spec.informational and _in_advance(text):
            continue
        if spec.informational and (_story_or_study(text) or frame.informational):
            continue
        if spec.informational and _COMPARISON.search(clause) and not _STILL.search(text):
            continue
        if spec.category == "emergency" and _EMERGENCY_IDIOM.search(clause):
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


def _studied(matched: list[RuleSpec], text: str, frame: Framing) -> list[RuleSpec]:
    """Without the self-harm matches when the message asks about suicide as a subject (a report, prevention,
    statistics) and says nothing of anyone's own wish or harm: it gets the crisis line as a disclaimer."""
    self_harm = [r for r in matched if r.category == "self_harm"]
    if not self_harm or any(r.intent for r in self_harm):
        return matched
    # Suicidal thoughts asked about as a medicine's effect are self_harm by the policy, whatever the framing.
    if _SIDE_EFFECT.search(text):
        return matched
    if frame.subject or (_ABOUT_SUICIDE.search(text) and not _PERSONAL_CRISIS.search(_without_study(text))):
        return [r for r in matched if r.category != "self_harm"]
    return matched


# "Does accutane really make teenagers want to end their lives, or is that a myth?": a medicine's effect, whatever
# the framing around it.
_SIDE_EFFECT = re.compile(
    r"\b(?:make|makes|made|making|cause|causes|caused|causing|give|gives|trigger|triggers|lead to|leads to|linked to|"
    r"side effects?)\b[^.?!]{0,50}\b(?:suicid\w*|want(?:s|ing)? to (?:die|end (?:their|his|her|my) li(?:fe|ves))|"
    r"end (?:their|his|her) li(?:fe|ves)|kill (?:them|him|her)sel(?:f|ves))"
)


def _in_advance(text: str) -> bool:
    """First aid asked in advance, with nobody named and nothing happening now."""
    asked = bool(_FIRST_AID.search(text) or _FIRST_AID_AFTER.search(text)) or bool(
        _ADVANCE.search(text) and _ASKS_HOW.search(text)
    )
    return asked and not _NOW_NAMED.search(text)


def _first_aid_case(text: str) -> bool:
    """Strictly first aid: what to do if someone (a case, not the writer) has something, nobody named, now."""
    asked = _FIRST_AID.search(text) or _FIRST_AID_AFTER.search(text)
    if asked is None or not asked.group(0).startswith(("what", "if")):
        return False
    return not _NOW_NAMED.search(text)


def _story_or_study(text: str) -> bool:
    """A story, a course or a study (the writer's own framing set aside), with nobody affected now."""
    framed = bool(_STORY_OR_STUDY.search(text) or _STUDY_FRAME.search(text))
    return framed and not _PRESENT.search(_without_study(text))


def _without_study(text: str) -> str:
    """The message less its framing ("im writing a report on suicide prevention", "im a nurse"), which names the
    writer but not their harm."""
    return _STUDY_FRAME.sub(" ", text)


_STUDY_FRAME = re.compile(
    r"\b(?:im|i am|i have|ive|i|we are|were)\b (?:\w+ ){0,2}?(?:writing|doing|making|preparing|giving|researching|studying|"
    r"working on)\b (?:\w+ ){0,4}?(?:on|about|into|for) (?:\w+ ){0,3}?(?:suicid\w*|self ?harm\w*)(?: (?:prevention|awareness|"
    r"rates?|statistics|stats))?|\b(?:im|i am) (?:a |an )?(?:\w+ )?(?:student|teacher|nurse|researcher|counsell?or|journalist|"
    r"writer)\b|\b(?:new )?(?:\w+ )?(?:student|assistant|nurse|trainee|carer|volunteer|paramedic|doctor|medic|teacher) here\b|"
    r"^(?:\w+ )?student\b|\b(?:\w+ )?student[.!?\s]*$"
)


def _urgent(
    found: Triage | None, phrases: list[PhraseMatch], screened: tuple[Screened, ...], text: str
) -> Triage | None:
    """The urgent triage when any layer calls the message urgent: the rules, another language's phrases or the
    learned screen. The most severe category any of them gives wins; each adds its notices and its reason."""
    by_category: dict[str, list[str]] = {"self_harm": [], "emergency": []}
    reasons: list[str] = []
    if found is not None and found.category in by_category:
        for category in ("self_harm", "emergency"):
            if f"notice.{category}" in found.notices:
                by_category[category].append("rules")
        reasons.append(found.reason)
    poisoning = found is not None and "notice.poisoning" in found.notices
    for p in phrases:
        category = "emergency" if p.category == "poisoning" else p.category
        poisoning = poisoning or p.category == "poisoning"
        by_category[category].append(f"phrases ({p.language})")
        reasons.append(f"{p.language} phrase: {p.phrase!r}")
    # The screen adds recall, not a second opinion on the rules' category: once the rules or the phrases call a
    # message urgent, a screen that reads it as the other urgent category does not change what is shown.
    ruled = any(by_category.values())
    for s in screened:
        if s.category is not None and (not ruled or by_category[s.category]):
            by_category[s.category].append(f"{s.head} model")
            reasons.append(f"{s.describe()} (over the threshold)")
    if not by_category["self_harm"] and not by_category["emergency"]:
        return None
    top: Category = "self_harm" if by_category["self_harm"] else "emergency"
    notices: list[str] = []
    if by_category["self_harm"]:
        notices.append("notice.self_harm")
    if by_category["emergency"]:
        notices.append("notice.emergency")
    if poisoning:
        notices.append("notice.poisoning")
    if found is not None:
        notices.extend(n for n in found.notices if n not in notices and n != "notice.prescriber")
        if "notice.prescriber" in found.notices and top != "self_harm":
            notices.append("notice.prescriber")
    # Self-harm the rules did not read as the writer's own is still treated as such when only a model or another
    # language's phrase found it: nothing is quoted (when unsure, the safer answer).
    rules_self_harm = found is not None and found.category == "self_harm"
    intent = (
        (found.intent if rules_self_harm else top == "self_harm") if found is not None else top == "self_harm"
    )
    by = tuple(dict.fromkeys(by_category["self_harm"] + by_category["emergency"]))
    return Triage(top, "; ".join(dict.fromkeys(reasons)), tuple(notices), intent=intent, text=text, by=by)


# Another language's phrase stands unless the multilingual head is all but sure the message is not urgent. The
# phrases cannot read context (a stroke last year, first aid asked in advance); measured out of fold on the
# training messages not in English, this floor halved the phrases' false alarms (0.21 to 0.13 beside the head) and
# kept nearly all the recall they add (0.945 to 0.943).
PHRASE_FLOOR = 0.05


def _unframed(
    screened: tuple[Screened, ...], text: str, frame: Framing, phrases: list[PhraseMatch]
) -> tuple[Screened, ...]:
    """The screen's calls less those the rules read better. Emergency calls for first aid asked in advance, a
    story or a study, with nobody named and nothing happening now. Self-harm calls for first aid asked in advance
    (nobody named, nobody asking for themselves: "if a kid swallows a button battery, what do you do?") and for a
    message that plainly disavows suicide ("im not suicidal, i just cant sleep": the policy's own example of a
    general question), where the screen reads the word and not its negation; any other sign in them is still the
    rules' to read. Self-harm calls otherwise stand whatever the framing: "for a story, how many would it take" is
    a pretext the policy names."""
    drop: set[str] = set()
    if _in_advance(text) or _story_or_study(text) or frame.informational:
        drop.add("emergency")
    if (
        _first_aid_case(text)
        or _DISAVOWED.search(text)
        or (
            frame.disavowed
            and not any(
                p.category == "self_harm" and not p.mention and not frame.disavows(p.phrase) for p in phrases
            )
        )
    ):
        drop.add("self_harm")
    if not drop and not frame.past:
        return screened
    # Another language's event that is over ("Пару лет назад был анафилактический шок, откачали, сейчас всё
    # хорошо"): the multilingual head's emergency call gives way, as the English rules' does for "two years ago";
    # and it reads a rescue as an overdose, so its self-harm call gives way too when it is not sure of it and no
    # phrase of the language speaks of self-harm.
    past_self_harm = frame.past and not any(p.category == "self_harm" for p in phrases)

    def gives_way(s: Screened) -> bool:
        if s.category in drop:
            return True
        if s.head != "multilingual" or not frame.past:
            return False
        if s.category == "self_harm":
            return past_self_harm and s.self_harm < PAST_SELF_HARM_CEILING
        return s.category == "emergency"

    return tuple(replace(s, category=None) if gives_way(s) else s for s in screened)


# The screen's self-harm probability at and above which its call stands in a message told as over.
PAST_SELF_HARM_CEILING = 0.5


_DISAVOWED = re.compile(
    r"\b(?:im|i am|hes|he is|shes|she is|theyre|they are)(?: definitely| really| honestly)? (?:not|never been) "
    r"(?:\w+ )?(?:suicidal|going to (?:hurt|harm|kill) (?:my|him|her|them) ?sel(?:f|ves)|self ?harming)\b|"
    r"\b(?:no|not having|dont have|never had|without) (?:any )?suicidal (?:thoughts|feelings|ideas?|ideation)\b"
)


def _phrases_standing(phrases: list[PhraseMatch], screened: tuple[Screened, ...]) -> list[PhraseMatch]:
    multilingual = next((s for s in screened if s.head == "multilingual"), None)
    if multilingual is None or multilingual.self_harm + multilingual.emergency >= PHRASE_FLOOR:
        return phrases
    return []


def _framed(phrases: list[PhraseMatch], frame: Framing) -> list[PhraseMatch]:
    """Another language's phrases less those its framing explains: emergency phrases in first aid asked in advance
    or a study, in a past event that is over ("hace dos años tuve la garganta hinchada, ahora estoy bien") or
    inside a negation ("sin dolor de pecho"), and the bare word for suicide in a report or a class, with nobody
    affected now. A phrase of intent ("quiero morir") stands whatever the framing or tense."""
    return [
        p
        for p in phrases
        if not (
            (
                p.category in {"emergency", "poisoning"}
                and (frame.informational or frame.past or frame.negates(p.phrase))
            )
            or ((frame.subject or frame.disavowed) and p.category == "self_harm" and p.mention)
            or (p.category == "self_harm" and frame.disavows(p.phrase))
        )
    ]


def _answer_language(language: Language, phrases: list[PhraseMatch]) -> str:
    """The language to answer in: the detected one when it has translations; else that of a matched phrase when
    detection could not tell (a few words of Portuguese); else English."""
    if not language.english:
        return language.code if language.code in LANGUAGES else "en"
    if language.how == "default":
        for p in phrases:
            return p.language
    return "en"


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
