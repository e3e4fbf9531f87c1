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


def test_statements_stored_before_migration_0005_get_their_article_date(database_url):
    command.upgrade(alembic_config(database_url), "0004")
    engine = make_engine(database_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("INSERT INTO actors (id, name, kind) VALUES ('xi-jinping', 'Xi Jinping', 'person')"))
            for article_id, published in (("a" * 16, "2023-07-30"), ("b" * 16, None)):
                connection.execute(
                    text(
                        "INSERT INTO articles (id, title, text, published_at, published_at_source, ingested_at, content_hash) "
                        "VALUES (:id, 'Title', 'Text', :published, 'metadata', '2026-01-01 00:00:00', :id)"
                    ),
                    {"id": article_id, "published": published},
                )
                connection.execute(
                    text(
                        'INSERT INTO statements (article_id, speaker_id, kind, text, start, "end") '
                        "VALUES (:id, 'xi-jinping', 'reported', 'Text', 0, 4)"
                    ),
                    {"id": article_id},
                )
        upgrade(database_url)
        with engine.connect() as connection:
            dates = dict(connection.execute(text("SELECT article_id, date FROM statements")).all())
        assert {key: value and str(value) for key, value in dates.items()} == {"a" * 16: "2023-07-30", "b" * 16: None}
    finally:
        engine.dispose()


def test_messages_stored_before_migration_0010_get_their_actors_countries(database_url):
    command.upgrade(alembic_config(database_url), "0009")
    engine = make_engine(database_url)
    try:
        with engine.begin() as connection:
            for actor, country in (("xi-jinping", "CHN"), ("hun-sen", "KHM"), ("antonio-guterres", None)):
                connection.execute(
                    text("INSERT INTO actors (id, name, kind, country) VALUES (:id, :id, 'person', :country)"),
                    {"id": actor, "country": country},
                )
            for sender, recipient in (("xi-jinping", "hun-sen"), ("hun-sen", "antonio-guterres")):
                connection.execute(
                    text("INSERT INTO messages (sender_id, recipient_id, kind) VALUES (:sender, :recipient, 'greeting')"),
                    {"sender": sender, "recipient": recipient},
                )
        upgrade(database_url)
        with engine.connect() as connection:
            countries = connection.execute(
                text("SELECT sender_id, sender_country, recipient_country FROM messages ORDER BY id")
            ).all()
        assert list(map(tuple, countries)) == [("xi-jinping", "CHN", "KHM"), ("hun-sen", "KHM", None)]
    finally:
        engine.dispose()


def test_messages_stored_before_migration_0011_are_counted_by_actor(database_url):
    command.upgrade(alembic_config(database_url), "0010")
    engine = make_engine(database_url)
    try:
        with engine.begin() as connection:
            for actor in ("xi-jinping", "hun-sen"):
                connection.execute(text("INSERT INTO actors (id, name, kind) VALUES (:id, :id, 'person')"), {"id": actor})
            for sender, recipient, kind in (
                ("xi-jinping", "hun-sen", "greeting"),
                ("xi-jinping", "hun-sen", "greeting"),
                ("hun-sen", "xi-jinping", "thanks"),
            ):
                connection.execute(
                    text("INSERT INTO messages (sender_id, recipient_id, kind) VALUES (:sender, :recipient, :kind)"),
                    {"sender": sender, "recipient": recipient, "kind": kind},
                )
        upgrade(database_url)
        with engine.connect() as connection:
            counts = connection.execute(text("SELECT role, actor_id, kind, messages FROM actor_message_counts")).all()
        assert sorted(map(tuple, counts)) == [
            ("recipient", "hun-sen", "greeting", 2),
            ("recipient", "xi-jinping", "thanks", 1),
            ("sender", "hun-sen", "thanks", 1),
            ("sender", "xi-jinping", "greeting", 2),
        ]
    finally:
        engine.dispose()


def test_messages_stored_before_migration_0012_are_counted_by_month(database_url):
    command.upgrade(alembic_config(database_url), "0011")
    engine = make_engine(database_url)
    try:
        with engine.begin() as connection:
            for actor in ("xi-jinping", "hun-sen"):
                connection.execute(text("INSERT INTO actors (id, name, kind) VALUES (:id, :id, 'person')"), {"id": actor})
            for kind, day in (("greeting", "2023-07-30"), ("greeting", "2023-07-02"), ("greeting", None), ("thanks", "2023-08-01")):
                connection.execute(
                    text("INSERT INTO messages (sender_id, recipient_id, kind, date) VALUES ('xi-jinping', 'hun-sen', :kind, :day)"),
                    {"kind": kind, "day": day},
                )
        upgrade(database_url)
        with engine.connect() as connection:
            counts = connection.execute(text("SELECT kind, month, messages FROM message_month_counts")).all()
        assert sorted(map(tuple, counts)) == [("greeting", "", 1), ("greeting", "2023-07", 2), ("thanks", "2023-08", 1)]
    finally:
        engine.dispose()


def test_statements_counted_before_migration_0013_are_counted_by_speaker_and_by_month(database_url):
    command.upgrade(alembic_config(database_url), "0012")
    engine = make_engine(database_url)
    try:
        with engine.begin() as connection:
            for actor in ("xi-jinping", "hun-sen"):
                connection.execute(text("INSERT INTO actors (id, name, kind) VALUES (:id, :id, 'person')"), {"id": actor})
            for speaker, kind, month, n in (
                ("xi-jinping", "direct", "2023-07", 2),
                ("xi-jinping", "direct", "2023-08", 1),
                ("hun-sen", "direct", "2023-07", 4),
                ("hun-sen", "reported", "", 1),
            ):
                connection.execute(
                    text("INSERT INTO statement_counts (speaker_id, kind, month, statements) VALUES (:s, :k, :m, :n)"),
                    {"s": speaker, "k": kind, "m": month, "n": n},
                )
        upgrade(database_url)
        with engine.connect() as connection:
            speakers = connection.execute(text("SELECT speaker_id, kind, statements FROM statement_speaker_counts")).all()
            months = connection.execute(text("SELECT kind, month, statements FROM statement_month_counts")).all()
        assert sorted(map(tuple, speakers)) == [("hun-sen", "direct", 4), ("hun-sen", "reported", 1), ("xi-jinping", "direct", 3)]
        assert sorted(map(tuple, months)) == [("direct", "2023-07", 6), ("direct", "2023-08", 1), ("reported", "", 1)]
    finally:
        engine.dispose()


def test_messages_stored_before_migration_0007_are_counted(database_url):
    command.upgrade(alembic_config(database_url), "0006")
    engine = make_engine(database_url)
    try:
        with engine.begin() as connection:
            for actor in ("xi-jinping", "hun-sen"):
                connection.execute(text("INSERT INTO actors (id, name, kind) VALUES (:id, :id, 'person')"), {"id": actor})
            for kind, day in (("greeting", "2023-07-30"), ("greeting", "2023-07-02"), ("greeting", None), ("condolence", "2023-07-30")):
                connection.execute(
                    text("INSERT INTO messages (sender_id, recipient_id, kind, date) VALUES ('xi-jinping', 'hun-sen', :kind, :day)"),
                    {"kind": kind, "day": day},
                )
        upgrade(database_url)
        with engine.connect() as connection:
            counts = connection.execute(text("SELECT sender_id, recipient_id, kind, month, messages FROM message_counts")).all()
        assert sorted(map(tuple, counts)) == [
            ("xi-jinping", "hun-sen", "condolence", "2023-07", 1),
            ("xi-jinping", "hun-sen", "greeting", "", 1),
            ("xi-jinping", "hun-sen", "greeting", "2023-07", 2),
        ]
    finally:
        engine.dispose()
