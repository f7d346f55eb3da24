"""The `assistant` command in process: index summary with refusals, ask, and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from assistant.cli import app
from assistant.config import Settings
from assistant.index import Index

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
