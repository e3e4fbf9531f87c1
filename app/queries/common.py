"""Pieces shared by the queries: actor references and filter helpers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, func, literal, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import aliased
from sqlalchemy.sql.visitors import InternalTraversal

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


class Unindexed(ColumnElement):
    """A column to check on rows found otherwise, never to search by (SQLite: unary +).

    For columns with a handful of values (kinds, outlets, countries): without table
    statistics SQLite would fetch every row of a kind through its index and sort them all,
    where walking the index of the page's order finds a page of them within a few hundred
    rows. Selective filters (an actor, an article) still lead.
    """

    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]

    def __init__(self, column: ColumnElement) -> None:
        self.column = column
        self.type = column.type


@compiles(Unindexed)
def _compile_unindexed(element: Unindexed, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.column, **kw)


@compiles(Unindexed, "sqlite")
def _compile_unindexed_sqlite(element: Unindexed, compiler: Any, **kw: Any) -> str:
    return "+" + compiler.process(element.column, **kw)


# Actor filters matching at least this many rows are walked in the page's order (see by_actor).
COMMON_ROWS = 5_000


def country_actors(codes: Sequence[str]) -> Select:
    return select(Actor.id).where(any_of(Actor.country, codes))


def is_common(connection: Connection, conditions: Sequence[ColumnElement]) -> bool:
    """Whether at least COMMON_ROWS rows meet all the conditions (a count that stops there)."""
    rows = select(literal(1)).where(*conditions).limit(COMMON_ROWS).subquery()
    return connection.execute(select(func.count()).select_from(rows)).scalar_one() >= COMMON_ROWS


def by_actor(ids: Sequence[str] | None, actor_column: ColumnElement, walk: bool) -> ColumnElement | None:
    """Rows whose actor is one of `ids` (or whose actor's country is one of these codes, on
    rows that hold it).

    The actor filters of a list are planned together (see the `planned` function of each
    query module): when they match few rows, their indexes find the rows, which are then
    sorted; when they match many (`walk`), each row met while walking the index of the
    page's order is checked, and a page is found early. Without table statistics SQLite
    cannot tell the two apart, so the count of is_common does.
    """
    return any_of(Unindexed(actor_column) if walk else actor_column, ids)


def by_country(
    codes: Sequence[str] | None, actor_column: ColumnElement, actor_country: ColumnElement, walk: bool
) -> ColumnElement | None:
    """Rows whose actor is of one of the countries: found through the countries' actors, or
    checked on the joined actor while walking (see by_actor)."""
    if not codes:
        return None
    if walk:
        return any_of(Unindexed(actor_country), codes)
    return actor_column.in_(country_actors(codes))
