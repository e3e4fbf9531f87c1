"""Secondary indexes that a bulk load (`chancery ingest --bulk`) builds once, at its end.

Each article adds some twenty entries to secondary indexes whose keys (dates, article ids,
speakers) arrive in no order, so every batch rewrites pages all over them, and a large load
spends most of its writing there. Built at the end from sorted runs, the same indexes take
seconds (bench/RESULTS.md, Ingest). Meanwhile a reader gets the same answers, but a list may
scan a whole table to give them, so a bulk load is for a database nobody reads yet: it defers
indexes only in an empty SQLite database, or in one whose bulk load was interrupted (its
deferred indexes still missing, which every later ingest and `chancery db upgrade` build).
The indexes the writer itself reads while it loads are kept up as usual.
"""
from __future__ import annotations

import os

from sqlalchemy import Connection, Engine, Index

from app.models import Base

# Tables a load makes large; of their indexes, those the writer reads: stored messages by
# (sender, recipient, kind), and messages by recipient when an actor's country becomes known.
LOADED_TABLES = ("articles", "statements", "message_reports", "actor_titles", "messages")
WRITER_READS = {"ix_messages_pair_kind", "ix_messages_recipient_kind_date"}
# SQLite's sorter holds as many keys in memory, a thread, as fit in the page cache: with 8 MB
# a million articles' deferred indexes are built as fast as with the job's 64 MB (19-25 s
# either way) in 92-126 MB of memory instead of 317.
BUILD_CACHE_KIB = 8 * 1024


def deferrable() -> list[Index]:
    return [
        index
        for name in LOADED_TABLES
        for index in Base.metadata.tables[name].indexes
        if index.name not in WRITER_READS and not index.unique
    ]


def defer(connection: Connection) -> bool:
    """In an empty SQLite database, drop the deferrable indexes; True if they are now missing
    (dropped here, or left out by an interrupted bulk load), for `build_missing` to build."""
    if connection.dialect.name != "sqlite":
        return False
    connection.exec_driver_sql("BEGIN IMMEDIATE")  # the check and the drops as one
    present = _index_names(connection)
    wanted = deferrable()
    interrupted = any(index.name not in present for index in wanted)
    empty = connection.exec_driver_sql("SELECT NOT EXISTS (SELECT 1 FROM articles)").scalar_one()
    if not (empty or interrupted):
        return False
    for index in wanted:
        if index.name in present:
            index.drop(connection)
    return True


def build_missing(engine: Engine) -> list[str]:
    """Create every index the models declare that the database lacks; returns their names.
    SQLite sorts the keys with a helper thread a core (PRAGMA threads)."""
    with engine.begin() as connection:
        if connection.dialect.name != "sqlite":
            return []
        present = _index_names(connection)
        missing = [index for table in Base.metadata.sorted_tables for index in table.indexes if index.name not in present]
        if missing:
            cache = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
            connection.exec_driver_sql(f"PRAGMA cache_size=-{BUILD_CACHE_KIB}")
            connection.exec_driver_sql(f"PRAGMA threads={os.cpu_count() or 1}")
            try:
                for index in missing:
                    index.create(connection)
            finally:
                connection.exec_driver_sql(f"PRAGMA cache_size={cache}")
    return [str(index.name) for index in missing]


def _index_names(connection: Connection) -> set[str]:
    return set(connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'").scalars())
