"""Find the passages that answer a question: search, threshold, per-article grouping."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.config import Settings
from assistant.embedding import Embedder
from assistant.index import Index
from assistant.store import StoredPassage


@dataclass(frozen=True)
class Hit:
    passage: StoredPassage
    score: float


def retrieve(index: Index, embedder: Embedder, question: str, settings: Settings) -> list[Hit]:
    """The passages to quote for `question`, or [] when none is relevant enough (the caller abstains)."""
    query = embedder.encode([question])[0]
    return select(index, index.search(query, settings.candidates), settings)


def select(index: Index, ranked: list[tuple[int, float]], settings: Settings) -> list[Hit]:
    """Keep strong hits, at most `max_quotes_per_article` from one article, `max_quotes` in all.

    Chosen best first; returned grouped by article (the best article first), each article's passages in reading
    order so that quotes from one article read as the article does.
    """
    if not ranked or ranked[0][1] < settings.min_score:
        return []
    floor = max(settings.min_score, ranked[0][1] - settings.score_margin)
    strong = [(row, score) for row, score in ranked if score >= floor]
    stored = index.store.passages([row for row, _ in strong])
    chosen: dict[str, list[Hit]] = {}
    count = 0
    for row, score in strong:
        passage = stored[row]
        group = chosen.setdefault(passage.article_id, [])
        if len(group) < settings.max_quotes_per_article:
            group.append(Hit(passage, score))
            count += 1
            if count == settings.max_quotes:
                break
    return [hit for group in chosen.values() for hit in sorted(group, key=lambda h: h.passage.start)]
