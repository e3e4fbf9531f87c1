"""Full-text search: FTS5 tables and triggers on SQLite, GIN expression indexes on PostgreSQL.

Kept in step with app/queries/search.py, which queries them.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TOKENIZER = "porter unicode61 remove_diacritics 2"
# (FTS5 table, content table, its rowid column, indexed columns)
SQLITE_INDEXES = [
    ("articles_fts", "articles", "rowid", ("title", "text")),
    ("statements_fts", "statements", "id", ("text",)),
    ("messages_fts", "messages", "id", ("occasion",)),
]
# (index, table, indexed expression); the expressions are those app/queries/search.py matches.
POSTGRES_INDEXES = [
    ("ix_articles_fts", "articles", "to_tsvector('english', articles.title || ' ' || articles.text)"),
    ("ix_statements_fts", "statements", "to_tsvector('english', statements.text)"),
    ("ix_messages_fts", "messages", "to_tsvector('english', coalesce(messages.occasion, ''))"),
]


def _sqlite_upgrade() -> None:
    for fts, content, rowid, columns in SQLITE_INDEXES:
        names = ", ".join(columns)
        new = ", ".join(f"new.{c}" for c in columns)
        old = ", ".join(f"old.{c}" for c in columns)
        op.execute(
            f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content='{content}', "
            f"content_rowid='{rowid}', tokenize='{TOKENIZER}')"
        )
        op.execute(
            f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {content} BEGIN "
            f"INSERT INTO {fts}(rowid, {names}) VALUES (new.{rowid}, {new}); END"
        )
        op.execute(
            f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {content} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.{rowid}, {old}); END"
        )
        op.execute(
            f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {names} ON {content} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.{rowid}, {old}); "
            f"INSERT INTO {fts}(rowid, {names}) VALUES (new.{rowid}, {new}); END"
        )
        op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_upgrade()
    elif dialect == "postgresql":
        for name, table, expression in POSTGRES_INDEXES:
            op.execute(f"CREATE INDEX {name} ON {table} USING gin (({expression}))")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for fts, _content, _rowid, _columns in SQLITE_INDEXES:
            for event in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS {fts}_{event}")
            op.execute(f"DROP TABLE IF EXISTS {fts}")
    elif dialect == "postgresql":
        for name, _table, _expression in POSTGRES_INDEXES:
            op.execute(f"DROP INDEX IF EXISTS {name}")
