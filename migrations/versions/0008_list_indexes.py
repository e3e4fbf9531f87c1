"""Indexes that answer list pages alone.

- articles: the date order index carries the summary columns a list returns, so a page
  (and a walk checking the outlet) reads the index only. In the table those columns come
  after the text, which SQLite reaches through the text's overflow pages on every row.
- messages: (sender, kind, date) and (recipient, kind, date) in place of the actor
  indexes, so a list or count by actors or countries and kind reads only its rows.

Revision ID: 0008
Revises: 0007
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

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


def downgrade() -> None:
    for role in ("sender", "recipient"):
        op.create_index(f"ix_messages_{role}_id", "messages", [f"{role}_id"])
        op.drop_index(f"ix_messages_{role}_kind_date", table_name="messages")
    op.create_index("ix_articles_published_at_id", "articles", ["published_at", "id"])
    op.drop_index("ix_articles_list", table_name="articles")
