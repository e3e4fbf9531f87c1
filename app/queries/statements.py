"""Statements: what articles attribute to a speaker, pinned to offsets in the text."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import Connection, Select, select

from app.models import Statement
from app.queries import search
from app.queries.common import (
    Speaker,
    Unindexed,
    actor_columns,
    any_of,
    by_actor,
    by_country,
    is_common,
    present,
)
from app.queries.pagination import Key, Page, Sort, built_once, integer

SORTS = {
    sort.name: sort
    for sort in (
        Sort("id", (Key(Statement.id, "id", decode=integer),)),
        Sort("-id", (Key(Statement.id, "id", decode=integer, descending=True),)),
        # Best match first; needs `q` (see search.searched_page).
        Sort(search.RELEVANCE, (Key(Statement.id, "id", decode=integer),)),
    )
}
DEFAULT_SORT = "id"


@dataclass(slots=True)
class StatementFilters:
    """Each list is OR within itself; the filters are ANDed. Dates are the article's (copied onto statements)."""

    q: str | None = None
    speaker: list[str] | None = None
    speaker_country: list[str] | None = None
    kind: list[str] | None = None
    article: list[str] | None = None
    message: list[int] | None = None
    date_from: date | None = None
    date_to: date | None = None
    # Check the speaker filters while walking the page's order (see common.by_actor).
    walk: bool = False

    def actor_conditions(self, walk: bool) -> list:
        return present(
            by_actor(self.speaker, Statement.speaker_id, walk),
            by_country(self.speaker_country, Statement.speaker_id, Speaker.country, walk),
        )

    def conditions(self, dialect: str) -> list:
        return present(
            search.STATEMENTS.matching(dialect, self.q) if self.q else None,
            *self.actor_conditions(self.walk),
            any_of(Unindexed(Statement.kind), self.kind),
            any_of(Statement.article_id, self.article),
            any_of(Statement.message_id, self.message),
            Statement.date >= self.date_from if self.date_from else None,
            Statement.date <= self.date_to if self.date_to else None,
        )


def planned(connection: Connection, filters: StatementFilters) -> StatementFilters:
    """The filters, their speaker filters to be walked in order if together they match many statements."""
    found = filters.actor_conditions(walk=False)
    return replace(filters, walk=bool(found) and is_common(connection, found))


# Built once: a statement is immutable, and building this one costs more than running a page of it.
STATEMENTS = built_once(
    select(
        Statement.id,
        Statement.article_id,
        Statement.message_id,
        Statement.kind,
        Statement.text,
        Statement.start,
        Statement.end,
        *actor_columns(Speaker, "speaker"),
    ).join(Speaker, Speaker.id == Statement.speaker_id)
)


def statement_query(filters: StatementFilters, dialect: str) -> Select:
    conditions = filters.conditions(dialect)
    return STATEMENTS.where(*conditions) if conditions else STATEMENTS


def statement_dict(row: Any) -> dict[str, Any]:
    # By position (statement_query's column order): this runs for every row of every page.
    (
        statement_id, article_id, message_id, kind, text, start, end,
        speaker_id, speaker_name, speaker_kind, speaker_country,
    ) = row[:11]  # fmt: skip
    return {
        "id": statement_id,
        "article_id": article_id,
        "speaker": {"id": speaker_id, "name": speaker_name, "kind": speaker_kind, "country": speaker_country},
        "kind": kind,
        "text": text,
        "start": start,
        "end": end,
        "message_id": message_id,
    }


def list_statements(
    connection: Connection,
    filters: StatementFilters,
    *,
    sort: str,
    cursor: str | None,
    limit: int,
    with_total: bool = False,
) -> Page:
    return search.filtered_page(
        connection,
        statement_query,
        planned(connection, filters),
        search.STATEMENTS,
        sort=SORTS[sort],
        cursor=cursor,
        limit=limit,
        shape=statement_dict,
        with_total=with_total,
    )


def get_statement(connection: Connection, statement_id: int) -> dict[str, Any] | None:
    row = connection.execute(
        statement_query(StatementFilters(), connection.dialect.name).where(Statement.id == statement_id)
    ).first()
    return None if row is None else statement_dict(row)
