"""Article -> passages with exact character spans. Pure functions, no I/O.

A passage never crosses a section. Inside a section the cut points are line breaks and sentence ends; sentences are
packed into passages of at most `max_words` words, balanced so a section does not end in a scrap. Only a single
sentence longer than `max_words` is cut inside (at ' - ', ';' or ',' first, else between words), so that the
embedding model reads every word of every passage.

Invariant (tested): `passage.text == article.text[passage.start:passage.end]`.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from assistant.articles.corpus import Article

# Words that end in a full stop without ending a sentence.
ABBREVIATIONS = frozenset(
    [
        "dr",
        "mr",
        "mrs",
        "ms",
        "prof",
        "sr",
        "jr",
        "st",
        "vs",
        "e.g",
        "i.e",
        "approx",
        "fig",
        "no",
        "nos",
        "inc",
        "ltd",
        "co",
        "dept",
        "mt",
        "ft",
        "oz",
        "tbsp",
        "tsp",
        "vol",
        "ed",
        "eds",
        "al",
        "cf",
        "ca",
        "min",
        "max",
        "mg",
        "mcg",
        "ml",
        "wk",
        "wks",
        "hr",
        "hrs",
        "u.s",
        "u.k",
        "a.m",
        "p.m",
        "ph.d",
        "m.d",
    ]
)
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(\s+)(?=[-•\"'“‘(\[]?\s?[A-Z0-9])")
_SOFT_BREAKS = (re.compile(r"\s+-\s+"), re.compile(r";\s+"), re.compile(r",\s+"))
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Passage:
    """A quotable span of one section of one article."""

    id: str
    article_id: str
    section_index: int
    start: int
    end: int
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class _Unit:
    start: int
    end: int
    words: int


FitsModel = Callable[[str], bool]
"""Says whether an embedding text is short enough for the model to read all of it."""

# Below this many words a passage is not cut further to satisfy `fits`.
_FLOOR_WORDS = 8


def chunk_article(
    article: Article, max_words: int, min_words: int, fits: FitsModel | None = None
) -> list[Passage]:
    """Cut each section of `article` into passages; ids are stable across rebuilds.

    With `fits`, a passage whose `embedding_text` the model would truncate is packed again, smaller.
    """
    if not 0 < min_words < max_words:
        raise ValueError("need 0 < min_words < max_words")
    passages: list[Passage] = []
    seen: Counter[tuple[str, str]] = Counter()
    for index, section in enumerate(article.sections):
        for start, end in _spans(article, index, section.start, section.end, max_words, min_words, fits):
            text = article.text[start:end]
            key = (section.anchor, text)
            seen[key] += 1
            passages.append(
                Passage(
                    passage_id(article.id, section.anchor, text, seen[key]),
                    article.id,
                    index,
                    start,
                    end,
                    text,
                )
            )
    return passages


def embedding_text(article: Article, section_index: int, text: str) -> str:
    """What the model embeds for a passage: its article title and section heading give it context."""
    return f"{article.title}. {article.sections[section_index].heading}. {text}"


def _spans(
    article: Article, index: int, start: int, end: int, max_words: int, min_words: int, fits: FitsModel | None
) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for group in pack(sentence_units(article.text, start, end, max_words), max_words, min_words):
        a, b = group[0].start, group[-1].end
        if (
            fits is None
            or max_words <= _FLOOR_WORDS
            or fits(embedding_text(article, index, article.text[a:b]))
        ):
            spans.append((a, b))
        else:
            smaller = max(_FLOOR_WORDS, min(max_words - 1, int(sum(u.words for u in group) * 0.85)))
            spans.extend(_spans(article, index, a, b, smaller, min(min_words, smaller - 1), fits))
    return spans


def passage_id(article_id: str, anchor: str, text: str, occurrence: int) -> str:
    """Derived from the article, the section, the passage's own text and which repeat of that text it is.

    Editing one passage or another section leaves every other passage's id unchanged.
    """
    key = "\x1f".join((article_id, anchor, text, str(occurrence)))
    return hashlib.blake2b(key.encode(), digest_size=8).hexdigest()


def sentence_units(text: str, start: int, end: int, max_words: int) -> list[_Unit]:
    """Spans of the lines and sentences in `text[start:end]`, each at most `max_words` words."""
    units: list[_Unit] = []
    for line in re.finditer(r"[^\n]+", text[start:end]):
        line_start = start + line.start()
        cursor = 0
        body = line.group()
        for m in _SENTENCE_END.finditer(body):
            if _is_abbreviation(body, m.start()):
                continue
            units.extend(_units(text, line_start + cursor, line_start + m.start(1), max_words))
            cursor = m.end()
        units.extend(_units(text, line_start + cursor, line_start + len(body), max_words))
    # Words between units (a ' - ' list marker) count towards the unit after them, so sizes are exact.
    counted: list[_Unit] = []
    previous = start
    for unit in units:
        counted.append(_Unit(unit.start, unit.end, len(text[previous : unit.end].split())))
        previous = unit.end
    return counted


def _is_abbreviation(line: str, punct_at: int) -> bool:
    if line[punct_at] != ".":
        return False
    token = line[:punct_at].rsplit(None, 1)[-1] if line[:punct_at].strip() else ""
    token = token.lstrip("(\"'“‘[").lower()
    return token in ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def _units(text: str, start: int, end: int, max_words: int) -> list[_Unit]:
    """One unit for a sentence, trimmed of spaces; a sentence over `max_words` is cut at soft breaks."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return []
    words = len(text[start:end].split())
    if words <= max_words:
        return [_Unit(start, end, words)]
    return _split_long(text, start, end, max_words, 0)


def _split_long(text: str, start: int, end: int, max_words: int, level: int) -> list[_Unit]:
    if level == len(_SOFT_BREAKS):
        spans = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
        return [
            _Unit(spans[i][0], spans[min(i + max_words, len(spans)) - 1][1], min(max_words, len(spans) - i))
            for i in range(0, len(spans), max_words)
        ]
    pieces: list[tuple[int, int]] = []
    cursor = start
    for m in _SOFT_BREAKS[level].finditer(text, start, end):
        # ';' and ',' stay with the piece before them; a ' - ' list marker belongs to neither side.
        pieces.append((cursor, m.start() if m.group()[0].isspace() else m.start() + 1))
        cursor = m.end()
    pieces.append((cursor, end))
    units: list[_Unit] = []
    for a, b in pieces:
        words = len(text[a:b].split())
        if words == 0:
            continue
        units.extend(
            [_Unit(a, b, words)] if words <= max_words else _split_long(text, a, b, max_words, level + 1)
        )
    return units


def pack(units: list[_Unit], max_words: int, min_words: int) -> list[list[_Unit]]:
    """Group consecutive units into passages of at most `max_words`, close to equal in size."""
    if not units:
        return []
    total = sum(u.words for u in units)
    target = total / math.ceil(total / max_words)
    groups: list[list[_Unit]] = [[]]
    size = 0
    for unit in units:
        overshoots = size + unit.words > max_words or size + unit.words / 2 > target
        if groups[-1] and overshoots:
            groups.append([])
            size = 0
        groups[-1].append(unit)
        size += unit.words
    if len(groups) > 1 and size < min_words and size + sum(u.words for u in groups[-2]) <= max_words:
        groups[-2].extend(groups.pop())
    return groups
