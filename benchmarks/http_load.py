"""HTTP benchmarks of a real `assistant serve`: start-up to /readyz, and chat answers under load from wrk.

Every server gets its own temporary data folder (conversation log, keys, rate limits) and TMPDIR, a free port
on loopback and a log file, and its whole process group is killed at the end. No request changes articles,
so the corpus is only read; in the index folder the server only takes its build lock, as at any start.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from benchmarks.common import ROOT, Figure, console, dev_questions, median

WRK_SCRIPT = Path(__file__).with_name("wrk_chat.lua")
ANSWER_KEYS = {
    "conversation_id",
    "turn_id",
    "triage",
    "notices",
    "lead",
    "quotes",
    "disclaimers",
    "abstained",
}
POLL_S = 0.02
READY_TIMEOUT_S = 300.0
WARMUP_S = 3
SEED = 7


@dataclass
class Server:
    """A running `assistant serve`: its address, process, data folder, log and seconds to its first /readyz."""

    base: str
    process: subprocess.Popen[bytes]
    data_dir: Path
    log: Path
    ready_s: float

    def serving_pids(self) -> list[int]:
        """The processes answering requests: the server itself, or with several workers its worker children."""
        children = [
            int(pid)
            for tasks in Path(f"/proc/{self.process.pid}/task").glob("*/children")
            for pid in tasks.read_text().split()
        ]
        # uvicorn spawns its workers with multiprocessing; the resource tracker, also a child, is not one.
        workers = [pid for pid in children if "spawn_main" in _cmdline(pid)]
        return workers or [self.process.pid]

    def rss_mb(self) -> dict[int, float]:
        """Resident memory of each serving process, in MB."""
        return {pid: _rss_mb(pid) for pid in self.serving_pids()}

    def tail(self, lines: int = 40) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


def startup(index_dir: Path, corpus: Path, runs: int = 3) -> list[Figure]:
    """Seconds from starting `assistant serve` over a built index to its first 200 from /readyz (median of
    `runs`), and the serving process's resident memory then."""
    seconds: list[float] = []
    rss: list[float] = []
    for run in range(1, runs + 1):
        with serving(index_dir, corpus) as server:
            seconds.append(server.ready_s)
            rss.append(max(server.rss_mb().values()))
        console.print(f"start-up {run}/{runs}: {seconds[-1]:.2f} s to /readyz, RSS {rss[-1]:.0f} MB")
    return [
        Figure("startup", "serve to /readyz", median(seconds), "s", "< 5", {"runs_s": seconds}),
        Figure("startup", "RSS after start-up", median(rss), "MB", None, {"runs_mb": rss}),
    ]


def load(
    index_dir: Path,
    corpus: Path,
    workers: int = 2,
    clients: Sequence[int] = (1, 8, 32),
    duration: float = 20.0,
    questions: int = 2000,
) -> list[Figure]:
    """Answers per second, latency and errors of `POST /api/v1/chat` under wrk with each number of `clients`
    (a warm-up, then `duration` seconds, rounded to whole seconds), with `workers` server processes and
    `questions` random MedQuAD dev questions; and the workers' resident memory before and after."""
    if shutil.which("wrk") is None:
        console.print(
            "[red]wrk is not installed[/]: the HTTP load benchmark needs it as its load generator. "
            "Install Debian's package with `apt-get install -y wrk` (as root) and run again."
        )
        return [Figure("http", "skipped: wrk not installed (apt-get install -y wrk)", float("nan"), "")]
    seconds = max(1, round(duration))
    with (
        tempfile.TemporaryDirectory(prefix="bench-wrk-") as scratch,
        serving(index_dir, corpus, workers) as server,
    ):
        bodies = Path(scratch) / "bodies.jsonl"
        sample = dev_questions(questions, SEED)
        bodies.write_text("".join(json.dumps({"message": q}) + "\n" for q in sample))
        key = _api_key(server.data_dir)
        _check_answer(server.base, key, sample[0])
        started = server.rss_mb()
        figures = [
            Figure("http", "worker RSS after start-up", max(started.values()), "MB", None, _pids(started))
        ]
        for count in clients:
            _wrk(server.base, bodies, key, count, min(WARMUP_S, seconds))
            before = _served_200(server.base)
            result = _wrk(server.base, bodies, key, count, seconds)
            result["server_200"] = _served_200(server.base) - before
            run = _load_figures(count, result)
            console.print(", ".join(f"{f.name} {f.value:.1f} {f.unit}".rstrip() for f in run))
            figures += run
        after = server.rss_mb()
        detail = (
            {**_pids(after), "supervisor_mb": _rss_mb(server.process.pid)} if workers > 1 else _pids(after)
        )
        figures.append(Figure("http", "worker RSS after load", max(after.values()), "MB", "< 1500", detail))
    return figures


@contextlib.contextmanager
def serving(index_dir: Path, corpus: Path, workers: int = 1) -> Iterator[Server]:
    """Start `assistant serve --no-build` over `index_dir` and `corpus`; yield it once every worker answers
    /readyz, then kill its process group."""
    with tempfile.TemporaryDirectory(prefix="bench-serve-") as scratch:
        data_dir, log = Path(scratch) / "data", Path(scratch) / "server.log"
        env = {
            **os.environ,
            "ASSISTANT_DATA_DIR": str(data_dir),
            "ASSISTANT_INDEX_DIR": str(index_dir.resolve()),
            "ASSISTANT_CORPUS": str(corpus.resolve()),
            "HF_HUB_OFFLINE": "1",
            "TMPDIR": scratch,
        }
        port = _free_port()
        command = [sys.executable, "-m", "assistant.cli", "serve", "--no-build", "--host", "127.0.0.1"]
        command += ["--port", str(port), "--workers", str(workers)]
        with log.open("wb") as output:
            began = time.perf_counter()
            process = subprocess.Popen(
                command, cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT, start_new_session=True
            )
        server = Server(f"http://127.0.0.1:{port}", process, data_dir, log, ready_s=float("nan"))
        try:
            server.ready_s = _wait_ready(server, began)
            _wait_workers(server, workers)
            yield server
        finally:
            _kill_group(process)


def _wait_ready(server: Server, began: float) -> float:
    """Seconds from `began` to the server's first 200 from /readyz, polled every POLL_S."""
    while time.perf_counter() - began < READY_TIMEOUT_S:
        if server.process.poll() is not None:
            raise RuntimeError(f"assistant serve exited with {server.process.returncode}:\n{server.tail()}")
        with contextlib.suppress(httpx.TransportError):
            if httpx.get(f"{server.base}/readyz", timeout=READY_TIMEOUT_S).status_code == 200:
                return time.perf_counter() - began
        time.sleep(POLL_S)
    raise RuntimeError(f"assistant serve was not ready in {READY_TIMEOUT_S:.0f} s:\n{server.tail()}")


def _wait_workers(server: Server, workers: int) -> None:
    """Wait until /readyz has answered from `workers` distinct processes, so that all of them are loaded."""
    seen: set[int] = set()
    deadline = time.monotonic() + READY_TIMEOUT_S
    while len(seen) < workers:
        if time.monotonic() > deadline:
            raise RuntimeError(f"only {len(seen)} of {workers} workers became ready:\n{server.tail()}")
        # A new connection each time, so that the kernel may hand it to any worker.
        seen.add(int(httpx.get(f"{server.base}/readyz", timeout=READY_TIMEOUT_S).json()["process"]))
        time.sleep(POLL_S)


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    """Stop the server and its workers: SIGTERM to the group, then SIGKILL to whatever is left."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=30)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def _api_key(data_dir: Path) -> str:
    """A new key with the chat scope and a rate limit no benchmark reaches, in the server's data folder."""
    from assistant.records.keys import KeyStore

    store = KeyStore(data_dir)
    try:
        return store.create("http benchmark", ["chat"], rate="1000000/second")[1]
    finally:
        store.close()


def _check_answer(base: str, key: str, question: str) -> None:
    """Fail loudly unless one question gets a 200 with an answer's fields, in the compact JSON that
    wrk_chat.lua reads."""
    response = httpx.post(
        f"{base}/api/v1/chat",
        json={"message": question},
        headers={"Authorization": f"Bearer {key}"},
        timeout=60,
    )
    body = response.json() if response.headers.get("content-type") == "application/json" else None
    missing = ANSWER_KEYS - set(body or {})
    if response.status_code != 200 or missing or '"abstained":' not in response.text:
        raise RuntimeError(
            f"POST /api/v1/chat answered {response.status_code}, missing {sorted(missing)}: {response.text[:500]}"
        )


def _wrk(base: str, bodies: Path, key: str, clients: int, seconds: int) -> dict[str, Any]:
    """Run wrk with wrk_chat.lua for `seconds` with `clients` connections; its JSON summary."""
    threads = min(clients, 2)
    command = ["wrk", "-t", str(threads), "-c", str(clients), "-d", f"{seconds}s", "--timeout", "5s"]
    command += ["-s", str(WRK_SCRIPT), base, "--", str(bodies), key, str(threads)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"wrk failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def _load_figures(clients: int, result: dict[str, Any]) -> list[Figure]:
    """Answers per second, latency percentiles and errors of one wrk run."""
    name = f"{clients} client{'s' if clients != 1 else ''}"
    answers = sum(n for status, n in result["statuses"].items() if status.startswith("2"))
    latency = result["latency_ms"]
    figures = [
        Figure(
            "http",
            f"{name} answers/s",
            answers / result["duration_s"],
            "/s",
            ">= 150" if clients == 8 else None,
            result,
        )
    ]
    for q in ("p50", "p95", "p99"):
        target = "< 100" if clients == 8 and q == "p99" else None
        figures.append(Figure("http", f"{name} {q}", latency[q], "ms", target))
    figures.append(
        Figure("http", f"{name} errors", sum(result["errors"].values()), "", "<= 0", result["errors"])
    )
    return figures


def _served_200(base: str) -> float:
    """The server's own count of 200 answers to POST /api/v1/chat, from /metrics (all workers)."""
    text = httpx.get(f"{base}/metrics", timeout=30).text
    return sum(
        float(line.rsplit(" ", 1)[1])
        for line in text.splitlines()
        if line.startswith("assistant_requests_total{")
        and 'route="/api/v1/chat"' in line
        and 'status="200"' in line
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _rss_mb(pid: int) -> float:
    """VmRSS of a process, in MB (MiB)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _pids(rss: dict[int, float]) -> dict[str, float]:
    return {f"pid {pid} MB": mb for pid, mb in rss.items()}
