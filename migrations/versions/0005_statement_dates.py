"""Statements carry their article's publication date, and are indexed by date and by kind.

Statement lists and aggregates by date (`date_from`, `group_by=year`) then read one index
instead of looking up every statement's article; `group_by=kind` reads the kind index.

Revision ID: 0005
Revises: 0004
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("statements", sa.Column("date", sa.Date(), nullable=True))
    op.execute(
        "UPDATE statements SET date = (SELECT articles.published_at FROM articles WHERE articles.id = statements.article_id)"
    )
    op.create_index("ix_statements_date", "statements", ["date"], unique=False)
    op.create_index("ix_statements_kind", "statements", ["kind"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_statements_kind", table_name="statements")
    op.drop_index("ix_statements_date", table_name="statements")
    # Not a batch (which copies the table on SQLite and would lose its full-text triggers).
    op.execute('ALTER TABLE statements DROP COLUMN "date"')
