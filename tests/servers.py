"""A real `assistant serve` (uvicorn) in a child process, for tests that talk to it over loopback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

import httpx
import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def served(env: Mapping[str, str], port: int | None = None, timeout: float = 120) -> Iterator[str]:
    """Run `assistant serve --no-build` with `env` added to this process's environment; yields its base URL."""
    port = port or free_port()
    command = [sys.executable, "-m", "assistant.cli", "serve", "--no-build", "--port", str(port)]
    server = subprocess.Popen(
        command, env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if server.poll() is not None:
                pytest.fail(f"server exited early:\n{server.stdout.read() if server.stdout else ''}")
            try:
                if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.3)
        else:
            pytest.fail(f"server did not become ready in {timeout:.0f} s")
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)
        if server.stdout:
            server.stdout.close()
