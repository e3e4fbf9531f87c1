"""Reads during writes: the API keeps answering while a large ingest writes to the same SQLite file.

A bounded load on loopback (one client, sequential requests, stopping with the ingest or
after a time limit) against a uvicorn server, while `chancery ingest` runs with its pool.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from app.migrate import upgrade

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = 600
TIME_LIMIT_S = 120
PATHS = ("/v1/articles?limit=50", "/v1/messages?limit=50", "/v1/senders", "/v1/statements?limit=50", "/healthz")

pytestmark = pytest.mark.skipif(bool(os.environ.get("CHANCERY_TEST_DATABASE_URL")), reason="SQLite files only")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_api_reads_never_fail_while_an_ingest_writes(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), str(ARTICLES), "--out", str(corpus)], check=True)
    url = f"sqlite:///{tmp_path / 'chancery.db'}"
    upgrade(url)
    port = free_port()
    env = {**os.environ, "CHANCERY_DATABASE_URL": url, "CHANCERY_PORT": str(port), "CHANCERY_INGEST_BATCH_SIZE": "20"}
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "app.main:app", "--port", str(port), "--log-level", "warning"],
        cwd=ROOT,
        env=env,
    )
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            deadline = time.monotonic() + 30
            while True:
                try:
                    if client.get("/healthz").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.1)

            ingest = subprocess.Popen(
                [sys.executable, "-c", "from app.cli import main; main()", "ingest", "--json", str(corpus)],
                cwd=ROOT,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            failures: list[str] = []
            requests = 0
            reads_with_articles = 0
            stop_at = time.monotonic() + TIME_LIMIT_S
            while ingest.poll() is None and time.monotonic() < stop_at:
                path = PATHS[requests % len(PATHS)]
                try:
                    response = client.get(path)
                    if response.status_code != 200:
                        failures.append(f"{path}: {response.status_code} {response.text[:200]}")
                    elif path.startswith("/v1/articles") and response.json()["data"]:
                        reads_with_articles += 1
                except httpx.HTTPError as error:
                    failures.append(f"{path}: {error!r}")
                requests += 1
            stdout, stderr = ingest.communicate(timeout=TIME_LIMIT_S)
    finally:
        server.terminate()
        server.wait(timeout=30)

    assert ingest.returncode == 0, stderr.decode()
    assert b"database is locked" not in stderr
    assert failures == []
    # The reads overlapped the writes: some saw articles, and there were many of them.
    assert reads_with_articles > 0 and requests >= 50, (requests, reads_with_articles)
