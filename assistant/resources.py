"""Where bundled files live, whether the package runs from a source checkout or an installed wheel."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"  # scope_examples.yaml; in a wheel also web/, corpus/ and eval/


def source_root() -> Path | None:
    """The checkout holding this package, or None when running from an installed wheel."""
    root = PACKAGE_DIR.parent
    return root if (root / "pyproject.toml").is_file() and (root / "web").is_dir() else None


def bundled(name: str) -> Path:
    """A bundled folder or file (`web`, `corpus`, `eval/redteam.jsonl`, ...): in the wheel's `assistant/data/`,
    else at the top of a checkout. Whoever reads it reports it if it is missing."""
    inside = DATA_DIR / name
    return inside if inside.exists() else PACKAGE_DIR.parent / name


def default_index_dir() -> Path:
    """index/ in a source checkout; the user's data folder for an installed package."""
    root = source_root()
    if root is not None:
        return root / "index"
    return _data_home() / "index"


def default_data_dir() -> Path:
    """The conversation log's folder: the user's data folder, never inside a checkout, so that no log is
    committed by mistake and a fresh clone or `git clean` loses nothing."""
    return _data_home() / "data"


def default_model_cache_dir() -> Path:
    """Where exported (ONNX) models are kept: the user's cache folder, shared by every index and checkout."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "health-assistant" / "models"


def _data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "health-assistant"
