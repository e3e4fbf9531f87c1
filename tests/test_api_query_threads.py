"""Slow queries (search, totals, aggregates) run in worker threads, at most CHANCERY_QUERY_THREADS at once."""

import threading
import time

import anyio
import pytest

from app.api.deps import run_query
from app.config import get_settings


def _peak_concurrency(monkeypatch: pytest.MonkeyPatch, threads: str, queries: int, slow: bool = True) -> int:
    monkeypatch.setenv("CHANCERY_QUERY_THREADS", threads)
    get_settings.cache_clear()
    running = peak = 0
    lock = threading.Lock()

    def query() -> None:
        nonlocal running, peak
        with lock:
            running += 1
            peak = max(peak, running)
        time.sleep(0.05)
        with lock:
            running -= 1

    async def many() -> None:
        async with anyio.create_task_group() as group:
            for _ in range(queries):
                group.start_soon(run_query, slow, query)

    try:
        anyio.run(many)  # a new event loop: the limit is read again from the settings
    finally:
        get_settings.cache_clear()
    return peak


def test_slow_queries_run_at_most_query_threads_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _peak_concurrency(monkeypatch, "2", queries=6) == 2
    assert _peak_concurrency(monkeypatch, "3", queries=6) == 3


def test_zero_means_one_thread_more_than_the_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("os.cpu_count", lambda: 4)
    assert _peak_concurrency(monkeypatch, "0", queries=8) == 5


def test_fast_queries_run_inline_one_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _peak_concurrency(monkeypatch, "4", queries=4, slow=False) == 1
