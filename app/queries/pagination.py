"""Keyset pagination: ordered pages without OFFSET, and opaque cursors.

A sort is a list of keys ending in a unique column, so every row has one place.
The cursor carries the sort's name and the last row's key values; the next page
is the rows strictly after them. Inserting rows never shifts a page already read.

NULLs sort as the smallest value whatever the direction (first ascending, last
descending), which is SQLite's natural order: an index on the column serves the
ORDER BY as it stands. PostgreSQL is told so explicitly (NULLS FIRST / LAST).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import orjson
from sqlalchemy import ColumnElement, Connection, Select, and_, false, func, or_, select, true


class CursorError(ValueError):
    """A cursor that was not made by this sort, or not made by Chancery at all."""


def _identity(value: Any) -> Any:
    return value


def _date_or_none(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(value)


def integer(value: Any) -> int:
    if type(value) is not int:
        raise TypeError("expected an integer")
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
    descending: bool = False
    nullable: bool = False
    # Turns the JSON value stored in a cursor back into what the column compares with.
    decode: Callable[[Any], Any] = _identity

    def ordering(self) -> ColumnElement:
        if self.descending:
            term = self.column.desc()
            return term.nulls_last() if self.nullable else term
        term = self.column.asc()
        return term.nulls_first() if self.nullable else term

    def equal(self, value: Any) -> ColumnElement:
        if value is None:
            return self.column.is_(None)
        return self.column == value

    def after(self, value: Any) -> ColumnElement:
        """Rows strictly after `value` on this key alone."""
        if self.descending:
            if value is None:
                return false()
            beyond = self.column < value
            return or_(beyond, self.column.is_(None)) if self.nullable else beyond
        if value is None:
            return self.column.is_not(None)
        return self.column > value

    def at_or_after(self, value: Any) -> ColumnElement:
        """A range on this key alone that an index can serve."""
        if self.descending:
            if value is None:
                return self.column.is_(None)
            bound = self.column <= value
            return or_(bound, self.column.is_(None)) if self.nullable else bound
        if value is None:
            return true()
        return self.column >= value


def date_key(column: ColumnElement, label: str, *, descending: bool = False) -> Key:
    return Key(column, label, descending=descending, nullable=True, decode=_date_or_none)


@dataclass(frozen=True, slots=True)
class Sort:
    """A named order; its last key must be unique."""

    name: str
    keys: tuple[Key, ...]

    def apply(self, query: Select, cursor: str | None, limit: int) -> Select:
        """ORDER BY the keys, keep the rows after the cursor, fetch one more than the page."""
        if cursor is not None:
            values = self.decode(cursor)
            query = query.where(self.keys[0].at_or_after(values[0]), self._after(values))
        return query.order_by(*(key.ordering() for key in self.keys)).limit(limit + 1)

    def _after(self, values: Sequence[Any]) -> ColumnElement:
        alternatives = []
        for position, key in enumerate(self.keys):
            ties = [earlier.equal(values[i]) for i, earlier in enumerate(self.keys[:position])]
            alternatives.append(and_(*ties, key.after(values[position])))
        return or_(*alternatives)

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
    rows = connection.execute(sort.apply(query, cursor, limit)).all()
    next_cursor = sort.encode(rows[limit - 1]) if len(rows) > limit else None
    total = None
    if with_total:
        total = connection.execute(select(func.count()).select_from(query.order_by(None).subquery())).scalar_one()
    return Page([shape(row) for row in rows[:limit]], next_cursor, total)
