"""`chancery ingest --bulk`: an empty SQLite database gets its secondary indexes at the end of
the load, and ends with exactly what a load without it stores, schema included."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from app.cli import cli
from app.config import get_settings
from app.db import make_engine
from app.ingest import indexes
from app.ingest.job import ingest
from app.migrate import upgrade
from ingest_fakes import SEEDS, content_digest

DEV = Path(__file__).resolve().parent / "fixtures" / "dev"
DEFERRED = {str(index.name) for index in indexes.deferrable()}


def index_sql(database: Path) -> dict[str, str]:
    with sqlite3.connect(database) as connection:
        return dict(connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))


def load(database: Path, paths: list[Path], *, bulk: bool) -> list[set[str]]:
    """Ingest `paths` a few articles a batch; returns the indexes present after each batch."""
    seen: list[set[str]] = []
    summary = ingest(
        paths,
        f"sqlite:///{database}",
        workers=1,
        batch_size=4,
        bulk=bulk,
        on_progress=lambda size, articles: seen.append(set(index_sql(database))),
    )
    assert summary.ok and summary.ingested
    return seen


def test_the_deferred_indexes_are_those_of_the_large_tables_that_the_writer_does_not_read():
    assert "ix_articles_list" in DEFERRED and "ix_statements_date" in DEFERRED
    assert not DEFERRED & indexes.WRITER_READS
    assert all(not name.startswith(("ix_actors", "ix_message_counts")) for name in DEFERRED)


def test_a_bulk_load_builds_the_indexes_at_the_end_and_stores_what_a_plain_load_does(tmp_path):
    plain, bulk = tmp_path / "plain.db", tmp_path / "bulk.db"
    during_plain = load(plain, [DEV], bulk=False)
    during_bulk = load(bulk, [DEV], bulk=True)

    assert len(during_bulk) > 3
    assert all(DEFERRED <= present for present in during_plain)
    assert all(not DEFERRED & present for present in during_bulk)  # written without them...
    assert index_sql(bulk) == index_sql(plain)  # ...and built, the same, at the end
    assert content_digest(f"sqlite:///{bulk}") == content_digest(f"sqlite:///{plain}")


def test_bulk_keeps_the_indexes_of_a_database_that_holds_articles(tmp_path):
    database = tmp_path / "chancery.db"
    ingest([SEEDS], f"sqlite:///{database}", workers=1)
    during = load(database, [DEV], bulk=True)
    assert during and all(DEFERRED <= present for present in during)


def test_indexes_an_interrupted_bulk_load_left_out_are_built_by_the_next_ingest(tmp_path):
    database = tmp_path / "chancery.db"
    url = f"sqlite:///{database}"
    upgrade(url)
    complete = index_sql(database)
    engine = make_engine(url)
    with engine.begin() as connection:
        assert indexes.defer(connection)  # as a bulk load killed before its end leaves them
    engine.dispose()
    assert not DEFERRED & set(index_sql(database))

    during = load(database, [DEV], bulk=False)
    assert all(DEFERRED <= present for present in during)  # built before the first batch
    assert index_sql(database) == complete


def test_db_upgrade_builds_the_indexes_an_interrupted_bulk_load_left_out(tmp_path, monkeypatch):
    database = tmp_path / "chancery.db"
    url = f"sqlite:///{database}"
    monkeypatch.setenv("CHANCERY_DATABASE_URL", url)
    get_settings.cache_clear()
    try:
        runner = CliRunner()
        assert runner.invoke(cli, ["db", "upgrade"]).exit_code == 0
        complete = index_sql(database)
        engine = make_engine(url)
        with engine.begin() as connection:
            indexes.defer(connection)
        engine.dispose()

        repaired = runner.invoke(cli, ["db", "upgrade"])
        assert repaired.exit_code == 0
        assert f"built {len(DEFERRED)} indexes an interrupted bulk load left out" in repaired.stdout
        assert index_sql(database) == complete
        again = runner.invoke(cli, ["db", "upgrade"])
        assert again.stdout == "database is at the latest revision\n"
    finally:
        get_settings.cache_clear()


def test_a_rerun_after_a_kill_between_the_last_write_and_analyze_gathers_the_statistics(tmp_path):
    # A run killed after its last batch committed but before ANALYZE leaves every article and no statistics;
    # the re-run has nothing to ingest, and must still leave what an uninterrupted run leaves.
    database = tmp_path / "killed.db"
    load(database, [DEV], bulk=True)
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone()[0] == 1
        connection.execute("DROP TABLE sqlite_stat1")  # as if the run had been stopped before ANALYZE
    summary = ingest([DEV], f"sqlite:///{database}", workers=1, bulk=True)
    assert summary.ok and summary.ingested == 0 and summary.unchanged > 0
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT count(*) FROM sqlite_stat1").fetchone()[0] > 0
