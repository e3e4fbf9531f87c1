"""actor_message_counts: messages counted by actor, role (sender or recipient) and kind, for
aggregates filtered by no more than kind.

Kept by the ingest writer from now on; filled here from the messages already stored.

Revision ID: 0011
Revises: 0010
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "actor_message_counts",
        sa.Column("role", sa.String(length=9), nullable=False),
        sa.Column("actor_id", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("messages", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["actors.id"]),
        sa.PrimaryKeyConstraint("role", "actor_id", "kind"),
        sqlite_with_rowid=False,
    )
    for role in ("sender", "recipient"):
        op.execute(
            f"INSERT INTO actor_message_counts (role, actor_id, kind, messages) "
            f"SELECT '{role}', {role}_id, kind, count(*) FROM messages GROUP BY {role}_id, kind"
        )


def downgrade() -> None:
    op.drop_table("actor_message_counts")
