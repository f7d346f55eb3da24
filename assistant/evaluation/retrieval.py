"""Measure retrieval and abstention on question sets: section-level Recall@k and MRR@10, abstention, latency.

Two question formats, one JSON object a line:

* MedQuAD (`../shared/data/medquad/questions_dev.jsonl`): `question`, `article_id`, `equivalent_sections`
  (section indices; any of them counts as the answer), optional `qid`.
* Hand-written sets (`eval/*.jsonl`): `question`, `article` (the article id, or null when the corpus cannot
  answer it, so the assistant should abstain) and optionally `sections` (headings that answer it; when left out,
  any section of the article counts). Instead of `article`, `articles` lists every article that answers it (the
  first is the one `sections` belongs to), or maps each to an expert's grade (2 related, 3 correct but incomplete,
  4 excellent), as `../shared/data/mediqa/consumer_questions.jsonl` does.

Article-level figures (the right article first, in the top 5, quoted first, quoted at all, nDCG@10 over distinct
titles) count an article with the same title as a judged one as right: MedQuAD repeats subjects across sources.

A question counts as answered at rank r when a passage of an answering section is at rank r, passages of one
section counting once. Latency is per question: embedding the question, ranking and choosing the quotes.
"""

from __future__ import annotations

import json
import random
import re
import statistics
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from assistant.config import Settings
from assistant.embedding.embedders import Embedder, Vectors
from assistant.errors import AssistantError
from assistant.index.loaded import Index
from assistant.retrieval.ranking import (
    Ranking,
    query_texts,
    query_vectors,
    rank,
    read,
    select,
)
from assistant.safety.languages import detect


class QuestionSetError(AssistantError):
    """A question file that cannot be read: names the file, line and problem."""


@dataclass(frozen=True)
class EvalQuestion:
    question: str
    article_id: str | None  # None: nothing in the corpus answers it
    sections: frozenset[int] | None  # None: any section of the article
    qid: str
    kind: str = "answerable"  # for questions nothing answers: off_topic, absent_subject, near_miss, ...
    grades: dict[str, int] = field(
        default_factory=dict
    )  # every article judged right -> its grade (1 if ungraded)


# The configurations `--compare` measures, each a change to the settings given.
CONFIGURATIONS: dict[str, dict[str, object]] = {
    "bm25": {"retrieval": "lexical"},
    "dense": {"retrieval": "dense"},
    "rrf": {"retrieval": "rrf"},
    "dense+bm25": {"retrieval": "hybrid", "subject_weight": 0.0, "intent_weight": 0.0, "intent_penalty": 0.0},
    "+subject": {"retrieval": "hybrid", "intent_weight": 0.0, "intent_penalty": 0.0},
    "+intent": {"retrieval": "hybrid", "subject_weight": 0.0},
    "+sentence": {"retrieval": "hybrid", "sentence_weight": 0.2},
    "reader off": {"focus_weight": 0.0, "asking_weight": 0.0, "expand_names": False},
    "-focus": {"focus_weight": 0.0},
    "-asking": {"asking_weight": 0.0},
    "-names": {"expand_names": False},
    "+story subject": {"story_subject_weight": 0.2},
    "-story focus": {"story_focus_share": 1.0},
    "default": {},
}


@dataclass
class Figures:
    """The figures of one configuration over one question set."""

    configuration: str
    answerable: int = 0
    unanswerable: int = 0
    recall_at_1: float = 0.0
    recall_at_5: float = 0.0
    recall_at_10: float = 0.0
    mrr_at_10: float = 0.0
    article_in_top_5: float = 0.0
    wrongly_abstained: float = 0.0
    wrongly_answered: float = 0.0
    wrongly_answered_by_kind: dict[str, float] = field(default_factory=dict)
    right_article_quoted: float = 0.0
    # The answer's quotes at section level: the first from a right section of the judged article; any.
    first_quote_section: float = 0.0
    any_quote_section: float = 0.0
    # Article level, an article of a judged one's title counting as right.
    article_first: float = 0.0
    article_at_5: float = 0.0
    first_quote_right: float = 0.0
    any_quote_right: float = 0.0
    ndcg_at_10: float = 0.0
    latency_median_ms: float = 0.0
    latency_p95_ms: float = 0.0
    misses: list[dict[str, object]] = field(default_factory=list)
    kinds: dict[str, int] = field(default_factory=dict)  # unanswerable questions of each kind


def load_questions(paths: Iterable[Path], index: Index) -> list[EvalQuestion]:
    return [_parse(record, where, index) for path in paths for where, record in records(path, "question")]


def records(path: Path, text_field: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """The records of a JSON-lines file, each with where it is ("file:line"); blank lines are skipped.
    A QuestionSetError says which file cannot be read, or which line is not a record with a `text_field`."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise QuestionSetError(f"cannot read {path}: {e.strerror}") from e
    for number, line in enumerate(lines, 1):
        if line.strip():
            where = f"{path}:{number}"
            yield where, _read_record(line, where, text_field)


def _read_record(line: str, where: str, text_field: str) -> dict[str, Any]:
    """One JSON-lines record holding a string `text_field`; a QuestionSetError naming `where` otherwise."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        raise QuestionSetError(f"{where}: not JSON ({e.msg})") from e
    if not isinstance(record, dict) or not isinstance(record.get(text_field), str):
        raise QuestionSetError(f"{where}: needs a '{text_field}' string")
    return record


def _parse(record: dict[str, Any], where: str, index: Index) -> EvalQuestion:
    qid = str(record.get("qid") or where)
    article = record.get("article_id", record.get("article"))
    judged = record.get("articles")
    grades: dict[str, int] = {}
    if judged:
        if isinstance(judged, dict):
            grades = {str(a): int(g) for a, g in judged.items()}
        elif isinstance(judged, list):
            grades = {str(a): 1 for a in judged}
        else:
            raise QuestionSetError(f"{where}: 'articles' must be a list of ids or an object of id -> grade")
        unknown = [a for a in grades if a not in index.catalogue.titles]
        if unknown:
            raise QuestionSetError(f"{where}: articles {unknown} are not in the index {index.version}")
        article = max(grades, key=lambda a: grades[a]) if isinstance(judged, dict) else next(iter(grades))
    if article is None:
        return EvalQuestion(record["question"], None, None, qid, str(record.get("kind") or "unanswerable"))
    if article not in index.catalogue.titles:
        raise QuestionSetError(f"{where}: article {article!r} is not in the index {index.version}")
    if "equivalent_sections" in record or "section_index" in record:
        sections = record.get("equivalent_sections") or [record["section_index"]]
        sections = frozenset(int(s) for s in sections)
        return EvalQuestion(record["question"], article, sections, qid, grades=grades or {article: 1})
    headings = record.get("sections")
    if not headings:
        return EvalQuestion(record["question"], article, None, qid, grades=grades or {article: 1})
    found = index.store.section_indices(article, headings)
    if len(found) < len(set(headings)):
        raise QuestionSetError(f"{where}: article {article!r} lacks some of the sections {headings}")
    return EvalQuestion(record["question"], article, frozenset(found), qid, grades=grades or {article: 1})


def sample(questions: Sequence[EvalQuestion], limit: int | None, seed: int) -> list[EvalQuestion]:
    if limit is None or limit >= len(questions):
        return list(questions)
    return random.Random(seed).sample(list(questions), limit)


class Embedded:
    """Each text's vector, embedded alone (as when answering), and how long it took: the questions and, as
    configurations need them, the texts the question reader searches."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder
        self.vectors: dict[str, Vectors] = {}
        self.milliseconds: dict[str, float] = {}

    def query(self, texts: Sequence[str]) -> tuple[Vectors, float]:
        """The texts' vectors (embedding those not yet embedded) and the milliseconds they took."""
        for text in texts:
            if text not in self.vectors:
                started = time.perf_counter()
                self.vectors[text] = self.embedder.encode([text])[0]
                self.milliseconds[text] = (time.perf_counter() - started) * 1000
        return np.stack([self.vectors[t] for t in texts]), sum(self.milliseconds[t] for t in texts)


def embed_questions(embedder: Embedder, questions: Sequence[EvalQuestion]) -> Embedded:
    embedded = Embedded(embedder)
    for q in questions:
        embedded.query([q.question])
    return embedded


def evaluate(
    index: Index,
    questions: Sequence[EvalQuestion],
    embedded: Embedded,
    configurations: dict[str, Settings],
    keep_misses: int = 0,
) -> list[Figures]:
    """Figures for each configuration; a question's latency is the time to embed its texts (each alone) plus
    reading, ranking and choosing."""
    results = []
    for name, settings in configurations.items():
        figures = Figures(name)
        latency = []
        for q in questions:
            started = time.perf_counter()
            reading = read(index, q.question, detect(q.question).english)
            read_ms = (time.perf_counter() - started) * 1000
            texts = query_texts(reading, settings)
            vectors, spent = embedded.query(texts)
            started = time.perf_counter()
            query, asking = query_vectors(texts, vectors, embedded.embedder, settings)
            ranking = rank(index, q.question, query, settings, reading, asking)
            hits = select(index, ranking, settings)
            latency.append(read_ms + spent + (time.perf_counter() - started) * 1000)
            quoted = [(h.passage.article_id, h.passage.section_index) for h in hits]
            _score(figures, index, q, ranking, quoted, keep_misses)
        _finish(figures, latency)
        results.append(figures)
    return results


def _score(
    figures: Figures,
    index: Index,
    q: EvalQuestion,
    ranking: Ranking,
    quotes: list[tuple[str, int]],
    keep_misses: int,
) -> None:
    """Add one question's figures; `quotes` are the answer's (article, section index), in the order shown."""
    quoted = [article for article, _ in quotes]
    if q.article_id is None:
        figures.unanswerable += 1
        figures.wrongly_answered += bool(quoted)
        answered, asked = figures.wrongly_answered_by_kind.get(q.kind, 0.0), figures.kinds.get(q.kind, 0)
        figures.wrongly_answered_by_kind[q.kind] = answered + bool(quoted)
        figures.kinds[q.kind] = asked + 1
        return
    figures.answerable += 1
    cat = index.catalogue
    rows = [c.row for c in ranking.candidates]
    sections = list(dict.fromkeys((cat.article_of[r], cat.section_of[r]) for r in rows))
    articles = list(dict.fromkeys(cat.article_of[r] for r in rows))
    rank_of = next(
        (
            i
            for i, (article, section) in enumerate(sections[:10])
            if article == q.article_id and (q.sections is None or section in q.sections)
        ),
        None,
    )
    if rank_of is not None:
        figures.recall_at_1 += rank_of == 0
        figures.recall_at_5 += rank_of < 5
        figures.recall_at_10 += 1
        figures.mrr_at_10 += 1 / (rank_of + 1)
    figures.article_in_top_5 += q.article_id in articles[:5]
    figures.wrongly_abstained += not quoted
    figures.right_article_quoted += q.article_id in quoted
    right = [a == q.article_id and (q.sections is None or section in q.sections) for a, section in quotes]
    figures.first_quote_section += bool(right) and right[0]
    figures.any_quote_section += any(right)
    grade_of = _title_grades(index, q)
    titles = list(dict.fromkeys(_title_key(index, a) for a in articles))
    figures.article_first += bool(titles) and titles[0] in grade_of
    figures.article_at_5 += any(t in grade_of for t in titles[:5])
    quoted_titles = [_title_key(index, a) for a in quoted]
    figures.first_quote_right += bool(quoted_titles) and quoted_titles[0] in grade_of
    figures.any_quote_right += any(t in grade_of for t in quoted_titles)
    ideal = sorted(grade_of.values(), reverse=True)
    figures.ndcg_at_10 += _ndcg([grade_of.get(t, 0) for t in titles[:10]], ideal)
    if rank_of != 0 and len(figures.misses) < keep_misses and sections:
        top_article, top_section = sections[0]
        figures.misses.append(
            {"qid": q.qid, "question": q.question, "rank": rank_of, "top": f"{top_article}#{top_section}"}
        )


def _title_key(index: Index, article: str) -> str:
    """A title as compared: lower case, possessives and punctuation aside ("Parkinson's Disease" is "Parkinson
    disease")."""
    title = re.sub(r"['’]s\b", "", index.catalogue.titles[article][0].lower())
    return " ".join(re.findall(r"[^\W_]+", title))


def _title_grades(index: Index, q: EvalQuestion) -> dict[str, int]:
    """Each judged title -> its best grade."""
    grades: dict[str, int] = {}
    judged = q.grades or ({q.article_id: 1} if q.article_id is not None else {})
    for article, grade in judged.items():
        key = _title_key(index, article)
        grades[key] = max(grade, grades.get(key, 0))
    return grades


def _ndcg(gains: Sequence[int], ideal: Sequence[int]) -> float:
    """nDCG of graded gains in ranked order, against the ideal order (exponential gain, log2 discount)."""

    def dcg(values: Sequence[int]) -> float:
        return float(sum((2**g - 1) / np.log2(i + 2) for i, g in enumerate(values)))

    best = dcg(ideal[:10])
    return float(dcg(gains) / best) if best > 0 else 0.0


def _finish(figures: Figures, latency: list[float]) -> None:
    n = max(1, figures.answerable)
    for name in (
        "recall_at_1",
        "recall_at_5",
        "recall_at_10",
        "mrr_at_10",
        "article_in_top_5",
        "wrongly_abstained",
        "right_article_quoted",
        "first_quote_section",
        "any_quote_section",
        "article_first",
        "article_at_5",
        "first_quote_right",
        "any_quote_right",
        "ndcg_at_10",
    ):
        setattr(figures, name, round(getattr(figures, name) / n, 4))
    figures.wrongly_answered = round(figures.wrongly_answered / max(1, figures.unanswerable), 4)
    figures.wrongly_answered_by_kind = {
        kind: round(count / figures.kinds[kind], 4)
        for kind, count in sorted(figures.wrongly_answered_by_kind.items())
    }
    if latency:
        figures.latency_median_ms = round(statistics.median(latency), 1)
        figures.latency_p95_ms = round(float(np.percentile(latency, 95)), 1)


def calibrate(
    index: Index,
    questions: Sequence[EvalQuestion],
    embedded: Embedded,
    settings: Settings,
    thresholds: Sequence[float],
) -> list[dict[str, float]]:
    """For each candidate `min_score`: how often answerable questions abstain and unanswerable ones answer."""
    best: list[tuple[str, float]] = []
    for q in questions:
        reading = read(index, q.question, detect(q.question).english)
        texts = query_texts(reading, settings)
        vectors, _ = embedded.query(texts)
        query, asking = query_vectors(texts, vectors, embedded.embedder, settings)
        ranking = rank(index, q.question, query, settings, reading, asking)
        top = ranking.candidates[0].signals.relevance if ranking.candidates else -1.0
        best.append((q.kind, top))
    answerable = [s for kind, s in best if kind == "answerable"]
    unanswerable = [s for kind, s in best if kind != "answerable"]
    kinds = sorted({kind for kind, _ in best if kind != "answerable"})
    rows = []
    for t in thresholds:
        row = {
            "min_score": round(t, 3),
            "wrongly_abstained": round(sum(s < t for s in answerable) / max(1, len(answerable)), 4),
            "wrongly_answered": round(sum(s >= t for s in unanswerable) / max(1, len(unanswerable)), 4),
        }
        for kind in kinds:
            scores = [s for k, s in best if k == kind]
            row[f"answered {kind}"] = round(sum(s >= t for s in scores) / len(scores), 4)
        rows.append(row)
    return rows


def write_report(
    path: Path, header: dict[str, object], figures: list[Figures], calibration: list[dict[str, float]]
) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    report = {**header, "configurations": [asdict(f) for f in figures], "calibration": calibration}
    path.write_text(json.dumps(report, indent=2) + "\n")
