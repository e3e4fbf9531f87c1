"""Engines. SQLite gets WAL, foreign keys and a busy timeout on every connection."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from app.config import get_settings

SQLITE_BUSY_TIMEOUT_MS = 30_000
# For a bulk load (`chancery ingest`): a page cache that holds the indexes with random keys
# (content hashes, article ids) instead of reading their pages again for every batch, and a
# checkpoint every ~1.2 GB of WAL rather than every 4 MB. On a large database a batch of 5,000
# articles dirties ~125,000 pages (~25 an article, mostly index pages with random keys), so a
# smaller limit checkpoints after every batch; this one after every few, copying a
# page rewritten by several batches back once (at 1M articles: 16% fewer bytes written, 10%
# fewer read). The WAL file grows to that size plus a batch while the job runs. Neither
# touches atomicity: each transaction is still all or nothing.
BULK_CACHE_KIB = 64 * 1024
BULK_CHECKPOINT_PAGES = 300_000


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_bulk_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
    cursor.execute(f"PRAGMA wal_autocheckpoint={BULK_CHECKPOINT_PAGES}")
    cursor.close()


def make_engine(url: str, *, bulk: bool = False) -> Engine:
    """An engine; `bulk` tunes SQLite for one long writer (see BULK_CACHE_KIB)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _sqlite_pragmas)
    if bulk:
        event.listen(engine, "connect", _sqlite_bulk_pragmas)
    return engine


# Rows ANALYZE samples from each index on SQLite: statistics good enough for the planner,
# in well under a second however large the tables.
ANALYSIS_LIMIT = 1000


def has_statistics(engine: Engine) -> bool:
    """Whether the query planner has statistics to go by: on SQLite, whether ANALYZE has ever run
    (PostgreSQL gathers its own)."""
    if engine.dialect.name != "sqlite":
        return True
    with engine.connect() as connection:
        return connection.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first() is not None


def analyze(engine: Engine) -> None:
    """Refresh the query planner's statistics (after a bulk load)."""
    with engine.begin() as connection:
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql(f"PRAGMA analysis_limit={ANALYSIS_LIMIT}")
        connection.exec_driver_sql("ANALYZE")


@lru_cache
def get_engine(url: str | None = None) -> Engine:
    return make_engine(url or get_settings().database_url)
