"""The assistant of whichever index version CURRENT names, switched when it changes, in every server process.

Each request asks `LiveAssistant.get()` once and uses what it gets to the end, so an answer comes wholly from
one version. `get` compares CURRENT's inode and modification time with those of the version loaded (one
`stat`, about a microsecond); when they differ, the new version is loaded under a lock while other requests
wait for it, so that after an update or a deletion no process answers from the old articles. A version that
fails to load is logged once and the last good one goes on serving.
"""

from __future__ import annotations

import gc
import logging
import os
import threading
import time

from assistant.answer.compose import Assistant, triager_for
from assistant.config import Settings
from assistant.embedding.embedders import Embedder
from assistant.index.layout import CURRENT_FILE
from assistant.index.loaded import Index, load_index
from assistant.server import metrics

log = logging.getLogger(__name__)

Stamp = tuple[int, int] | None


class LiveAssistant:
    """Holds the current Assistant; a new one is made when the index folder's CURRENT changes."""

    def __init__(self, settings: Settings, embedder: Embedder) -> None:
        self.settings = settings
        self.embedder = embedder
        self._lock = threading.Lock()
        self._stamp = _stamp(settings)
        self._failed: Stamp = None
        self._current = Assistant(settings, embedder, load_index(settings, embedder))
        _report(self._current.index)
        _settle()

    def get(self) -> Assistant:
        """The assistant of the current index version, loading it first if it changed."""
        stamp = _stamp(self.settings)
        if stamp != self._stamp and stamp != self._failed and stamp is not None:
            with self._lock:
                if stamp != self._stamp and stamp != self._failed:
                    self._switch(stamp)
        return self._current

    def _switch(self, stamp: Stamp) -> None:
        started = time.monotonic()
        old = self._current
        try:
            index = load_index(self.settings, self.embedder)
            triager = triager_for(self.settings, self.embedder, index, scope=old.triager.scope)
            self._current = Assistant(self.settings, self.embedder, index, triager)
        except Exception:
            log.exception(
                "index version in %s cannot be loaded; serving %s", self.settings.index_dir, old.index.version
            )
            self._failed = stamp
            metrics.record_reload(False)
            return
        self._stamp = stamp
        metrics.record_reload(True)
        _report(index)
        log.info(
            "switched from index %s to %s in %.2f s",
            old.index.version,
            index.version,
            time.monotonic() - started,
        )
        del old
        _settle()


def _settle() -> None:
    """Collect once, then leave what is loaded out of the collector's full passes (`gc.freeze`): an index is
    hundreds of thousands of long-lived objects, and walking them all cost requests pauses of up to 100 ms. What
    a switch replaces is still freed by reference counting."""
    gc.collect()
    gc.freeze()


def _stamp(settings: Settings) -> Stamp:
    try:
        info = os.stat(settings.index_dir / CURRENT_FILE)
    except FileNotFoundError:
        return None
    return info.st_ino, info.st_mtime_ns


def _report(index: Index) -> None:
    manifest = index.manifest
    metrics.set_index(manifest.articles, manifest.passages, manifest.built_at)
