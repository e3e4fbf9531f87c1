"""A digest of the stored content: equal for equal content, whatever the order or time of ingest.

Rows are hashed in the order of their natural keys. Surrogate keys (message and statement
ids), ingest times and batch names are left out; a message is named by its first report
(article and offset), so which reports were merged into one message still counts.
"""
from __future__ import annotations

import hashlib

import orjson
from sqlalchemy import Engine, func, select

from app.ingest.writer import actor_aliases, actor_titles, actors, articles, message_reports, messages, statements


def _first_reports():
    ranked = select(
        message_reports.c.message_id,
        message_reports.c.article_id,
        message_reports.c.start,
        func.row_number()
        .over(
            partition_by=message_reports.c.message_id,
            order_by=(message_reports.c.article_id, message_reports.c.start, message_reports.c.end),
        )
        .label("rank"),
    ).subquery()
    return select(ranked.c.message_id, ranked.c.article_id, ranked.c.start).where(ranked.c.rank == 1).subquery()


def _queries():
    a = articles.c
    yield "articles", select(
        a.id, a.title, a.text, a.source, a.url, a.published_at, a.published_at_source, a.content_hash
    ).order_by(a.id)
    yield "actors", select(actors.c.id, actors.c.name, actors.c.kind, actors.c.country).order_by(actors.c.id)
    yield "actor_aliases", select(actor_aliases.c.actor_id, actor_aliases.c.alias).order_by(
        actor_aliases.c.actor_id, actor_aliases.c.alias
    )
    yield "actor_titles", select(actor_titles.c.actor_id, actor_titles.c.article_id, actor_titles.c.title).order_by(
        actor_titles.c.actor_id, actor_titles.c.article_id
    )
    first = _first_reports()
    m, r = messages.c, message_reports.c
    yield "message_reports", (
        select(m.sender_id, m.recipient_id, m.kind, m.date, m.occasion, first.c.article_id, first.c.start, r.article_id, r.start, r.end)
        .select_from(message_reports.join(messages, r.message_id == m.id).join(first, first.c.message_id == m.id))
        .order_by(first.c.article_id, first.c.start, r.article_id, r.start, r.end)
    )
    s = statements.c
    yield "statements", (
        select(s.article_id, s.start, s.end, s.speaker_id, s.kind, s.text, first.c.article_id, first.c.start)
        .select_from(statements.outerjoin(first, first.c.message_id == s.message_id))
        .order_by(s.article_id, s.start, s.end)
    )


def digest(engine: Engine) -> str:
    """SHA-256 over every table's content, in key order."""
    hasher = hashlib.sha256()
    with engine.connect() as connection:
        for name, query in _queries():
            hasher.update(f"\x1e{name}\n".encode())
            for row in connection.execute(query).yield_per(5000):
                hasher.update(orjson.dumps(list(row)) + b"\n")
    return hasher.hexdigest()
