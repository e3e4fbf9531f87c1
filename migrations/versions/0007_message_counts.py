"""message_counts: messages counted by sender, recipient, kind and month, for aggregates.

Kept by the ingest writer from now on; filled here from the messages already stored.

Revision ID: 0007
Revises: 0006
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "message_counts",
        sa.Column("sender_id", sa.String(length=120), nullable=False),
        sa.Column("recipient_id", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("messages", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["sender_id"], ["actors.id"]),
        sa.ForeignKeyConstraint(["recipient_id"], ["actors.id"]),
        sa.PrimaryKeyConstraint("sender_id", "recipient_id", "kind", "month"),
        sqlite_with_rowid=False,
    )
    if op.get_bind().dialect.name == "postgresql":
        month = "coalesce(to_char(date, 'YYYY-MM'), '')"
    else:
        month = "coalesce(substr(date, 1, 7), '')"
    op.execute(
        f"INSERT INTO message_counts (sender_id, recipient_id, kind, month, messages) "
        f"SELECT sender_id, recipient_id, kind, {month}, count(*) FROM messages "
        f"GROUP BY sender_id, recipient_id, kind, {month}"
    )
    op.create_index("ix_message_counts_recipient", "message_counts", ["recipient_id", "messages"])


def downgrade() -> None:
    op.drop_index("ix_message_counts_recipient", table_name="message_counts")
    op.drop_table("message_counts")
