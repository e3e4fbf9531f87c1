"""Whole result sets as CSV or JSON lines, streamed in constant memory.

Rows come from a server-side cursor a batch at a time and are encoded a batch at a
time, so memory does not grow with the number of rows.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any, Literal

import orjson
from sqlalchemy import Engine, Select, literal_column

from app.models import Article, Message, Statement
from app.queries.articles import ArticleFilters, article_query
from app.queries.messages import MessageFilters, message_query
from app.queries.statements import StatementFilters, statement_query

Format = Literal["csv", "jsonl"]
BATCH = 2000

MESSAGE_COLUMNS = [
    "id", "sender_id", "sender_name", "sender_country", "recipient_id", "recipient_name", "recipient_country",
    "kind", "occasion", "date", "report_count",
]  # fmt: skip
STATEMENT_COLUMNS = [
    "id", "article_id", "speaker_id", "speaker_name", "speaker_country", "kind", "start", "end", "message_id", "text",
]  # fmt: skip
ARTICLE_COLUMNS = ["id", "title", "source", "url", "published_at", "published_at_source", "ingested_at", "text"]

MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson"}


def messages_query(filters: MessageFilters, dialect: str) -> Select:
    return message_query(filters, dialect).order_by(Message.id)


def statements_query(filters: StatementFilters, dialect: str) -> Select:
    return statement_query(filters, dialect).order_by(Statement.id)


def articles_query(filters: ArticleFilters, dialect: str) -> Select:
    """Articles in the order they were stored: on SQLite the table's own (rowid) order, which
    reads the file front to back; by article id (a hash) a page would be read for each row."""
    order = [literal_column("articles.rowid")] if dialect == "sqlite" else [Article.ingested_at, Article.id]
    return article_query(filters, dialect).add_columns(Article.text).order_by(*order)


def stream(
    engine: Engine,
    build: Callable[[Any, str], Select],
    filters: Any,
    columns: list[str],
    fmt: Format,
) -> Iterator[bytes]:
    """Encoded batches of the rows `build(filters, dialect)` selects, header first for CSV."""
    if fmt == "csv":
        yield _csv_batch([columns])
    with engine.connect() as connection:
        query = build(filters, connection.dialect.name)
        result = connection.execution_options(stream_results=True, yield_per=BATCH).execute(query)
        for batch in result.partitions(BATCH):
            values = [[getattr(row, column) for column in columns] for row in batch]
            yield _csv_batch(values) if fmt == "csv" else _jsonl_batch(values, columns)


# A field holding any of these is quoted, its quotes doubled (RFC 4180; what the csv
# module writes). Done with str methods: the csv module's writer goes a character at a
# time, which on article texts (thousands of characters) was most of an export's time.
_NEEDS_QUOTES = re.compile(r'[,"\r\n]')


def _csv_batch(rows: list[list[Any]]) -> bytes:
    return "".join(",".join(map(_csv_field, row)) + "\n" for row in rows).encode("utf-8")


def _csv_field(value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        value = value.isoformat() if hasattr(value, "isoformat") else str(value)
    if _NEEDS_QUOTES.search(value):
        return '"' + value.replace('"', '""') + '"'
    return value


JSONL_OPTIONS = orjson.OPT_NAIVE_UTC | orjson.OPT_UTC_Z | orjson.OPT_APPEND_NEWLINE


def _jsonl_batch(rows: list[list[Any]], columns: list[str]) -> bytes:
    return b"".join(orjson.dumps(dict(zip(columns, row, strict=True)), option=JSONL_OPTIONS) for row in rows)


RESOURCES: dict[str, tuple[type, Callable[[Any, str], Select], list[str]]] = {
    "articles": (ArticleFilters, articles_query, ARTICLE_COLUMNS),
    "messages": (MessageFilters, messages_query, MESSAGE_COLUMNS),
    "statements": (StatementFilters, statements_query, STATEMENT_COLUMNS),
}


def filters_from_pairs(resource: str, pairs: list[str]) -> Any:
    """Filters of `resource` from FIELD=VALUE strings, as the API's query parameters read them.

    A repeated field means any of its values; dates are ISO (2018-07-29).
    """
    filters_type = RESOURCES[resource][0]
    # `walk` is a query plan choice, not a filter a user sets.
    fields = {field.name: field for field in dataclasses.fields(filters_type) if field.name != "walk"}
    values: dict[str, Any] = {}
    for pair in pairs:
        name, separator, value = pair.partition("=")
        if not separator or name not in fields:
            raise ValueError(f"{pair!r}: expected FIELD=VALUE with FIELD one of {', '.join(fields)}")
        annotation = str(fields[name].type)
        if annotation.startswith("list"):
            values.setdefault(name, []).append(int(value) if "int" in annotation else value)
        elif "date" in annotation:
            values[name] = date.fromisoformat(value)
        else:
            values[name] = value
    return filters_type(**values)
