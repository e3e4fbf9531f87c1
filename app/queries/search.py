"""Full-text search over article title and text, statement text and message occasions.

The one place that knows how search is stored. SQLite uses FTS5 tables kept in sync by
triggers (created by migration 0002): bm25 ranking, highlighted snippets, porter stemming.
PostgreSQL uses to_tsvector/websearch_to_tsquery over GIN expression indexes (same migration).

Any user input is safe. On SQLite the query is rewritten into FTS5 syntax that cannot
fail to parse: words and "quoted phrases" (an unclosed quote runs to the end), `word*`
for a prefix, and the operators AND, OR and NOT in capitals between terms; juxtaposed
terms must all match; every other character only separates words. PostgreSQL's
websearch_to_tsquery accepts any input and reads the same syntax (`-word` for NOT).

Ranking a very common term means scoring every hit, so relevance order ranks at most the
first RANK_BOUND hits (in ingest order); date order has no bound and remains exact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, Subquery, bindparam, false, func, literal_column, select, table
from sqlalchemy import column as sql_column

from app.models import Article, Message, Statement

RANK_BOUND = 10_000
SNIPPET_TOKENS = 24
MARK_START, MARK_END, ELLIPSIS = "<mark>", "</mark>", "…"
PG_CONFIG = "english"

OPERATORS = {"AND", "OR", "NOT"}
_TOKEN = re.compile(r'"[^"]*"?|[^\s"]+')
_WORD = re.compile(r"\w+")


def fts5_query(user_input: str) -> str | None:
    """The user's query as FTS5 syntax that always parses; None when it has no word at all."""
    parts: list[str] = []
    pending: str | None = None
    for token in _TOKEN.findall(user_input):
        if token in OPERATORS:
            if parts:
                pending = token
            continue
        if token.startswith('"'):
            words, prefix = _WORD.findall(token), False
        else:
            words, prefix = _WORD.findall(token), token.endswith("*")
        if not words:
            continue
        term = '"' + " ".join(words) + '"' + ("*" if prefix else "")
        if pending:
            parts.append(pending)
            pending = None
        parts.append(term)
    return " ".join(parts) or None


@dataclass(frozen=True, slots=True)
class Searchable:
    """A content table and its full-text index."""

    fts: str  # SQLite FTS5 table
    sqlite_rowid: ColumnElement  # the content table's rowid, which the FTS5 rows carry
    key: ColumnElement  # the content table's primary key, which PostgreSQL searches by
    weights: tuple[float, ...]  # bm25 weight of each indexed column
    pg_document: str  # the PostgreSQL expression indexed (must match migration 0002)
    pg_text: str  # the PostgreSQL column snippets are cut from

    def row_key(self, dialect: str) -> ColumnElement:
        """What `ranked` and `snippets` identify rows by."""
        return self.sqlite_rowid if dialect == "sqlite" else self.key

    def _sqlite_table(self):
        return table(self.fts, sql_column("rowid"), sql_column(self.fts))

    def _sqlite_match(self, fts_text: str) -> ColumnElement:
        return literal_column(self.fts).op("MATCH")(bindparam(f"{self.fts}_q", fts_text))

    def _pg_match(self, user_input: str) -> ColumnElement:
        document = literal_column(self.pg_document)
        return document.op("@@")(func.websearch_to_tsquery(PG_CONFIG, user_input))

    def matching(self, dialect: str, user_input: str) -> ColumnElement:
        """A condition on the content table: the row matches the query."""
        if dialect == "sqlite":
            fts_text = fts5_query(user_input)
            if fts_text is None:
                return false()
            fts = self._sqlite_table()
            return self.sqlite_rowid.in_(select(fts.c.rowid).where(self._sqlite_match(fts_text)))
        return self._pg_match(user_input)

    def ranked(self, dialect: str, user_input: str) -> Subquery:
        """(rowid, score) of at most RANK_BOUND hits, rowid as `row_key`; a higher score is more relevant."""
        if dialect == "sqlite":
            fts_text = fts5_query(user_input)
            fts = self._sqlite_table()
            if fts_text is None:
                return select(fts.c.rowid, literal_column("0.0").label("score")).where(false()).subquery("hits")
            bm25 = func.bm25(literal_column(self.fts), *self.weights)
            return (
                select(fts.c.rowid.label("rowid"), (-bm25).label("score"))
                .where(self._sqlite_match(fts_text))
                .limit(RANK_BOUND)
                .subquery("hits")
            )
        document = literal_column(self.pg_document)
        score = func.ts_rank(document, func.websearch_to_tsquery(PG_CONFIG, user_input))
        return (
            select(self.key.label("rowid"), score.label("score"))
            .where(self._pg_match(user_input))
            .limit(RANK_BOUND)
            .subquery("hits")
        )

    def snippets(self, connection: Connection, user_input: str, rowids: list[Any]) -> dict[Any, str]:
        """Highlighted extracts of the rows with these `row_key`s, matches between <mark> and </mark>."""
        if not rowids:
            return {}
        if connection.dialect.name == "sqlite":
            fts_text = fts5_query(user_input)
            if fts_text is None:
                return {}
            fts = self._sqlite_table()
            snippet = func.snippet(literal_column(self.fts), -1, MARK_START, MARK_END, ELLIPSIS, SNIPPET_TOKENS)
            rows = connection.execute(
                select(fts.c.rowid, snippet).where(self._sqlite_match(fts_text), fts.c.rowid.in_(rowids))
            )
            return dict(rows.tuples())
        options = f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords={SNIPPET_TOKENS}, MinWords=8"
        headline = func.ts_headline(
            PG_CONFIG, literal_column(self.pg_text), func.websearch_to_tsquery(PG_CONFIG, user_input), options
        )
        rows = connection.execute(select(self.key, headline).where(self.key.in_(rowids)))
        return dict(rows.tuples())


ARTICLES = Searchable(
    fts="articles_fts",
    sqlite_rowid=literal_column("articles.rowid"),
    key=Article.id,
    weights=(5.0, 1.0),
    pg_document=f"to_tsvector('{PG_CONFIG}', articles.title || ' ' || articles.text)",
    pg_text="articles.text",
)
STATEMENTS = Searchable(
    fts="statements_fts",
    sqlite_rowid=Statement.id,
    key=Statement.id,
    weights=(1.0,),
    pg_document=f"to_tsvector('{PG_CONFIG}', statements.text)",
    pg_text="statements.text",
)
MESSAGES = Searchable(
    fts="messages_fts",
    sqlite_rowid=Message.id,
    key=Message.id,
    weights=(1.0,),
    pg_document=f"to_tsvector('{PG_CONFIG}', coalesce(messages.occasion, ''))",
    pg_text="messages.occasion",
)


def is_search_object(name: str | None, type_: str) -> bool:
    """FTS5 tables with their shadow tables, and the PostgreSQL search indexes: no model describes them."""
    return bool(name) and (name.endswith("_fts") or "_fts_" in name)
