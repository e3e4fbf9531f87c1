"""Full-text search on SQLite: rows are indexed a transaction at a time, not by a trigger a row.

The insert and update triggers of migration 0002 go: whoever writes calls
app/queries/search.py (`index_added` once per transaction, `unindex`/`index` around a change
of an indexed column), which indexes a table's new rows with one INSERT ... SELECT, several
times faster than the triggers. The delete triggers stay. PostgreSQL is unchanged (its GIN
expression indexes keep up by themselves).

Revision ID: 0004
Revises: 0003
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (FTS5 table, content table, its rowid column, indexed columns), as in migration 0002.
SQLITE_INDEXES = [
    ("articles_fts", "articles", "rowid", ("title", "text")),
    ("statements_fts", "statements", "id", ("text",)),
    ("messages_fts", "messages", "id", ("occasion",)),
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for fts, _content, _rowid, _columns in SQLITE_INDEXES:
        op.execute(f"DROP TRIGGER IF EXISTS {fts}_insert")
        op.execute(f"DROP TRIGGER IF EXISTS {fts}_update")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for fts, content, rowid, columns in SQLITE_INDEXES:
        names = ", ".join(columns)
        new = ", ".join(f"new.{c}" for c in columns)
        old = ", ".join(f"old.{c}" for c in columns)
        op.execute(
            f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {content} BEGIN "
            f"INSERT INTO {fts}(rowid, {names}) VALUES (new.{rowid}, {new}); END"
        )
        op.execute(
            f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {names} ON {content} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.{rowid}, {old}); "
            f"INSERT INTO {fts}(rowid, {names}) VALUES (new.{rowid}, {new}); END"
        )
