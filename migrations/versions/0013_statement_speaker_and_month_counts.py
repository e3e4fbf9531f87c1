"""statement_speaker_counts and statement_month_counts: statements counted by speaker and kind,
and by kind and month, for aggregates that need no more (see app/queries/stats.py).

Kept by the ingest writer from now on; filled here from the statements already stored.

Revision ID: 0013
Revises: 0012
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "statement_speaker_counts",
        sa.Column("speaker_id", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("statements", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["speaker_id"], ["actors.id"]),
        sa.PrimaryKeyConstraint("speaker_id", "kind"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "statement_month_counts",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("statements", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "month"),
        sqlite_with_rowid=False,
    )
    # From statement_counts (speaker, kind, month), which holds the same sums in fewer rows.
    op.execute(
        "INSERT INTO statement_speaker_counts (speaker_id, kind, statements) "
        "SELECT speaker_id, kind, sum(statements) FROM statement_counts GROUP BY speaker_id, kind"
    )
    op.execute(
        "INSERT INTO statement_month_counts (kind, month, statements) "
        "SELECT kind, month, sum(statements) FROM statement_counts GROUP BY kind, month"
    )


def downgrade() -> None:
    op.drop_table("statement_month_counts")
    op.drop_table("statement_speaker_counts")
