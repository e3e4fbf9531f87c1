"""messages: (kind, date) in place of the kind index, so a list of one kind reads its page
in date order from the index instead of checking each message met in date order.

Revision ID: 0009
Revises: 0008
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from app.db import ANALYSIS_LIMIT

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_messages_kind_date", "messages", ["kind", "date"])
    op.drop_index("ix_messages_kind", table_name="messages")
    bind = op.get_bind()
    if bind.dialect.name == "sqlite" and bind.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"
    ).first():
        op.execute(f"PRAGMA analysis_limit={ANALYSIS_LIMIT}")
        op.execute("ANALYZE ix_messages_kind_date")


def downgrade() -> None:
    op.create_index("ix_messages_kind", "messages", ["kind"])
    op.drop_index("ix_messages_kind_date", table_name="messages")
