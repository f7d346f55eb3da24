"""An installed wheel (not the checkout) still finds web/ and the bundled corpus."""

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
        "print(r.PACKAGE_DIR); print(r.bundled('web')); print(r.bundled('corpus')); print(r.source_root())"
    )
    # Run from an empty folder with only the installed copy on the path, as a deployed service would.
    out = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(target)!r}); {probe}"],
        cwd=tmp_path,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split("\n")
    package, web, corpus, checkout = out[:4]
    assert package == str(target / "assistant")
    assert web == str(target / "assistant" / "web") and (Path(web) / "static" / "widget.js").is_file()
    assert corpus == str(target / "assistant" / "corpus") and len(list(Path(corpus).glob("*.md"))) >= 12
    assert checkout == "None"
