"""Content changes while real servers answer: no query fails and each answer is wholly old or wholly new; several
worker processes switch to a new index version without a restart; and a server killed at any step of an update
leaves the corpus and index consistent (old or new, never a mix), which the next start completes."""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from assistant.articles.corpus import corpus_files, fingerprint, load_corpus
from assistant.config import Settings
from assistant.index.build import build_index, recover
from assistant.index.journal import CRASH_ENV, PENDING_SUFFIX, STEPS
from assistant.index.layout import JOURNAL_FILE, Manifest, build_lock, current_version
from assistant.index.loaded import Index, load_index
from assistant.index.store import Store
from assistant.records.keys import KeyStore
from assistant.resources import bundled
from tests.conftest import ROOT, HashingEmbedder
from tests.servers import served, started
from tests.test_api_v1 import writable_copy

QUESTION = "What is tizanidine used for and how does it work?"
NEW_SENTENCE = "Tizanidine, revised: this article was rewritten by the editors on the day of the test."


def _env(settings: Settings) -> dict[str, str]:
    return {
        "ASSISTANT_CORPUS": str(settings.corpus),
        "ASSISTANT_INDEX_DIR": str(settings.index_dir),
        "ASSISTANT_DATA_DIR": str(settings.data_dir),
    }


@pytest.fixture()
def live(bundled_settings: Settings, bundled_index: Index, tmp_path: Path) -> tuple[Settings, str]:
    """A writable corpus and index, and an admin key for them."""
    settings = writable_copy(bundled_settings, tmp_path)
    _, key = KeyStore(settings.data_dir).create("test", ["admin"], rate="100000/minute")
    return settings, key


def _revised(settings: Settings, n: int) -> bytes:
    """The tizanidine article with one sentence put in front of its text, different each time."""
    original = (settings.corpus / "tizanidine.md").read_text()
    head, _, body = original.partition("\n---\n")
    return f"{head}\n---\n\n{NEW_SENTENCE} ({n})\n\n{body.lstrip()}".encode()


def _consistent(settings: Settings) -> Manifest:
    """The served version is complete and was built from exactly the corpus files on disk."""
    folder = current_version(settings.index_dir)
    assert folder is not None
    manifest = Manifest.read(folder)
    assert manifest.corpus_fingerprint == fingerprint(corpus_files(settings.corpus))
    return manifest


def test_updates_while_queries_run_give_answers_wholly_old_or_wholly_new(live: tuple[Settings, str]) -> None:
    settings, key = live
    headers = {"authorization": f"Bearer {key}"}
    with served(_env(settings)) as base, httpx.Client(base_url=base, headers=headers, timeout=60) as client:
        texts: dict[str, str] = {}  # index version -> tizanidine's stored text in it

        def remember() -> None:
            article = client.get("/api/v1/articles/tizanidine").json()
            texts[article["index_version"]] = article["text"]

        remember()
        answers: list[Any] = []
        failures: list[str] = []
        done = threading.Event()

        def ask() -> None:
            with httpx.Client(base_url=base, headers=headers, timeout=60) as own:
                while not done.is_set():
                    response = own.post("/api/v1/chat", json={"message": QUESTION})
                    if response.status_code != 200:
                        failures.append(response.text)
                    else:
                        answers.append(response.json())

        asking = [threading.Thread(target=ask) for _ in range(2)]
        for thread in asking:
            thread.start()
        for n in range(3):
            put = client.put(
                "/api/v1/articles/tizanidine",
                content=_revised(settings, n),
                headers={"content-type": "text/markdown"},
            )
            assert put.status_code == 200, put.text
            remember()
            time.sleep(0.3)
        done.set()
        for thread in asking:
            thread.join()
        # An editor deletes the file and runs `assistant index`: the running server drops it on its next request.
        (settings.corpus / "tizanidine.md").unlink()
        indexed = subprocess.run(
            [sys.executable, "-m", "assistant.cli", "index"],
            env={**os.environ, **_env(settings)},
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert indexed.returncode == 0, indexed.stderr
        after = client.post("/api/v1/chat", json={"message": QUESTION}).json()
        assert "tizanidine" not in {q["article_id"] for q in after["quotes"]}
        assert after["index_version"] == client.get("/readyz").json()["index_version"] not in texts
    assert not failures
    assert len(answers) >= 10
    versions = {a["index_version"] for a in answers}
    assert len(versions) >= 2, "the queries never saw an update"
    for answer in answers:
        text = texts[answer["index_version"]]
        quoted = [q for q in answer["quotes"] if q["article_id"] == "tizanidine"]
        assert quoted, answer["message"]
        for q in quoted:  # every quote is from the version the answer names, at its offsets
            assert text[q["start"] : q["end"]] == q["text"]
    _consistent(settings)


def test_two_workers_each_switch_to_a_new_version_without_a_restart(live: tuple[Settings, str]) -> None:
    settings, key = live
    with served(_env(settings), args=["--workers", "2"], timeout=180) as base:
        put = httpx.put(
            f"{base}/api/v1/articles/tizanidine",
            content=_revised(settings, 1),
            headers={"authorization": f"Bearer {key}", "content-type": "text/markdown"},
            timeout=60,
        )
        assert put.status_code == 200, put.text
        new = put.json()["index_version"]
        seen: dict[int, set[str]] = {}
        for _ in range(200):  # new connections, so the kernel hands them to either worker
            ready = httpx.get(f"{base}/readyz", headers={"connection": "close"}, timeout=30).json()
            seen.setdefault(ready["process"], set()).add(ready["index_version"])
            if len(seen) == 2:
                break
        assert len(seen) == 2, f"only one worker answered: {seen}"
        assert all(versions == {new} for versions in seen.values()), seen
        search = httpx.get(
            f"{base}/api/v1/search",
            params={"q": NEW_SENTENCE},
            headers={"authorization": f"Bearer {key}", "connection": "close"},
            timeout=30,
        ).json()
        assert search["index_version"] == new


KILLED_UPDATE = """
import sys
from pathlib import Path
from assistant.config import Settings
from assistant.index.updates import put_article
from tests.conftest import HashingEmbedder

corpus, index_dir, data = sys.argv[1:4]
settings = Settings(corpus=Path(corpus), index_dir=Path(index_dir), data_dir=Path(data))
put_article(settings, HashingEmbedder(), "tizanidine", sys.stdin.buffer.read(), "markdown")
"""


@pytest.mark.parametrize("step", STEPS)
def test_a_process_killed_at_any_step_of_an_update_leaves_old_or_new_never_a_mix(
    tmp_path: Path, step: str
) -> None:
    """The update runs in a real process that SIGKILLs itself at the step; the embedder is the hashing one, as
    what is checked is the files and versions on disk."""
    settings = Settings(corpus=tmp_path / "corpus", index_dir=tmp_path / "index", data_dir=tmp_path / "data")
    shutil.copytree(bundled("corpus"), settings.corpus)
    build_index(settings, HashingEmbedder())
    before = (settings.corpus / "tizanidine.md").read_bytes()
    revised = _revised(settings, 7)
    command = [
        sys.executable,
        "-c",
        KILLED_UPDATE,
        str(settings.corpus),
        str(settings.index_dir),
        str(tmp_path),
    ]
    done = subprocess.run(
        command,
        input=revised,
        env={**os.environ, CRASH_ENV: step},
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == -9, done.stderr.decode()  # killed at that step, nothing cleaned up
    committed = STEPS.index(step) >= STEPS.index("journal-written")
    assert (settings.index_dir / JOURNAL_FILE).exists() == committed
    # Not committed: nothing anyone reads changed (the pending files are hidden, the index matches the corpus).
    if not committed:
        assert (settings.corpus / "tizanidine.md").read_bytes() == before
        _consistent(settings)
    with build_lock(settings.index_dir):  # what every build, update and server start does first
        recover(settings)
    assert (settings.corpus / "tizanidine.md").read_bytes() == (revised if committed else before)
    assert not (settings.index_dir / JOURNAL_FILE).exists()
    assert not list(settings.corpus.rglob(f".*{PENDING_SUFFIX}"))
    _consistent(settings)
    stored = load_index(settings, HashingEmbedder()).store.article("tizanidine")
    assert stored is not None and (NEW_SENTENCE in stored.text) == committed


def test_a_server_killed_after_an_update_committed_is_completed_by_its_next_start(
    live: tuple[Settings, str],
) -> None:
    settings, key = live
    revised = _revised(settings, 8)
    with started({**_env(settings), CRASH_ENV: "journal-written"}) as (base, server):
        with pytest.raises(httpx.TransportError):
            httpx.put(
                f"{base}/api/v1/articles/tizanidine",
                content=revised,
                headers={"authorization": f"Bearer {key}", "content-type": "text/markdown"},
                timeout=60,
            )
        assert server.wait(timeout=30) == -9
    assert (settings.index_dir / JOURNAL_FILE).exists()
    with served(_env(settings)) as base:
        article = httpx.get(
            f"{base}/api/v1/articles/tizanidine", headers={"authorization": f"Bearer {key}"}, timeout=30
        ).json()
    assert NEW_SENTENCE in article["text"]
    assert (settings.corpus / "tizanidine.md").read_bytes() == revised
    assert not (settings.index_dir / JOURNAL_FILE).exists()
    _consistent(settings)


def test_a_server_killed_at_a_random_moment_of_an_update_leaves_a_consistent_corpus_and_index(
    live: tuple[Settings, str],
) -> None:
    settings, key = live
    rng = random.Random(11)
    for attempt in range(2):
        previous = _article_text(settings)
        revised = _revised(settings, 100 + attempt)
        with started(_env(settings)) as (base, server):
            thread = threading.Thread(target=_put_quietly, args=(base, key, revised), daemon=True)
            thread.start()
            time.sleep(rng.uniform(0.05, 1.5))
            server.kill()
            server.wait(timeout=30)
            thread.join(timeout=60)
        with build_lock(settings.index_dir):
            recover(settings)
        manifest = _consistent(settings)
        now = _article_text(settings)
        assert now == previous or f"{NEW_SENTENCE} ({100 + attempt})" in now
        folder = current_version(settings.index_dir)
        assert folder is not None
        stored = Store(folder / "store.sqlite").article("tizanidine")
        assert stored is not None and stored.text == now  # the served index has the corpus's text
        assert manifest.articles == len(load_corpus(settings.corpus).articles)


def _article_text(settings: Settings) -> str:
    return next(a for a in load_corpus(settings.corpus).articles if a.id == "tizanidine").text


def _put_quietly(base: str, key: str, content: bytes) -> None:
    with contextlib.suppress(httpx.TransportError):  # the server is killed under it
        httpx.put(
            f"{base}/api/v1/articles/tizanidine",
            content=content,
            headers={"authorization": f"Bearer {key}", "content-type": "text/markdown"},
            timeout=60,
        )
