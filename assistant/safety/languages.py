"""Which language a message is written in, and the reviewed crisis and emergency phrases of other languages.

Detection (`detect`) trusts the script first (Hangul, kana, Han, Arabic, Cyrillic... cannot be English) and, for
Latin script, `py3langid` (its model ships inside the wheel; about 0.05 ms a message), but only at high
probability: short or mixed messages ("cant breath", "hola") are too short to tell, and stay English. Detection
never suppresses English triage: the English rules and the English model run on every message; the language
only adds the multilingual screen and picks the language of the notices.

The phrases (`PHRASES` in `phrases.py`) are matched on every message whatever its detected language, so "quero
morrer" is caught although three words are too few to detect Portuguese; a match also says the language to
answer in when detection could not.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from wordfreq import top_n_list, zipf_frequency

from assistant.safety.frames import DISAVOWED, FAREWELL, FRAMES, LETHAL
from assistant.safety.past import PAST
from assistant.safety.phrases import IDIOMS, MENTIONS, PHRASES

__all__ = [
    "ENGLISH_SURE",
    "LANGUAGES",
    "Framing",
    "Language",
    "PhraseMatch",
    "detect",
    "fold",
    "framing",
    "match_phrases",
    "prepare",
]

# The languages with reviewed phrases and translated notices: English and the most spoken others in US homes,
# Italian, and Hindi (also in Latin letters, as it is mostly typed).
LANGUAGES = ("en", "es", "fr", "de", "pt", "it", "zh", "vi", "tl", "ar", "ru", "ko", "hi")

# A Latin-script message is taken as not English only at this probability (over a restricted set of languages):
# measured on the labelled messages, no English message of the training data reaches it. See docs/safety.md.
LATIN_CONFIDENCE = 0.9
_LATIN_CANDIDATES = ("en", "es", "fr", "de", "pt", "it", "tl", "vi", "nl", "pl", "id", "ro", "sw", "ht", "ca")

# Script ranges and the language each suggests; a message is of a script when at least a third of its letters are.
_SCRIPTS: tuple[tuple[str, tuple[tuple[int, int], ...]], ...] = (
    ("ko", ((0xAC00, 0xD7AF), (0x1100, 0x11FF), (0x3130, 0x318F))),
    ("ja", ((0x3040, 0x30FF),)),  # kana: Japanese even when most letters are Han
    ("zh", ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0xF900, 0xFAFF))),
    ("ar", ((0x0600, 0x06FF), (0x0750, 0x077F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))),
    ("ru", ((0x0400, 0x04FF),)),
    ("el", ((0x0370, 0x03FF),)),
    ("he", ((0x0590, 0x05FF),)),
    ("hi", ((0x0900, 0x097F),)),
    ("th", ((0x0E00, 0x0E7F),)),
)
_OTHER_SCRIPT = "other"  # `_script`'s answer for a script not in `_SCRIPTS`
_VIETNAMESE = re.compile(r"[ơưđăạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)

# Vietnamese typed without its diacritics ("uong bao nhieu vien thi chet"), which langid cannot place: a message of
# three words or more of which at least this share are common Vietnamese words (wordfreq's 5,000 commonest, folded
# to plain letters) that English seldom uses (Zipf below 3.5). Measured on the labelled messages (Vietnamese ones
# folded): 455 of 459 Vietnamese reach it, none of 6,846 English, 1 of 423 Tagalog, 2 of 61 French.
VIETNAMESE_SHARE = 0.3
# Russian in Latin letters ("ya ne hochu zhit", "skolko tabletok"), as typed without a Cyrillic keyboard: the same
# share of words that, read back into Cyrillic (`_russian_reading`'s skeleton spelling, which the usual
# transliterations share), are among wordfreq's 5,000 commonest Russian words, and are not common in English.
# Measured on the labelled messages and the consumer questions: no message of another language is taken for Russian,
# and 168 of the 194 Russian ones in Latin letters are.
RUSSIAN_SHARE = 0.3
# Hindi in Latin letters ("yaar ab jeene ka mann nahi karta"): the same share of words from a reviewed list of
# common romanised Hindi words (`_HINGLISH`; wordfreq has Hindi only in Devanagari), and more of them than of common
# Tagalog words, which share a few short ones ("ko", "ka", "pa"). No English message of the labelled ones reaches
# 0.18.
HINDI_SHARE = 0.3
# Langid's guess of one of `LANGUAGES` at this probability or more is not overruled by Russian or Hindi words.
# Measured on the labelled messages: the Russian ones in Latin letters are guessed as a language of ours at 0.46 at
# most (Tagalog); Italian greetings that hold Russian-looking words ("ciao chi sei") at 0.8.
GUESS_KEPT = 0.6
# Both are looked for only when langid is less sure of English than this: none of the 561 labelled Vietnamese and
# Arabizi messages found so is above it.
ENGLISH_SURE = 0.95
# Arabic in Latin letters ("Arabizi"): digits for the letters Latin lacks (3 for ain, 7 for ha, 2 for hamza, 5 for
# kha, 9 for qaf) inside words ("a7san", "t3bt", "yefta2edni"). Two such words, or one in a message langid does not
# take for English. Units and times ("5mg", "3am", "2yo") and gene names ending in a digit are not such words.
_ARABIZI = re.compile(
    r"(?<![\w])(?:[a-z]*[a-z][23579][a-z']+|[23579](?!(?:mg|mcg|ml|am|pm|yo|yr|yrs|kg|lb|lbs|th|rd|nd|st|mm|cm|hr|hrs|h|"
    r"min|mins|wk|wks|ish|x|k|m|s|d)\b)[a-z']{2,})(?![\w])"
)


# Common words of Hindi as written in Latin letters: function words, pronouns, the commonest verbs and the words of
# the body and of medicines that messages use. Reviewed; a word common in English ("main", "me", "to", "pet") is left
# out, except a few that English text seldom holds ("hai", "ki", "ke", "ka", "tha").
_HINGLISH = frozenset(
    """
    hai hain hoon hun hu ho tha thi nahi nahin nai mat kya kyu kyun kyon kaise kaisa kaisi kab kahan kaha kaun
    kitna kitni kitne mera meri mere mujhe mujhko mujh mai mein hum humko hamara hamari tum tumhara tumhari aap
    aapka aapki apna apni apne uska uski uske usko unka unki unke unko woh wo yeh ye yahan wahan isko isse usse
    aur lekin magar pe toh bhi sirf bas abhi phir fir kabhi hamesha bahut bohot bahot zyada jyada thoda thodi
    kuch koi sab sabko sabki kar karo karna karne karta karti karte karu karun kiya kiye ki ke ka ko se raha
    rahi rahe gaya gayi gaye gya gyi hua hui hue hoga hogi le liya li lena leni lene dena dene dedo aaya aayi
    aaye ja jao jana jaun jaunga jaungi jaata jaati chahta chahti chahiye chaiye sakta sakti sakte lagta lagti
    yaar yar bhai behen didi bhaiya mummy mammi maa beti bacha bachha bachcha bachche ghar dost dawai dawa
    dawaai goli goliyan goliya dard bukhar bukhaar saans khoon ulti chakkar seene chhati jeena jeene jina marna
    marne maut zindagi jindagi khatam khatm khud theek thik accha acha achha bura bekar pata samajh kal aaj raat
    subah shaam saal mahine hafte wala wali wale kyunki isliye agar warna jab jaisa waisa h nhi ni kr rha rhi
    rhe mje mujhse tujhe tera teri tere humne maine usne unhone roz bina bacho bachon jau jaau du lu kud gir
    gira giri nadi pani khana chhod chhoda diya bol bola boli bolte bolta rehte rehta rehti wapas vapas puchna
    puch poochna pooch batao bataiye bata pehle pahle baad saath sath liye waise vaise sach sahi galat kaafi
    kafi zara jaldi kuchh bhot gharwale chahe lekar dekh dekha dekho suno samjho parso tabiyat tabiyet halat
    haalat
    """.split()  # noqa: SIM905
)


@dataclass(frozen=True)
class Language:
    """A message's language: an ISO 639-1 code, how sure, and how it was told (script, langid or default)."""

    code: str
    probability: float
    how: Literal["script", "langid", "words", "default"]

    @property
    def english(self) -> bool:
        return self.code == "en"


@dataclass(frozen=True)
class PhraseMatch:
    language: str
    category: Literal["self_harm", "emergency", "poisoning"]
    phrase: str  # the text matched, for staff

    @property
    def mention(self) -> bool:
        """Whether the phrase is only the word for suicide ("suicidio", "자살"), not a wish, plan or act."""
        return _mention().fullmatch(self.phrase.strip()) is not None


@dataclass(frozen=True)
class Framing:
    """How another language's message frames what it says (`FRAMES`): as a subject of study or interest, as first
    aid asked in advance, and whether someone is affected now, which outweighs both; and whether the sign it tells
    of is over, happening now or again, or negated (`PAST`: the negated spans of the folded text)."""

    study: bool = False
    advance: bool = False
    present: bool = False
    over: bool = False
    again: bool = False
    negated: tuple[str, ...] = ()
    disavowed: bool = False
    # The disavowals' text ("no quiero hacerme dano"), for the phrases inside them.
    disavowals: tuple[str, ...] = ()

    @property
    def past(self) -> bool:
        """Told as over, with nothing happening again or now (`PAST`'s own reading of "now": "now I'm fine" is
        over, which the coarser `present` would not see)."""
        return self.over and not self.again

    def disavows(self, phrase: str) -> bool:
        """Whether a matched phrase lies inside a disavowal ("no quiero hacerme dano" holds "quiero hacerme dano")."""
        return any(phrase.strip() in span for span in self.disavowals)

    def negates(self, phrase: str) -> bool:
        """Whether a matched phrase lies inside a negated span ("sin dolor de pecho")."""
        return any(phrase.strip() in span for span in self.negated)

    @property
    def subject(self) -> bool:
        """Suicide or an emergency asked about as a subject, with nobody affected now."""
        return self.study and not self.present

    @property
    def informational(self) -> bool:
        """Asked as a subject or in advance, with nobody affected now."""
        return (self.study or self.advance) and not self.present


@lru_cache(maxsize=1)
def _mention() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in MENTIONS))


@lru_cache(maxsize=1)
def _frames() -> dict[str, re.Pattern[str]]:
    return {
        kind: re.compile("|".join(f"(?:{p})" for by_kind in FRAMES.values() for p in by_kind.get(kind, [])))
        for kind in ("study", "advance", "present")
    }


@lru_cache(maxsize=1)
def _tenses() -> dict[str, re.Pattern[str]]:
    return {
        kind: re.compile("|".join(f"(?:{p})" for by_kind in PAST.values() for p in by_kind[kind]))
        for kind in ("over", "again", "negated")
    }


@lru_cache(maxsize=1)
def _guards() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lethal = re.compile("|".join(f"(?:{p})" for p in LETHAL.values()))
    farewell = re.compile("|".join(f"(?:{p})" for p in FAREWELL.values()))
    disavowed = re.compile("|".join(f"(?:{p})" for p in DISAVOWED.values()))
    return lethal, farewell, disavowed


def framing(message: str) -> Framing:
    """The framings of any language the message holds (matched on the folded text, like the phrases; for Russian in
    Latin letters, also on its Cyrillic reading). A question about lethality or method is never a study or first
    aid, and nothing beside a farewell is first aid."""
    text = fold(message)
    reading = _russian_reading(message)
    frames, (lethal, farewell, disavowed), tenses = _frames(), _guards(), _tenses()
    if reading is not None:
        frames, tenses = _ru_frames(), _ru_tenses()
        lethal, farewell, disavowed = _ru_guards()
        text = reading

    found = {kind: bool(pattern.search(text)) for kind, pattern in frames.items()}
    if found["study"] or found["advance"]:
        if lethal.search(text):
            found["study"] = found["advance"] = False
        elif farewell.search(text):
            found["advance"] = False
    return Framing(
        **found,
        over=bool(tenses["over"].search(text)),
        again=bool(tenses["again"].search(text)),
        negated=tuple(m.group(0) for m in tenses["negated"].finditer(text)),
        disavowed=bool(disavowed.search(text)),
        disavowals=tuple(m.group(0) for m in disavowed.finditer(text)),
    )


# Russian typed in Latin letters is read back into Cyrillic (`_russian_reading`), and matched against the Russian
# patterns in one "skeleton" spelling that the usual transliterations share: soft and hard signs dropped (most
# people leave them out: "zhit" for "жить"), й and ы as и, ё and э as е, щ as ш, ц as тс ("prosnutsya" and  # noqa: RUF003
# "проснуться" both become "проснутся").
_LATIN_CYRILLIC: dict[str, str] = dict(
    tuple(pair.split(":"))  # type: ignore[misc]
    for pair in """
    shch:ш sch:ш sh:ш zh:ж kh:х ch:ч ts:тс tz:тс ya:я ja:я yu:ю ju:ю yo:е jo:е ye:е je:е a:а b:б v:в g:г d:д e:е
    z:з i:и y:и j:и k:к l:л m:м n:н o:о p:п r:р s:с t:т u:у f:ф h:х x:х c:тс w:ш q:к ':
    """.split()  # noqa: SIM905
)
_LATIN_CYRILLIC_RE = re.compile("|".join(re.escape(a) for a in _LATIN_CYRILLIC))  # longest first, as listed
_SKELETON = str.maketrans({"ь": "", "ъ": "", "й": "и", "ы": "и", "ё": "е", "э": "е", "щ": "ш", "ц": "тс"})


def _skeleton(text: str) -> str:
    return text.translate(_SKELETON)


def _russian_reading(message: str) -> str | None:
    """A message of Russian in Latin letters (as `detect` tells it), read back into skeleton Cyrillic; None for
    any other message."""
    language = detect(message)
    if language.code != "ru" or language.how != "words":
        return None
    return _read_cyrillic(fold(message))


def _any(patterns: Iterable[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


@lru_cache(maxsize=1)
def _ru_frames() -> dict[str, re.Pattern[str]]:
    return {
        kind: _any(_skeleton(p) for p in FRAMES["ru"].get(kind, []))
        for kind in ("study", "advance", "present")
    }


@lru_cache(maxsize=1)
def _ru_tenses() -> dict[str, re.Pattern[str]]:
    return {kind: _any(_skeleton(p) for p in PAST["ru"][kind]) for kind in ("over", "again", "negated")}


@lru_cache(maxsize=1)
def _ru_guards() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return tuple(_any([_skeleton(by_language["ru"])]) for by_language in (LETHAL, FAREWELL, DISAVOWED))  # type: ignore[return-value]


@lru_cache(maxsize=1)
def _ru_phrases() -> tuple[re.Pattern[str] | None, tuple[tuple[str, re.Pattern[str]], ...]]:
    idioms = _any(_skeleton(p) for p in IDIOMS["ru"]) if IDIOMS.get("ru") else None
    return idioms, tuple(
        (category, _any(_skeleton(p) for p in patterns))
        for category, patterns in PHRASES["ru"].items()
        if patterns
    )


@lru_cache(maxsize=2)
def _identifier(restricted: bool = True):  # type: ignore[no-untyped-def]
    import py3langid.langid as langid

    ident = langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)
    if restricted:
        ident.set_languages(list(_LATIN_CANDIDATES))
    return ident


def _script(message: str) -> str | None:
    counts: dict[str, int] = {}
    letters = 0
    for ch in message:
        if not ch.isalpha():
            continue
        letters += 1
        point = ord(ch)
        for code, ranges in _SCRIPTS:
            if any(a <= point <= b for a, b in ranges):
                counts[code] = counts.get(code, 0) + 1
                break
    if not letters:
        return None
    if counts.get("ja"):
        return "ja"
    if counts:
        code, n = max(counts.items(), key=lambda kv: kv[1])
        if n * 3 >= letters:
            return code
    latin = sum(
        ch.isascii() or "\u00c0" <= ch <= "\u024f" or "\u1e00" <= ch <= "\u1eff"
        for ch in message
        if ch.isalpha()
    )
    # Mostly letters of a script not listed here (Bengali, Tamil, Amharic, Georgian...): not English, whatever it is.
    return _OTHER_SCRIPT if latin * 3 < letters else None


@lru_cache(maxsize=1024)
def detect(message: str) -> Language:
    """The message's language; English unless the script or a confident identification says otherwise. Kept
    for recent messages: the question reader and the triage both ask."""
    script = _script(message)
    if script == "ru":
        # Cyrillic is also Ukrainian, Bulgarian, Serbian...: identify among all, and keep the answer.
        code, p = _identifier(restricted=False).classify(message)
        return Language(
            code if code in {"uk", "bg", "sr", "mk", "be", "kk"} and p >= 0.9 else "ru", 1.0, "script"
        )
    if script == _OTHER_SCRIPT:
        code, _ = _identifier(restricted=False).classify(message)
        return Language(str(code) if code != "en" else "und", 1.0, "script")
    if script is not None:
        return Language(script, 1.0, "script")
    if _VIETNAMESE.search(message):
        return Language("vi", 1.0, "script")
    code, p = _identifier().classify(message)
    if code != "en" and p >= LATIN_CONFIDENCE and code in LANGUAGES:
        return Language(str(code), float(p), "langid")
    english = float(p) if code == "en" else 1.0 - float(p)
    # Russian and Hindi in Latin letters are often taken for a language of no list here (Polish, Haitian Creole).
    by_words = (
        _by_words(message, english, str(code) if p >= GUESS_KEPT else "") if english < ENGLISH_SURE else None
    )
    if by_words is not None:
        return by_words
    if code != "en" and p >= LATIN_CONFIDENCE:
        return Language(str(code), float(p), "langid")
    return Language(
        "en", float(p) if code == "en" else 1.0 - float(p), "default" if code != "en" else "langid"
    )


def prepare() -> None:
    """Load what detection reads (langid's model, the Vietnamese word list: about a quarter of a second) now, at
    start-up, rather than on the first message that needs them."""
    _identifier()
    _vietnamese_words()
    _russian_words()
    _tagalog_words()


@lru_cache(maxsize=1)
def _vietnamese_words() -> frozenset[str]:
    folded = (fold(w) for w in top_n_list("vi", 5000))
    return frozenset(w for w in folded if w.isascii() and w.isalpha() and zipf_frequency(w, "en") < 3.5)


def _read_cyrillic(latin: str) -> str:
    """Latin letters read back into skeleton Cyrillic (`_LATIN_CYRILLIC`, `_skeleton`)."""
    return _skeleton(_LATIN_CYRILLIC_RE.sub(lambda m: _LATIN_CYRILLIC[m.group(0)], latin))


@lru_cache(maxsize=1)
def _russian_words() -> frozenset[str]:
    """wordfreq's 5,000 commonest Russian words in skeleton spelling, less the two-letter ones."""
    return frozenset(s for s in (_skeleton(w) for w in top_n_list("ru", 5000)) if len(s) >= 2 and s.isalpha())


@lru_cache(maxsize=1)
def _tagalog_words() -> frozenset[str]:
    return frozenset(w for w in top_n_list("fil", 5000) if w.isalpha() and zipf_frequency(w, "en") < 3.5)


def _romanised_russian(message: str) -> bool:
    """Whether a message is Russian written in Latin letters (see `RUSSIAN_SHARE`): its words read back into
    Cyrillic, those common in English left out of the count ("on", "to", "net")."""
    words = re.findall(r"[a-z']+", fold(message))
    russian = _russian_words()
    hits = sum(zipf_frequency(w, "en") < 3.5 and _read_cyrillic(w) in russian for w in words)
    return len(words) >= 3 and hits >= RUSSIAN_SHARE * len(words)


def _by_words(message: str, english: float, guess: str = "") -> Language | None:
    """Vietnamese without diacritics, Arabic, Russian or Hindi in Latin letters, told by their words where langid
    is unsure (`english`: its probability of English; `guess`: its fairly sure guess of another language, which
    Russian and Hindi words do not overrule: "ciao chi sei" holds three Russian words)."""
    text = fold(message)
    arabizi = set(_ARABIZI.findall(text))
    if len(arabizi) >= 2 or (arabizi and english < 0.5):
        return Language("ar", 1.0, "words")
    words = re.findall(r"[a-z]+", text)
    if len(words) >= 3:
        vietnamese = _vietnamese_words()
        if sum(w in vietnamese for w in words) >= VIETNAMESE_SHARE * len(words):
            return Language("vi", 1.0, "words")
        if guess in LANGUAGES:
            return None
        if _romanised_russian(message):
            return Language("ru", 1.0, "words")
        hindi = sum(w in _HINGLISH for w in words)
        if hindi >= HINDI_SHARE * len(words) and hindi > sum(w in _tagalog_words() for w in words):
            return Language("hi", 1.0, "words")
    return None


def fold(message: str) -> str:
    """Lower case, compatibility forms folded, accents and diacritics removed from Latin letters only (Arabic,
    Korean and Chinese keep theirs): the spelling the phrases are written in."""
    text = unicodedata.normalize("NFKC", message).lower()
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch):
            base = out[-1] if out else ""
            if base and ("a" <= base <= "z"):
                continue  # an accent on a Latin letter
        out.append(ch)
    text = unicodedata.normalize("NFC", "".join(out)).replace("đ", "d")
    # Devanagari: the nukta dot dropped and the chandrabindu written as the anusvara, as most people type them
    # ("जिंदगी" and "ज़िंदगी", "सांस" and "साँस" alike).
    text = text.replace("\u093c", "").replace("\u0901", "\u0902")
    text = re.sub(r"[\u2018\u2019\u02bc`´]", "'", text)  # one apostrophe, as the phrases spell it
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _compiled() -> tuple[
    tuple[tuple[str, re.Pattern[str] | None], ...], tuple[tuple[str, str, re.Pattern[str]], ...]
]:
    idioms = tuple(
        (lang, re.compile("|".join(f"(?:{p})" for p in ps)) if ps else None) for lang, ps in IDIOMS.items()
    )
    phrases = tuple(
        (lang, category, re.compile("|".join(f"(?:{p})" for p in patterns)))
        for lang, by_category in PHRASES.items()
        for category, patterns in by_category.items()
        if patterns
    )
    return idioms, phrases


def _english(phrase: str, language: str) -> bool:
    """Whether every word of a matched phrase is English rather than the phrase's language ("seizure", "chest
    pain", "anaphylaxis" in another list): other languages' lists hold such words for code-switched messages
    ("nag-overdose si lola"), but in an English message they are the English rules' to judge, with their reading
    of negation, the past and general questions."""
    words = re.findall(r"[a-z]+", phrase)
    return bool(words) and all(_english_word(w, language) for w in words)


def _english_word(word: str, language: str) -> bool:
    """Common in English, or an English word the phrase's language uses less ("anaphylaxis" in a French list)."""
    english = zipf_frequency(word, "en")
    return english >= 3.0 or (
        english > 0 and english > zipf_frequency(word, _WORDFREQ.get(language, language))
    )


_WORDFREQ = {"tl": "fil"}  # wordfreq's code for Tagalog


def match_phrases(message: str, english: bool = False) -> list[PhraseMatch]:
    """The reviewed phrases of any language the message contains, after its idioms are taken out. For a message
    taken as English (`english`), matches made only of English words are left to the English rules."""
    text = fold(message)
    idioms, phrases = _compiled()
    for _, pattern in idioms:
        if pattern is not None:
            text = pattern.sub(" ", text)
    found: list[PhraseMatch] = []
    for lang, category, pattern in phrases:
        for m in pattern.finditer(text):
            if not (english and _english(m.group(0), lang)):
                found.append(PhraseMatch(lang, category, m.group(0)))  # type: ignore[arg-type]
                break
    reading = _russian_reading(message)
    if reading is not None:
        ru_idioms, ru_phrases = _ru_phrases()
        if ru_idioms is not None:
            reading = ru_idioms.sub(" ", reading)
        for category, pattern in ru_phrases:
            hit = pattern.search(reading)
            if hit is not None and not any(f.language == "ru" and f.category == category for f in found):
                found.append(PhraseMatch("ru", category, hit.group(0)))  # type: ignore[arg-type]
    return found
