"""statement_counts: statements counted by speaker, kind and month, for aggregates.

Kept by the ingest writer from now on; filled here from the statements already stored.

Revision ID: 0006
Revises: 0005
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "statement_counts",
        sa.Column("speaker_id", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("statements", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["speaker_id"], ["actors.id"]),
        sa.PrimaryKeyConstraint("speaker_id", "kind", "month"),
    )
    if op.get_bind().dialect.name == "postgresql":
        month = "coalesce(to_char(date, 'YYYY-MM'), '')"
    else:
        month = "coalesce(substr(date, 1, 7), '')"
    op.execute(
        f"INSERT INTO statement_counts (speaker_id, kind, month, statements) "
        f"SELECT speaker_id, kind, {month}, count(*) FROM statements GROUP BY speaker_id, kind, {month}"
    )


def downgrade() -> None:
    op.drop_table("statement_counts")
