"""Emergency signs from the articles themselves: "ran out of baclofen" + "seeing things", "heart racing".

Articles say when to get emergency help ("If you have signs of withdrawal, especially fever, confusion,
hallucinations or a seizure, call 911."). Those sentences are found in the loaded index (`ArticleSigns`), and
their lists of signs are split into short sign phrases ("hallucinations", "a fast heartbeat") and embedded once.
A message then counts as an emergency when all three hold:

- it names the article's subject (the ranking's subject signal, as for follow-ups);
- it tells of someone, not a general question: the writer or a person named ("I'm", "my husband", "she"), and
  not a question about what can happen ("can baclofen cause hallucinations?");
- one of its clauses is close in meaning to one of that article's signs (cosine at least `SIGN_SIMILARITY`:
  "my heart is racing" ~ "a fast heartbeat" 0.55, against 0.43 at most for mild complaints on the bundled
  articles; see docs/safety.md).

The answer then leads with the emergency notice and quotes the article's own sentence, highlighted. This grows with
the corpus instead of with a word list. The sentences are found when an index version is loaded (a regular
expression over the stored sentences, well under a second for the 127k sentences of MedQuAD), so the index
format does not change.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from assistant.embedding.cache import EmbeddingCache, embed_cached
from assistant.embedding.embedders import Embedder
from assistant.index.loaded import Index
from assistant.safety.vocabulary import LAY_SIGNS

__all__ = ["SIGN_SIMILARITY", "ArticleSigns", "SignMatch", "tells_of_now"]

SIGN_SIMILARITY = 0.65
# Phrases in such sentences that are advice, not signs.
_ADVICE = re.compile(
    r"\b(?:doctor|prescriber|pharmacist|care team|emergency|hospital|911|poison|after taking|if these)\b",
    re.I,
)

# A sentence that sends the reader to emergency care.
_DIRECTS = re.compile(
    r"\b(?:call (?:911|999|112|000|111|an ambulance|emergency services|your local emergency number)|"
    r"emergency (?:department|room|care|help|services|assessment|treatment|medical)|get emergency|"
    r"go to (?:the|an) (?:emergency|er|hospital)|seek (?:emergency|immediate) (?:medical )?(?:help|care|attention)|"
    r"(?:is|are|as) a (?:medical )?emergency)\b",
    re.IGNORECASE,
)
# A passage must hold one of these for its sentences to be read (every _DIRECTS match holds one).
_DIRECT_WORDS = ("911", "999", "112", "000", "111", "ambulance", "emergency", "hospital", "immediate")
# What is not a sign in such a sentence: the direction itself and the words around the list of signs.
_NOT_SIGNS = re.compile(
    r"\b(?:call (?:911|999|112|000|111|an ambulance|emergency services|your local emergency number)(?: right away| now| "
    r"immediately)?|or call \d+|go to (?:the|an) emergency (?:department|room)(?: right away)?|get emergency (?:help|care)|"
    r"seek (?:emergency|immediate) (?:medical )?(?:help|care|attention)|right away|immediately|for a child,? also|"
    r"if (?:you|someone|the person|a person|your \w+|they)(?: who \w+(?: \w+)?)?|(?:especially|such as|including|like)|"
    r"(?:has|have|had|is|are|becomes?|develop|notice|get|gets|shows?) (?:any of )?(?:signs? of|symptoms? of)?|"
    r"signs? of|symptoms? of|these (?:signs|symptoms)|also|suddenly|new)\b",
    re.IGNORECASE,
)
_SPLIT = re.compile(r",|;|\.|:|\bor\b|\band\b", re.IGNORECASE)

# A message about someone: the writer or a person named ("my dad", "she").
_SOMEONE = re.compile(
    r"\b(?:i|im|i am|ive|i have|id|me|my|we|were|our|us|he|hes|him|his|she|shes|her|they|theyre|them|their)\b"
)
# A question about what can happen, with nobody affected: "can baclofen cause hallucinations?", "stupid bot, what
# are the side effects of ...".
_GENERAL_QUESTION = re.compile(
    r"(?:^|[,.;:!?]\s*)(?:can|could|does|do|is|are|will|would|what|whats|which|how|why|when)\b[^.!?]*\b(?:cause|causes|"
    r"side effects?|symptoms?|signs?|mean|happen|happens|risks?|lead to|give you|make you)\b"
)
_CLAUSES = re.compile(r"[,.;!?\n]|\band\b|\bbut\b|\bso\b|\bwith\b")


@dataclass(frozen=True)
class SignSentence:
    article_id: str
    passage_row: int
    start: int  # in the article
    end: int
    signs: tuple[str, ...]


@dataclass(frozen=True)
class SignMatch:
    """Why a message was read as describing an article's emergency signs (for staff) and the sentence to quote."""

    sentence: SignSentence
    clause: str
    sign: str
    similarity: float

    def describe(self) -> str:
        return (
            f"describes {self.sign!r} ({self.clause!r}, similarity {self.similarity:.2f}), a sign the article "
            f"{self.sentence.article_id!r} says needs emergency care"
        )


def sign_phrases(sentence: str, subject: Sequence[str] = ()) -> tuple[str, ...]:
    """The signs a sentence lists, as short phrases: the direction and framing words and the article's subject
    (its title and tags: "someone using baclofen is extremely sleepy") taken out, split at commas and
    conjunctions, kept when 1 to 12 words long."""
    text = _NOT_SIGNS.sub(" ", sentence)
    names = sorted({n for n in subject if len(n) >= 3}, key=len, reverse=True)
    if names:
        text = re.sub(
            r"\b(?:(?:who |while )?(?:using|taking|takes|uses|on) )?(?:"
            + "|".join(map(re.escape, names))
            + r")\b",
            " ",
            text,
            flags=re.IGNORECASE,
        )
    phrases = []
    for part in _SPLIT.split(text):
        words = part.split()
        while words and words[0].lower() in {
            "a",
            "an",
            "the",
            "any",
            "of",
            "has",
            "have",
            "is",
            "are",
            "having",
            "who",
        }:
            words = words[1:]
        phrase = " ".join(words)
        if (
            1 <= len(words) <= 12
            and not _ADVICE.search(phrase)
            and not all(
                w.lower()
                in {
                    "very",
                    "more",
                    "most",
                    "than",
                    "body",
                    "face",
                    "lips",
                    "them",
                    "it",
                    "this",
                    "these",
                    "after",
                    "before",
                    "when",
                    "in",
                    "at",
                    "to",
                }
                for w in words
            )
        ):
            phrases.append(phrase)
    return tuple(dict.fromkeys(phrases))


def tells_of_now(message: str) -> bool:
    text = " ".join(message.lower().replace("'", "").replace("\u2019", "").split())
    return bool(_SOMEONE.search(text)) and not _GENERAL_QUESTION.search(text)


class ArticleSigns:
    """The emergency sentences of one loaded index, and their signs embedded."""

    def __init__(self, index: Index, embedder: Embedder, cache: EmbeddingCache | None = None) -> None:
        self.embedder = embedder
        self.by_article: dict[str, list[SignSentence]] = {}
        phrases: list[str] = []
        titles = index.catalogue.titles
        for article_id, passage_row, start, end, text in index.store.sentence_texts(
            _DIRECTS.pattern, _DIRECT_WORDS
        ):
            title, tags = titles.get(article_id, ("", ()))
            signs = sign_phrases(text, (title, *tags))
            if signs:
                self.by_article.setdefault(article_id, []).append(
                    SignSentence(article_id, passage_row, start, end, signs)
                )
                phrases.extend(signs)
        # Each sign phrase, and the everyday wordings of it, embedded once: (wording, the sign it stands for).
        self._wordings: list[tuple[str, str]] = []
        for sign in dict.fromkeys(phrases):
            self._wordings.append((sign, sign))
            lowered = sign.lower()
            for key, lay in LAY_SIGNS.items():
                if key in lowered:
                    self._wordings.extend((w, sign) for w in lay)
        self._rows: dict[str, list[int]] = {}
        for n, (_, sign) in enumerate(self._wordings):
            self._rows.setdefault(sign, []).append(n)
        texts = [w for w, _ in self._wordings]
        if not texts:
            self._vectors = np.zeros((0, 1), np.float32)
        elif cache is not None:
            self._vectors = embed_cached(embedder, cache, texts)[0]
        else:
            self._vectors = embedder.encode(texts)

    def __len__(self) -> int:
        return sum(len(v) for v in self.by_article.values())

    def match(self, message: str, article_ids: Sequence[str]) -> SignMatch | None:
        """The closest sign of these articles that a clause of the message describes, if close enough."""
        sentences = [s for a in article_ids for s in self.by_article.get(a, ())]
        if not sentences or not tells_of_now(message):
            return None
        clauses = [c.strip() for c in _CLAUSES.split(message) if len(c.split()) >= 2]
        if not clauses:
            return None
        vectors = self.embedder.encode(clauses)
        best: SignMatch | None = None
        for sentence in sentences:
            rows = [r for sign in sentence.signs for r in self._rows[sign]]
            sims = vectors @ self._vectors[rows].T
            i, j = np.unravel_index(int(np.argmax(sims)), sims.shape)
            similarity = float(sims[i, j])
            if similarity >= SIGN_SIMILARITY and (best is None or similarity > best.similarity):
                best = SignMatch(sentence, clauses[i], self._wordings[rows[j]][1], similarity)
        return best
