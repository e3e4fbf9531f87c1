"""message_month_counts: messages counted by kind and month, for aggregates by period filtered
by no more than kind and whole months.

Kept by the ingest writer from now on; filled here from the messages already stored.

Revision ID: 0012
Revises: 0011
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "message_month_counts",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("messages", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "month"),
        sqlite_with_rowid=False,
    )
    if op.get_bind().dialect.name == "postgresql":
        month = "coalesce(to_char(date, 'YYYY-MM'), '')"
    else:
        month = "coalesce(substr(date, 1, 7), '')"
    op.execute(
        f"INSERT INTO message_month_counts (kind, month, messages) "
        f"SELECT kind, {month}, count(*) FROM messages GROUP BY kind, {month}"
    )


def downgrade() -> None:
    op.drop_table("message_month_counts")
