"""Retrieval and answer figures on a sample of MedQuAD dev questions, against a built index.

    .venv/bin/python scripts/medquad_check.py --index-dir /tmp/medquad-index [--sample 1000] [--seed 7]

A stop-gap until `assistant eval` (issue 3): section-level Recall@1/5 and MRR@10 (a hit is any of the question's
equivalent sections; passages of one section count once), the right article in the top 5, how often the answer
abstains or quotes the right article, latency, and abstention on a few off-topic messages.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from pathlib import Path

from assistant.answer import Assistant
from assistant.config import Settings
from assistant.embedding import SentenceTransformerEmbedder
from assistant.index import load_index

MEDQUAD = Path(__file__).resolve().parents[2] / "shared" / "data" / "medquad"
OFF_TOPIC_FILE = Path(__file__).resolve().parents[1] / "tests" / "data" / "off_topic.txt"


def percentile(values: list[float], p: float) -> float:
    return sorted(values)[round(p * (len(values) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--questions", type=Path, default=MEDQUAD / "questions_dev.jsonl")
    parser.add_argument("--sample", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    settings = Settings(corpus=MEDQUAD / "articles.jsonl", index_dir=args.index_dir)
    embedder = SentenceTransformerEmbedder(settings.model)
    index = load_index(settings, embedder)
    assistant = Assistant(settings, embedder, index)
    with args.questions.open() as f:
        questions = [json.loads(line) for line in f]
    questions = random.Random(args.seed).sample(questions, min(args.sample, len(questions)))

    r1 = r5 = mrr = article5 = abstained = quoted = 0.0
    retrieve_ms: list[float] = []
    answer_ms: list[float] = []
    for q in questions:
        started = time.perf_counter()
        ranked = index.search(embedder.encode([q["question"]])[0], 100)
        retrieve_ms.append((time.perf_counter() - started) * 1000)
        stored = index.store.passages([row for row, _ in ranked])
        sections = list(dict.fromkeys((stored[r].article_id, stored[r].section_index) for r, _ in ranked))
        articles = list(dict.fromkeys(stored[r].article_id for r, _ in ranked))
        gold = {(q["article_id"], i) for i in q["equivalent_sections"]}
        rank = next((i for i, key in enumerate(sections[:10]) if key in gold), None)
        r1 += rank == 0
        r5 += rank is not None and rank < 5
        mrr += 1 / (rank + 1) if rank is not None else 0
        article5 += q["article_id"] in articles[:5]
        started = time.perf_counter()
        answer = assistant.answer(q["question"])
        answer_ms.append((time.perf_counter() - started) * 1000)
        abstained += answer.abstained
        quoted += any(quote.article_id == q["article_id"] for quote in answer.quotes)

    n = len(questions)
    print(f"index {index.version}: {index.manifest.passages:,} passages; {n} questions, seed {args.seed}")
    print(
        f"section Recall@1 {r1 / n:.3f}  Recall@5 {r5 / n:.3f}  MRR@10 {mrr / n:.3f}  article in top 5 {article5 / n:.3f}"
    )
    print(f"answers: abstained {abstained / n:.3f}, right article among the quotes {quoted / n:.3f}")
    print(
        f"latency ms: search median {statistics.median(retrieve_ms):.1f} p95 {percentile(retrieve_ms, 0.95):.1f}; "
        f"whole answer median {statistics.median(answer_ms):.1f} p95 {percentile(answer_ms, 0.95):.1f}"
    )
    off_topic = [m for m in OFF_TOPIC_FILE.read_text().splitlines() if m.strip() and not m.startswith("#")]
    off = sum(assistant.answer(message).abstained for message in off_topic)
    print(f"off-topic messages abstained: {off}/{len(off_topic)}")


if __name__ == "__main__":
    main()
