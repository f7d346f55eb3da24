"""Shared fixtures: the real model loaded once, indexes of the bundled corpus and a MedQuAD slice.

Tests that only need plumbing use `HashingEmbedder`, a tiny real embedder, instead of mocking the model.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from assistant.answer.compose import Assistant
from assistant.config import Settings
from assistant.embedding.embedders import Embedder, Vectors, load_embedder
from assistant.index.build import build_index
from assistant.index.loaded import Index, load_index
from assistant.resources import bundled

ROOT = Path(__file__).resolve().parents[1]
MEDQUAD = Path(os.environ.get("ASSISTANT_TEST_MEDQUAD", ROOT.parent / "shared" / "data" / "medquad"))
MEDQUAD_SLICE_STEP = 137
# every 137th article: 41 articles from eight of the nine sources
# No test writes to a real conversation log: settings built without a data_dir use this temporary one.
os.environ["ASSISTANT_DATA_DIR"] = tempfile.mkdtemp(prefix="assistant-test-data-")
# Tests send many messages from one address; the rate-limit tests set their own limits.
os.environ["ASSISTANT_PUBLIC_RATE_LIMIT"] = "100000/minute"


# The check that the stored training data makes the shipped urgency weights embeds ten thousand messages with the
# multilingual model (minutes of CPU). It starts in its own low-priority process as soon as the tests are
# collected, so that it uses the CPU the other tests leave idle; its test, near the end, waits for it.
RETRAINING_CHECK_TEST = "test_retraining_from_the_stored_data_reproduces_the_shipped_weights"
RETRAINING_CHECK = [sys.executable, "-m", "assistant.cli", "train-urgency", "--check"]


class BackgroundRun:
    """A command run in the background at low priority, its output kept in a temporary file (no pipe to fill)."""

    def __init__(self, command: list[str]) -> None:
        nice = shutil.which("nice")
        self.output = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115 (closed by finish())
        self.process = subprocess.Popen(
            ([nice, "-n", "15"] if nice else []) + command,
            stdout=self.output,
            stderr=subprocess.STDOUT,
            text=True,
            env={**os.environ, "HF_HUB_OFFLINE": "1"},
        )

    def finish(self, timeout: float) -> tuple[int, str]:
        """Wait for the command; its return code and output."""
        code = self.process.wait(timeout=timeout)
        self.output.seek(0)
        text = self.output.read()
        self.output.close()
        return code, text

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.output.close()


def pytest_collection_finish(session: pytest.Session) -> None:
    if any(item.name == RETRAINING_CHECK_TEST for item in session.items):
        session.config.stash[_retraining] = BackgroundRun(RETRAINING_CHECK)


def pytest_sessionfinish(session: pytest.Session) -> None:
    run = session.config.stash.get(_retraining, None)
    if run is not None:
        run.stop()


_retraining = pytest.StashKey[BackgroundRun]()


@pytest.fixture
def retraining_check(request: pytest.FixtureRequest) -> BackgroundRun:
    """The retraining check, started when the tests were collected."""
    return request.config.stash[_retraining]


class HashingEmbedder:
    """Bag-of-words feature hashing: a real, deterministic embedder for tests of the plumbing."""

    name = vectors_id = "hashing-test"
    dimension = 64
    max_tokens = None

    def __init__(self) -> None:
        self.encoded = 0

    def encode(self, texts: Sequence[str]) -> Vectors:
        matrix = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                digest = hashlib.blake2b(word.encode(), digest_size=4).digest()
                matrix[row, int.from_bytes(digest, "little") % self.dimension] += 1.0
            norm = np.linalg.norm(matrix[row])
            matrix[row] /= norm if norm else 1.0
        self.encoded += len(texts)
        return matrix

    def fits(self, text: str) -> bool:
        return True


def medquad_articles() -> Path:
    path = MEDQUAD / "articles.jsonl"
    if not path.is_file():
        message = f"MedQuAD articles not found at {path} (set ASSISTANT_TEST_MEDQUAD)"
        if os.environ.get("CI"):
            pytest.fail(message)  # CI always has shared/ beside the clone: a skip there would hide a problem
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def model() -> Embedder:
    return load_embedder(Settings())


@pytest.fixture(scope="session")
def bundled_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(
        corpus=bundled("corpus"),
        index_dir=tmp_path_factory.mktemp("bundled-index"),
        data_dir=tmp_path_factory.mktemp("bundled-data"),
    )


@pytest.fixture(scope="session")
def bundled_index(bundled_settings: Settings, model: Embedder) -> Index:
    build_index(bundled_settings, model)
    return load_index(bundled_settings, model)


@pytest.fixture(scope="session")
def assistant(bundled_settings: Settings, model: Embedder, bundled_index: Index) -> Assistant:
    return Assistant(bundled_settings, model, bundled_index)


@pytest.fixture(scope="session")
def medquad_slice(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A spread of MedQuAD articles as a JSON-lines file of their own (read from shared/, never committed)."""
    source = medquad_articles()
    target = tmp_path_factory.mktemp("medquad") / "articles.jsonl"
    with source.open() as f, target.open("w") as out:
        out.writelines(line for number, line in enumerate(f) if number % MEDQUAD_SLICE_STEP == 0)
    return target


@pytest.fixture(scope="session")
def medquad_assistant(
    medquad_slice: Path, model: Embedder, tmp_path_factory: pytest.TempPathFactory
) -> Assistant:
    settings = Settings(corpus=medquad_slice, index_dir=tmp_path_factory.mktemp("medquad-index"))
    build_index(settings, model)
    return Assistant(settings, model, load_index(settings, model))


@pytest.fixture()
def corpus_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled corpus."""
    target = tmp_path / "corpus"
    shutil.copytree(bundled("corpus"), target)
    return target
