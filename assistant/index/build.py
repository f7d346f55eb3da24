"""The one door to a new index version: `new_version` derives it from the served one when only a few articles
changed, else builds it in full. `assistant index` goes through `build_index`; the API's PUT and DELETE through
updates.py; both end here, so when a full build is due is decided in one place (derive.py says when it is).
"""

from __future__ import annotations

import time
from functools import partial

from assistant.articles.corpus import LoadResult, load_corpus
from assistant.config import Settings
from assistant.embedding.embedders import Embedder
from assistant.index import journal
from assistant.index.derive import derive_version
from assistant.index.layout import build_lock, point_current, prune
from assistant.index.write import BuildReport, build_version


def new_version(
    settings: Settings, embedder: Embedder, loaded: LoadResult, progress: bool = False
) -> BuildReport:
    """A new version of these articles under versions/, not served yet: derived from the current one when it
    can be, else built in full. The caller holds the build lock."""
    return derive_version(settings, embedder, loaded) or build_version(settings, embedder, loaded, progress)


def build_index(settings: Settings, embedder: Embedder, progress: bool = False) -> BuildReport:
    """Index the corpus into a new version and switch to it. Raises BuildFailed, leaving the old one serving."""
    started = time.monotonic()
    root = settings.index_dir
    with build_lock(root):
        recover(settings)
        report = new_version(settings, embedder, load_corpus(settings.corpus), progress)
        point_current(root, report.version)
        prune(root, settings.keep_versions)
    report.seconds = round(time.monotonic() - started, 2)
    return report


def recover(settings: Settings) -> str | None:
    """Finish or clear an update a crash interrupted (see journal.py). The caller holds the build lock."""
    return journal.recover(settings.index_dir, settings.corpus, partial(point_current, settings.index_dir))
