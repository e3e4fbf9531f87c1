"""Aggregates: messages and statements counted by actor, country, kind or period.

Counting is done in two steps: first by the raw column (an actor id or a date, which an
index serves in order), then the few resulting groups are rolled up to the key asked
for (an actor's country, a year). Joining every row to its actor first would cost a
lookup per row.

Where the filters allow, counts kept by the ingest writer are read instead of the rows,
the smallest table that holds what is asked:
- messages filtered by no more than kind: actor_message_counts (a row per actor, role and
  kind), by actor, country or kind;
- messages filtered by no more than kind and whole months: message_month_counts (a row per
  kind and month), by period or kind;
- messages filtered by actors or countries (and by no more than kind and whole months
  besides): message_counts (a row per sender, recipient, kind and month; nearly as many
  rows as messages, which is why the two above exist);
- statements filtered by no more than speakers, countries, kind and whole months:
  statement_counts, or the smaller statement_speaker_counts (no speaker or date filter) and
  statement_month_counts (no speaker filter).

Aggregates whose filters need the rows themselves (a search, an article, dates within a
month) are stopped after AGGREGATE_SECONDS (AggregateTooLong, answered 503) rather than
hold a worker for as long as it takes; the others read whole indexes or count tables,
bounded by the data, and are kept in the result cache once computed.
"""

from __future__ import annotations

import dataclasses
from contextlib import nullcontext
from datetime import date, timedelta
from typing import Any, Literal

import pycountry
from sqlalchemy import ColumnElement, Connection, Select, String, cast, func, select

from app.models import (
    Actor,
    ActorMessageCount,
    Message,
    MessageCount,
    MessageMonthCount,
    Statement,
    StatementCount,
    StatementMonthCount,
    StatementSpeakerCount,
)
from app.queries.common import Speaker, any_of, country_actors, present
from app.queries.messages import MessageFilters
from app.queries.search import time_limit
from app.queries.statements import StatementFilters

MessageGroup = Literal["sender", "recipient", "sender_country", "recipient_country", "kind", "year", "month"]
StatementGroup = Literal["speaker", "speaker_country", "kind", "year", "month"]
PERIOD_LENGTH = {"year": 4, "month": 7}
AGGREGATE_SECONDS = 1.0


class AggregateTooLong(Exception):
    """An aggregate ran past AGGREGATE_SECONDS and was stopped."""


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


def _counted_messages(group: MessageGroup, filters: MessageFilters) -> Select | None:
    """(value, n) rows from message_counts; None if the filters need the messages themselves,
    or if no actor filter narrows the counts to a few rows."""
    if filters.q or filters.article or not _whole_months(filters.date_from, filters.date_to):
        return None
    if not (filters.sender or filters.recipient or filters.sender_country or filters.recipient_country):
        return None
    counts = MessageCount
    if group in ("sender", "sender_country"):
        value = counts.sender_id.label("value")
    elif group in ("recipient", "recipient_country"):
        value = counts.recipient_id.label("value")
    elif group == "kind":
        value = counts.kind.label("value")
    else:
        value = func.nullif(counts.month, "").label("value")
    conditions = present(
        any_of(counts.sender_id, filters.sender),
        any_of(counts.recipient_id, filters.recipient),
        counts.sender_id.in_(country_actors(filters.sender_country)) if filters.sender_country else None,
        counts.recipient_id.in_(country_actors(filters.recipient_country)) if filters.recipient_country else None,
        any_of(counts.kind, filters.kind),
        *_months(counts.month, filters.date_from, filters.date_to),
    )
    return select(value, func.sum(counts.messages).label("n")).where(*conditions).group_by(value)


def _counted_by_actor(group: MessageGroup, filters: MessageFilters) -> Select | None:
    """(value, n) rows from actor_message_counts; None for a period or for filters other than kind."""
    if group in PERIOD_LENGTH or dataclasses.replace(filters, kind=None) != MessageFilters():
        return None
    counts = ActorMessageCount
    role = "recipient" if group in ("recipient", "recipient_country") else "sender"
    value = (counts.kind if group == "kind" else counts.actor_id).label("value")
    conditions = present(counts.role == role, any_of(counts.kind, filters.kind))
    return select(value, func.sum(counts.messages).label("n")).where(*conditions).group_by(value)


def _counted_by_month(group: MessageGroup, filters: MessageFilters) -> Select | None:
    """(value, n) rows from message_month_counts, by period or kind; None for filters other
    than kind and whole months."""
    if group not in (*PERIOD_LENGTH, "kind") or not _whole_months(filters.date_from, filters.date_to):
        return None
    if dataclasses.replace(filters, kind=None, date_from=None, date_to=None) != MessageFilters():
        return None
    counts = MessageMonthCount
    value = (counts.kind if group == "kind" else func.nullif(counts.month, "")).label("value")
    conditions = present(any_of(counts.kind, filters.kind), *_months(counts.month, filters.date_from, filters.date_to))
    return select(value, func.sum(counts.messages).label("n")).where(*conditions).group_by(value)


def message_stats(connection: Connection, group: MessageGroup, filters: MessageFilters) -> list[dict[str, Any]]:
    counted = _counted_messages(group, filters)
    if counted is None:
        counted = _counted_by_actor(group, filters)
    if counted is None:
        counted = _counted_by_month(group, filters)
    if counted is not None:
        return _count(connection, counted, group)
    with _limited(connection, filters.q or filters.article, filters.date_from, filters.date_to):
        return _count(connection, _message_rows(connection, group, filters), group)


def _limited(connection: Connection, needs_rows: Any, start: date | None, end: date | None):
    """The time limit, for filters that need every matching row; else no limit."""
    if needs_rows or not _whole_months(start, end):
        return time_limit(connection, AGGREGATE_SECONDS, AggregateTooLong)
    return nullcontext()


def _message_rows(connection: Connection, group: MessageGroup, filters: MessageFilters) -> Select:
    value = _message_value(group).label("value")
    inner = select(value, func.count().label("n")).select_from(Message)
    return inner.where(*filters.conditions(connection.dialect.name)).group_by(value)


def _statement_value(group: StatementGroup) -> ColumnElement:
    if group in ("speaker", "speaker_country"):
        return Statement.speaker_id
    if group == "kind":
        return Statement.kind
    return Statement.date


def _whole_months(start: date | None, end: date | None) -> bool:
    return (start is None or start.day == 1) and (end is None or (end + timedelta(days=1)).day == 1)


def _months(month: ColumnElement, start: date | None, end: date | None) -> list[ColumnElement]:
    """Conditions on a count table's month ('YYYY-MM', '' undated) for whole months from start to end."""
    return present(
        month >= start.isoformat()[:7] if start else None,
        month <= end.isoformat()[:7] if end else None,
        month != "" if end else None,
    )


def _statement_counts(group: StatementGroup, filters: StatementFilters) -> type:
    """The smallest count table holding what `group` and `filters` need."""
    by_speaker = filters.speaker or filters.speaker_country
    if not by_speaker and not (filters.date_from or filters.date_to) and group not in PERIOD_LENGTH:
        return StatementSpeakerCount
    if not by_speaker and group not in ("speaker", "speaker_country"):
        return StatementMonthCount
    return StatementCount


def _counted_statements(group: StatementGroup, filters: StatementFilters) -> Select | None:
    """(value, n) rows from a count table, or None if the filters need the statements themselves."""
    if filters.q or filters.article or filters.message or not _whole_months(filters.date_from, filters.date_to):
        return None
    counts: Any = _statement_counts(group, filters)
    if group in ("speaker", "speaker_country"):
        value = counts.speaker_id.label("value")
    elif group == "kind":
        value = counts.kind.label("value")
    else:
        value = func.nullif(counts.month, "").label("value")
    # A table without speakers (or months) is chosen only when no filter needs them.
    conditions = present(
        any_of(counts.speaker_id, filters.speaker) if filters.speaker else None,
        counts.speaker_id.in_(country_actors(filters.speaker_country)) if filters.speaker_country else None,
        any_of(counts.kind, filters.kind),
        *(_months(counts.month, filters.date_from, filters.date_to) if filters.date_from or filters.date_to else []),
    )
    return select(value, func.sum(counts.statements).label("n")).where(*conditions).group_by(value)


def statement_stats(connection: Connection, group: StatementGroup, filters: StatementFilters) -> list[dict[str, Any]]:
    counted = _counted_statements(group, filters)
    if counted is not None:
        return _count(connection, counted, group)
    with _limited(connection, filters.q or filters.article or filters.message, filters.date_from, filters.date_to):
        value = _statement_value(group).label("value")
        inner = select(value, func.count().label("n")).select_from(Statement)
        if filters.speaker_country:
            inner = inner.join(Speaker, Speaker.id == Statement.speaker_id)
        inner = inner.where(*filters.conditions(connection.dialect.name)).group_by(value)
        return _count(connection, inner, group)
