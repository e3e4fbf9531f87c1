"""Articles listed by date: an index on (published_at, id) instead of published_at alone.

A keyset page of `-published_at` then reads one index range, ties included, with no sort.

Revision ID: 0003
Revises: 0002
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch_op:
        batch_op.drop_index("ix_articles_published_at")
        batch_op.create_index("ix_articles_published_at_id", ["published_at", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch_op:
        batch_op.drop_index("ix_articles_published_at_id")
        batch_op.create_index("ix_articles_published_at", ["published_at"], unique=False)
