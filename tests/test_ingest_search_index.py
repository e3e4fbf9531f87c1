"""The full-text index, which the ingest writer keeps a transaction at a time, stays in step
with the tables: after ingests, after a message's occasion is filled in by a later report
(in the same transaction or a later one), and after a delete. So do the countries the
writer copies onto each message from its actors, and its counts of messages and statements
by actor and by month."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import String, func, select, text
from sqlalchemy.orm import aliased
from ingest_fakes import article_json, write

from app.db import make_engine
from app.ingest.job import ingest
from app.ingest.writer import delete_article
from app.models import (
    Actor,
    ActorMessageCount,
    Article,
    Message,
    MessageMonthCount,
    Statement,
    StatementMonthCount,
    StatementSpeakerCount,
)
from app.queries import search


def matches(engine, searchable: search.Searchable, key, query: str) -> list:
    with engine.connect() as connection:
        condition = searchable.matching(connection.dialect.name, query)
        return list(connection.execute(select(key).where(condition).order_by(key)).scalars())


def check_index(engine) -> None:
    """FTS5's own check of each index against its table (raises if they differ); PostgreSQL's GIN
    indexes are part of the tables and need none."""
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            for searchable in search.SEARCHABLES:
                connection.exec_driver_sql(f"INSERT INTO {searchable.fts}({searchable.fts}, rank) VALUES ('integrity-check', 1)")


@pytest.fixture
def engine(database_url):
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


def test_index_follows_ingests_filled_occasions_and_deletes(database_url, engine, tmp_path, fake_extractor):
    greeting = "CAST: Xi Jinping/CHN>Hun Sen/KHM:greeting"
    letter = "CAST: Hun Sen/KHM>Xi Jinping/CHN:letter"
    first = [
        # the same message twice in one transaction, its occasion known from the second report
        article_json("Greetings sent", f"{greeting}\nOCCASION:\nSAYS: Xi Jinping|ties flourish", "2023-01-20", "A"),
        article_json("Greetings reported", f"{greeting}\nOCCASION: lunar festival", "2023-01-21", "B"),
        # a message stored without an occasion, which a later ingest fills in
        article_json("Letter delivered", f"{letter}\nOCCASION:\nSAYS: Hun Sen|friendship endures", "2023-03-01", "A"),
    ]
    write(tmp_path / "one" / "a.json", json.dumps(first))
    write(tmp_path / "two" / "b.json", json.dumps([article_json("Letter answered", f"{letter}\nOCCASION: harvest moon", "2023-03-02", "C")]))
    ingest([tmp_path / "one"], database_url, workers=1)
    ingest([tmp_path / "two"], database_url, workers=1)
    check_index(engine)

    with engine.connect() as connection:
        ids = dict(connection.execute(select(Article.title, Article.id)).all())
        occasions = dict(connection.execute(select(Message.kind, Message.id)).all())
    assert matches(engine, search.MESSAGES, Message.id, "lunar festival") == [occasions["greeting"]]
    assert matches(engine, search.MESSAGES, Message.id, "harvest") == [occasions["letter"]]
    assert matches(engine, search.ARTICLES, Article.id, "answered") == [ids["Letter answered"]]
    assert len(matches(engine, search.ARTICLES, Article.id, "greetings")) == 2
    assert len(matches(engine, search.STATEMENTS, Statement.id, "flourish OR endures")) == 2

    assert delete_article(engine, ids["Greetings sent"])
    check_index(engine)
    assert matches(engine, search.ARTICLES, Article.id, "greetings") == [ids["Greetings reported"]]
    assert matches(engine, search.STATEMENTS, Statement.id, "flourish") == []
    assert matches(engine, search.MESSAGES, Message.id, "lunar") == [occasions["greeting"]]


def test_the_index_check_sees_a_row_left_out(database_url, engine, tmp_path, fake_extractor):
    if engine.dialect.name != "sqlite":
        pytest.skip("FTS5 is SQLite's")
    write(tmp_path / "a.json", json.dumps([article_json("Indexed", "CAST: Xi Jinping/CHN>Hun Sen/KHM:greeting")]))
    ingest([tmp_path], database_url, workers=1)
    check_index(engine)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO articles (id, title, text, published_at_source, ingested_at, content_hash) "
                "VALUES ('0123456789abcdef', 'Left out', 'Left out of the index', 'none', '2026-01-01', 'x')"
            )
        )
    with pytest.raises(Exception, match="malformed"):
        check_index(engine)


def test_message_countries_are_their_actors_countries_through_ingests_and_deletes(database_url, engine, tmp_path, fake_extractor):
    def countries() -> tuple[list, list]:
        sender, recipient = aliased(Actor), aliased(Actor)
        with engine.connect() as connection:
            truth = connection.execute(
                select(Message.id, sender.country, recipient.country)
                .join(sender, sender.id == Message.sender_id)
                .join(recipient, recipient.id == Message.recipient_id)
                .order_by(Message.id)
            ).all()
            kept = connection.execute(
                select(Message.id, Message.sender_country, Message.recipient_country).order_by(Message.id)
            ).all()
        return [tuple(row) for row in truth], [tuple(row) for row in kept]

    # Hun Sen's country is unknown at first; the third article gives it, in a later ingest.
    write(tmp_path / "a.json", json.dumps([
        article_json("One", "CAST: Xi Jinping/CHN>Hun Sen:congratulation", "2023-07-02"),
        article_json("Two", "CAST: Hun Sen>Xi Jinping/CHN:thanks", "2023-07-10"),
    ]))  # fmt: skip
    write(tmp_path / "b.json", json.dumps([article_json("Three", "CAST: Hun Sen/KHM>Li Keqiang/CHN:greeting", "2023-08-01")]))
    ingest([tmp_path / "a.json"], database_url, workers=1)
    truth, kept = countries()
    assert kept == truth == [(1, "CHN", None), (2, None, "CHN")]
    ingest([tmp_path / "b.json"], database_url, workers=1)
    truth, kept = countries()
    assert kept == truth == [(1, "CHN", "KHM"), (2, "KHM", "CHN"), (3, "KHM", "CHN")]

    with engine.connect() as connection:
        article_id = connection.execute(select(Article.id).where(Article.title == "Two")).scalar_one()
    assert delete_article(engine, article_id)
    truth, kept = countries()
    assert kept == truth == [(1, "CHN", "KHM"), (3, "KHM", "CHN")]


def test_message_counts_by_actor_and_by_month_follow_ingests_and_deletes(database_url, engine, tmp_path, fake_extractor):
    def recount() -> tuple[list, list]:
        with engine.connect() as connection:
            counted = [
                (role, actor, kind, n)
                for role in ("sender", "recipient")
                for actor, kind, n in connection.execute(
                    select(getattr(Message, f"{role}_id"), Message.kind, func.count()).group_by(
                        getattr(Message, f"{role}_id"), Message.kind
                    )
                )
            ]
            kept = connection.execute(
                select(ActorMessageCount.role, ActorMessageCount.actor_id, ActorMessageCount.kind, ActorMessageCount.messages)
            ).all()
            month = func.coalesce(func.substr(func.cast(Message.date, String), 1, 7), "")
            by_month = connection.execute(select(Message.kind, month, func.count()).group_by(Message.kind, month)).all()
            months = connection.execute(
                select(MessageMonthCount.kind, MessageMonthCount.month, MessageMonthCount.messages)
            ).all()
        assert sorted(map(tuple, months)) == sorted(map(tuple, by_month))
        return sorted(counted), sorted(map(tuple, kept))

    xi_to_hun = "CAST: Xi Jinping/CHN>Hun Sen/KHM:congratulation"
    write(tmp_path / "a.json", json.dumps([
        article_json("One", xi_to_hun, "2023-07-02"),
        article_json("Two", xi_to_hun, "2023-09-28"),
        article_json("Three", "CAST: Hun Sen/KHM>Xi Jinping/CHN:greeting", "2023-08-01"),
    ]))  # fmt: skip
    ingest([tmp_path / "a.json"], database_url, workers=1)
    counted, kept = recount()
    assert kept == counted == [
        ("recipient", "hun-sen", "congratulation", 2),
        ("recipient", "xi-jinping", "greeting", 1),
        ("sender", "hun-sen", "greeting", 1),
        ("sender", "xi-jinping", "congratulation", 2),
    ]
    with engine.connect() as connection:
        gone = connection.execute(select(Article.id).where(Article.title.in_(["Two", "Three"]))).scalars().all()
    for article_id in gone:
        assert delete_article(engine, article_id)
    counted, kept = recount()
    assert kept == counted == [("recipient", "hun-sen", "congratulation", 1), ("sender", "xi-jinping", "congratulation", 1)]


def test_statement_counts_by_speaker_and_by_month_follow_ingests_and_deletes(database_url, engine, tmp_path, fake_extractor):
    def recount() -> tuple[list, list]:
        month = func.coalesce(func.substr(func.cast(Statement.date, String), 1, 7), "")
        with engine.connect() as connection:
            by_speaker = connection.execute(
                select(Statement.speaker_id, Statement.kind, func.count()).group_by(Statement.speaker_id, Statement.kind)
            ).all()
            by_month = connection.execute(select(Statement.kind, month, func.count()).group_by(Statement.kind, month)).all()
            speakers = connection.execute(select(StatementSpeakerCount.speaker_id, StatementSpeakerCount.kind, StatementSpeakerCount.statements)).all()
            months = connection.execute(select(StatementMonthCount.kind, StatementMonthCount.month, StatementMonthCount.statements)).all()
        assert sorted(map(tuple, speakers)) == sorted(map(tuple, by_speaker))
        assert sorted(map(tuple, months)) == sorted(map(tuple, by_month))
        return sorted(map(tuple, speakers)), sorted(map(tuple, months))

    write(tmp_path / "a.json", json.dumps([
        article_json("One", "SAYS: Xi Jinping/CHN|Peace matters.\nSAYS: Hun Sen/KHM|So it does.", "2023-07-02"),
        article_json("Two", "SAYS: Xi Jinping/CHN|Again, peace.", "2023-08-10"),
        article_json("Three", "SAYS: Xi Jinping/CHN|Undated words."),
    ]))  # fmt: skip
    ingest([tmp_path / "a.json"], database_url, workers=1)
    speakers, months = recount()
    assert speakers == [("hun-sen", "reported", 1), ("xi-jinping", "reported", 3)]
    assert months == [("reported", "", 1), ("reported", "2023-07", 2), ("reported", "2023-08", 1)]
    with engine.connect() as connection:
        gone = connection.execute(select(Article.id).where(Article.title.in_(["One", "Three"]))).scalars().all()
    for article_id in gone:
        assert delete_article(engine, article_id)
    assert recount() == ([("xi-jinping", "reported", 1)], [("reported", "2023-08", 1)])
