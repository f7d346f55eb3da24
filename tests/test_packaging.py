"""An installed wheel (not the checkout) still finds web/, the bundled corpus and the default evaluation sets,
all under assistant/data/, where no folder shadows a module."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def test_installed_wheel_finds_web_and_corpus(tmp_path: Path) -> None:
    wheels, target = tmp_path / "wheels", tmp_path / "site"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    subprocess.run([*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", wheels, ROOT], check=True)
    (wheel,) = wheels.glob("*.whl")
    subprocess.run([*pip, "install", "--no-deps", "--target", target, wheel], check=True)
    probe = (
        "import assistant.resources as r; "
        "print(r.PACKAGE_DIR); print(r.bundled('web')); print(r.bundled('corpus')); print(r.source_root()); "
        "print(r.bundled('eval/redteam.jsonl')); print(r.bundled('eval/conversations.jsonl'))"
    )
    # Run from an empty folder with only the installed copy on the path, as a deployed service would.
    out = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(target)!r}); {probe}"],
        cwd=tmp_path,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split("\n")
    package, web, corpus, checkout, redteam, conversations = out[:6]
    data = target / "assistant" / "data"
    assert package == str(target / "assistant")
    assert web == str(data / "web") and (Path(web) / "static" / "widget.js").is_file()
    assert corpus == str(data / "corpus") and len(list(Path(corpus).glob("*.md"))) >= 12
    assert checkout == "None"
    assert redteam == str(data / "eval" / "redteam.jsonl") and Path(redteam).stat().st_size > 10_000
    assert conversations == str(data / "eval" / "conversations.jsonl") and Path(conversations).is_file()
    # The learned urgency screen's weights ship in the package: nothing is downloaded at run time.
    assert 100_000 < (data / "urgency.npz").stat().st_size < 5_000_000
    # Every folder of the package beside data/ is a package of modules: none is a data folder named like one.
    package_dir = target / "assistant"
    folders = [
        p for p in package_dir.rglob("*") if p.is_dir() and p.relative_to(package_dir).parts[0] != "data"
    ]
    assert folders and all((p / "__init__.py").is_file() for p in folders if p.name != "__pycache__")
