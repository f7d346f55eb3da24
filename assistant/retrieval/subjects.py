"""How strongly a question names an article's subject: its title, the parts of its title and its tags.

Matching is fuzzy (rapidfuzz), so "baclophen" still names baclofen, and tags carry brand names ("Propecia"
for finasteride). A score is in [0, 1]: 1 when a name appears in the question as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz import fuzz, process, utils

# Split a title into the names it contains: "Finasteride (Propecia and Proscar)", "A - B", "X, also known as Y".
_TITLE_PARTS = re.compile(r"[()\[\],;:/]| - | or | and | also known as | aka ")
_MIN_NAME_CHARS = 4
_NAME_CUTOFF = 80  # rapidfuzz ratio (0-100) a run of question words needs to count as naming the subject


@lru_cache(maxsize=16384)
def subject_names(title: str, tags: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The normalised names an article goes by: the whole title, its parts, and its tags."""
    names = [title, *_TITLE_PARTS.split(title), *tags]
    cleaned = (utils.default_process(name) for name in names)
    return tuple(dict.fromkeys(n for n in cleaned if len(n) >= _MIN_NAME_CHARS))


class SubjectMatcher:
    """Scores how well one question names each article's subject; built once per question.

    The whole title is compared by token-set similarity (it rewards a question naming the subject and little
    else). Each name is also compared with every run of as many question words (one more or fewer), so a
    misspelt word still matches ("baclophen" ~ "baclofen"); a short name counts for less, so that a tag like
    "liver" does not name the article as strongly as "acetaminophen" does.
    """

    def __init__(self, question: str) -> None:
        self._processed = utils.default_process(question)
        self._words = self._processed.split()
        self._windows: dict[int, list[str]] = {}

    def _runs(self, size: int) -> list[str]:
        """Every run of `size` - 1 to `size` + 1 consecutive question words."""
        if size not in self._windows:
            words = self._words
            self._windows[size] = list(
                dict.fromkeys(
                    " ".join(words[i : i + n])
                    for n in range(max(1, size - 1), size + 2)
                    for i in range(max(1, len(words) - n + 1))
                )
            )
        return self._windows[size]

    def score(self, names: Sequence[str]) -> float:
        """The best match between the question and any of the names, in [0, 1]."""
        if not self._processed or not names:
            return 0.0
        best = fuzz.token_set_ratio(names[0], self._processed) / 100
        for name in names:
            weight = min(1.0, 0.6 + len(name) / 20)
            if weight <= best:
                continue  # even a perfect match of this name could not beat the best so far
            match = process.extractOne(
                name, self._runs(name.count(" ") + 1), scorer=fuzz.ratio, score_cutoff=_NAME_CUTOFF
            )
            if match is not None:
                best = max(best, match[1] / 100 * weight)
        return best


def subject_score(question: str, names: Sequence[str]) -> float:
    """How well `question` names a subject that goes by `names`, in [0, 1] (see `SubjectMatcher`)."""
    return SubjectMatcher(question).score(names)
