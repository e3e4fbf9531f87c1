"""Keyset pagination: ordered pages without OFFSET, and opaque cursors.

A sort is a list of keys ending in a unique column, so every row has one place.
The cursor carries the sort's name and the last row's key values; the next page
is the rows strictly after them. Inserting rows never shifts a page already read.

NULLs sort as the smallest value whatever the direction (first ascending, last
descending), SQLite's own order; they are read as a part of their own (Sort.segments),
so SQLite and PostgreSQL give the same pages.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import orjson
from sqlalchemy import ColumnElement, Connection, Select, and_, func, literal, or_, select, tuple_


class CursorError(ValueError):
    """A cursor that was not made by this sort, or not made by Chancery at all."""


def _date_or_none(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(value)


def integer(value: Any) -> int:
    if type(value) is not int or not -(2**63) <= value < 2**63:
        raise TypeError("expected a 64-bit integer")
    return value


def number(value: Any) -> float:
    if type(value) not in (int, float):
        raise TypeError("expected a number")
    return float(value)


def text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("expected a string")
    return value


@dataclass(frozen=True, slots=True)
class Key:
    """One ORDER BY term: the column, its label in the selected row, the direction."""

    column: ColumnElement
    label: str
    # Turns the JSON value stored in a cursor back into what the column compares with.
    decode: Callable[[Any], Any]
    descending: bool = False
    nullable: bool = False  # only a sort's first key may be

    def ordering(self) -> ColumnElement:
        return self.column.desc() if self.descending else self.column.asc()

    def bound(self, value: Any) -> ColumnElement:
        return literal(value, type_=self.column.type)


def date_key(column: ColumnElement, label: str, *, descending: bool = False) -> Key:
    return Key(column, label, _date_or_none, descending=descending, nullable=True)


def _after(keys: Sequence[Key], values: Sequence[Any]) -> ColumnElement:
    """Rows strictly after `values` in the order of `keys` (none of them NULL here)."""
    if len(keys) == 1:
        key = keys[0]
        return key.column < key.bound(values[0]) if key.descending else key.column > key.bound(values[0])
    if all(key.descending == keys[0].descending for key in keys):
        # A row value: SQLite and PostgreSQL read it as one range on a composite index.
        columns = tuple_(*(key.column for key in keys))
        bounds = tuple_(*(key.bound(value) for key, value in zip(keys, values, strict=True)))
        return columns < bounds if keys[0].descending else columns > bounds
    alternatives = []
    for position, key in enumerate(keys):
        ties = [earlier.column == earlier.bound(values[i]) for i, earlier in enumerate(keys[:position])]
        beyond = (
            key.column < key.bound(values[position]) if key.descending else key.column > key.bound(values[position])
        )
        alternatives.append(and_(*ties, beyond))
    return or_(*alternatives)


def _segment(query: Select, keys: Sequence[Key], values: Sequence[Any] | None) -> Select:
    if values is not None and keys:
        query = query.where(_after(keys, values))
    return query.order_by(*(key.ordering() for key in keys))


@dataclass(frozen=True, slots=True)
class Sort:
    """A named order; its last key must be unique."""

    name: str
    keys: tuple[Key, ...]

    def segments(self, query: Select, values: Sequence[Any] | None) -> list[Select]:
        """The queries that, run in turn, give the rows after `values` (from the start if None).

        A nullable first key splits the order in two: its NULLs come first ascending and
        last descending (SQLite's own order), each part read with a plain ORDER BY that an
        index serves, instead of one query whose OR over NULLs no index can.
        """
        first, rest = self.keys[0], self.keys[1:]
        if not first.nullable:
            return [_segment(query, self.keys, values)]
        valued = query.where(first.column.is_not(None))
        undated = query.where(first.column.is_(None))
        if values is None:
            parts = [(valued, self.keys, None), (undated, rest, None)]
            if not first.descending:
                parts.reverse()
        elif values[0] is None:  # the cursor is among the NULLs
            parts = [(undated, rest, values[1:])] + ([] if first.descending else [(valued, self.keys, None)])
        else:
            parts = [(valued, self.keys, values)] + ([(undated, rest, None)] if first.descending else [])
        return [_segment(part, keys, after) for part, keys, after in parts]

    def encode(self, row: Any) -> str:
        values = [getattr(row, key.label) for key in self.keys]
        raw = orjson.dumps([self.name, *values])
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")

    def decode(self, cursor: str) -> list[Any]:
        try:
            padded = cursor + "=" * (-len(cursor) % 4)
            name, *values = orjson.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
        except (binascii.Error, orjson.JSONDecodeError, UnicodeEncodeError, ValueError, TypeError) as error:
            raise CursorError("the cursor is not one this API returned") from error
        if name != self.name or len(values) != len(self.keys):
            raise CursorError(f"the cursor belongs to another sort than '{self.name}'")
        try:
            return [key.decode(value) for key, value in zip(self.keys, values, strict=True)]
        except (TypeError, ValueError) as error:
            raise CursorError("the cursor is not one this API returned") from error


@dataclass(slots=True)
class Page:
    """One page of rows, the cursor of the next page if there is one, and the total if asked."""

    rows: list[Any]
    next_cursor: str | None
    total: int | None = None


def fetch_page(
    connection: Connection,
    query: Select,
    sort: Sort,
    *,
    cursor: str | None,
    limit: int,
    shape: Callable[[Any], dict[str, Any]],
    with_total: bool = False,
) -> Page:
    """Run `query` in `sort` order from `cursor`; one extra row tells whether a next page exists.

    The total is a COUNT over every matching row, so it is computed only when asked.
    """
    values = sort.decode(cursor) if cursor is not None else None
    rows: list[Any] = []
    for segment in sort.segments(query, values):
        rows += connection.execute(segment.limit(limit + 1 - len(rows))).all()
        if len(rows) > limit:
            break
    next_cursor = sort.encode(rows[limit - 1]) if len(rows) > limit else None
    total = None
    if with_total:
        total = connection.execute(select(func.count()).select_from(query.order_by(None).subquery())).scalar_one()
    return Page([shape(row) for row in rows[:limit]], next_cursor, total)
