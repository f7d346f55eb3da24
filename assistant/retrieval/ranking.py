"""Find the passages that answer a question: rank candidates, then choose, de-duplicate and highlight.

Ranking (`rank`) fetches candidates from the vector index and from BM25 and scores each one. The default,
`hybrid`, is a weighted sum measured on MedQuAD (see docs/evaluation.md):

    score = cosine + lexical_weight * bm25 / best bm25 + subject_weight * subject match
            + focus_weight * (focus - subject match, when more: the message names the article in a way fuzzy
                              matching of titles misses, as the question reader finds it)
    (in a long message whose asking sentences the reader reads apart, `story_subject_weight` replaces
    `subject_weight`, fuzzy matching over a story crediting every subject it mentions, and a subject named only
    in the story keeps `story_focus_share` of its focus when the asking sentences name one themselves)
            + intent_weight (heading is about what is asked) or - intent_penalty (it is about something else)

The question reader (`reader.py`) gives each message its focus articles (their passages join the candidates),
the text searched (misspelt names read, abbreviations spelt out), and for a long message its asking sentences,
embedded beside the whole (`query_texts`, `query_vectors`) and read for intents.

Choosing (`select`) abstains unless the best passage is similar enough to the question, keeps passages close to
the best, drops near-duplicates (boilerplate shared by articles), caps passages per article, and marks in each
quote the sentences most similar to the question.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, utils

from assistant.config import Settings
from assistant.embedding.embedders import Embedder, Vectors
from assistant.index.lexical import relative_to_best
from assistant.index.loaded import Index
from assistant.index.store import Sentence, StoredPassage
from assistant.retrieval.intents import QuestionIntents, heading_intents
from assistant.retrieval.reader import Reading, vocabulary_of
from assistant.retrieval.subjects import SubjectMatcher, subject_names

_RRF_K = 60
_MAX_HIGHLIGHTS = 3
_SENTENCE_RERANK_DEPTH = 20


@dataclass(frozen=True)
class Signals:
    """Why a passage ranked where it did; shown to staff beside each quote."""

    similarity: float  # cosine between the question and the passage
    lexical: float = 0.0  # BM25, divided by the question's best BM25 score
    subject: float = 0.0  # how well the question names the passage's article
    intent: float = 0.0  # the intent term added to the score (+weight, -penalty or 0)
    focus: float = 0.0  # how surely the message names the passage's article (the question reader's focus)
    asked: float = 0.0  # cosine with a long message's asking sentences alone (0 for a short message)

    @property
    def relevance(self) -> float:
        """What `min_score` is compared with: the cosine with the question, or with a long message's asking
        sentences when higher (a story's question may lie past what the model reads of the whole)."""
        return max(self.similarity, self.asked)


@dataclass(frozen=True)
class Candidate:
    row: int
    score: float
    signals: Signals


@dataclass(frozen=True)
class Ranking:
    query: Vectors
    candidates: list[Candidate]  # best first
    # The articles of each subject the message names surely, when it names two or more: each gets a quote.
    subjects: tuple[frozenset[str], ...] = ()


@dataclass(frozen=True)
class Hit:
    passage: StoredPassage
    score: float
    signals: Signals
    highlights: list[tuple[int, int]] = field(default_factory=list)  # spans inside the passage text


def retrieve(index: Index, embedder: Embedder, question: str, settings: Settings) -> list[Hit]:
    """The passages to quote for `question`, or [] when none is relevant enough (the caller abstains)."""
    reading = read(index, question)
    texts = query_texts(reading, settings)
    query, asking = query_vectors(texts, embedder.encode(texts), embedder, settings)
    return select(index, rank(index, question, query, settings, reading, asking), settings)


def read(index: Index, question: str, english: bool = True) -> Reading:
    """The question reader's reading of a message, with the vocabulary of this index's articles; `english`:
    whether the message is taken as English (the triage's language), for reading misspellings."""
    return vocabulary_of(index).read(question, english)


def query_texts(reading: Reading, settings: Settings) -> list[str]:
    """The texts embedded for ranking: the message as searched, then a long message's asking sentences."""
    first = reading.searched if settings.expand_names else reading.message
    if reading.asking is not None and settings.asking_weight > 0 and settings.retrieval != "lexical":
        return [first, reading.asking]
    return [first]


def query_vectors(
    texts: list[str], vectors: Vectors, embedder: Embedder, settings: Settings
) -> tuple[Vectors, Vectors | None]:
    """The query from the vectors of `query_texts` (`vectors[i]` is `texts[i]`'s), and the vector of a long
    message's asking sentences alone (None for a short message; it gives each candidate's `Signals.asked`).

    A long message's query is its own vector mixed with its asking sentences' (`asking_weight` of them); when the
    message is longer than the model reads, its own vector is of its beginning only, and the asking sentences
    weigh at least `asking_weight_past_reach`."""
    if len(vectors) == 1:
        return np.asarray(vectors[0], dtype=np.float32), None
    weight = settings.asking_weight
    if weight > 0 and not embedder.fits(texts[0]):
        weight = max(weight, settings.asking_weight_past_reach)
    mixed = (1 - weight) * vectors[0] + weight * vectors[1]
    return np.asarray(mixed / np.linalg.norm(mixed), dtype=np.float32), np.asarray(
        vectors[1], dtype=np.float32
    )


def rank(
    index: Index,
    question: str,
    query: Vectors,
    settings: Settings,
    reading: Reading | None = None,
    asking: Vectors | None = None,
) -> Ranking:
    """Every candidate passage for the question, scored as `settings.retrieval` says, best first. `reading` is
    the question reader's (read here when not given); `asking`, the vector of a long message's asking sentences
    alone (from `query_vectors`), gives each candidate's `Signals.asked`."""
    k = settings.candidates
    if reading is None and settings.retrieval == "hybrid":
        reading = read(index, question)
    searched = reading.searched if reading is not None and settings.expand_names else question
    dense = index.search(query, k) if settings.retrieval != "lexical" else []
    lexical = index.lexical.search(searched, k) if settings.retrieval != "dense" else []
    similarity = dict(dense)
    missing = [row for row, _ in lexical if row not in similarity]
    if reading is not None and settings.retrieval == "hybrid" and settings.focus_weight > 0:
        rows_of = vocabulary_of(index).rows_of
        seen = set(similarity) | set(missing)
        missing += [r for a in reading.focus for r in rows_of.get(a, ()) if r not in seen]
    similarity.update(zip(missing, index.similarities(query, missing), strict=True))
    asked: dict[int, float] = {}
    if asking is not None:
        rows = list(similarity)
        asked = dict(zip(rows, index.similarities(asking, rows), strict=True))
    lexical_score = dict(
        zip((r for r, _ in lexical), relative_to_best([s for _, s in lexical]).tolist(), strict=True)
    )
    if settings.retrieval == "rrf":
        fused: dict[int, float] = {}
        for ranked in (dense, lexical):
            for position, (row, _) in enumerate(ranked):
                fused[row] = fused.get(row, 0.0) + 1 / (_RRF_K + position + 1)
        candidates = [
            Candidate(r, s, Signals(similarity[r], lexical_score.get(r, 0.0), asked=asked.get(r, 0.0)))
            for r, s in fused.items()
        ]
    elif settings.retrieval != "hybrid":
        own = dense if settings.retrieval == "dense" else lexical
        candidates = [
            Candidate(r, s, Signals(similarity[r], lexical_score.get(r, 0.0), asked=asked.get(r, 0.0)))
            for r, s in own
        ]
    else:
        asked_text = reading.asked if reading is not None and settings.asking_weight > 0 else question
        focus = reading.focus if reading is not None else {}
        story = reading is not None and reading.asking is not None and settings.asking_weight > 0
        # Subjects only the story names weigh less when the question names one (their focus, shown to staff and
        # read for naming a subject, stays as found).
        asked_about = reading.in_question if story and reading is not None else frozenset()
        candidates = _hybrid(
            index, question, asked_text, story, focus, asked_about, similarity, lexical_score, asked, settings
        )
        if settings.sentence_weight > 0:
            candidates = _sentence_rescored(index, query, candidates, settings.sentence_weight)
    candidates.sort(key=lambda c: -c.score)
    subjects = reading.subjects() if reading is not None and settings.retrieval == "hybrid" else ()
    return Ranking(query, candidates, subjects if settings.focus_weight > 0 else ())


def _hybrid(
    index: Index,
    question: str,
    asking: str,
    story: bool,
    focus: dict[str, float],
    asked_about: frozenset[str],
    similarity: dict[int, float],
    lexical: dict[int, float],
    asked_similarity: dict[int, float],
    settings: Settings,
) -> list[Candidate]:
    cat = index.catalogue
    subjects: dict[str, float] = {}
    asked: dict[str, frozenset[str]] = {}  # the question's intents beside each article's own name
    matcher, intents = SubjectMatcher(question), QuestionIntents(asking)
    # In a long message (one whose asking sentences were read apart), matching titles fuzzily over the whole
    # story credits every subject the story mentions; the reader's focus stands in for it there.
    subject_weight = settings.story_subject_weight if story else settings.subject_weight
    candidates = []
    for row, cosine in similarity.items():
        article = cat.article_of[row]
        if article not in subjects:
            title, tags = cat.titles[article]
            subjects[article] = matcher.score(subject_names(title, tags))
            asked[article] = intents.beside(_spelt_names(title))
        about = heading_intents(cat.heading_of[row], cat.section_of[row] == 0)
        intent = 0.0
        if asked[article] and about:
            intent = settings.intent_weight if asked[article] & about else -settings.intent_penalty
        lexical_part = lexical.get(row, 0.0)
        named = focus.get(article, 0.0)
        counted = named * settings.story_focus_share if asked_about and article not in asked_about else named
        score = (
            cosine
            + settings.lexical_weight * lexical_part
            + subject_weight * subjects[article]
            + settings.focus_weight * max(0.0, counted - subjects[article])
            + intent
        )
        signals = Signals(
            cosine, lexical_part, subjects[article], intent, named, asked_similarity.get(row, 0.0)
        )
        candidates.append(Candidate(row, score, signals))
    if settings.intent_across < 1:
        return _intent_across_subjects(index, candidates, settings.intent_across)
    return candidates


def _intent_across_subjects(index: Index, candidates: list[Candidate], share: float) -> list[Candidate]:
    """Scores where the intent term orders the passages of one subject in full (the articles of one title: MedQuAD
    has a subject from several sources) but counts only its `share` between subjects: a consumer's wording shows
    intents less surely than it names a subject, and a section heading should not carry another subject's
    article above the one asked about."""
    article_of, titles = index.catalogue.article_of, index.catalogue.titles
    without: dict[str, float] = {}
    with_intent: dict[str, float] = {}
    subject_of: dict[int, str] = {}
    for c in candidates:
        subject = subject_of.setdefault(c.row, _subject_key(titles[article_of[c.row]][0]))
        without[subject] = max(without.get(subject, -9.0), c.score - c.signals.intent)
        with_intent[subject] = max(with_intent.get(subject, -9.0), c.score)
    rescored = []
    for c in candidates:
        subject = subject_of[c.row]
        best = without[subject] + share * (with_intent[subject] - without[subject])
        rescored.append(Candidate(c.row, best + c.score - with_intent[subject], c.signals))
    return rescored


@lru_cache(maxsize=65536)
def _subject_key(title: str) -> str:
    """A title as subjects are compared: "Parkinson's Disease" and "Parkinson disease" are one subject."""
    return " ".join(utils.default_process(re.sub(r"['’]s\b", "", title)).split())


@lru_cache(maxsize=65536)
def _spelt_names(title: str) -> tuple[str, ...]:
    """The names whose words, spelt out in a question, only name the subject: the title and its longer parts.

    A one-word part ("Breastfeeding" in "Medicines in pregnancy and breastfeeding") may well be what is asked.
    """
    normalised = utils.default_process(title)
    return (normalised, *(n for n in subject_names(title) if " " in n and n != normalised))


def _sentence_rescored(
    index: Index, query: Vectors, candidates: list[Candidate], weight: float
) -> list[Candidate]:
    """Add `weight` times the best sentence's cosine to the leading candidates (measured; off by default)."""
    candidates.sort(key=lambda c: -c.score)
    head = candidates[:_SENTENCE_RERANK_DEPTH]
    scored = _sentence_scores(index, query, [c.row for c in head])
    rescored = []
    for c in head:
        _, scores = scored[c.row]
        best = float(scores.max()) if scores.size else 0.0
        rescored.append(Candidate(c.row, c.score + weight * best, c.signals))
    # Candidates below the re-scored depth keep their order after those re-scored.
    floor = min((c.score for c in rescored), default=0.0)
    return rescored + [
        Candidate(c.row, min(c.score, floor - 1e-6), c.signals) for c in candidates[len(head) :]
    ]


def select(index: Index, ranking: Ranking, settings: Settings) -> list[Hit]:
    """Keep strong hits, at most `max_quotes_per_article` from one article, `max_quotes` in all.

    Abstains ([]) when the best-ranked passage's relevance (`Signals.relevance`) is under `min_score`. Chosen
    best first, skipping passages under `min_score` or further than `score_margin` below the best, and
    near-copies of a chosen passage; returned grouped by article (the best article first), each article's
    passages best first (the one that answers first: a question on treatment shows the Treatment section before
    the Overview).
    """
    ranked = ranking.candidates
    if not ranked or ranked[0].signals.relevance < settings.min_score:
        return []
    floor = ranked[0].score - settings.score_margin
    strong = [c for c in ranked if c.score >= floor and c.signals.relevance >= settings.min_score]
    chosen: dict[str, list[Hit]] = {}
    texts: list[str] = []
    stored: dict[int, StoredPassage] = {}
    for position, c in enumerate(strong):
        # Read from the store a few at a time (twice the quotes wanted): most answers need only the first few.
        if c.row not in stored:
            ahead = 2 * settings.max_quotes
            stored = index.store.passages([d.row for d in strong[position : position + ahead]])
        passage = stored[c.row]
        group = chosen.setdefault(passage.article_id, [])
        if len(group) >= settings.max_quotes_per_article or _repeats(passage.text, texts, settings):
            continue
        group.append(Hit(passage, c.score, c.signals))
        texts.append(passage.text)
        if len(texts) == settings.max_quotes:
            break
    _cover_subjects(index, ranking, strong, chosen, settings)
    hits = [hit for group in chosen.values() for hit in sorted(group, key=lambda h: -h.score)]
    return highlight(index, ranking.query, hits, settings)


def _cover_subjects(
    index: Index, ranking: Ranking, strong: list[Candidate], chosen: dict[str, list[Hit]], settings: Settings
) -> None:
    """When the message names two or more subjects ("Noonan syndrome and polycystic kidney disease"), quote each
    one's best passage that is close enough (twice the usual margin), in place of the weakest quote if need be."""
    if len(ranking.subjects) < 2:
        return
    article_of = index.catalogue.article_of
    floor = strong[0].score - 2 * settings.score_margin
    for articles in ranking.subjects:
        if any(a in articles for a, group in chosen.items() if group):
            continue
        best = next(
            (
                c
                for c in ranking.candidates
                if article_of[c.row] in articles
                and c.score >= floor
                and c.signals.relevance >= settings.min_score
            ),
            None,
        )
        if best is None:
            continue
        if sum(len(group) for group in chosen.values()) >= settings.max_quotes:
            weakest = min(
                (h for group in chosen.values() if len(group) > 1 for h in group),
                key=lambda h: h.score,
                default=None,
            )
            if weakest is None:
                continue
            chosen[weakest.passage.article_id].remove(weakest)
        passage = index.store.passages([best.row])[best.row]
        chosen.setdefault(passage.article_id, []).append(Hit(passage, best.score, best.signals))


def search(
    index: Index,
    question: str,
    query: Vectors,
    settings: Settings,
    k: int,
    keep: Callable[[str], bool] | None = None,
    asking: Vectors | None = None,
) -> list[Hit]:
    """The best `k` passages with a relevance of at least `min_score`, best first, from the articles `keep`
    accepts (`asking`: as for `rank`). With a filter, ten times the usual candidates are ranked, so that narrow filters still find some."""
    if keep is not None:
        settings = settings.model_copy(update={"candidates": settings.candidates * 10})
    ranked = rank(index, question, query, settings, asking=asking).candidates
    article_of = index.catalogue.article_of
    chosen = [
        c
        for c in ranked
        if c.signals.relevance >= settings.min_score and (keep is None or keep(article_of[c.row]))
    ][:k]
    stored = index.store.passages([c.row for c in chosen])
    return highlight(index, query, [Hit(stored[c.row], c.score, c.signals) for c in chosen], settings)


def _repeats(text: str, chosen: list[str], settings: Settings) -> bool:
    cutoff = settings.duplicate_similarity * 100
    return any(fuzz.ratio(text, other, score_cutoff=cutoff) for other in chosen)


def highlight(index: Index, query: Vectors, hits: list[Hit], settings: Settings) -> list[Hit]:
    """Mark in each hit the one to three sentences most similar to the question, as spans in its text.

    The best sentence is always marked; others when within `highlight_margin` of it. Spans are in reading order.
    """
    scored = _sentence_scores(index, query, [h.passage.row for h in hits])
    marked = []
    for hit in hits:
        own, scores = scored[hit.passage.row]
        if not own:
            marked.append(hit)
            continue
        order = np.argsort(-scores)
        best = float(scores[order[0]])
        keep = [own[i] for i in order[:_MAX_HIGHLIGHTS] if scores[i] >= best - settings.highlight_margin]
        start = hit.passage.start
        spans = sorted((s.start - start, s.end - start) for s in keep)
        marked.append(Hit(hit.passage, hit.score, hit.signals, spans))
    return marked


def _sentence_scores(
    index: Index, query: Vectors, passage_rows: list[int]
) -> dict[int, tuple[list[Sentence], np.ndarray]]:
    """Each passage's sentences, in reading order, and the cosine of each with the question."""
    found = index.store.sentences(passage_rows)
    return {
        row: (own, index.sentence_vectors[[s.row for s in own]].astype(np.float32) @ query)
        for row, own in found.items()
    }
