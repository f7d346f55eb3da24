"""The evaluation commands: `assistant eval` (retrieval), `eval-safety` (triage) and `eval-conversations`
(follow-ups). Each measures a labelled set on the built index, prints tables and writes a JSON report;
`main.py` registers them on the app. Heavy imports wait until a command runs.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape

from assistant.cli.common import (
    CorpusOpt,
    IndexOpt,
    ModelOpt,
    embedder_or_exit,
    err,
    out,
    run_or_exit,
    settings_or_exit,
)
from assistant.config import Settings
from assistant.resources import bundled

if TYPE_CHECKING:
    from rich.table import Table

ReportOpt = Annotated[
    Path | None, typer.Option(help="Where to write the JSON report.", show_default="index dir/reports/")
]


def evaluate(
    questions: Annotated[
        list[Path],
        typer.Option(
            "--questions", "-q", help="Question file (MedQuAD or hand-written JSON lines); repeat for more."
        ),
    ],
    corpus: CorpusOpt = None,
    index_dir: IndexOpt = None,
    model: ModelOpt = None,
    limit: Annotated[int | None, typer.Option(help="Evaluate a random sample of this many.", min=1)] = None,
    seed: Annotated[int, typer.Option(help="Seed of the sample.")] = 7,
    retrieval: Annotated[
        str | None,
        typer.Option(help="Ranking to measure: hybrid, dense, lexical or rrf.", show_default=False),
    ] = None,
    compare: Annotated[
        bool, typer.Option(help="Measure every configuration (BM25, dense, RRF, signals).")
    ] = False,
    calibrate: Annotated[
        bool, typer.Option(help="Also tabulate wrong abstentions and answers per min_score.")
    ] = False,
    report: ReportOpt = None,
) -> None:
    """Measure retrieval (section Recall@k, MRR@10), abstention and latency on question sets."""
    from rich.table import Table

    from assistant.evaluation import retrieval as ev
    from assistant.index.loaded import load_index

    wide = _wide_console()

    settings = settings_or_exit(corpus=corpus, index_dir=index_dir, model=model, retrieval=retrieval)
    embedder = embedder_or_exit(settings)
    loaded = run_or_exit(lambda: load_index(settings, embedder))
    chosen = ev.sample(run_or_exit(lambda: ev.load_questions(questions, loaded)), limit, seed)
    if not chosen:
        err.print("[red]error:[/] the question files hold no questions")
        raise typer.Exit(2)
    names = ev.CONFIGURATIONS if compare else {settings.retrieval: {}}
    configurations = {name: settings.model_copy(update=change) for name, change in names.items()}
    embedded = ev.embed_questions(embedder, chosen)
    figures = ev.evaluate(loaded, chosen, embedded, configurations, keep_misses=50)

    answerable = figures[0].answerable
    table = Table(
        title=f"{len(chosen):,} questions ({answerable:,} answerable) on index {loaded.version}, "
        f"{loaded.manifest.passages:,} passages"
    )
    columns = (
        "R@1",
        "R@5",
        "R@10",
        "MRR@10",
        "article@5",
        "wrongly abstained",
        "right article quoted",
        "first quote section",
        "any quote section",
        "wrongly answered",
        "median ms",
        "p95 ms",
    )
    table.add_column("configuration")
    for column in columns:
        table.add_column(column, justify="right")
    for f in figures:
        table.add_row(
            f.configuration,
            *(
                f"{v:.3f}" if f.answerable else "-"
                for v in (f.recall_at_1, f.recall_at_5, f.recall_at_10, f.mrr_at_10, f.article_in_top_5)
            ),
            f"{f.wrongly_abstained:.3f}" if f.answerable else "-",
            *(
                f"{v:.3f}" if f.answerable else "-"
                for v in (f.right_article_quoted, f.first_quote_section, f.any_quote_section)
            ),
            f"{f.wrongly_answered:.3f}" if f.unanswerable else "-",
            f"{f.latency_median_ms:.1f}",
            f"{f.latency_p95_ms:.1f}",
        )
    wide.print(table)
    if answerable:
        by_article = Table(title="Article level (an article of a judged article's title counts as right)")
        by_article.add_column("configuration")
        for column in (
            "article first",
            "article in top 5",
            "first quote right",
            "any quote right",
            "nDCG@10",
        ):
            by_article.add_column(column, justify="right")
        for f in figures:
            by_article.add_row(
                f.configuration,
                *(
                    f"{v:.3f}"
                    for v in (
                        f.article_first,
                        f.article_at_5,
                        f.first_quote_right,
                        f.any_quote_right,
                        f.ndcg_at_10,
                    )
                ),
            )
        wide.print(by_article)
    for f in figures:
        if f.wrongly_answered_by_kind:
            kinds = ", ".join(f"{kind} {rate:.3f}" for kind, rate in f.wrongly_answered_by_kind.items())
            out.print(f"{f.configuration}: wrongly answered by kind: {kinds}")
    calibration: list[dict[str, float]] = []
    if calibrate:
        thresholds = [round(0.34 + 0.01 * i, 2) for i in range(23)]
        calibration = ev.calibrate(loaded, chosen, embedded, settings, thresholds)
        grid = Table(title="Abstention by min_score (* the setting in use)")
        for column in calibration[0]:
            grid.add_column(column.replace("_", " "), justify="right")
        for row in calibration:
            marker = " *" if abs(row["min_score"] - settings.min_score) < 1e-9 else ""
            grid.add_row(f"{row['min_score']:.2f}{marker}", *(f"{v:.3f}" for v in list(row.values())[1:]))
        wide.print(grid)
    header = {
        "index_version": loaded.version,
        "passages": loaded.manifest.passages,
        "questions": [str(p) for p in questions],
        "limit": limit,
        "seed": seed,
        "settings": settings.model_dump(mode="json"),
    }
    _write_report(report, settings, "eval", lambda path: ev.write_report(path, header, figures, calibration))


def eval_safety(
    suite: Annotated[
        list[Path] | None,
        typer.Option(
            "--suite",
            "-s",
            help="Labelled JSON-lines file(s); repeat for more.",
            show_default="the red-team suite",
        ),
    ] = None,
    corpus: CorpusOpt = None,
    index_dir: IndexOpt = None,
    model: ModelOpt = None,
    report: ReportOpt = None,
    fail: Annotated[
        bool, typer.Option(help="Exit 1 unless emergency and self-harm recall are 1.00.")
    ] = False,
) -> None:
    """Measure triage on a labelled red-team suite: precision and recall per category, and every miss."""

    from assistant.answer.compose import triager_for
    from assistant.evaluation import safety as se
    from assistant.index.loaded import load_index

    settings = settings_or_exit(corpus=corpus, index_dir=index_dir, model=model)
    paths = suite or [bundled("eval/redteam.jsonl")]
    items = run_or_exit(lambda: [item for path in paths for item in se.load_suite(path)])
    embedder = embedder_or_exit(settings)
    loaded = run_or_exit(lambda: load_index(settings, embedder))
    figures = se.measure(triager_for(settings, embedder, loaded), embedder, items)

    wide = _wide_console()
    table = _table(
        f"Triage of {figures.messages:,} messages: accuracy {figures.accuracy:.3f}",
        ("category", "messages", "triaged as", "precision", "recall"),
    )
    for c in figures.categories:
        table.add_row(c.category, str(c.support), str(c.predicted), f"{c.precision:.3f}", f"{c.recall:.3f}")
    wide.print(table)
    systems = _table(
        "Urgent categories: the rules (with other languages' phrases), the learned screen, both",
        (
            "system",
            "urgent recall",
            "false alarms",
            "self-harm R",
            "self-harm P",
            "emergency R",
            "emergency P",
        ),
    )
    for u in figures.systems:
        systems.add_row(
            {"rules": "rules alone", "model": "model alone", "both": "both (as served)"}[u.system],
            f"{u.urgent_recall:.3f}",
            f"{u.false_alarms:.3f}",
            f"{u.self_harm_recall:.3f}",
            f"{u.self_harm_precision:.3f}",
            f"{u.emergency_recall:.3f}",
            f"{u.emergency_precision:.3f}",
        )
    wide.print(systems)
    if len(figures.languages) > 1 or any(lang.language != "en" for lang in figures.languages):
        langs = _table(
            "Per language (as served)",
            (
                "language",
                "messages",
                "urgent",
                "accuracy",
                "urgent recall",
                "false alarms",
                "notice in language",
            ),
        )
        for lang in figures.languages:
            langs.add_row(
                lang.language,
                str(lang.messages),
                str(lang.urgent),
                f"{lang.accuracy:.3f}",
                f"{lang.urgent_recall:.3f}",
                f"{lang.false_alarms:.3f}",
                f"{lang.notice_in_language:.3f}",
            )
        wide.print(langs)
    out.print(
        f"Triage time per message: median {figures.median_ms:.2f} ms, p95 {figures.p95_ms:.2f} ms "
        f"(the learned screen read {figures.screened:,} of {figures.messages:,})"
    )
    if figures.misses:
        out.print(f"\n{len(figures.misses)} misses:")
        for m in figures.misses:
            tags = ", ".join(t for t in (m.language if m.language != "en" else "", m.variation) if t)
            variation = escape(f" [{tags}]") if tags else ""
            by = escape(f" (by {', '.join(m.by)})") if m.by else ""
            out.print(
                f"- expected [bold]{m.expected}[/], got [bold]{m.got}[/]{by}{variation}: {escape(m.message[:300])!r}"
                f"\n  [dim]{escape(m.reason)}[/]"
            )
    header: dict[str, object] = {"suites": [str(p) for p in paths], "index_version": loaded.version}
    _write_report(report, settings, "safety", lambda path: se.write_report(path, header, figures))
    if fail and (figures.of("emergency").recall < 1.0 or figures.of("self_harm").recall < 1.0):
        err.print("[red]error:[/] emergency or self-harm recall is under 1.00")
        raise typer.Exit(1)


def eval_conversations(
    conversations: Annotated[
        Path | None,
        typer.Option("--set", help="Labelled conversations, JSON lines (default: eval/conversations.jsonl)."),
    ] = None,
    corpus: CorpusOpt = None,
    index_dir: IndexOpt = None,
    model: ModelOpt = None,
    report: ReportOpt = None,
) -> None:
    """Measure follow-ups: reading them as follow-ups, and their first quote with the conversation and without."""

    from assistant.answer.compose import Assistant
    from assistant.evaluation import conversations as ce
    from assistant.index.loaded import load_index

    settings = settings_or_exit(corpus=corpus, index_dir=index_dir, model=model)
    labelled = run_or_exit(
        lambda: ce.load_conversations(conversations or bundled("eval/conversations.jsonl"))
    )
    embedder = embedder_or_exit(settings)
    loaded = run_or_exit(lambda: load_index(settings, embedder))
    figures = ce.measure(Assistant(settings, embedder, loaded), labelled)

    n, f = figures.turns, figures.follow_ups
    out.print(
        f"{figures.conversations} conversations, {n} turns, {f} labelled follow-ups; read as follow-ups: "
        f"{figures.read_as_follow_up} (precision {figures.precision:.3f}, recall {figures.recall:.3f})"
    )
    table = _table("First quote from the right article / section", ("turns", "count", "article", "section"))
    table.add_row("all", str(n), _share(figures.right_article, n), _share(figures.right_section, n))
    table.add_row(
        "follow-ups, in the conversation",
        str(f),
        _share(figures.follow_up_right_article, f),
        _share(figures.follow_up_right_section, f),
    )
    table.add_row(
        "follow-ups, asked alone",
        str(f),
        _share(figures.follow_up_right_article_alone, f),
        _share(figures.follow_up_right_section_alone, f),
    )
    out.print(table)
    if figures.misses:
        out.print(f"\n{len(figures.misses)} misses:")
        for m in figures.misses:
            out.print(
                f"- {m.conversation} turn {m.turn} {escape(repr(m.message))}: expected {escape(m.expected)}, "
                f"got {escape(m.got)}"
            )
    header = {"set": str(conversations), "index_version": loaded.version}
    _write_report(report, settings, "conversations", lambda path: ce.write_report(figures, path, header))


def _share(count: int, total: int) -> str:
    return f"{count / total:.3f}" if total else "-"


def _table(title: str, columns: Sequence[str]) -> Table:
    """A table of figures: the first column names the row (left), the others are numbers (right)."""
    from rich.table import Table

    table = Table(title=title)
    for n, column in enumerate(columns):
        table.add_column(column, justify="right" if n else "left")
    return table


def _wide_console() -> Console:
    """A console for the tables: never cut to 80 columns, as they would be in a pipe."""
    return Console(width=max(out.width, 150), soft_wrap=True)


def _write_report(given: Path | None, settings: Settings, kind: str, write: Callable[[Path], None]) -> None:
    """Write a report with `write` to the path given, or else to `<index dir>/reports/<kind>-<UTC time>.json`,
    and say where."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    path = given or settings.index_dir / "reports" / f"{kind}-{stamp}.json"
    write(path)
    out.print(f"Report written to {escape(str(path))}")


def train_urgency(
    data: Annotated[
        Path | None,
        typer.Option(help="Folder of labelled JSON-lines files.", show_default="eval/urgency/"),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            help="Where to write the weights.", show_default="the package's assistant/data/urgency.npz"
        ),
    ] = None,
    check: Annotated[
        bool,
        typer.Option(
            help="Write nothing: retrain with the shipped weights' C and thresholds and exit 1 unless the result "
            "matches them on every training message."
        ),
    ] = False,
    model: ModelOpt = None,
) -> None:
    """Retrain the learned urgency screen from the labelled messages (reproducibly) and print its figures."""

    from assistant.embedding.multilingual import MultilingualEmbedder
    from assistant.evaluation import urgency as training
    from assistant.safety.urgency import WEIGHTS, UrgencyModel

    settings = settings_or_exit(model=model)
    folder = data or bundled("eval/urgency")
    files = training.training_files(folder)
    if not files:
        err.print(f"[red]error:[/] no .jsonl files in {escape(str(folder))}")
        raise typer.Exit(2)
    embedder = embedder_or_exit(settings)
    multilingual = MultilingualEmbedder(threads=os.cpu_count() or 1)
    if check:
        shipped = run_or_exit(lambda: UrgencyModel.load(output or WEIGHTS))
        figures = shipped.meta["figures"]
        if [f.name for f in files] != shipped.meta["files"] or not isinstance(figures, dict):
            err.print("[red]error:[/] the training files are not the ones the weights were made from")
            raise typer.Exit(1)
        fixed = {name: (float(f["c"]), float(f["threshold"])) for name, f in figures.items()}
        trained = run_or_exit(
            lambda: training.train(files, embedder.encode, multilingual.encode, fixed=fixed, start=shipped)
        )
        same_data = trained.model.meta["data_sha256"] == shipped.meta["data_sha256"]
        differences = training.compare(trained, shipped)
        for d in differences:
            out.print(
                f"{d.head}: {d.messages:,} messages, largest probability difference {d.largest:.4f}, "
                f"{d.calls_differ} called differently"
            )
        if not same_data or any(d.largest > 0.01 or d.calls_differ for d in differences):
            err.print("[red]error:[/] the stored data does not make the shipped weights")
            raise typer.Exit(1)
        out.print("The stored data makes the shipped weights.")
        return
    trained = run_or_exit(lambda: training.train(files, embedder.encode, multilingual.encode))
    table = _table(
        f"Urgency screen, out-of-fold figures ({trained.model.meta['messages']:,} messages)",
        (
            "head",
            "messages",
            "C",
            "threshold",
            "self-harm recall",
            "emergency recall",
            "urgent recall",
            "false alarms",
        ),
    )
    for f in trained.figures:
        table.add_row(
            f.name,
            str(f.messages),
            f"{f.c:g}",
            f"{f.threshold:.3f}",
            f"{f.self_harm_recall:.3f}",
            f"{f.emergency_recall:.3f}",
            f"{f.urgent_recall:.3f}",
            f"{f.false_alarm_rate:.3f}",
        )
    _wide_console().print(table)
    target = output or WEIGHTS
    trained.model.save(target)
    out.print(f"Wrote {escape(str(target))}")
