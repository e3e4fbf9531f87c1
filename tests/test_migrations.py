"""The Alembic migrations create exactly the tables the models describe."""
from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from app.db import make_engine
from app.migrate import alembic_config, upgrade
from app.models import Base
from app.queries.search import is_search_object


def include_object(_object, name, type_, _reflected, _compare_to) -> bool:
    return not is_search_object(name, type_)


def differences(url: str) -> list:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            opts = {"render_as_batch": True, "include_object": include_object}
            context = MigrationContext.configure(connection, opts=opts)
            return compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()


def test_autogenerate_finds_no_difference_after_upgrade(database_url):
    upgrade(database_url)
    assert differences(database_url) == []


def test_empty_database_differs_from_models(database_url):
    # The comparison itself must be able to see a difference.
    assert differences(database_url) != []


def test_upgrade_twice_is_a_no_op_and_downgrade_removes_every_table(database_url):
    upgrade(database_url)
    upgrade(database_url)
    engine = make_engine(database_url)
    try:
        assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
        command.downgrade(alembic_config(database_url), "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    finally:
        engine.dispose()


def test_an_interrupted_migration_leaves_the_database_untouched(database_url, monkeypatch):
    from alembic.runtime.migration import HeadMaintainer

    def interrupted(*_args, **_kwargs):
        raise RuntimeError("interrupted after the first migration's DDL")

    with monkeypatch.context() as patched:
        patched.setattr(HeadMaintainer, "update_to_step", interrupted)
        with pytest.raises(RuntimeError):
            upgrade(database_url)
    engine = make_engine(database_url)
    try:
        assert inspect(engine).get_table_names() == []
    finally:
        engine.dispose()
    upgrade(database_url)
    assert differences(database_url) == []


PEOPLE = [{"id": "xi-jinping", "country": "CHN"}, {"id": "hun-sen", "country": "KHM"}]


def after_upgrade(database_url: str, revision: str, rows: dict[str, list[dict]], *queries: str) -> list[list[tuple]]:
    """Stores `rows` (a table's name: its rows as column -> value) in a database at `revision`,
    upgrades it to the latest migration and returns the sorted rows each query then finds."""
    command.upgrade(alembic_config(database_url), revision)
    engine = make_engine(database_url)
    try:
        with engine.begin() as connection:
            for table, table_rows in rows.items():
                for row in table_rows:
                    columns = ", ".join(f'"{column}"' for column in row)
                    values = ", ".join(f":{column}" for column in row)
                    connection.execute(text(f"INSERT INTO {table} ({columns}) VALUES ({values})"), row)
        upgrade(database_url)
        with engine.connect() as connection:
            return [sorted(map(tuple, connection.execute(text(query)).all())) for query in queries]
    finally:
        engine.dispose()


def people(*ids: str, country: bool = False) -> list[dict]:
    return [{"id": p["id"], "name": p["id"], "kind": "person", **({"country": p["country"]} if country else {})}
            for p in PEOPLE if p["id"] in ids]


def test_statements_stored_before_migration_0005_get_their_article_date(database_url):
    articles = [{"id": article_id, "title": "Title", "text": "Text", "published_at": published,
                 "published_at_source": "metadata", "ingested_at": "2026-01-01 00:00:00", "content_hash": article_id}
                for article_id, published in (("a" * 16, "2023-07-30"), ("b" * 16, None))]
    statements = [{"article_id": article["id"], "speaker_id": "xi-jinping", "kind": "reported", "text": "Text",
                   "start": 0, "end": 4} for article in articles]
    [dates] = after_upgrade(database_url, "0004", {"actors": people("xi-jinping"), "articles": articles,
                                                   "statements": statements},
                            "SELECT article_id, date FROM statements")
    assert [(article, day and str(day)) for article, day in dates] == [("a" * 16, "2023-07-30"), ("b" * 16, None)]


def test_messages_stored_before_migration_0007_are_counted(database_url):
    messages = [{"sender_id": "xi-jinping", "recipient_id": "hun-sen", "kind": kind, "date": day}
                for kind, day in (("greeting", "2023-07-30"), ("greeting", "2023-07-02"), ("greeting", None),
                                  ("condolence", "2023-07-30"))]
    [counts] = after_upgrade(database_url, "0006", {"actors": people("xi-jinping", "hun-sen"), "messages": messages},
                             "SELECT sender_id, recipient_id, kind, month, messages FROM message_counts")
    assert counts == [
        ("xi-jinping", "hun-sen", "condolence", "2023-07", 1),
        ("xi-jinping", "hun-sen", "greeting", "", 1),
        ("xi-jinping", "hun-sen", "greeting", "2023-07", 2),
    ]


def test_messages_stored_before_migration_0010_get_their_actors_countries(database_url):
    actors = [*people("xi-jinping", "hun-sen", country=True),
              {"id": "antonio-guterres", "name": "antonio-guterres", "kind": "person", "country": None}]
    messages = [{"sender_id": sender, "recipient_id": recipient, "kind": "greeting"}
                for sender, recipient in (("xi-jinping", "hun-sen"), ("hun-sen", "antonio-guterres"))]
    [countries] = after_upgrade(database_url, "0009", {"actors": actors, "messages": messages},
                                "SELECT sender_id, sender_country, recipient_country FROM messages")
    assert countries == [("hun-sen", "KHM", None), ("xi-jinping", "CHN", "KHM")]


def test_messages_stored_before_migration_0011_are_counted_by_actor(database_url):
    messages = [{"sender_id": sender, "recipient_id": recipient, "kind": kind}
                for sender, recipient, kind in (("xi-jinping", "hun-sen", "greeting"),
                                                ("xi-jinping", "hun-sen", "greeting"),
                                                ("hun-sen", "xi-jinping", "thanks"))]
    [counts] = after_upgrade(database_url, "0010", {"actors": people("xi-jinping", "hun-sen"), "messages": messages},
                             "SELECT role, actor_id, kind, messages FROM actor_message_counts")
    assert counts == [
        ("recipient", "hun-sen", "greeting", 2),
        ("recipient", "xi-jinping", "thanks", 1),
        ("sender", "hun-sen", "thanks", 1),
        ("sender", "xi-jinping", "greeting", 2),
    ]


def test_messages_stored_before_migration_0012_are_counted_by_month(database_url):
    messages = [{"sender_id": "xi-jinping", "recipient_id": "hun-sen", "kind": kind, "date": day}
                for kind, day in (("greeting", "2023-07-30"), ("greeting", "2023-07-02"), ("greeting", None),
                                  ("thanks", "2023-08-01"))]
    [counts] = after_upgrade(database_url, "0011", {"actors": people("xi-jinping", "hun-sen"), "messages": messages},
                             "SELECT kind, month, messages FROM message_month_counts")
    assert counts == [("greeting", "", 1), ("greeting", "2023-07", 2), ("thanks", "2023-08", 1)]


def test_statements_counted_before_migration_0013_are_counted_by_speaker_and_by_month(database_url):
    counted = [{"speaker_id": speaker, "kind": kind, "month": month, "statements": n}
               for speaker, kind, month, n in (("xi-jinping", "direct", "2023-07", 2),
                                               ("xi-jinping", "direct", "2023-08", 1),
                                               ("hun-sen", "direct", "2023-07", 4),
                                               ("hun-sen", "reported", "", 1))]
    speakers, months = after_upgrade(
        database_url, "0012", {"actors": people("xi-jinping", "hun-sen"), "statement_counts": counted},
        "SELECT speaker_id, kind, statements FROM statement_speaker_counts",
        "SELECT kind, month, statements FROM statement_month_counts",
    )
    assert speakers == [("hun-sen", "direct", 4), ("hun-sen", "reported", 1), ("xi-jinping", "direct", 3)]
    assert months == [("direct", "2023-07", 6), ("direct", "2023-08", 1), ("reported", "", 1)]
