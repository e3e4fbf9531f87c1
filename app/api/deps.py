"""Dependencies shared by the routers: the database connection, paging and the filters; running their queries."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import partial
from typing import Annotated, Any

from anyio import CapacityLimiter, to_thread
from anyio.lowlevel import RunVar
from fastapi import Depends, Query, Request
from pydantic import Field
from sqlalchemy import Connection
from starlette.responses import Response

from app.api.errors import ApiError
from app.api.responses import page_response
from app.config import get_settings
from app.queries.actors import ActorFilters
from app.queries.articles import ArticleFilters
from app.queries.messages import MessageFilters
from app.queries.search import RANK_BOUND, RELEVANCE
from app.queries.statements import StatementFilters
from app.schemas import ActorKind, MessageKind, StatementKind


async def get_connection(request: Request) -> AsyncIterator[Connection]:
    """One connection a request, from the engine the app was built with.

    The dependencies are coroutines because they do no I/O worth a thread: FastAPI runs
    every plain `def` dependency in the thread pool, a hop that costs more than an
    indexed page query.
    """
    with request.app.state.engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            _tune_for_reads(connection)
        yield connection


# Each pooled SQLite connection of the API keeps this much of the file in its own page cache
# (the hot index pages of a large database, instead of a read system call each), and reads
# the file through a memory map of up to this size.
READ_CACHE_KIB = 64 * 1024
READ_MMAP_BYTES = 2 * 1024**3


def _tune_for_reads(connection: Connection) -> None:
    info = connection.connection.info  # kept with the DBAPI connection across checkouts
    if info.get("tuned_for_reads"):
        return
    connection.exec_driver_sql(f"PRAGMA cache_size=-{READ_CACHE_KIB}")
    connection.exec_driver_sql(f"PRAGMA mmap_size={READ_MMAP_BYTES}")
    info["tuned_for_reads"] = True


DB = Annotated[Connection, Depends(get_connection)]
# Ids are 64-bit signed integers in SQLite and PostgreSQL: larger numbers cannot name a row.
LARGEST_ID = 2**63 - 1


async def run_query(slow: bool, query: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run a query function: inline when it reads an index range (a few milliseconds), in a
    worker thread when it may take long (search, counts, aggregates), so that it does not
    hold the event loop and other requests go on."""
    if slow:
        return await to_thread.run_sync(partial(query, *args, **kwargs), limiter=slow_query_limiter())
    return query(*args, **kwargs)


_SLOW_QUERIES: RunVar[CapacityLimiter] = RunVar("slow_queries")


def slow_query_limiter() -> CapacityLimiter:
    """At most CHANCERY_QUERY_THREADS slow queries run at once (default: one more than the
    cores); the others wait their turn. SQLite leaves Python's GIL while it works, so while
    one query's thread runs Python (its rows, its snippets), the cores run the others' SQLite;
    many more threads than cores only take turns on them and for the GIL, which stretches each
    query (rare-term search at 8 connections on 2 cores, p95: 87 ms with anyio's 40 threads,
    64 ms with 2; with later code 49-52 ms with 2, 44-47 ms with 3, 62-67 ms with 8;
    bench/RESULTS.md)."""
    try:
        return _SLOW_QUERIES.get()
    except LookupError:
        limiter = CapacityLimiter(get_settings().query_threads or (os.cpu_count() or 1) + 1)
        _SLOW_QUERIES.set(limiter)
        return limiter


async def list_response(
    request: Request, pages: Paging, slow: bool, query: Callable[..., Any], *args: Any, sort: str
) -> Response:
    """A page of a list query function as the response, run as `run_query` runs it (asking for the total is slow)."""
    page = await run_query(
        slow or pages.with_total,
        query,
        *args,
        sort=sort,
        cursor=pages.cursor,
        limit=pages.limit,
        with_total=pages.with_total,
    )
    return page_response(request, page, pages.limit)


async def run_cached(request: Request, db: Connection, query: Callable[..., Any], *args: Any) -> Any:
    """A slow query, run as `run_query` runs one, answered from the app's cache until the data changes."""
    key = repr((query.__module__, query.__qualname__, args))
    return await run_query(True, request.app.state.cache.get, db, key, lambda: query(db, *args))


@dataclass(frozen=True, slots=True)
class Paging:
    limit: int
    cursor: str | None
    with_total: bool


async def paging(
    request: Request,
    limit: Annotated[
        int | None,
        Query(
            ge=1,
            le=get_settings().max_page_size,
            description="Rows a page holds: 25 by default, at most 200 "
            "(`CHANCERY_DEFAULT_PAGE_SIZE`, `CHANCERY_MAX_PAGE_SIZE`).",
            examples=[25],
        ),
    ] = None,
    cursor: Annotated[
        str | None,
        Query(
            description="Opaque cursor from the previous page's `next_cursor` (or its `Link` header). "
            "Pages never shift while articles are added.",
            examples=["WyJpZCIsMjVd"],
        ),
    ] = None,
    count: Annotated[
        bool,
        Query(
            description="Also return `total`, the rows matching the filters. Costs a full count: ask only when needed.",
            examples=[True],
        ),
    ] = False,
) -> Paging:
    settings = request.app.state.settings
    if limit is None:
        limit = settings.default_page_size
    elif limit > settings.max_page_size:
        raise ApiError(422, f"limit must be at most {settings.max_page_size}")
    return Paging(limit, cursor, count)


Pages = Annotated[Paging, Depends(paging)]

SEARCH_SYNTAX = (
    'Words (all must match; English stemming), "quoted phrases", `word*` for a prefix, and AND, OR, NOT '
    "in capitals between terms. Any input is accepted: other characters only separate words."
)
RANKED = (
    f"Each hit gets a `snippet` with the matches in `<mark>`. With `q` the default order is `relevance` "
    f"(best first, ranked among the first {RANK_BOUND:,} hits in ingest order so that a very common term "
    "stays fast); any other `sort` gives every hit, exactly."
)


def Search(what: str, example: str, ranked: bool = True):  # noqa: N802 - reads as a type in signatures
    description = f"Full-text search over {what}. {SEARCH_SYNTAX}" + (f" {RANKED}" if ranked else "")
    return Annotated[str | None, Query(min_length=1, max_length=500, description=description, examples=[example])]


def resolve_sort(sort: StrEnum | None, q: str | None, default: str) -> str:
    """The sort asked for, or `relevance` when searching, or the list's default."""
    if sort is None:
        return RELEVANCE if q else default
    if sort.value == RELEVANCE and not q:
        raise ApiError(422, "sort=relevance needs a search (q)")
    return sort.value


ACTOR_ID = "Actor id, such as `xi-jinping`. Repeat for any of several."
COUNTRY = "ISO 3166-1 alpha-3 code, such as `CHN`. Repeat for any of several."
ANY_OF = "Repeat for any of several."


# The shapes the filters' parameters share, as types for the signatures below.
def Each(item: Any, description: str, example: Any):  # noqa: N802 - reads as a type in signatures
    """A parameter that may be repeated (any of its values matches)."""
    return Annotated[list[item] | None, Query(description=description, examples=[[example]])]


def Actors(role: str, example: str):  # noqa: N802
    return Each(str, f"{role} this actor. {ACTOR_ID}", example)


def Countries(role: str, example: str = "CHN"):  # noqa: N802
    return Each(str, f"{role} an actor of this country. {COUNTRY}", example)


def Day(description: str, example: str):  # noqa: N802
    return Annotated[date | None, Query(description=description, examples=[example])]


async def message_filters(
    q: Search("the occasion of the message", "election victory", ranked=False) = None,
    sender: Actors("Sent by", "xi-jinping") = None,
    recipient: Actors("Sent to", "hun-sen") = None,
    sender_country: Countries("Sent by") = None,
    recipient_country: Countries("Sent to", "KHM") = None,
    kind: Annotated[
        list[MessageKind] | None,
        Query(description=f"Of this kind. {ANY_OF}", examples=[["congratulation", "condolence"]]),
    ] = None,
    article: Each(str, f"Reported by this article. {ANY_OF}", "30b474dd7a44f419") = None,
    date_from: Day("Sent on or after this date.", "2018-01-01") = None,
    date_to: Day("Sent on or before this date.", "2018-12-31") = None,
) -> MessageFilters:
    return MessageFilters(
        q=q,
        sender=sender,
        recipient=recipient,
        sender_country=sender_country,
        recipient_country=recipient_country,
        kind=kind,
        article=article,
        date_from=date_from,
        date_to=date_to,
    )


MessageQuery = Annotated[MessageFilters, Depends(message_filters)]


async def statement_filters(
    q: Search("the statement text", '"shared future"') = None,
    speaker: Actors("Said by", "xi-jinping") = None,
    speaker_country: Countries("Said by") = None,
    kind: Each(StatementKind, "`direct` (quoted) or `reported`. Repeat for either.", "reported") = None,
    article: Each(str, f"In this article. {ANY_OF}", "30b474dd7a44f419") = None,
    message: Each(Annotated[int, Field(ge=1, le=LARGEST_ID)], f"Belonging to this message. {ANY_OF}", 1) = None,
    date_from: Day("In an article published on or after this date.", "2018-01-01") = None,
    date_to: Day("In an article published on or before this date.", "2018-12-31") = None,
) -> StatementFilters:
    return StatementFilters(
        q=q,
        speaker=speaker,
        speaker_country=speaker_country,
        kind=kind,
        article=article,
        message=message,
        date_from=date_from,
        date_to=date_to,
    )


StatementQuery = Annotated[StatementFilters, Depends(statement_filters)]


async def article_filters(
    q: Search("title and text", "condolence earthquake") = None,
    source: Each(str, f"Published by this outlet. {ANY_OF}", "Xinhua") = None,
    published_from: Day("Published on or after this date.", "2018-01-01") = None,
    published_to: Day("Published on or before this date.", "2018-12-31") = None,
    sender: Actors("Reports a message sent by", "xi-jinping") = None,
    recipient: Actors("Reports a message sent to", "hun-sen") = None,
    kind: Each(
        MessageKind,
        "Reports a message of this kind. `sender`, `recipient` and `kind` apply to one and the same "
        f"reported message. {ANY_OF}",
        "condolence",
    ) = None,
    country: Each(str, f"Names an actor of this country. {COUNTRY}", "VNM") = None,
) -> ArticleFilters:
    return ArticleFilters(
        q=q,
        source=source,
        published_from=published_from,
        published_to=published_to,
        sender=sender,
        recipient=recipient,
        kind=kind,
        country=country,
    )


ArticleQuery = Annotated[ArticleFilters, Depends(article_filters)]


async def actor_filters(
    country: Each(str, f"Of this country. {COUNTRY}", "CHN") = None,
    kind: Each(ActorKind, f"Of this kind. {ANY_OF}", "person") = None,
    q: Annotated[
        str | None,
        Query(min_length=1, description="Part of the name or of an alias, in any case.", examples=["jinping"]),
    ] = None,
    min_messages: Annotated[
        int | None,
        Query(ge=1, le=LARGEST_ID, description="With at least this many messages in this role.", examples=[2]),
    ] = None,
) -> ActorFilters:
    return ActorFilters(country=country, kind=kind, q=q, min_messages=min_messages)


ActorQuery = Annotated[ActorFilters, Depends(actor_filters)]
