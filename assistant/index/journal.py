"""Change corpus files and the served index version together, so that a crash leaves both old or both new.

An update through the API changes one or two article files and switches CURRENT to an index built from them.
Those are several renames, and a process can be killed between any two. So an update goes in steps:

1. the new index version is built completely (not yet served);
2. each new file's bytes are written beside its target as a hidden `.<name>.<version>.pending` file
   (hidden files are never read as articles), and synced;
3. the journal, naming the version, the renames and the deletions, is written and synced: **the commit point**;
4. the renames and deletions are made, CURRENT is pointed at the version, and the journal is removed.

`recover` runs under the build lock before every build and update, and when a server starts: it finishes an
update whose journal exists (every step after 3 can be redone) and removes the pending files of one that
never reached its journal. Before step 3 nothing that is read has changed; after it, the update will complete.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from assistant.index.layout import JOURNAL_FILE, MANIFEST_FILE, sync_dir, version_dir

log = logging.getLogger(__name__)

PENDING_SUFFIX = ".pending"

# Fault injection for the kill-during-update test: `ASSISTANT_CRASH_AT=<step>` kills this process (SIGKILL,
# nothing is cleaned up) when it reaches that step. Unset in normal use.
CRASH_ENV = "ASSISTANT_CRASH_AT"
STEPS = ("version-built", "pending-written", "journal-written", "file-moved", "current-pointed")


def step(name: str) -> None:
    """Mark a step of an update; the kill-during-update test stops the process here."""
    assert name in STEPS, name
    if os.environ.get(CRASH_ENV) == name:
        os.kill(os.getpid(), 9)


@dataclass(frozen=True)
class Journal:
    version: str
    renames: list[tuple[str, str]]  # (pending file, target)
    deletions: list[str]


def stage(root: Path, version: str, writes: Mapping[Path, bytes | None]) -> Journal:
    """Steps 2 and 3: write the pending files, then commit the journal. `writes` maps each target to its new
    bytes, or to None to delete it."""
    renames = []
    writes = {target.absolute(): data for target, data in writes.items()}  # a recovery may run elsewhere
    for target, data in writes.items():
        if data is not None:
            pending = target.with_name(f".{target.name}.{version}{PENDING_SUFFIX}")
            _write_synced(pending, data)
            renames.append((str(pending), str(target)))
    journal = Journal(version, renames, [str(t) for t, data in writes.items() if data is None])
    step("pending-written")
    tmp = root / f".{JOURNAL_FILE}.tmp"
    _write_synced(tmp, json.dumps({"version": version, "renames": renames, "deletions": journal.deletions}))
    os.replace(tmp, root / JOURNAL_FILE)
    sync_dir(root)
    step("journal-written")
    return journal


def apply(root: Path, journal: Journal, point: Callable[[str], None]) -> None:
    """Step 4; each part may already be done (after a crash), so each is skipped when it is."""
    folders = set()
    for pending, target in journal.renames:
        if os.path.exists(pending):
            os.replace(pending, target)
            step("file-moved")
        folders.add(os.path.dirname(target))
    for target in journal.deletions:
        if os.path.exists(target):
            os.unlink(target)
        folders.add(os.path.dirname(target))
    for folder in folders:
        sync_dir(Path(folder))
    point(journal.version)
    step("current-pointed")
    (root / JOURNAL_FILE).unlink(missing_ok=True)
    sync_dir(root)


def recover(root: Path, corpus: Path, point: Callable[[str], None]) -> str | None:
    """Finish a committed update, or clear the leftovers of one that never committed; says what it did."""
    said = None
    path = root / JOURNAL_FILE
    if path.is_file():
        raw = json.loads(path.read_text())
        journal = Journal(raw["version"], [tuple(r) for r in raw["renames"]], raw["deletions"])
        if (version_dir(root, journal.version) / MANIFEST_FILE).is_file():
            apply(root, journal, point)
            said = f"finished the interrupted update to index version {journal.version}"
        else:  # cannot happen in the order above, but never serve a corpus the index was not built from
            path.unlink()
            said = f"dropped the journal of an update whose index version {journal.version} is missing"
    leftovers = (
        corpus.rglob(f".*{PENDING_SUFFIX}") if corpus.is_dir() else corpus.parent.glob(f".*{PENDING_SUFFIX}")
    )
    for leftover in leftovers:
        leftover.unlink(missing_ok=True)
        said = said or "removed the files of an update that was interrupted before it was committed"
    if said:
        log.warning("%s", said)
    return said


def _write_synced(path: Path, data: bytes | str) -> None:
    with path.open("wb") as f:
        f.write(data.encode() if isinstance(data, str) else data)
        f.flush()
        os.fsync(f.fileno())
