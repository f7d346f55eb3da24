"""The `assistant` command in process: index summary with refusals, ask, and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from assistant.cli.main import app
from assistant.config import Settings
from assistant.index.loaded import Index

runner = CliRunner()


def test_index_reports_counts_and_refused_files(tmp_path: Path, corpus_copy: Path) -> None:
    (corpus_copy / "broken.md").write_text("---\ntitle: Broken\nupdated: someday\n---\nBody.\n")
    result = runner.invoke(
        app, ["index", "--corpus", str(corpus_copy), "--index-dir", str(tmp_path / "index")]
    )
    assert result.exit_code == 0, result.output
    articles = len(list(corpus_copy.glob("*.md"))) - 1
    assert f"Indexed {articles} articles into" in result.output
    assert "refused 1" in result.output
    assert "broken.md" in result.output and "'updated' must be a date" in result.output


def test_ask_prints_quotes_with_sources_and_json(bundled_settings: Settings, bundled_index: Index) -> None:
    args = [
        "ask",
        "What happens if I stop baclofen suddenly?",
        "--index-dir",
        str(bundled_settings.index_dir),
    ]
    text = runner.invoke(app, args)
    assert text.exit_code == 0, text.output
    assert "Baclofen › Stopping baclofen suddenly and withdrawal" in " ".join(text.output.split())
    assert "not medical advice" in text.output
    data = runner.invoke(app, [*args, "--json"])
    assert json.loads(data.output)["quotes"][0]["article_id"] == "baclofen"


def test_ask_without_an_index_says_what_to_do(tmp_path: Path) -> None:
    result = runner.invoke(app, ["ask", "anything", "--index-dir", str(tmp_path / "empty")])
    assert result.exit_code == 1
    assert "run `assistant index`" in result.output


def test_bad_settings_exit_2(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ASSISTANT_CHUNK_MIN_WORDS", "900")
    result = runner.invoke(app, ["index", "--index-dir", str(tmp_path)])
    assert result.exit_code == 2 and "chunk_min_words" in result.output


def test_eval_prints_the_table_and_writes_the_report(tmp_path: Path, medquad_assistant) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import MEDQUAD

    in_slice = set(medquad_assistant.index.catalogue.titles)
    lines = [
        line
        for line in (MEDQUAD / "questions_dev.jsonl").read_text().splitlines()
        if json.loads(line)["article_id"] in in_slice
    ]
    questions = tmp_path / "questions.jsonl"
    questions.write_text("\n".join(lines) + "\n")
    report = tmp_path / "report.json"
    index_dir = str(medquad_assistant.settings.index_dir)
    args = ["eval", "-q", str(questions), "--index-dir", index_dir, "--compare", "--report", str(report)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "R@1" in result.output and "MRR@10" in result.output and "default" in result.output
    data = json.loads(report.read_text())
    figures = {f["configuration"]: f for f in data["configurations"]}
    assert set(figures) == {
        "bm25",
        "dense",
        "rrf",
        "dense+bm25",
        "+subject",
        "+intent",
        "+sentence",
        "reader off",
        "-focus",
        "-asking",
        "-names",
        "+story subject",
        "-story focus",
        "default",
    }
    assert "Article level" in result.output and "nDCG@10" in result.output
    assert 0 < figures["default"]["ndcg_at_10"] <= 1 and figures["default"]["article_first"] > 0.5
    assert figures["default"]["answerable"] == len(lines) > 50
    assert figures["default"]["mrr_at_10"] > figures["dense"]["mrr_at_10"] > figures["bm25"]["mrr_at_10"]
    assert figures["default"]["wrongly_abstained"] <= 0.05

    sampled = runner.invoke(app, [*args[:-2], "--limit", "10", "--seed", "3", "--report", str(report)])
    assert sampled.exit_code == 0, sampled.output
    assert json.loads(report.read_text())["configurations"][0]["answerable"] == 10

    questions.write_text('{"question": "x", "article": "no-such-article"}\n')
    bad = runner.invoke(app, ["eval", "-q", str(questions), "--index-dir", index_dir])
    assert bad.exit_code == 1
    assert f"{questions}:1" in " ".join(bad.output.split()) and "no-such-article" in bad.output
