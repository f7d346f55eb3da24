"""A real `assistant serve` (uvicorn) in a child process, for tests that talk to it over loopback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager

import httpx
import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def served(
    env: Mapping[str, str], port: int | None = None, timeout: float = 120, args: Sequence[str] = ()
) -> Iterator[str]:
    """Run `assistant serve --no-build` with `env` added to this process's environment; yields its base URL."""
    with started(env, port, timeout, args) as (base, _):
        yield base


@contextmanager
def started(
    env: Mapping[str, str], port: int | None = None, timeout: float = 120, args: Sequence[str] = ()
) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """As `served`, yielding the server process too (to kill it)."""
    port = port or free_port()
    command = [sys.executable, "-m", "assistant.cli", "serve", "--no-build", "--port", str(port), *args]
    # Its logs go to a file: a pipe nobody reads would fill up and stop the server.
    with tempfile.TemporaryFile("w+") as output:
        server = subprocess.Popen(
            command, env={**os.environ, **env}, stdout=output, stderr=subprocess.STDOUT, text=True
        )
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                if server.poll() is not None:
                    output.seek(0)
                    pytest.fail(f"server exited early:\n{output.read()}")
                try:
                    if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.3)
            else:
                pytest.fail(f"server did not become ready in {timeout:.0f} s")
            yield base, server
        finally:
            server.terminate()
            server.wait(timeout=30)
