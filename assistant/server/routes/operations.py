"""Operations: liveness, readiness (which index version serves) and Prometheus metrics."""

from __future__ import annotations

import os

from fastapi import APIRouter
from fastapi.responses import PlainTextResponse, Response

from assistant import __version__
from assistant.server import metrics
from assistant.server.deps import AssistantDep
from assistant.server.schemas import Alive, ErrorResponse, Ready

router = APIRouter(tags=["operations"])


@router.get("/healthz", response_model=Alive)
def healthz() -> Alive:
    """The process is alive (it may still be loading: see `/readyz`)."""
    return Alive(status="ok", version=__version__)


@router.get("/readyz", response_model=Ready, responses={503: {"model": ErrorResponse}})
def readyz(assistant: AssistantDep) -> Ready:
    """The model and an index are loaded and answering; which index version."""
    manifest = assistant.index.manifest
    return Ready(
        status="ready",
        version=__version__,
        process=os.getpid(),
        index_version=assistant.index.version,
        model=manifest.model,
        articles=manifest.articles,
        passages=manifest.passages,
        built_at=manifest.built_at,
    )


@router.get("/metrics", response_class=PlainTextResponse)
def prometheus() -> Response:
    """Prometheus metrics: requests and latencies by route, answers by triage category and abstention,
    rate-limited requests, index size, age and reloads."""
    body, content_type = metrics.render()
    return Response(body, media_type=content_type)
