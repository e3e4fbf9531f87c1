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
from app.ingest.writer import count_messages
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


def test_cached_aggregates_follow_new_data(database_url):
    """Aggregates are answered from a cache, which a commit by another connection invalidates."""
    engine = make_engine(database_url)
    upgrade(database_url, engine)
    corpus = build_corpus()
    with Session(engine) as session:
        write_corpus(session, corpus)
    with TestClient(create_app(Settings(), engine)) as client:
        params = {"group_by": "kind"}
        before = client.get("/v1/stats/messages", params=params).json()
        assert client.get("/v1/stats/messages", params=params).json() == before
        with Session(engine) as session:
            new = models.Message(
                id=len(corpus.messages) + 1, sender_id="hun-sen", recipient_id="li-keqiang", kind="thanks"
            )
            session.add(new)
            session.flush()
            count_messages(session.connection(), [{"sender_id": "hun-sen", "recipient_id": "li-keqiang", "kind": "thanks", "date": None}])
            session.commit()
        after = client.get("/v1/stats/messages", params=params).json()
        network = client.get("/v1/network").json()
    engine.dispose()
    counts = {row["key"]: row["count"] for row in after["data"]}
    assert after["total"] == before["total"] + 1
    assert counts["thanks"] == sum(m["kind"] == "thanks" for m in corpus.messages) + 1
    assert {"source": "hun-sen", "target": "li-keqiang", "weight": 1} in network["edges"]


def test_result_cache_computes_once_until_another_connection_commits(tmp_path):
    from sqlalchemy import text

    from app.queries.cache import ResultCache

    engine = make_engine(f"sqlite:///{tmp_path / 'cache.db'}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE t (x INTEGER)"))
    cache, calls = ResultCache(engine), []

    def count(connection):
        calls.append(1)
        return connection.execute(text("SELECT count(*) FROM t")).scalar_one()

    with engine.connect() as reader:
        assert cache.get(reader, "n", lambda: count(reader)) == 0
        assert cache.get(reader, "n", lambda: count(reader)) == 0
        assert len(calls) == 1
        with engine.begin() as writer:
            writer.execute(text("INSERT INTO t VALUES (1)"))
        assert cache.get(reader, "n", lambda: count(reader)) == 1
        assert len(calls) == 2
    # A commit by another process, which only PRAGMA data_version reports.
    other = make_engine(f"sqlite:///{tmp_path / 'cache.db'}")
    with engine.connect() as reader:
        assert cache.get(reader, "n", lambda: count(reader)) == 1
        with other.begin() as writer:
            writer.execute(text("INSERT INTO t VALUES (2)"))
        assert cache.get(reader, "n", lambda: count(reader)) == 2
    other.dispose()
    engine.dispose()


def test_result_cache_computes_a_result_once_for_requests_arriving_together(tmp_path):
    import threading
    import time

    from app.queries.cache import ResultCache

    engine = make_engine(f"sqlite:///{tmp_path / 'cache.db'}")
    cache, calls, results = ResultCache(engine), [], []

    def slow() -> int:
        calls.append(1)
        time.sleep(0.2)
        return 42

    def request() -> None:
        with engine.connect() as connection:
            results.append(cache.get(connection, "slow", slow))

    threads = [threading.Thread(target=request) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    engine.dispose()
    assert results == [42] * 4
    assert len(calls) == 1
