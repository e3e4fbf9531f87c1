"""Aggregates: messages and statements counted by actor, country, kind or period.

Counting is done in two steps: first by the raw column (an actor id or a date, which an
index serves in order), then the few resulting groups are rolled up to the key asked
for (an actor's country, a year). Joining every row to its actor first would cost a
lookup per row. Statements filtered by no more than speaker, country, kind and whole
months are counted from statement_counts (counts by speaker, kind and month) rather
than from the statements themselves.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, Literal

import pycountry
from sqlalchemy import ColumnElement, Connection, Select, String, cast, func, select

from app.models import Actor, Message, Statement, StatementCount
from app.queries.common import Recipient, Sender, Speaker, any_of, country_actors, present
from app.queries.messages import MessageFilters
from app.queries.statements import StatementFilters

MessageGroup = Literal["sender", "recipient", "sender_country", "recipient_country", "kind", "year", "month"]
StatementGroup = Literal["speaker", "speaker_country", "kind", "year", "month"]
PERIOD_LENGTH = {"year": 4, "month": 7}


def country_label(code: str | None) -> str:
    if code is None:
        return "No country"
    country = pycountry.countries.get(alpha_3=code)
    return country.name if country else code


def _count(connection: Connection, inner: Select, group: str) -> list[dict[str, Any]]:
    """Roll the (value, n) rows of `inner` up to `group`'s key and label."""
    grouped = inner.subquery("grouped")
    total = func.sum(grouped.c.n).label("count")
    if group in PERIOD_LENGTH:
        period = func.substr(cast(grouped.c.value, String), 1, PERIOD_LENGTH[group]).label("key")
        rows = connection.execute(select(period, total).group_by(period).order_by(period.asc().nulls_last()))
        return [{"key": key, "label": key or "Undated", "count": int(count)} for key, count in rows]
    if group.endswith("country"):
        rows = connection.execute(
            select(Actor.country, total).join(Actor, Actor.id == grouped.c.value).group_by(Actor.country)
        )
        counted = [{"key": code, "label": country_label(code), "count": int(count)} for code, count in rows]
    elif group == "kind":
        rows = connection.execute(select(grouped.c.value, total).group_by(grouped.c.value))
        counted = [{"key": kind, "label": kind, "count": int(count)} for kind, count in rows]
    else:
        rows = connection.execute(
            select(Actor.id, Actor.name, total).join(Actor, Actor.id == grouped.c.value).group_by(Actor.id, Actor.name)
        )
        counted = [{"key": key, "label": name, "count": int(count)} for key, name, count in rows]
    return sorted(
        counted, key=lambda group_row: (-group_row["count"], group_row["key"] is None, group_row["key"] or "")
    )


def _message_value(group: MessageGroup) -> ColumnElement:
    if group in ("sender", "sender_country"):
        return Message.sender_id
    if group in ("recipient", "recipient_country"):
        return Message.recipient_id
    if group == "kind":
        return Message.kind
    return Message.date


def message_stats(connection: Connection, group: MessageGroup, filters: MessageFilters) -> list[dict[str, Any]]:
    value = _message_value(group).label("value")
    inner = select(value, func.count().label("n")).select_from(Message)
    if filters.sender_country:
        inner = inner.join(Sender, Sender.id == Message.sender_id)
    if filters.recipient_country:
        inner = inner.join(Recipient, Recipient.id == Message.recipient_id)
    inner = inner.where(*filters.conditions(connection.dialect.name)).group_by(value)
    return _count(connection, inner, group)


def _statement_value(group: StatementGroup) -> ColumnElement:
    if group in ("speaker", "speaker_country"):
        return Statement.speaker_id
    if group == "kind":
        return Statement.kind
    return Statement.date


def _whole_months(start: date | None, end: date | None) -> bool:
    return (start is None or start.day == 1) and (end is None or (end + timedelta(days=1)).day == 1)


def _counted_statements(group: StatementGroup, filters: StatementFilters) -> Select | None:
    """(value, n) rows from statement_counts, or None if the filters need the statements themselves."""
    if filters.q or filters.article or filters.message or not _whole_months(filters.date_from, filters.date_to):
        return None
    counts = StatementCount
    if group in ("speaker", "speaker_country"):
        value = counts.speaker_id.label("value")
    elif group == "kind":
        value = counts.kind.label("value")
    else:
        value = func.nullif(counts.month, "").label("value")
    conditions = present(
        any_of(counts.speaker_id, filters.speaker),
        counts.speaker_id.in_(country_actors(filters.speaker_country)) if filters.speaker_country else None,
        any_of(counts.kind, filters.kind),
        counts.month >= filters.date_from.isoformat()[:7] if filters.date_from else None,
        counts.month <= filters.date_to.isoformat()[:7] if filters.date_to else None,
        counts.month != "" if filters.date_to else None,
    )
    return select(value, func.sum(counts.statements).label("n")).where(*conditions).group_by(value)


def statement_stats(connection: Connection, group: StatementGroup, filters: StatementFilters) -> list[dict[str, Any]]:
    counted = _counted_statements(group, filters)
    if counted is not None:
        return _count(connection, counted, group)
    value = _statement_value(group).label("value")
    inner = select(value, func.count().label("n")).select_from(Statement)
    if filters.speaker_country:
        inner = inner.join(Speaker, Speaker.id == Statement.speaker_id)
    inner = inner.where(*filters.conditions(connection.dialect.name)).group_by(value)
    return _count(connection, inner, group)
