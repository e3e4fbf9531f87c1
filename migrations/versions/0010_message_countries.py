"""messages: the sender's and the recipient's countries on the message, each indexed with
kind and date, so a list filtered by country and kind reads one page in date order.

Kept by the ingest writer from now on; filled here from the actors of the messages already stored.

Revision ID: 0010
Revises: 0009
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.db import ANALYSIS_LIMIT

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = {
    "ix_messages_sender_country_kind_date": "sender_country",
    "ix_messages_recipient_country_kind_date": "recipient_country",
}


def upgrade() -> None:
    op.add_column("messages", sa.Column("sender_country", sa.String(length=3), nullable=True))
    op.add_column("messages", sa.Column("recipient_country", sa.String(length=3), nullable=True))
    op.execute(
        "UPDATE messages SET "
        "sender_country = (SELECT country FROM actors WHERE actors.id = messages.sender_id), "
        "recipient_country = (SELECT country FROM actors WHERE actors.id = messages.recipient_id)"
    )
    for name, column in INDEXES.items():
        op.create_index(name, "messages", [column, "kind", "date"])
    bind = op.get_bind()
    if bind.dialect.name == "sqlite" and bind.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"
    ).first():
        op.execute(f"PRAGMA analysis_limit={ANALYSIS_LIMIT}")
        for name in INDEXES:
            op.execute(f"ANALYZE {name}")


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="messages")
    # Not a batch (which copies the table on SQLite and would lose its full-text triggers).
    op.execute('ALTER TABLE messages DROP COLUMN "recipient_country"')
    op.execute('ALTER TABLE messages DROP COLUMN "sender_country"')
