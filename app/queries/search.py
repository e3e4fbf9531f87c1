"""Full-text search over article title and text, statement text and message occasions.

The one place that knows how search is stored. SQLite uses FTS5 tables (migration 0002):
bm25 ranking, highlighted snippets, porter stemming. Whoever adds rows indexes them with
`index_added`, once per transaction (one INSERT ... SELECT a table is several times faster
than a trigger a row, migration 0004); a change to an indexed column is bracketed by
`unindex` and `index`; deleted rows leave the index by trigger. PostgreSQL uses
to_tsvector/to_tsquery over GIN expression indexes, which it keeps up itself.

Any user input is safe: `parse` reads words and "quoted phrases" (an unclosed quote runs
to the end), `word*` for a prefix, and the operators AND, OR and NOT in capitals between
terms; juxtaposed terms must all match; every other character only separates words. The
terms are then written out as FTS5 strings or to_tsquery lexemes, which cannot fail to
parse, with the same precedence on both (NOT, then AND, then OR).

Ranking a very common term means scoring every hit, so relevance order ranks at most the
first RANK_BOUND hits (in ingest order); date order has no bound and remains exact.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Double,
    Select,
    Subquery,
    bindparam,
    cast,
    exists,
    false,
    func,
    literal_column,
    select,
    table,
)
from sqlalchemy import column as sql_column
from sqlalchemy.exc import OperationalError

from app.models import Article, Message, Statement
from app.queries import snippets
from app.queries.pagination import Key, Page, Sort, fetch_page, filters_key, integer, kept, number
from app.queries.snippets import ELLIPSIS, MARK_END, MARK_START, SNIPPET_WORDS

RANK_BOUND = 10_000
# The parameters of `Searchable.ranked`: the query's text, and RANK_BOUND.
QUERY, BOUND = "search_query", "rank_bound"
# A search page taking longer than this is stopped (SearchTooLong: the API answers 503).
SEARCH_SECONDS = 5.0
# SQLite checks the time every this many virtual machine steps (~10 ms on the 2-core machine).
# The check is Python, so it must take the GIL back, waiting for whichever thread holds it:
# every 20,000 steps, twice in a rare-term search, this cost 17% of search throughput under load.
PROGRESS_STEPS = 1_000_000
# A query with at least this many hits counts as common (see Searchable.matching_in_order).
COMMON_HITS = 2_000
# ... and with at least this many, so common that each row met is checked in the index on its own.
DENSE_HITS = 100_000
PG_CONFIG = "english"

OPERATORS = {"AND", "OR", "NOT"}
_TOKEN = re.compile(r'"[^"]*"?|[^\s"]+')
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Term:
    """Words that must appear in this order; `prefix`: the last one may continue."""

    words: tuple[str, ...]
    prefix: bool


def parse(user_input: str) -> list[tuple[str | None, Term]]:
    """The terms of a query, each with the operator before it (None: juxtaposed, so AND).

    Total: every input parses. Operators are kept only between two terms.
    """
    terms: list[tuple[str | None, Term]] = []
    pending: str | None = None
    for token in _TOKEN.findall(user_input):
        if token in OPERATORS:
            if terms:
                pending = token
            continue
        words = tuple(_WORD.findall(token))
        if not words:
            continue
        prefix = not token.startswith('"') and token.endswith("*")
        terms.append((pending, Term(words, prefix)))
        pending = None
    return terms


def fts5_query(user_input: str) -> str | None:
    """The query in FTS5 syntax, every term a quoted string; None when it has no word at all."""
    parts: list[str] = []
    for operator, term in parse(user_input):
        if operator:
            parts.append(operator)
        parts.append('"' + " ".join(term.words) + '"' + ("*" if term.prefix else ""))
    return " ".join(parts) or None


def pg_tsquery(user_input: str) -> str | None:
    """The same query for PostgreSQL's to_tsquery: & for AND, | for OR, & ! for NOT, <-> in phrases."""
    symbols = {None: "&", "AND": "&", "OR": "|", "NOT": "& !"}
    parts: list[str] = []
    for operator, term in parse(user_input):
        if parts:
            parts.append(symbols[operator])
        lexemes = [f"'{word}'" for word in term.words]
        if term.prefix:
            lexemes[-1] += ":*"
        parts.append("(" + " <-> ".join(lexemes) + ")")
    return " ".join(parts) or None


@dataclass(frozen=True, slots=True)
class Searchable:
    """A content table and its full-text index."""

    fts: str  # SQLite FTS5 table
    content: str  # the table it indexes
    columns: tuple[str, ...]  # the indexed columns
    sqlite_rowid_sql: str  # the content table's rowid, which the FTS5 rows carry
    key: ColumnElement  # the content table's primary key, which PostgreSQL searches by
    weights: tuple[float, ...]  # bm25 weight of each indexed column
    pg_document: str  # the PostgreSQL expression indexed (must match migration 0002)
    text_column: str  # the column snippets are cut from

    def row_key(self, dialect: str) -> ColumnElement:
        """What `ranked` and `snippets` identify rows by."""
        return self.sqlite_rowid if dialect == "sqlite" else self.key

    @property
    def sqlite_rowid(self) -> ColumnElement:
        return _rowid_column(self.sqlite_rowid_sql)

    def _sqlite_table(self):
        return table(self.fts, sql_column("rowid"), sql_column(self.fts))

    def _sqlite_match(self, fts_text: str) -> ColumnElement:
        return literal_column(self.fts).op("MATCH")(bindparam(f"{self.fts}_q", fts_text))

    def _pg_match(self, tsquery: str) -> ColumnElement:
        return literal_column(self.pg_document).op("@@")(func.to_tsquery(PG_CONFIG, tsquery))

    def matching(self, dialect: str, user_input: str) -> ColumnElement:
        """A condition on the content table: the row matches the query."""
        if dialect == "sqlite":
            fts_text = fts5_query(user_input)
            if fts_text is None:
                return false()
            fts = self._sqlite_table()
            return self.sqlite_rowid.in_(select(fts.c.rowid).where(self._sqlite_match(fts_text)))
        tsquery = pg_tsquery(user_input)
        return false() if tsquery is None else self._pg_match(tsquery)

    def matching_in_order(self, connection: Connection, user_input: str) -> ColumnElement:
        """`matching`, written for a page in an index's order (by date, by id).

        On SQLite a rare query's hits are read first and sorted; a common one's are
        checked while the ordered index is walked (the unary + keeps SQLite from
        fetching every hit by rowid and sorting them all), which finds a page early.
        Checking them against the set of every hit means building that set first; for
        a query matching a great many rows (DENSE_HITS), each row met is looked up in the
        full-text index instead, and a page is found within a few hundred rows.
        """
        if connection.dialect.name != "sqlite":
            return self.matching(connection.dialect.name, user_input)
        fts_text = fts5_query(user_input)
        if fts_text is None:
            return false()
        fts = self._sqlite_table()
        hits = select(fts.c.rowid).where(self._sqlite_match(fts_text))
        first = connection.execute(hits.limit(COMMON_HITS)).scalars().all()
        if len(first) < COMMON_HITS:
            return self.sqlite_rowid.in_(first) if first else false()
        counted = connection.execute(select(func.count()).select_from(hits.limit(DENSE_HITS).subquery())).scalar_one()
        if counted < DENSE_HITS:
            return literal_column(f"+{self.sqlite_rowid_sql}").in_(hits)
        return exists(select(fts.c.rowid).where(self._sqlite_match(fts_text), fts.c.rowid == self.sqlite_rowid))

    def ranked(self, dialect: str) -> Subquery:
        """(rowid, score) of at most BOUND hits of the query QUERY (parameters: see
        `ranked_parameters`), rowid as `row_key`; a higher score is more relevant. Built once
        for each list and its filters, so the query's text is a parameter, not a value."""
        if dialect == "sqlite":
            fts = self._sqlite_table()
            bm25 = func.bm25(literal_column(self.fts), *self.weights)
            match = literal_column(self.fts).op("MATCH")(bindparam(QUERY))
            return (
                select(fts.c.rowid.label("rowid"), (-bm25).label("score"))
                .where(match)
                .limit(bindparam(BOUND))
                .subquery("hits")
            )
        tsquery = func.to_tsquery(PG_CONFIG, bindparam(QUERY))
        # ts_rank is a float4: as a double, the score a cursor carries compares equal to it.
        score = cast(func.ts_rank(literal_column(self.pg_document), tsquery), Double)
        return (
            select(self.key.label("rowid"), score.label("score"))
            .where(literal_column(self.pg_document).op("@@")(tsquery))
            .limit(bindparam(BOUND))
            .subquery("hits")
        )

    def ranked_parameters(self, dialect: str, user_input: str) -> dict[str, Any] | None:
        """The parameters of `ranked` for this input; None when it has no word (nothing matches)."""
        searched = fts5_query(user_input) if dialect == "sqlite" else pg_tsquery(user_input)
        return None if searched is None else {QUERY: searched, BOUND: RANK_BOUND}

    def snippets(
        self, connection: Connection, user_input: str, rowids: list[Any], texts: dict[Any, str | None] | None = None
    ) -> dict[Any, str]:
        """Highlighted extracts of the rows with these `row_key`s, matches between <mark> and </mark>.

        On SQLite they are cut from the stored text (app/queries/snippets.py; `texts`: the rows'
        `text_column` when the caller has read it already); a row in whose text no query word
        is found (the match may be in an article's title alone) gets FTS5's snippet() instead."""
        if not rowids:
            return {}
        if connection.dialect.name == "sqlite":
            fts_text = fts5_query(user_input)
            if fts_text is None:
                return {}
            words = snippets.query_words((operator, term.words, term.prefix) for operator, term in parse(user_input))
            if texts is None:
                texts = dict(
                    connection.exec_driver_sql(
                        f"SELECT {self.sqlite_rowid_sql}, {self.text_column} FROM {self.content} "
                        f"WHERE {self.sqlite_rowid_sql} IN ({', '.join('?' * len(rowids))})",
                        tuple(rowids),
                    ).all()
                )
            found = snippets.cut(texts, words)
            missing = [rowid for rowid in rowids if rowid not in found]
            if missing:
                fts = self._sqlite_table()
                snippet = func.snippet(literal_column(self.fts), -1, MARK_START, MARK_END, ELLIPSIS, SNIPPET_WORDS)
                rows = connection.execute(
                    select(fts.c.rowid, snippet).where(self._sqlite_match(fts_text), fts.c.rowid.in_(missing))
                )
                found.update(rows.all())
            return found
        tsquery = pg_tsquery(user_input)
        if tsquery is None:
            return {}
        options = f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords={SNIPPET_WORDS}, MinWords=8"
        headline = func.ts_headline(
            PG_CONFIG, literal_column(self.text_column), func.to_tsquery(PG_CONFIG, tsquery), options
        )
        rows = connection.execute(select(self.key, headline).where(self.key.in_(rowids)))
        return {key: snippet for key, snippet in rows}


@lru_cache(maxsize=None)
def _rowid_column(sql: str) -> ColumnElement:
    """One column object for each content table's rowid, so that statements built on it compare equal."""
    return literal_column(sql)


ARTICLES = Searchable(
    fts="articles_fts",
    content="articles",
    columns=("title", "text"),
    sqlite_rowid_sql="articles.rowid",
    key=Article.id,
    weights=(5.0, 1.0),
    pg_document=f"to_tsvector('{PG_CONFIG}', articles.title || ' ' || articles.text)",
    text_column="articles.text",
)
STATEMENTS = Searchable(
    fts="statements_fts",
    content="statements",
    columns=("text",),
    sqlite_rowid_sql="statements.id",
    key=Statement.id,
    weights=(1.0,),
    pg_document=f"to_tsvector('{PG_CONFIG}', statements.text)",
    text_column="statements.text",
)
MESSAGES = Searchable(
    fts="messages_fts",
    content="messages",
    columns=("occasion",),
    sqlite_rowid_sql="messages.id",
    key=Message.id,
    weights=(1.0,),
    pg_document=f"to_tsvector('{PG_CONFIG}', coalesce(messages.occasion, ''))",
    text_column="messages.occasion",
)


SEARCHABLES = (ARTICLES, STATEMENTS, MESSAGES)
# The largest rowid of each content table before a write: the rows above it are new.
Marks = dict[str, int]


def marks(connection: Connection) -> Marks:
    """Where each table ends now; call inside the write transaction, before adding rows.

    SQLite gives a new row the largest rowid plus one, so rows added later in the same
    transaction (which holds the write lock) are exactly those above the mark.
    """
    if connection.dialect.name != "sqlite":
        return {}
    return {
        s.content: connection.exec_driver_sql(f"SELECT coalesce(max(rowid), 0) FROM {s.content}").scalar_one()
        for s in SEARCHABLES
    }


def index_added(connection: Connection, since: Marks) -> None:
    """Index every row added since `since` (from `marks`), one statement a table."""
    if connection.dialect.name != "sqlite":
        return
    for s in SEARCHABLES:
        names = ", ".join(s.columns)
        connection.exec_driver_sql(
            f"INSERT INTO {s.fts}(rowid, {names}) SELECT rowid, {names} FROM {s.content} WHERE rowid > ?",
            (since.get(s.content, 0),),
        )


def hold_pending_terms(connection: Connection, size: int) -> None:
    """Let each full-text index hold `size` bytes of new terms in memory before it writes them
    out as a segment (FTS5's hashsize, kept in the index's config table); nothing elsewhere."""
    if connection.dialect.name != "sqlite":
        return
    for s in SEARCHABLES:
        connection.exec_driver_sql(f"INSERT INTO {s.fts}({s.fts}, rank) VALUES ('hashsize', ?)", (size,))


def unindex(connection: Connection, searchable: Searchable, rowids: list[int]) -> None:
    """Take these rows out of the index before their indexed columns change (then `index` them)."""
    _reindex(connection, searchable, rowids, remove=True)


def index(connection: Connection, searchable: Searchable, rowids: list[int]) -> None:
    """Index these rows again after their indexed columns changed (`unindex` them first)."""
    _reindex(connection, searchable, rowids, remove=False)


def _reindex(connection: Connection, searchable: Searchable, rowids: list[int], *, remove: bool) -> None:
    if connection.dialect.name != "sqlite" or not rowids:
        return
    names = ", ".join(searchable.columns)
    command = f"{searchable.fts}, " if remove else ""
    value = "'delete', " if remove else ""
    placeholders = ", ".join("?" * len(rowids))
    connection.exec_driver_sql(
        f"INSERT INTO {searchable.fts}({command}rowid, {names}) "
        f"SELECT {value}rowid, {names} FROM {searchable.content} WHERE rowid IN ({placeholders})",
        tuple(rowids),
    )


def is_search_object(name: str | None, type_: str) -> bool:
    """FTS5 tables with their shadow tables, and the PostgreSQL search indexes: no model describes them."""
    return bool(name) and (name.endswith("_fts") or "_fts_" in name)


RELEVANCE = "relevance"


class SearchTooLong(Exception):
    """A search ran past SEARCH_SECONDS and was stopped."""


@contextmanager
def time_limit(connection: Connection, seconds: float, error: type[Exception] = SearchTooLong) -> Iterator[None]:
    """Stop the queries run inside after `seconds` (raising `error`): SQLite's progress handler,
    PostgreSQL's statement_timeout."""
    if connection.dialect.name == "sqlite":
        raw = connection.connection.dbapi_connection
        deadline = time.monotonic() + seconds
        raw.set_progress_handler(lambda: time.monotonic() > deadline, PROGRESS_STEPS)
        try:
            yield
        except OperationalError as stopped:
            if "interrupted" in str(stopped):
                raise error from stopped
            raise
        finally:
            raw.set_progress_handler(None, 0)
        return
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"SET LOCAL statement_timeout = {max(1, int(seconds * 1000))}")
    try:
        yield
    except OperationalError as stopped:
        if "statement timeout" in str(stopped):
            raise error from stopped
        raise


def searched_page(
    connection: Connection,
    query: Select,
    searchable: Searchable,
    user_input: str,
    *,
    sort: Sort,
    cursor: str | None,
    limit: int,
    shape: Callable[[Any], dict[str, Any]],
    reused: Hashable,
    with_total: bool = False,
) -> Page:
    """A page of `query` restricted to rows matching `user_input`, each with a highlighted `snippet`.

    `sort` orders the rows, unless its name is RELEVANCE: then the best `score` comes
    first (ties broken by the sort's own key, which must be unique), among the first RANK_BOUND hits.
    `reused`: the key under which `query` is `kept`, so that the ranked page's statements are
    built once for it too.
    """
    dialect = connection.dialect.name
    key = searchable.row_key(dialect)
    by_relevance = sort.name == RELEVANCE
    with time_limit(connection, SEARCH_SECONDS):
        if by_relevance:
            result = _ranked_page(connection, query, searchable, user_input, sort, cursor, limit, with_total, reused)
            texts = {row.search_key: row.search_text for row in result.rows}
        else:
            condition = searchable.matching_in_order(connection, user_input)
            query = query.add_columns(key.label("search_key")).where(condition)
            result = fetch_page(
                connection, query, sort, cursor=cursor, limit=limit, shape=lambda row: row, with_total=with_total
            )
            texts = None
        snippets = searchable.snippets(connection, user_input, [row.search_key for row in result.rows], texts)
    result.rows = [
        {
            **shape(row),
            "score": row.score if by_relevance else None,
            "snippet": snippets.get(row.search_key),
        }
        for row in result.rows
    ]
    return result


# The parameter of the statement that reads a ranked page's rows whole: their row keys.
PAGE_KEYS = "page_keys"


@dataclass(frozen=True, slots=True)
class _RankedStatements:
    """What a page in relevance order runs (see _ranked_page), built once for a list and its filters."""

    keys: Select  # (score, search_key[, the sort's own key]) of the hits
    order: Sort
    whole: Select  # the page's rows, with search_key and search_text, by PAGE_KEYS


def _ranked_statements(query: Select, searchable: Searchable, dialect: str, tie: Key) -> _RankedStatements:
    key = searchable.row_key(dialect)
    hits = searchable.ranked(dialect)
    score = Key(hits.c.score, "score", descending=True, decode=number)
    if query.whereclause is None:  # nothing to check on the rows: the index alone ranks them
        keys = select(hits.c.score, hits.c.rowid.label("search_key"))
        by_key = Key(hits.c.rowid, "search_key", decode=_decoder(dialect, tie))
    else:
        # The sort's own key keeps the content table in FROM (SQLite's rowid column names no table).
        columns = (hits.c.score, key.label("search_key"), tie.column.label(tie.label))
        keys = query.with_only_columns(*columns).join(hits, key == hits.c.rowid)
        by_key = Key(key, "search_key", decode=_decoder(dialect, tie))
    text = literal_column(searchable.text_column)
    whole = query.add_columns(key.label("search_key"), text.label("search_text")).where(
        key.in_(bindparam(PAGE_KEYS, expanding=True))
    )
    return _RankedStatements(keys, Sort(RELEVANCE, (score, by_key)), whole)


def _ranked_page(
    connection: Connection,
    query: Select,
    searchable: Searchable,
    user_input: str,
    sort: Sort,
    cursor: str | None,
    limit: int,
    with_total: bool,
    reused: Hashable,
) -> Page:
    """A page in relevance order, its rows with `score`, `search_key` and `search_text`.

    The hits are ranked on (score, row key) alone, then only the page's rows are read whole:
    reading every hit's row before ranking would fetch thousands of rows (each article's
    past its text) for the fifty shown. Ties in score go by the row key (SQLite: the rowid,
    so ingest order), which the full-text index holds: a search with no other filter ranks
    its hits without reading the table at all.
    """
    dialect = connection.dialect.name
    parameters = searchable.ranked_parameters(dialect, user_input)
    if parameters is None:
        return Page([], None, 0 if with_total else None)
    tie = sort.keys[-1]  # the sort's own unique key, for its type
    build = partial(_ranked_statements, query, searchable, dialect, tie)
    statements = kept((RELEVANCE, reused, searchable.fts, tie.label), build, lambda built: [built.keys])
    page = fetch_page(
        connection,
        statements.keys,
        statements.order,
        cursor=cursor,
        limit=limit,
        shape=lambda row: row,
        with_total=with_total,
        parameters=parameters,
    )
    if not page.rows:
        return page
    wanted = [row.search_key for row in page.rows]
    whole = {row.search_key: row for row in connection.execute(statements.whole, {PAGE_KEYS: wanted})}
    page.rows = [_Ranked(whole[row.search_key], row.score) for row in page.rows]
    return page


def _decoder(dialect: str, tie: Key) -> Callable[[Any], Any]:
    """How a cursor's row key reads back: SQLite's rowid is an integer; elsewhere the key is the sort's own."""
    return integer if dialect == "sqlite" else tie.decode


class _Ranked:
    """A row read whole, with the score it was ranked by (what `shape` and the snippets read)."""

    __slots__ = ("row", "score", "search_key", "search_text")

    def __init__(self, row: Any, score: float) -> None:
        self.row, self.score, self.search_key, self.search_text = row, score, row.search_key, row.search_text

    def __getitem__(self, index: Any) -> Any:
        return self.row[index]


def filtered_page(
    connection: Connection,
    query: Callable[[Any, str], Select],
    filters: Any,
    searchable: Searchable,
    *,
    sort: Sort,
    cursor: str | None,
    limit: int,
    shape: Callable[[Any], dict[str, Any]],
    with_total: bool = False,
) -> Page:
    """A page of `query(filters, dialect)`; with a search (`filters.q`), through searched_page, which applies it."""
    dialect = connection.dialect.name
    unsearched = replace(filters, q=None) if filters.q else filters
    reused = (query.__module__, query.__qualname__, dialect, filters_key(unsearched))
    built = kept(reused, lambda: query(unsearched, dialect))
    if filters.q:
        return searched_page(
            connection,
            built,
            searchable,
            filters.q,
            sort=sort,
            cursor=cursor,
            limit=limit,
            shape=shape,
            with_total=with_total,
            reused=reused,
        )
    return fetch_page(connection, built, sort, cursor=cursor, limit=limit, shape=shape, with_total=with_total)
