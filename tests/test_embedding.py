"""The embedding backends: ONNX float32 gives the PyTorch vectors, int8 stays close, the model's own length limit
is read whole (not the packaged tokenizer's 128), and a server never imports torch once the export exists."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from assistant.articles.corpus import load_corpus
from assistant.config import Settings
from assistant.embedding.embedders import Embedder, OnnxEmbedder, SentenceTransformerEmbedder, vectors_id
from assistant.index.write import chunk_articles
from assistant.resources import bundled
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def texts() -> list[str]:
    chunked = chunk_articles(load_corpus(bundled("corpus")).articles, Settings(), _Unlimited())
    questions = ["What happens if I stop baclofen suddenly?", "finasteride side effects", "hi"]
    return [
        *questions,
        *chunked.texts[::6],
        *chunked.sentence_texts(load_corpus(bundled("corpus")).articles)[::50],
    ]


class _Unlimited:
    max_tokens = None

    def fits(self, text: str) -> bool:
        return True


def test_onnx_float32_is_pytorch_and_int8_is_close(texts: list[str], model: Embedder) -> None:
    reference = SentenceTransformerEmbedder().encode(texts)
    fp32 = OnnxEmbedder(backend="onnx", cache_dir=Settings().model_cache_dir).encode(texts)
    assert np.abs(fp32 - reference).max() < 1e-4
    int8 = model.encode(texts)  # the default backend
    assert model.vectors_id == vectors_id(Settings().model, "onnx-int8") == "all-MiniLM-L6-v2@int8"
    cosines = (int8 * reference).sum(axis=1)
    assert cosines.min() > 0.96 and cosines.mean() > 0.985
    assert np.allclose(np.linalg.norm(int8, axis=1), 1.0, atol=1e-5)


def test_the_whole_256_pieces_are_read(model: Embedder) -> None:
    """Past the packaged tokenizer.json's 128 pieces the words still change the vector; past 256 they don't."""
    assert model.max_tokens == 256
    words = [f"word{i}" for i in range(400)]
    base = " ".join(["asthma"] * 150)
    within, beyond = base + " baclofen", base + " " + " ".join(words)
    a, b = model.encode([base, within])
    assert float(a @ b) < 0.9999
    assert not model.fits(beyond) and model.fits(base)


def test_a_server_process_does_not_import_torch(model: Embedder) -> None:
    """With the ONNX file exported (the `model` fixture did it), loading the app and embedding needs no torch."""
    code = (
        "import sys\n"
        "from assistant.server.app import create_app\n"
        "from assistant.config import Settings\n"
        "from assistant.embedding.embedders import load_embedder\n"
        "create_app(Settings()); load_embedder(Settings(), threads=1).encode(['x'])\n"
        "print(sorted(m for m in ('torch', 'transformers', 'sentence_transformers', 'scipy') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.strip() == "[]"


def test_an_unusable_model_folder_is_a_clear_error(tmp_path: Path) -> None:
    from assistant.errors import ModelLoadError

    (tmp_path / "config.json").write_text('{"max_position_embeddings": 512}')
    with pytest.raises(ModelLoadError, match=r"has no model\.safetensors or pytorch_model\.bin"):
        OnnxEmbedder(str(tmp_path), cache_dir=tmp_path / "cache")
