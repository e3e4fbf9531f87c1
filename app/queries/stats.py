"""Aggregates: messages and statements counted by actor, country, kind or period.

Counting is done in two steps: first by the raw column (an actor id or a date, which an
index serves in order), then the few resulting groups are rolled up to the key asked
for (an actor's country, a year). Joining every row to its actor first would cost a
lookup per row.
"""

from __future__ import annotations

from typing import Any, Literal

import pycountry
from sqlalchemy import ColumnElement, Connection, Select, String, cast, func, select

from app.models import Actor, Message, Statement
from app.queries.common import Recipient, Sender, Speaker
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


def statement_stats(connection: Connection, group: StatementGroup, filters: StatementFilters) -> list[dict[str, Any]]:
    value = _statement_value(group).label("value")
    inner = select(value, func.count().label("n")).select_from(Statement)
    if filters.speaker_country:
        inner = inner.join(Speaker, Speaker.id == Statement.speaker_id)
    inner = inner.where(*filters.conditions(connection.dialect.name)).group_by(value)
    return _count(connection, inner, group)
