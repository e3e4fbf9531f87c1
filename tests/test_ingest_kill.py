"""Kill-safety: SIGKILL an ingest at random moments; the database stays whole and a re-run converges.

Each of 20 trials starts `chancery ingest` (with its extraction pool) on a fresh database,
kills its whole process group at a random moment, then checks that SQLite's integrity check
passes, that every stored article is there with exactly the messages, reports, statements
and actor titles an uninterrupted run gives it, and that a re-run ends at the uninterrupted
run's digest and schema. Every other trial is a bulk load (`--bulk`), killed before its
indexes are built; half of those are re-run with `--bulk`, half without.
"""
from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from ingest_fakes import content_digest

from app.db import make_engine

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = 200
TRIALS = 20
SEED = 20261126

pytestmark = pytest.mark.skipif(bool(os.environ.get("CHANCERY_TEST_DATABASE_URL")), reason="SQLite files only")

# Each article's content, by article id: what "stored whole" means.
PER_ARTICLE = {
    "reports": """
        SELECT r.article_id, m.sender_id, m.recipient_id, m.kind, m.date, r.start, r."end"
        FROM message_reports r JOIN messages m ON m.id = r.message_id""",
    "statements": """
        SELECT article_id, speaker_id, kind, start, "end", text, message_id IS NOT NULL FROM statements""",
    "titles": "SELECT article_id, actor_id, title FROM actor_titles",
}


def run_ingest_command(code: Path, corpus: Path, url: str, workers: int = 2, bulk: bool = False) -> subprocess.Popen:
    env = {
        **os.environ,
        "PYTHONPATH": str(code),
        "CHANCERY_DATABASE_URL": url,
        "CHANCERY_INGEST_BATCH_SIZE": "8",
        "CHANCERY_INGEST_WORKERS": str(workers),
    }
    return subprocess.Popen(
        [sys.executable, "-c", "from app.cli import main; main()", "ingest", "--json", *(["--bulk"] * bulk), str(corpus)],
        cwd=code,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group, so the pool's workers die with it
    )


def schema(database: Path) -> list[tuple]:
    with sqlite3.connect(database) as connection:
        return connection.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()


def snapshot(url: str) -> tuple[str, set[str], dict[str, dict[str, list]], int]:
    """(integrity check, article ids, per-article rows by kind, messages without any report)."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            integrity = connection.execute(text("PRAGMA integrity_check")).scalar_one()
            if "articles" not in inspect(connection).get_table_names():  # killed before the migration committed
                return integrity, set(), {}, 0
            article_ids = set(connection.execute(text("SELECT id FROM articles")).scalars())
            per_article: dict[str, dict[str, list]] = {}
            for kind, query in PER_ARTICLE.items():
                for row in connection.execute(text(query)):
                    per_article.setdefault(row[0], {}).setdefault(kind, []).append(tuple(row[1:]))
            for rows in per_article.values():
                for values in rows.values():
                    values.sort(key=repr)
            orphans = connection.execute(
                text("SELECT count(*) FROM messages WHERE id NOT IN (SELECT message_id FROM message_reports)")
            ).scalar_one()
        return integrity, article_ids, per_article, orphans
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def code(tmp_path_factory) -> Path:
    """A copy of the code that every run in the test uses, so that all of them run the same
    extraction even in a working tree that is being edited meanwhile."""
    copy = tmp_path_factory.mktemp("code")
    for part in ("app", "migrations"):
        shutil.copytree(ROOT / part, copy / part, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "alembic.ini", copy)
    return copy


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("kill") / "corpus.jsonl"
    subprocess.run(
        [sys.executable, str(ROOT / "bench" / "generate.py"), str(ARTICLES), "--out", str(path)], check=True, cwd=ROOT
    )
    return path


def wait_for_articles(database: Path, process: subprocess.Popen, count: int = 1) -> float:
    """Seconds from now until the ingest has committed `count` articles (or has ended)."""
    started = time.monotonic()
    while process.poll() is None:
        try:
            with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=1) as connection:
                if connection.execute("SELECT count(*) FROM articles").fetchone()[0] >= count:
                    break
        except sqlite3.Error:
            pass  # not created or not migrated yet
        time.sleep(0.01)
    return time.monotonic() - started


def test_sigkill_at_random_moments_leaves_whole_articles_and_a_rerun_converges(code, corpus, tmp_path):
    # An uninterrupted run of the command shows when it starts writing and how long that lasts.
    reference_url = f"sqlite:///{tmp_path / 'reference.db'}"
    reference = run_ingest_command(code, corpus, reference_url)
    startup = wait_for_articles(tmp_path / "reference.db", reference)
    writing = wait_for_articles(tmp_path / "reference.db", reference, ARTICLES)
    assert reference.wait(timeout=300) == 0
    _, reference_ids, reference_rows, _ = snapshot(reference_url)
    reference_digest = content_digest(reference_url)
    reference_schema = schema(tmp_path / "reference.db")
    assert len(reference_ids) == ARTICLES

    rng = random.Random(SEED)
    interrupted_midway = 0
    bulk_killed_without_indexes = 0
    for trial in range(TRIALS):
        database = tmp_path / f"trial-{trial}.db"
        url = f"sqlite:///{database}"
        process = run_ingest_command(code, corpus, url, bulk=trial % 2 == 1)
        if trial % 5 == 0:  # some kills land in start-up and migration
            time.sleep(rng.uniform(0, startup))
        else:  # the rest while articles are being written
            wait_for_articles(database, process)
            time.sleep(rng.uniform(0, writing))
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()

        if database.exists():
            integrity, article_ids, per_article, orphans = snapshot(url)
            assert integrity == "ok", f"trial {trial}"
            assert orphans == 0, f"trial {trial}: messages without a report"
            assert article_ids <= reference_ids
            for article in article_ids:
                assert per_article.get(article, {}) == reference_rows.get(article, {}), f"trial {trial}: {article} in part"
            interrupted_midway += 0 < len(article_ids) < ARTICLES
            bulk_killed_without_indexes += bool(article_ids) and len(schema(database)) < len(reference_schema)

        assert run_ingest_command(code, corpus, url, workers=1, bulk=trial % 4 == 1).wait(timeout=300) == 0
        assert content_digest(url) == reference_digest, f"trial {trial} did not converge"
        assert schema(database) == reference_schema, f"trial {trial}: indexes differ"
    # The harness must really interrupt ingests in progress, not only before or after them.
    assert interrupted_midway >= TRIALS // 4, interrupted_midway
    assert bulk_killed_without_indexes >= 2, bulk_killed_without_indexes
