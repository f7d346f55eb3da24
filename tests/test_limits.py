"""Rate limits on a real SQLite file: rate parsing, GCRA bursts and refills, sharing between threads and
processes, the salt, and visitors' addresses never stored."""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path

import pytest
from pydantic import ValidationError

from assistant.config import Rate, Settings
from assistant.records.limits import Decision, RateLimiter, client_bucket
from tests.conftest import ROOT

T0 = 1_000_000.0


@pytest.fixture()
def limiter(tmp_path: Path) -> Iterator[RateLimiter]:
    limiter = RateLimiter(tmp_path)
    yield limiter
    limiter.close()


@pytest.mark.parametrize(
    ("text", "count", "seconds"),
    [
        ("30/minute", 30, 60),
        ("30/minutes", 30, 60),
        ("30/min", 30, 60),
        ("5/second", 5, 1),
        ("5/s", 5, 1),
        ("1000/hour", 1000, 3600),
        ("1000/h", 1000, 3600),
        ("2/days", 2, 86400),
        (" 120 / Minute ", 120, 60),
    ],
)
def test_rates_parse(text: str, count: int, seconds: float) -> None:
    assert Rate.parse(text) == Rate(count, seconds)


@pytest.mark.parametrize(
    "text", ["", "30", "30/", "/minute", "0/minute", "-1/s", "1.5/s", "x/minute", "5/fortnight"]
)
def test_bad_rates_say_how_to_write_one(text: str) -> None:
    with pytest.raises(ValueError, match=r"invalid rate .* e\.g\. 30/minute"):
        Rate.parse(text)


def test_a_rate_reads_back_as_written() -> None:
    assert [str(Rate.parse(t)) for t in ("30/min", "5/s", "1000/hours", "2/day")] == [
        "30/minute",
        "5/second",
        "1000/hour",
        "2/day",
    ]
    assert str(Rate(5, 90)) == "5/90s"
    with pytest.raises(ValueError, match="at least 1"):
        Rate(0, 60)


def test_a_burst_then_refusal_with_the_time_to_wait(limiter: RateLimiter) -> None:
    rate = Rate.parse("3/minute")  # a request every 20 s once the burst is spent
    decisions = [limiter.hit("b", rate, now=T0) for _ in range(3)]
    assert [(d.allowed, d.remaining) for d in decisions] == [(True, 2), (True, 1), (True, 0)]
    assert all(d.retry_after == 0 and d.limit == 3 for d in decisions)
    assert decisions[-1].reset_after == pytest.approx(60)
    refused = limiter.hit("b", rate, now=T0 + 5)
    assert not refused.allowed and refused.remaining == 0
    assert refused.retry_after == pytest.approx(15)
    assert refused.reset_after == pytest.approx(55)


def test_refusals_use_no_capacity_and_the_bucket_refills(limiter: RateLimiter) -> None:
    rate = Rate.parse("3/minute")
    for _ in range(3):
        assert limiter.hit("b", rate, now=T0).allowed
    assert not any(limiter.hit("b", rate, now=T0 + s).allowed for s in range(20))
    one = limiter.hit("b", rate, now=T0 + 20)
    assert one.allowed and one.remaining == 0
    assert limiter.hit("b", rate, now=T0 + 20).retry_after == pytest.approx(20)
    later = [limiter.hit("b", rate, now=T0 + 200) for _ in range(4)]
    assert [d.allowed for d in later] == [True, True, True, False]


def test_buckets_are_separate(limiter: RateLimiter) -> None:
    rate = Rate.parse("1/hour")
    assert limiter.hit("a", rate, now=T0).allowed
    assert limiter.hit("b", rate, now=T0).allowed
    assert not limiter.hit("a", rate, now=T0).allowed


def test_spread_requests_at_the_rate_are_never_refused(limiter: RateLimiter) -> None:
    rate = Rate.parse("1000/hour")  # every 3.6 s: sums of it are not exact in binary
    assert all(limiter.hit("b", rate, now=T0).allowed for _ in range(1000))
    assert not limiter.hit("b", rate, now=T0).allowed
    for step in range(1, 2000):
        assert limiter.hit("b", rate, now=T0 + step * 3.6).allowed


def test_headers_for_clients(limiter: RateLimiter) -> None:
    rate = Rate.parse("2/minute")
    assert limiter.hit("b", rate, now=T0).headers() == {
        "RateLimit-Limit": "2",
        "RateLimit-Remaining": "1",
        "RateLimit-Reset": "30",
    }
    limiter.hit("b", rate, now=T0)
    refused = limiter.hit("b", rate, now=T0 + 0.5)
    assert refused.headers()["Retry-After"] == "30"  # 29.5 s, rounded up
    assert Decision(False, 1, 0, 0.2, 0.2).headers()["Retry-After"] == "1"


def test_two_limiters_on_one_file_share_the_buckets(tmp_path: Path) -> None:
    first, second = RateLimiter(tmp_path), RateLimiter(tmp_path)
    rate = Rate.parse("4/minute")
    try:
        allowed = [(first if i % 2 else second).hit("b", rate, now=T0).allowed for i in range(10)]
    finally:
        first.close()
        second.close()
    assert allowed == [True] * 4 + [False] * 6


def test_threads_never_get_past_the_limit(tmp_path: Path) -> None:
    limiters = [RateLimiter(tmp_path), RateLimiter(tmp_path)]
    rate = Rate.parse("100/day")
    try:
        with ThreadPoolExecutor(8) as pool:
            results = list(pool.map(lambda i: limiters[i % 2].hit("shared", rate).allowed, range(400)))
    finally:
        for limiter in limiters:
            limiter.close()
    assert sum(results) == 100


WORKER = """
import sys
from pathlib import Path
from assistant.config import Rate
from assistant.records.limits import RateLimiter

limiter = RateLimiter(Path(sys.argv[1]))
rate = Rate.parse("200/day")
allowed = 0
print("ready", flush=True)
for line in sys.stdin:  # one line a round: every process starts the round together
    allowed += sum(limiter.hit("shared", rate).allowed for _ in range(int(line)))
    print(allowed, flush=True)
limiter.close()
"""


def test_processes_never_get_past_the_limit_between_them(tmp_path: Path) -> None:
    # A barrier, not a head start: the parent lets every process go only when all are ready, then again
    # round by round, so the first round is shared by all four (30 hits each, all allowed) and the limit
    # (200) falls in the second, where 240 hits from four processes race for the last 80.
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with ExitStack() as stack:
        workers = [
            stack.enter_context(
                subprocess.Popen(
                    [sys.executable, "-c", WORKER, str(tmp_path)],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    text=True,
                    env=env,
                )
            )
            for _ in range(4)
        ]
        stack.callback(lambda: [worker.kill() for worker in workers if worker.poll() is None])
        assert all(_line(worker) == "ready" for worker in workers)
        for _ in range(10):
            for worker in workers:
                assert worker.stdin is not None
                worker.stdin.write("30\n")
                worker.stdin.flush()
            counts = [int(_line(worker)) for worker in workers]
        for worker in workers:
            assert worker.stdin is not None
            worker.stdin.close()
            assert worker.wait(timeout=60) == 0
    assert sum(counts) == 200, counts
    assert all(count >= 30 for count in counts), f"a process was refused in the shared first round: {counts}"


def _line(worker: subprocess.Popen[str]) -> str:
    assert worker.stdout is not None
    return worker.stdout.readline().strip()


def test_the_salt_is_random_per_install_and_kept(tmp_path: Path) -> None:
    first = RateLimiter(tmp_path / "one")
    again = RateLimiter(tmp_path / "one")
    other = RateLimiter(tmp_path / "two")
    for limiter in (first, again, other):
        limiter.close()
    assert len(first.salt) == 32 and first.salt == again.salt != other.salt
    assert first.client_bucket("203.0.113.7") == again.client_bucket("203.0.113.7")
    assert first.client_bucket("203.0.113.7") != other.client_bucket("203.0.113.7")


def test_client_buckets_never_hold_the_address(limiter: RateLimiter) -> None:
    addresses = ["203.0.113.7", "2001:db8::1", "::ffff:203.0.113.7", "testclient"]
    buckets = {ip: limiter.client_bucket(ip) for ip in addresses}
    for ip, bucket in buckets.items():
        assert ip not in bucket and bucket == client_bucket(ip, limiter.salt)
        assert len(bucket) == 32 and int(bucket, 16) >= 0
    assert buckets["::ffff:203.0.113.7"] == buckets["203.0.113.7"]
    assert limiter.client_bucket("2001:db8::ffff:1") == buckets["2001:db8::1"]  # the same /64
    assert limiter.client_bucket("2001:db8:0:1::1") != buckets["2001:db8::1"]
    assert limiter.client_bucket("203.0.113.8") != buckets["203.0.113.7"]
    for bucket in buckets.values():
        limiter.hit(bucket, Rate.parse("1/minute"))
    stored = b"".join(path.read_bytes() for path in limiter.path.parent.iterdir())
    assert all(ip.encode() not in stored for ip in addresses)


def test_purge_drops_only_buckets_that_no_longer_matter(limiter: RateLimiter) -> None:
    rate = Rate.parse("2/minute")
    limiter.hit("old", rate, now=T0)
    limiter.hit("busy", rate, now=T0 + 100)
    limiter.hit("busy", rate, now=T0 + 100)
    assert limiter.purge(now=T0 + 101) == 1
    with sqlite3.connect(limiter.path) as db:
        assert [row[0] for row in db.execute("SELECT bucket FROM buckets")] == ["busy"]
    assert not limiter.hit("busy", rate, now=T0 + 101).allowed
    assert limiter.hit("old", rate, now=T0 + 101).remaining == 1


def test_the_file_is_private(limiter: RateLimiter) -> None:
    assert limiter.path.stat().st_mode & 0o777 == 0o600


def test_a_check_takes_well_under_a_millisecond(limiter: RateLimiter) -> None:
    rate = Rate.parse("30/minute")
    timings = []
    for i in range(500):
        began = time.perf_counter()
        limiter.hit(f"b{i % 50}", rate)
        timings.append(time.perf_counter() - began)
    assert statistics.median(timings) < 0.001


def test_settings_hold_rates_parsed_once_and_report_them_as_written(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSISTANT_PUBLIC_RATE_LIMIT", "5/s")
    settings = Settings()
    assert settings.public_rate_limit == Rate(5, 1) and settings.key_rate_limit == Rate(600, 60)
    assert settings.model_dump(mode="json")["public_rate_limit"] == "5/second"
    monkeypatch.setenv("ASSISTANT_PUBLIC_RATE_LIMIT", "5/fortnight")
    with pytest.raises(ValidationError, match=r"invalid rate '5/fortnight'"):
        Settings()
