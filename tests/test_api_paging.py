"""Keyset cursors stay exact while articles are being added (a database of its own)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from api_corpus import build_corpus, write_corpus
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session
from test_api import expected_articles, undated_last_desc, walk

from app import models
from app.config import Settings
from app.db import make_engine
from app.main import create_app
from app.migrate import upgrade


def test_pages_do_not_shift_while_articles_are_added(database_url):
    """Rows added behind the cursor are not seen, rows ahead of it are, none twice."""
    engine = make_engine(database_url)
    upgrade(database_url, engine)
    corpus = build_corpus()
    with Session(engine) as session:
        write_corpus(session, corpus)
    order = expected_articles(corpus, "-published_at")
    with TestClient(create_app(Settings(), engine)) as client:
        first = client.get("/v1/articles", params={"limit": 10}).json()
        assert [a["id"] for a in first["data"]] == order[:10]
        cursor_date = date.fromisoformat(first["data"][-1]["published_at"])
        newest, older = "f" * 16, "0" * 15 + "1"
        with Session(engine) as session:
            for article_id, published in ((newest, date(2099, 1, 1)), (older, cursor_date.replace(year=2000))):
                session.add(
                    models.Article(
                        id=article_id,
                        title="Added while paging",
                        text=f"Added while paging {article_id}",
                        published_at=published,
                        published_at_source="metadata",
                        ingested_at=datetime(2026, 2, 1, tzinfo=UTC),
                        content_hash=article_id * 4,
                    )
                )
            session.commit()
        rest = walk(client, "/v1/articles", limit=10, cursor=first["next_cursor"])
    engine.dispose()
    ids = [a["id"] for a in rest]
    assert newest not in ids  # before the cursor: belongs to pages already read
    assert ids == [
        i for i in expected_articles_with(corpus, older, cursor_date.replace(year=2000)) if i not in order[:10]
    ]


def expected_articles_with(corpus, article_id: str, published: date) -> list[str]:
    rows = [*corpus.articles, {"id": article_id, "published_at": published}]
    ordered = sorted(rows, key=lambda a: (undated_last_desc(a["published_at"]), a["id"]), reverse=True)
    return [a["id"] for a in ordered]
