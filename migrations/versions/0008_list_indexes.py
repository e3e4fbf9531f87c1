"""Indexes that answer list pages alone.

- articles: the date order index carries the summary columns a list returns, so a page
  (and a walk checking the outlet) reads the index only. In the table those columns come
  after the text, which SQLite reaches through the text's overflow pages on every row.
- messages: (sender, kind, date) and (recipient, kind, date) in place of the actor
  indexes, so a list or count by actors or countries and kind reads only its rows.

On SQLite, a database whose planner has statistics (the ingest writes them after a bulk
load) gets them for the new indexes and for message_counts (0007) too, sampled as
app.db.analyze does: without them the planner would weigh these against guesses.

Revision ID: 0008
Revises: 0007
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from app.db import ANALYSIS_LIMIT

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ARTICLE_LIST = ["published_at", "id", "title", "source", "url", "published_at_source", "ingested_at"]


def upgrade() -> None:
    op.create_index("ix_articles_list", "articles", ARTICLE_LIST)
    op.drop_index("ix_articles_published_at_id", table_name="articles")
    for role in ("sender", "recipient"):
        op.create_index(f"ix_messages_{role}_kind_date", "messages", [f"{role}_id", "kind", "date"])
        op.drop_index(f"ix_messages_{role}_id", table_name="messages")
    bind = op.get_bind()
    if bind.dialect.name == "sqlite" and bind.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"
    ).first():
        op.execute(f"PRAGMA analysis_limit={ANALYSIS_LIMIT}")
        for analysed in ("ix_articles_list", "ix_messages_sender_kind_date", "ix_messages_recipient_kind_date", "message_counts"):
            op.execute(f"ANALYZE {analysed}")


def downgrade() -> None:
    for role in ("sender", "recipient"):
        op.create_index(f"ix_messages_{role}_id", "messages", [f"{role}_id"])
        op.drop_index(f"ix_messages_{role}_kind_date", table_name="messages")
    op.create_index("ix_articles_published_at_id", "articles", ["published_at", "id"])
    op.drop_index("ix_articles_list", table_name="articles")
