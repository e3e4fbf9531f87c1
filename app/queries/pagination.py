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
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date
from functools import lru_cache
from typing import Any, Literal, TypeVar

import orjson
from sqlalchemy import ColumnElement, Connection, Select, and_, bindparam, func, or_, select, tuple_


T = TypeVar("T")


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

    def bound(self, name: str) -> ColumnElement:
        """The parameter `name`, of this key's type: a value from the cursor."""
        return bindparam(name, type_=self.column.type)


def date_key(column: ColumnElement, label: str, *, descending: bool = False) -> Key:
    return Key(column, label, _date_or_none, descending=descending, nullable=True)


def _after(keys: Sequence[Key], names: Sequence[str]) -> ColumnElement:
    """Rows strictly after the cursor in the order of `keys` (none of them NULL here), its
    values being the parameters `names`."""
    bounds = [key.bound(name) for key, name in zip(keys, names, strict=True)]
    if len(keys) == 1:
        key = keys[0]
        return key.column < bounds[0] if key.descending else key.column > bounds[0]
    if all(key.descending == keys[0].descending for key in keys):
        # A row value: SQLite and PostgreSQL read it as one range on a composite index.
        columns = tuple_(*(key.column for key in keys))
        return columns < tuple_(*bounds) if keys[0].descending else columns > tuple_(*bounds)
    alternatives = []
    for position, key in enumerate(keys):
        ties = [earlier.column == bounds[i] for i, earlier in enumerate(keys[:position])]
        beyond = key.column < bounds[position] if key.descending else key.column > bounds[position]
        alternatives.append(and_(*ties, beyond))
    return or_(*alternatives)


# The parameters of a segment: the cursor's values, then the rows to read.
AFTER = [f"after_{position}" for position in range(8)]
ROWS = "page_rows"


def _segment(query: Select, keys: Sequence[Key], after: Sequence[str] | None) -> Select:
    if after is not None and keys:
        query = query.where(_after(keys, after))
    return query.order_by(*(key.ordering() for key in keys)).limit(bindparam(ROWS))


# Where a cursor stands: none (the first page), on a row with a value of the first key, or
# on one without (a nullable first key's NULLs).
Position = Literal["start", "valued", "null"]


@dataclass(frozen=True, slots=True)
class Sort:
    """A named order; its last key must be unique."""

    name: str
    keys: tuple[Key, ...]

    def segments(self, query: Select, position: Position) -> list[Select]:
        """The queries that, run in turn with the cursor's values as parameters (`AFTER`) and
        the rows wanted (`ROWS`), give the rows after the cursor (from the start if none).

        A nullable first key splits the order in two: its NULLs come first ascending and
        last descending (SQLite's own order), each part read with a plain ORDER BY that an
        index serves, instead of one query whose OR over NULLs no index can.
        """
        first, rest = self.keys[0], self.keys[1:]
        names = AFTER[: len(self.keys)]
        if not first.nullable:
            return [_segment(query, self.keys, None if position == "start" else names)]
        valued = query.where(first.column.is_not(None))
        undated = query.where(first.column.is_(None))
        if position == "start":
            parts = [(valued, self.keys, None), (undated, rest, None)]
            if not first.descending:
                parts.reverse()
        elif position == "null":  # the cursor is among the NULLs
            parts = [(undated, rest, names[1:])] + ([] if first.descending else [(valued, self.keys, None)])
        else:
            parts = [(valued, self.keys, names)] + ([(undated, rest, None)] if first.descending else [])
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


# Statements whose pages are built once (see `segments`), by id: the module constants marked
# by `built_once`, and those `kept` for the filters that made them while they are in use.
_REUSED: dict[int, Select] = {}
_KEPT: OrderedDict[Hashable, tuple[Any, list[Select]]] = OrderedDict()
KEPT = 256
_LOCK = threading.Lock()


def built_once(query: Select) -> Select:
    """Mark a statement that lives for good (a module's constant): its pages are built once too."""
    _REUSED[id(query)] = query
    return query


def kept(key: Hashable, build: Callable[[], T], statements: Callable[[T], Iterable[Select]] = lambda value: [value]) -> T:
    """What `build()` makes (a statement, by default), kept under `key` (all that determines it:
    the list and its filters' values) for the next request with the same key; the pages of
    its `statements` are then built once too. The KEPT most recently used are kept."""
    with _LOCK:
        found = _KEPT.get(key)
        if found is not None:
            _KEPT.move_to_end(key)
            return found[0]
    value = build()
    with _LOCK:
        if key in _KEPT:  # another thread built it meanwhile: one of the two is kept
            return _KEPT[key][0]
        _KEPT[key] = (value, list(statements(value)))
        for statement in _KEPT[key][1]:
            _REUSED[id(statement)] = statement
        while len(_KEPT) > KEPT:
            _, (_, old) = _KEPT.popitem(last=False)
            for statement in old:
                _REUSED.pop(id(statement), None)
    return value


def filters_key(filters: Any) -> tuple:
    """A dataclass of filters as a hashable key: its fields' values, lists as tuples."""
    values = (getattr(filters, field.name) for field in fields(filters))
    return tuple(tuple(value) if isinstance(value, list) else value for value in values)


@lru_cache(maxsize=KEPT)
def _reused_segments(query: Select, sort: Sort, position: Position) -> list[Select]:
    return sort.segments(query, position)


def segments(query: Select, sort: Sort, position: Position) -> list[Select]:
    """sort.segments, built once for a statement that is reused (`built_once`, `kept`):
    building them costs more than running a page of them."""
    if _REUSED.get(id(query)) is query:
        return _reused_segments(query, sort, position)
    return sort.segments(query, position)


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
    parameters: dict[str, Any] | None = None,
) -> Page:
    """Run `query` in `sort` order from `cursor`; one extra row tells whether a next page exists.
    `parameters`: values of the query's own parameters, if it has any.

    The total is a COUNT over every matching row, so it is computed only when asked.
    """
    values = sort.decode(cursor) if cursor is not None else None
    position: Position = "start" if values is None else ("null" if values[0] is None else "valued")
    parameters = {**(parameters or {}), **dict(zip(AFTER, values or (), strict=False))}
    rows: list[Any] = []
    for segment in segments(query, sort, position):
        rows += connection.execute(segment, {**parameters, ROWS: limit + 1 - len(rows)}).all()
        if len(rows) > limit:
            break
    next_cursor = sort.encode(rows[limit - 1]) if len(rows) > limit else None
    total = None
    if with_total:
        count = select(func.count()).select_from(query.order_by(None).subquery())
        total = connection.execute(count, parameters).scalar_one()
    return Page([shape(row) for row in rows[:limit]], next_cursor, total)
