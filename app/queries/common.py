"""Pieces shared by the queries: actor references and filter helpers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement
from sqlalchemy.orm import aliased

from app.models import Actor

Sender = aliased(Actor, name="sender")
Recipient = aliased(Actor, name="recipient")
Speaker = aliased(Actor, name="speaker")


def actor_columns(actor: Any, prefix: str) -> list[ColumnElement]:
    """The columns of an actor reference, labelled `<prefix>_id`, `<prefix>_name` ..."""
    return [
        actor.id.label(f"{prefix}_id"),
        actor.name.label(f"{prefix}_name"),
        actor.kind.label(f"{prefix}_kind"),
        actor.country.label(f"{prefix}_country"),
    ]


def any_of(column: ColumnElement, values: Sequence[Any] | None) -> ColumnElement | None:
    """A repeated parameter means OR: the column equals any of the values; none given, no condition."""
    if not values:
        return None
    if len(values) == 1:
        return column == values[0]
    return column.in_(list(values))


def present(*conditions: ColumnElement | None) -> list[ColumnElement]:
    """The conditions that apply (filters not given are None); the query ANDs them."""
    return [condition for condition in conditions if condition is not None]
