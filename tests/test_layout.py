"""The floor plan holds: every import points down the wings, no module imports itself round a circle, wing
folders stay empty of re-exports, and the documented index folder names every file the code writes."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from assistant.index import layout
from tests.conftest import ROOT

PACKAGE = ROOT / "assistant"

# Bottom to top: a module may import from its own wing or from a wing on a lower line, never from one on its
# own line or above. Top-level modules count as wings of their own.
WINGS = [
    {"assistant", "resources", "errors", "countries"},
    {"config"},
    {"texts"},
    {"articles"},
    {"embedding"},
    {"index"},
    {"retrieval", "safety"},
    {"answer"},
    {"records", "evaluation"},
    {"server"},
    {"cli"},
]
RANK = {wing: rank for rank, wings in enumerate(WINGS) for wing in wings}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """The assistant modules `path` imports, at the top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == "assistant")
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "assistant":
            # `from assistant.server import metrics` imports the module assistant.server.metrics.
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                is_module = (ROOT / Path(*candidate.split("."))).with_suffix(".py").is_file()
                found.add(candidate if is_module else node.module)
    return found


def wing(module: str) -> str:
    parts = module.split(".")
    return "assistant" if len(parts) == 1 else parts[1]


def graph() -> dict[str, set[str]]:
    return {module_name(p): imports(p) for p in PACKAGE.rglob("*.py")}


def test_the_wings_are_the_ones_listed() -> None:
    folders = {p.parent.name for p in PACKAGE.glob("*/__init__.py")}
    modules = {p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__"}
    assert folders | modules | {"assistant"} == set(RANK)


def upward(edges: dict[str, set[str]]) -> list[str]:
    """The imports that point up the wings, or sideways to a wing on the same line."""
    return sorted(
        f"{importer} imports {imported}"
        for importer, targets in edges.items()
        for imported in targets
        if wing(imported) != wing(importer) and RANK[wing(imported)] >= RANK[wing(importer)]
    )


def test_every_import_points_down_the_wings() -> None:
    found = upward(graph())
    assert not found, "imports that point up or sideways:\n" + "\n".join(found)


def circle(edges: dict[str, set[str]]) -> list[str] | None:
    """A circle of imports, as the modules round it, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(module: str) -> list[str] | None:
        state[module] = 1
        path.append(module)
        for target in sorted(edges.get(module, ())):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state and (found := visit(target)):
                return found
        state[module] = 2
        path.pop()
        return None

    for module in sorted(edges):
        if module not in state and (found := visit(module)):
            return found
    return None


def test_no_module_imports_itself_round_a_circle() -> None:
    found = circle(graph())
    assert found is None, " -> ".join(found)


def test_a_new_upward_or_sideways_import_would_fail(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text("from assistant.server.app import create_app\nfrom assistant.index import layout\n")
    assert imports(probe) == {"assistant.server.app", "assistant.index.layout"}
    edges = graph()
    assert "assistant.articles.chunking" in edges["assistant.index.store"]  # the checker sees real imports
    edges["assistant.index.store"] = {*edges["assistant.index.store"], *imports(probe)}
    edges["assistant.safety.rules"] = {"assistant.retrieval.subjects"}
    assert upward(edges) == [
        "assistant.index.store imports assistant.server.app",
        "assistant.safety.rules imports assistant.retrieval.subjects",
    ]
    # A circle inside one wing points no wing up, and is caught on its own.
    assert circle(graph()) is None
    edges = {**graph(), "assistant.index.layout": {"assistant.index.build"}}
    assert circle(edges) == [
        "assistant.index.layout",
        "assistant.index.build",
        "assistant.index.derive",
        "assistant.index.layout",
    ]


def test_wing_folders_re_export_nothing() -> None:
    """Importing a wing costs nothing: the CLI defers heavy imports (faiss, onnxruntime) on purpose."""
    for init in PACKAGE.rglob("__init__.py"):
        if init.parent != PACKAGE:
            assert init.read_text().strip() == "", f"{init} should stay empty"


def test_the_index_folder_is_documented_as_the_code_writes_it() -> None:
    page = (ROOT / "docs" / "architecture.md").read_text()
    names = {
        name: value
        for name, value in vars(layout).items()
        if re.fullmatch(r"[A-Z_]+_(FILE|DIR|PREFIX)", name) and isinstance(value, str)
    }
    assert len(names) >= 12
    missing = {name: value for name, value in names.items() if f"`{value}" not in page}
    assert not missing, f"docs/architecture.md does not name {missing}"
    # And nothing in the package spells an index file name itself.
    spelled = [
        f"{path.relative_to(ROOT)}: {value}"
        for path in PACKAGE.rglob("*.py")
        if path.name != "layout.py"
        for value in ("CURRENT", "versions", "manifest.json", "passages.faiss", "store.sqlite", "slots.npy")
        if f'"{value}"' in path.read_text()
    ]
    assert not spelled, spelled
