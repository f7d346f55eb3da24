"""ONNX copies of a sentence-transformers model, made once from its PyTorch weights and kept in a cache folder.

The `onnx` backend runs the exported graph after ONNX Runtime's transformer fusions (the same numbers as PyTorch,
to about 1e-6); `onnx-int8` also quantises the weights of every matrix product to int8, per output channel
(dynamic quantisation: activations are quantised as they come). Exporting needs torch and takes a few seconds;
once the file exists, loading it needs neither torch nor sentence-transformers, which is what makes a server
start in a second or two.

Files are named by the model folder's weights (size and modification time) and the export recipe, written under a
lock to a temporary name and renamed, so several processes starting at once export once and never read half a
file.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import re
import warnings
from pathlib import Path
from typing import Literal

from assistant.errors import ModelLoadError

log = logging.getLogger(__name__)

OnnxBackend = Literal["onnx", "onnx-int8"]
RECIPE = "1"  # bump when the export, fusion or quantisation steps change, so old files are not reused
_WEIGHTS = ("model.safetensors", "pytorch_model.bin")


def prepared(location: Path, backend: OnnxBackend, cache_dir: Path) -> Path:
    """The ONNX file of the model at `location` for `backend`, exporting it first if it is not in the cache."""
    folder = cache_dir / _folder_name(location)
    target = folder / ("model-int8.onnx" if backend == "onnx-int8" else "model.onnx")
    if target.is_file():
        return target
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not target.is_file():
            fused = folder / "model.onnx"
            if not fused.is_file():
                log.info("exporting %s to ONNX in %s (once)", location, folder)
                _export(location, fused)
            if backend == "onnx-int8":
                log.info("quantising %s to int8", fused)
                _quantise(fused, target)
    return target


def _folder_name(location: Path) -> str:
    weights = next((location / w for w in _WEIGHTS if (location / w).is_file()), None)
    if weights is None:
        raise ModelLoadError(f"{location} has no {' or '.join(_WEIGHTS)} to export to ONNX")
    stat = weights.stat()
    digest = hashlib.sha256(f"{weights.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{RECIPE}".encode())
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", location.name).strip("-") or "model"
    return f"{slug}-{digest.hexdigest()[:12]}"


def _export(location: Path, target: Path) -> None:
    """Export the transformer to ONNX (token states out), then apply ONNX Runtime's BERT fusions when they fit."""
    import inspect

    import torch
    from transformers import AutoModel
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
    try:
        model = AutoModel.from_pretrained(str(location)).eval()
    except Exception as e:  # transformers raises many types for a folder it cannot read
        raise ModelLoadError(f"could not load {location} to export it to ONNX: {e}") from e
    names = ["input_ids", "attention_mask"]
    if "token_type_ids" in inspect.signature(model.forward).parameters:
        names.append("token_type_ids")

    class TokenStates(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.inner = model

        def forward(self, *inputs: torch.Tensor) -> torch.Tensor:
            return self.inner(**dict(zip(names, inputs, strict=True))).last_hidden_state  # type: ignore[no-any-return]

    sample = torch.ones(2, 16, dtype=torch.long)
    raw = target.with_name(f".{target.stem}.raw-{os.getpid()}.onnx")
    axes = {name: {0: "batch", 1: "tokens"} for name in [*names, "token_states"]}
    try:
        with warnings.catch_warnings(), torch.no_grad():
            warnings.simplefilter("ignore")  # tracer and deprecation notes of the TorchScript exporter
            torch.onnx.export(
                TokenStates(),
                tuple(sample for _ in names),
                str(raw),
                input_names=names,
                output_names=["token_states"],
                dynamic_axes=axes,
                opset_version=17,
                dynamo=False,
            )
        _fuse(raw, model.config)
        os.replace(raw, target)
    finally:
        raw.unlink(missing_ok=True)


def _fuse(path: Path, config: object) -> None:
    """ONNX Runtime's transformer fusions (attention, layer norm, GELU) in place; skipped for other shapes."""
    from onnxruntime.transformers import optimizer

    if getattr(config, "model_type", None) not in {"bert", "roberta", "distilbert", "xlm-roberta", "mpnet"}:
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fused = optimizer.optimize_model(
            str(path),
            model_type="bert",
            num_heads=int(getattr(config, "num_attention_heads", 0)),
            hidden_size=int(getattr(config, "hidden_size", 0)),
            opt_level=1,
        )
    fused.save_model_to_file(str(path))


def _quantise(source: Path, target: Path) -> None:
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    partial = target.with_name(f".{target.stem}-{os.getpid()}.onnx")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # The quantiser's advice to pre-process, logged to the root logger.
            logging.disable(logging.WARNING)
            quantize_dynamic(
                source,
                partial,
                per_channel=True,  # per-tensor int8 costs MiniLM about 0.05 of cosine; per channel about 0.007
                weight_type=QuantType.QInt8,
                extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT},
            )
        os.replace(partial, target)
    finally:
        logging.disable(logging.NOTSET)
        partial.unlink(missing_ok=True)
