"""What every benchmark reports: figures with their unit and target, printed as one table and written as JSON."""

from __future__ import annotations

import json
import os
import platform
import random
import statistics
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
MEDQUAD = ROOT.parent / "shared" / "data" / "medquad"
console = Console(stderr=True)


@dataclass
class Figure:
    """One measured figure. `target` reads like "< 15" or ">= 150" (in `unit`); `met` is None without one."""

    group: str
    name: str
    value: float
    unit: str
    target: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)

    @property
    def met(self) -> bool | None:
        if self.target is None:
            return None
        op, bound = self.target.split()
        checks: dict[str, Callable[[float, float], bool]] = {
            "<": lambda a, b: a < b,
            "<=": lambda a, b: a <= b,
            ">": lambda a, b: a > b,
            ">=": lambda a, b: a >= b,
        }
        return checks[op](self.value, float(bound))


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100), NaN for no values."""
    return float(np.percentile(values, q)) if len(values) else float("nan")


def dev_questions(count: int, seed: int) -> list[str]:
    """`count` distinct MedQuAD dev questions in a random order fixed by `seed`."""
    with (MEDQUAD / "questions_dev.jsonl").open() as lines:
        texts = sorted({json.loads(line)["question"] for line in lines})
    random.Random(seed).shuffle(texts)
    return texts[:count]


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def machine() -> dict[str, Any]:
    return {
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "processor": platform.processor() or platform.machine(),
    }


def table(figures: Sequence[Figure]) -> Table:
    out = Table(title="Benchmark", show_lines=False)
    for column in ("group", "figure", "value", "unit", "target", "met"):
        out.add_column(column, justify="right" if column == "value" else "left")
    for f in figures:
        met = {True: "[green]yes[/]", False: "[red]no[/]", None: ""}[f.met]
        out.add_row(f.group, f.name, _fmt(f.value), f.unit, f.target or "", met)
    return out


def markdown(figures: Sequence[Figure]) -> str:
    """The table as Markdown, for the README."""
    lines = ["| group | figure | value | unit | target | met |", "|---|---|---:|---|---|---|"]
    for f in figures:
        met = {True: "yes", False: "**no**", None: ""}[f.met]
        lines.append(f"| {f.group} | {f.name} | {_fmt(f.value)} | {f.unit} | {f.target or ''} | {met} |")
    return "\n".join(lines)


def write_json(path: Path, figures: Sequence[Figure], extra: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    body = {
        "machine": machine(),
        **extra,
        "figures": [{**asdict(f), "met": f.met} for f in figures],
    }
    path.write_text(json.dumps(body, indent=2) + "\n")


def _fmt(value: float) -> str:
    if value != value:  # NaN
        return "-"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"
