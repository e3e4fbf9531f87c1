"""The only writer of extracted data: articles with their actors, messages, reports and statements.

Writes go in batched transactions: a batch's rows are built as tuples and written with one
executemany a table through the driver, its actors are looked up with one query for the
whole batch, and new messages get their ids here (see _Rows.next_message_id), so that
nothing is written a row at a time. An article is written whole or not at all: if a batch fails, its articles are retried one transaction
each, so one bad article cannot take its neighbours down with it. Each transaction also
indexes its new rows for full-text search (app/queries/search.py, one statement a table)
and adds its new messages and statements to the count tables (message_counts,
actor_message_counts, message_month_counts, statement_counts, statement_speaker_counts,
statement_month_counts), so all are always in step with the rows.

Identity across articles:
- an actor's id is its key (identity.actor_key): the slug of its name, for a person without
  middle initials and East Slavic patronymics, so that 'Joseph R. Biden' and 'Joseph Biden',
  'Mikhail Vladimirovich Mishustin' and 'Mikhail Mishustin' are one actor ('George H. W. Bush'
  and 'George W. Bush' are one too, as 'George Bush' is each); a second actor of the same key
  whose country differs from the first's gets the country appended (`li-wei-sgp`);
- its name is the preferred of the forms seen (identity.preferred_name: the longest, then one
  not in capitals, then one with more accented letters, then the first in alphabetical order)
  and every other form is an alias, so that neither depends on the order of ingest (a
  database built before keys left out middle words keeps ids such as 'joseph-r-biden' until
  it is rebuilt);
- a message is one (sender, recipient, kind) on one occasion: a report whose date lies within
  MERGE_WINDOW of a stored message's date joins it; undated reports join an undated message
  only from the same ingest batch, since nothing else ties them together.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Column, Connection, Engine, Table, and_, bindparam, delete, or_, select, update
from sqlalchemy.exc import SQLAlchemyError

from app.extract.types import Actor as ExtractedActor
from app.extract.types import Extraction
from app.ingest.identity import actor_key, preferred_name
from app.ingest.readers import Document
from app.models import (
    Actor,
    ActorMessageCount,
    ActorAlias,
    ActorTitle,
    Article,
    Message,
    MessageCount,
    MessageMonthCount,
    MessageReport,
    Statement,
    StatementCount,
    StatementMonthCount,
    StatementSpeakerCount,
)
from app.queries import search

MERGE_WINDOW = timedelta(days=3)

articles: Table = Article.__table__  # type: ignore[assignment]
actors: Table = Actor.__table__  # type: ignore[assignment]
actor_aliases: Table = ActorAlias.__table__  # type: ignore[assignment]
actor_titles: Table = ActorTitle.__table__  # type: ignore[assignment]
messages: Table = Message.__table__  # type: ignore[assignment]
message_reports: Table = MessageReport.__table__  # type: ignore[assignment]
statements: Table = Statement.__table__  # type: ignore[assignment]
statement_counts: Table = StatementCount.__table__  # type: ignore[assignment]
message_counts: Table = MessageCount.__table__  # type: ignore[assignment]
actor_message_counts: Table = ActorMessageCount.__table__  # type: ignore[assignment]
message_month_counts: Table = MessageMonthCount.__table__  # type: ignore[assignment]
statement_speaker_counts: Table = StatementSpeakerCount.__table__  # type: ignore[assignment]
statement_month_counts: Table = StatementMonthCount.__table__  # type: ignore[assignment]

# Stored messages are read for a batch at once, this many (sender, recipient, kind) keys a query:
# an OR of equalities (SQLite searches the index on the three for each; a tuple IN would scan it),
# built once, as building it for every batch costs more than running it.
KEYS_A_QUERY = 100
MessageKey = tuple[str, str, str]  # sender, recipient, kind
MESSAGES_OF_KEYS = select(
    messages.c.id, messages.c.sender_id, messages.c.recipient_id, messages.c.kind,
    messages.c.date, messages.c.occasion, messages.c.ingest_batch,
).where(
    or_(
        *(
            and_(
                messages.c.sender_id == bindparam(f"s{n}"),
                messages.c.recipient_id == bindparam(f"r{n}"),
                messages.c.kind == bindparam(f"k{n}"),
            )
            for n in range(KEYS_A_QUERY)
        )
    )
)  # fmt: skip

FILL_OCCASION = update(messages).where(messages.c.id == bindparam("message")).values(occasion=bindparam("occasion"))
# Columns of the rows the writer builds as tuples, in tuple order.
ARTICLE_COLUMNS = (
    "id", "title", "text", "source", "url", "published_at", "published_at_source", "ingested_at", "content_hash",
)  # fmt: skip
MESSAGE_COLUMNS = ("id", "sender_id", "recipient_id", "kind", "occasion", "date", "ingest_batch")
# A message's sender_country and recipient_country are its actors' countries, read from the
# actors table as the row is written (so they are right whatever this writer's caches hold),
# and filled in when an actor's country becomes known (Writer._actor_ids).
ACTOR_COUNTRY = "(SELECT country FROM actors WHERE id = {mark})"
MESSAGE_COUNTRIES = {"sender_country": ACTOR_COUNTRY, "recipient_country": ACTOR_COUNTRY}
FILL_COUNTRIES = [
    f"UPDATE messages SET {role}_country = (SELECT country FROM actors WHERE actors.id = messages.{role}_id) "
    f"WHERE {role}_id = {{mark}} AND {role}_country IS NULL"
    for role in ("sender", "recipient")
]
STATEMENT_COLUMNS = ("article_id", "speaker_id", "message_id", "kind", "text", "start", "end", "date")
# Stored actors are read for a batch at once, this many ids a query.
IDS_A_QUERY = 500


@dataclass(slots=True)
class Prepared:
    """A document with its identity and extraction, ready to write."""

    document: Document
    content_hash: str
    article_id: str
    extraction: Extraction


@dataclass(slots=True)
class Outcome:
    item: Prepared
    status: str  # ingested, unchanged, failed
    reason: str | None = None


class Writer:
    def __init__(self, engine: Engine, batch: str) -> None:
        self.engine = engine
        self.batch = batch
        self._forget()

    def _forget(self) -> None:
        """Empty the caches of stored actors and aliases; they fill again as actors are met."""
        self.actors: dict[str, tuple[str, str | None]] = {}  # id -> (canonical name, country)
        self.absent: set[str] = set()  # ids looked up and not found
        self.aliases: set[tuple[str, str]] = set()

    def known_hashes(self, hashes: Sequence[str]) -> set[str]:
        with self.engine.connect() as connection:
            return _stored_hashes(connection, hashes)

    def write(self, items: Sequence[Prepared]) -> list[Outcome]:
        """Write a batch in one transaction; if that fails, each article in its own.

        Any error rolls the transaction back (a database error, or an extraction whose
        indexes point nowhere): the article that causes it is reported, the others land.
        """
        try:
            with self.engine.begin() as connection:
                return self._write(_locked(connection), items)
        except Exception:
            self._forget()  # the caches may hold rows of the rolled-back transaction
        outcomes = []
        for item in items:
            try:
                with self.engine.begin() as connection:
                    outcomes += self._write(_locked(connection), [item])
            except SQLAlchemyError as error:
                self._forget()
                outcomes.append(Outcome(item, "failed", f"database error: {getattr(error, 'orig', None) or error}"))
            except Exception as error:
                self._forget()
                outcomes.append(Outcome(item, "failed", f"cannot store the extraction: {type(error).__name__}: {error}"))
        return outcomes

    def _write(self, connection: Connection, items: Sequence[Prepared]) -> list[Outcome]:
        marks = search.marks(connection)
        stored = _stored_hashes(connection, [item.content_hash for item in items])
        outcomes: list[Outcome] = []
        fresh: list[Prepared] = []
        for item in items:
            if item.content_hash in stored:
                outcomes.append(Outcome(item, "unchanged"))
            else:
                stored.add(item.content_hash)
                fresh.append(item)
                outcomes.append(Outcome(item, "ingested"))
        if not fresh:
            return outcomes

        rows = _Rows(connection)
        days = [published_date(item) for item in fresh]
        ingested_at = rows.bind_datetime(datetime.now(UTC))
        rows.insert(
            articles,
            ARTICLE_COLUMNS,
            [
                (
                    item.article_id, item.document.title, item.document.text, item.document.source, item.document.url,
                    rows.bind_date(day), day_source, ingested_at, item.content_hash,
                )
                for item, (day, day_source) in zip(fresh, days, strict=True)
            ],
        )  # fmt: skip
        actor_ids = self._actor_ids(connection, fresh, rows)
        keys = {
            (ids[message.sender], ids[message.recipient], message.kind)
            for item, ids in zip(fresh, actor_ids, strict=True)
            for message in item.extraction.messages
        }
        rows.messages = _stored_messages(connection, keys)
        for item, ids, (day, _) in zip(fresh, actor_ids, days, strict=True):
            self._add_extraction(connection, item, ids, day, rows)
        new_aliases = rows.aliases - self.aliases
        if new_aliases:
            rows.insert(actor_aliases, ("actor_id", "alias"), sorted(new_aliases), ignore_duplicates=True)
            self.aliases |= new_aliases
        if rows.new_messages:
            rows.insert(
                messages,
                MESSAGE_COLUMNS,
                [
                    (m.id, sender, recipient, kind, m.occasion, rows.bind_date(m.date), m.batch, sender, recipient)
                    for (sender, recipient, kind), m in rows.new_messages
                ],
                looked_up=MESSAGE_COUNTRIES,
            )
        if rows.occasions:
            # Messages stored before this transaction are indexed already: out of the index, changed, back in.
            stored_before = list(rows.occasions)
            search.unindex(connection, search.MESSAGES, stored_before)
            connection.execute(FILL_OCCASION, [{"message": m, "occasion": o} for m, o in rows.occasions.items()])
            search.index(connection, search.MESSAGES, stored_before)
        rows.insert(actor_titles, ("actor_id", "article_id", "title"), list(rows.titles.values()))
        rows.insert(message_reports, ("message_id", "article_id", "start", "end"), list(rows.reports.values()))
        rows.insert(
            statements,
            STATEMENT_COLUMNS,
            [(*row[:7], rows.bind_date(row[7])) for row in rows.statements.values()],
        )
        count_statements(
            connection,
            ({"speaker_id": speaker, "kind": kind, "date": day} for _, speaker, _, kind, _, _, _, day in rows.statements.values()),
        )
        count_messages(
            connection,
            (
                {"sender_id": sender, "recipient_id": recipient, "kind": kind, "date": m.date}
                for (sender, recipient, kind), m in rows.new_messages
            ),
        )
        search.index_added(connection, marks)
        return outcomes

    def _actor_ids(self, connection: Connection, fresh: Sequence[Prepared], rows: _Rows) -> list[list[str]]:
        """The id of every actor of every article, in order; new actors are inserted, and a
        stored actor whose country was unknown gets the one an article gives it."""
        candidates: list[tuple[ExtractedActor, str, str | None]] = []
        for item in fresh:
            for actor in item.extraction.actors:
                key = actor_key(actor.name, actor.kind)
                candidates.append((actor, key, f"{key}-{actor.country.lower()}" if actor.country else None))
        self._recall(connection, {actor_id for _, key, suffixed in candidates for actor_id in (key, suffixed) if actor_id})
        new: list[tuple[str, str, str, str | None]] = []
        countries: list[tuple[str, str]] = []
        ids = [self._actor_id(actor, key, suffixed, new, countries) for actor, key, suffixed in candidates]
        self._name_actors(connection, [actor.name for actor, _, _ in candidates], ids, new, rows)
        resolved = iter(ids)
        if new:
            rows.insert(actors, ("id", "name", "kind", "country"), new, ignore_duplicates=True)
        if countries:
            connection.exec_driver_sql(
                f"UPDATE actors SET country = {rows.mark} WHERE id = {rows.mark} AND country IS NULL", countries
            )
            for fill in FILL_COUNTRIES:
                connection.exec_driver_sql(fill.format(mark=rows.mark), [(actor_id,) for _, actor_id in countries])
        return [[next(resolved) for _ in item.extraction.actors] for item in fresh]

    def _actor_id(
        self,
        actor: ExtractedActor,
        key: str,
        suffixed: str | None,
        new: list[tuple[str, str, str, str | None]],
        countries: list[tuple[str, str]],
    ) -> str:
        """The id of one actor, from the caches (filled by _recall); new actors and country
        changes are added to `new` and `countries` to be written."""
        country = actor.country
        if suffixed and suffixed in self.actors:
            return suffixed
        if key in self.actors:
            name, known = self.actors[key]
            if known is None or country is None or known == country:
                if known is None and country:
                    countries.append((country, key))
                    self.actors[key] = (name, country)
                return key
            actor_id = suffixed
        else:
            actor_id = key
        new.append((actor_id, actor.name, actor.kind, country))
        self.actors[actor_id] = (actor.name, country)
        return actor_id

    def _name_actors(
        self, connection: Connection, names: list[str], ids: list[str], new: list[tuple[str, str, str, str | None]], rows: _Rows
    ) -> None:
        """Give each actor the preferred of its stored name and the forms met now (new actors
        before they are written); a stored name so replaced becomes an alias, and the new name
        is one no longer."""
        changed: dict[str, str] = {}
        for name, actor_id in zip(names, ids, strict=True):
            current = changed.get(actor_id) or self.actors[actor_id][0]
            if name != current and preferred_name(current, name) == name:  # mostly the same name again
                changed[actor_id] = name
        if not changed:
            return
        for position, (actor_id, _, kind, country) in enumerate(new):
            if actor_id in changed:
                new[position] = (actor_id, changed.pop(actor_id), kind, country)
                self.actors[actor_id] = (new[position][1], country)
        if not changed:
            return
        # Read again within the transaction: another writer may have named them since they were cached.
        query = select(actors.c.id, actors.c.name).where(actors.c.id.in_(sorted(changed)))
        stored = {row.id: row.name for row in connection.execute(query)}
        renamed = []
        for actor_id, name in sorted(changed.items()):
            old = stored.get(actor_id, self.actors[actor_id][0])
            name = preferred_name(old, name)
            self.actors[actor_id] = (name, self.actors[actor_id][1])
            if name != old:
                renamed.append((name, actor_id))
                rows.aliases.add((actor_id, old))
                self.aliases.discard((actor_id, name))
        if renamed:
            connection.exec_driver_sql(f"UPDATE actors SET name = {rows.mark} WHERE id = {rows.mark}", renamed)
            connection.exec_driver_sql(
                f"DELETE FROM actor_aliases WHERE alias = {rows.mark} AND actor_id = {rows.mark}", renamed
            )

    def _add_extraction(self, connection: Connection, item: Prepared, actor_ids: list[str], day: date | None, rows: _Rows) -> None:
        extraction = item.extraction
        article = item.article_id
        for actor, actor_id in zip(extraction.actors, actor_ids, strict=True):
            canonical = self.actors[actor_id][0]
            rows.aliases.update((actor_id, alias) for alias in {actor.name, *actor.aliases} if alias and alias != canonical)
            rows.title(actor_id, article, actor.title)
        message_ids = []
        for message in extraction.messages:
            sender, recipient = actor_ids[message.sender], actor_ids[message.recipient]
            rows.title(sender, article, message.sender_title)
            rows.title(recipient, article, message.recipient_title)
            message_id = self._message_id(connection, (sender, recipient, message.kind), message.occasion, day, rows)
            message_ids.append(message_id)
            rows.reports.setdefault((message_id, article), (message_id, article, message.start, message.end))
        for statement in extraction.statements:
            rows.statements.setdefault(
                (article, statement.start, statement.end),
                (
                    article,
                    actor_ids[statement.speaker],
                    message_ids[statement.message] if statement.message is not None else None,
                    statement.kind,
                    statement.text,
                    statement.start,
                    statement.end,
                    day,
                ),
            )

    def _recall(self, connection: Connection, actor_ids: Iterable[str]) -> None:
        """Bring stored actors (and their aliases) with these ids into the caches."""
        unknown = sorted(actor_id for actor_id in actor_ids if actor_id not in self.actors and actor_id not in self.absent)
        for start in range(0, len(unknown), IDS_A_QUERY):
            chunk = unknown[start : start + IDS_A_QUERY]
            for row in connection.execute(select(actors.c.id, actors.c.name, actors.c.country).where(actors.c.id.in_(chunk))):
                self.actors[row.id] = (row.name, row.country)
            for row in connection.execute(select(actor_aliases).where(actor_aliases.c.actor_id.in_(chunk))):
                self.aliases.add((row.actor_id, row.alias))
        self.absent.update(actor_id for actor_id in unknown if actor_id not in self.actors)

    def _message_id(
        self, connection: Connection, key: MessageKey, occasion: str | None, day: date | None, rows: _Rows
    ) -> int:
        """The message this report belongs to: the stored one of the same key nearest in date
        within MERGE_WINDOW (undated: one undated from this ingest batch), else a new one."""
        known = rows.messages.setdefault(key, [])
        if day is None:
            candidates = [m for m in known if m.date is None and m.batch == self.batch]
        else:
            candidates = [m for m in known if m.date is not None and abs(m.date - day) <= MERGE_WINDOW]
        if candidates:
            best = min(candidates, key=lambda m: (abs((m.date - day).days) if day else 0, m.id))
            if best.occasion is None and occasion:
                best.occasion = occasion
                if not best.new:  # a new message is written with what it holds at the end
                    rows.occasions[best.id] = occasion
            return best.id
        message = _StoredMessage(rows.next_message_id(), day, occasion, self.batch if day is None else None, new=True)
        rows.new_messages.append((key, message))
        known.append(message)
        return message.id


@dataclass(slots=True)
class _StoredMessage:
    id: int
    date: date | None
    occasion: str | None
    batch: str | None
    new: bool = False  # added by this transaction, not written yet


def _stored_messages(connection: Connection, keys: set[MessageKey]) -> dict[MessageKey, list[_StoredMessage]]:
    """The stored messages of each (sender, recipient, kind), read KEYS_A_QUERY keys a query."""
    found: dict[MessageKey, list[_StoredMessage]] = {key: [] for key in keys}
    ordered = sorted(keys)
    for start in range(0, len(ordered), KEYS_A_QUERY):
        chunk = ordered[start : start + KEYS_A_QUERY]
        chunk += [chunk[-1]] * (KEYS_A_QUERY - len(chunk))  # a repeated key finds its rows once
        params = {}
        for n, (sender, recipient, kind) in enumerate(chunk):
            params.update({f"s{n}": sender, f"r{n}": recipient, f"k{n}": kind})
        for row in connection.execute(MESSAGES_OF_KEYS, params):
            found[(row.sender_id, row.recipient_id, row.kind)].append(
                _StoredMessage(row.id, row.date, row.occasion, row.ingest_batch)
            )
    return found


class _Rows:
    """Rows of one transaction, keyed so that repeats within it are written once, as tuples
    in column order; written with the driver's executemany (building a statement and
    converting a dict a row through SQLAlchemy costs more than SQLite's own work)."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        dialect = connection.dialect
        self.mark = "?" if dialect.paramstyle == "qmark" else "%s"
        # What SQLAlchemy would make of a date or a date-time for this driver (SQLite stores text).
        self.bind_date = statements.c.date.type.dialect_impl(dialect).bind_processor(dialect) or _same
        self.bind_datetime = articles.c.ingested_at.type.dialect_impl(dialect).bind_processor(dialect) or _same
        self._last_message_id: int | None = None
        self.aliases: set[tuple[str, str]] = set()
        self.titles: dict[tuple[str, str], tuple[str, str, str | None]] = {}
        self.reports: dict[tuple[int, str], tuple[int, str, int, int]] = {}
        self.statements: dict[tuple[str, int, int], tuple] = {}  # STATEMENT_COLUMNS, the date not yet bound
        self.occasions: dict[int, str] = {}  # message id -> occasion, for messages stored before without one
        self.messages: dict[MessageKey, list[_StoredMessage]] = {}  # messages of this batch's keys, new ones too
        self.new_messages: list[tuple[MessageKey, _StoredMessage]] = []

    def title(self, actor_id: str, article_id: str, title: str | None) -> None:
        row = self.titles.get((actor_id, article_id))
        if row is None or (row[2] is None and title):
            self.titles[(actor_id, article_id)] = (actor_id, article_id, title or None)

    def next_message_id(self) -> int:
        """An id for a new message. On SQLite the transaction holds the write lock, so the
        largest id plus one is free, as SQLite itself would choose; elsewhere the sequence."""
        if self.connection.dialect.name != "sqlite":
            return self.connection.exec_driver_sql("SELECT nextval(pg_get_serial_sequence('messages', 'id'))").scalar_one()
        if self._last_message_id is None:
            self._last_message_id = self.connection.exec_driver_sql("SELECT coalesce(max(id), 0) FROM messages").scalar_one()
        self._last_message_id += 1
        return self._last_message_id

    def insert(
        self,
        table: Table,
        columns: Sequence[str],
        values: list[tuple],
        *,
        ignore_duplicates: bool = False,
        looked_up: dict[str, str] | None = None,
    ) -> None:
        """Insert rows of `columns`; `looked_up` adds columns computed by SQL from values that
        follow the columns' own in each tuple (a {mark} in the SQL for each)."""
        if not values:
            return
        quote = self.connection.dialect.identifier_preparer.quote
        looked_up = looked_up or {}
        names = [*columns, *looked_up]
        slots = [self.mark] * len(columns) + [expression.format(mark=self.mark) for expression in looked_up.values()]
        sql = f"INSERT INTO {table.name} ({', '.join(quote(name) for name in names)}) VALUES ({', '.join(slots)})"
        if ignore_duplicates:  # another writer may have added them
            sql += " ON CONFLICT DO NOTHING"
        self.connection.exec_driver_sql(sql, values)


def _same(value):
    return value


def _locked(connection: Connection) -> Connection:
    """On SQLite, take the write lock now: the transaction then sees every row it will build on
    (stored hashes, actors, messages) as it stands until it commits, and search.marks is exact."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    return connection


def published_date(item: Prepared) -> tuple[date | None, str]:
    """The article's date and how it was known: metadata first, then what extraction read."""
    if item.document.published_at is not None:
        return item.document.published_at, "metadata"
    if item.extraction.published is not None:
        return item.extraction.published, item.extraction.published_source
    return None, "none"


def _stored_hashes(connection: Connection, hashes: Sequence[str]) -> set[str]:
    found: set[str] = set()
    unique = sorted(set(hashes))
    for start in range(0, len(unique), 500):
        chunk = unique[start : start + 500]
        found.update(connection.execute(select(articles.c.content_hash).where(articles.c.content_hash.in_(chunk))).scalars())
    return found


def _dialect_insert(connection: Connection):
    """The dialect's INSERT, which has ON CONFLICT."""
    dialect = connection.dialect.name
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    elif dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:  # pragma: no cover - only SQLite and PostgreSQL are supported
        raise NotImplementedError(dialect)
    return dialect_insert


def month_of(day: date | None) -> str:
    """statement_counts.month: 'YYYY-MM', or '' for no date."""
    return day.isoformat()[:7] if day else ""


def _apply_counts(connection: Connection, total: Column, counted: Counter, sign: int) -> None:
    """Add (sign 1) or take away (-1) `counted` (key tuple in the order of the primary key of
    `total`'s table -> rows) to the counts in `total`; counts that fall to zero go."""
    if not counted:
        return
    table = total.table
    keys = [column.name for column in table.primary_key.columns]
    changes = [{**dict(zip(keys, key, strict=True)), total.name: sign * n} for key, n in sorted(counted.items())]
    insert_counts = _dialect_insert(connection)(table)
    connection.execute(
        insert_counts.on_conflict_do_update(
            index_elements=list(table.primary_key.columns),
            set_={total.name: total + insert_counts.excluded[total.name]},
        ),
        changes,
    )
    if sign < 0:  # only the keys touched: the table may hold many thousand rows
        touched = [table.c[key] == bindparam(f"touched_{key}") for key in keys]
        connection.execute(
            delete(table).where(*touched, total <= 0),
            [{f"touched_{key}": value for key, value in zip(keys, key_values, strict=True)} for key_values in counted],
        )


def count_statements(connection: Connection, rows: Iterable[dict], sign: int = 1) -> None:
    """Add (sign 1) or take away (-1) these statement rows in statement_counts,
    statement_speaker_counts and statement_month_counts."""
    rows = list(rows)
    counted = Counter((row["speaker_id"], row["kind"], month_of(row["date"])) for row in rows)
    _apply_counts(connection, statement_counts.c.statements, counted, sign)
    by_speaker = Counter((row["speaker_id"], row["kind"]) for row in rows)
    _apply_counts(connection, statement_speaker_counts.c.statements, by_speaker, sign)
    by_month = Counter((row["kind"], month_of(row["date"])) for row in rows)
    _apply_counts(connection, statement_month_counts.c.statements, by_month, sign)


def count_messages(connection: Connection, rows: Iterable[dict], sign: int = 1) -> None:
    """Add (sign 1) or take away (-1) these message rows in message_counts, actor_message_counts
    and message_month_counts."""
    rows = list(rows)
    counted = Counter((row["sender_id"], row["recipient_id"], row["kind"], month_of(row["date"])) for row in rows)
    _apply_counts(connection, message_counts.c.messages, counted, sign)
    by_actor = Counter(
        (role, row[f"{role}_id"], row["kind"]) for row in rows for role in ("sender", "recipient")
    )
    _apply_counts(connection, actor_message_counts.c.messages, by_actor, sign)
    by_month = Counter((row["kind"], month_of(row["date"])) for row in rows)
    _apply_counts(connection, message_month_counts.c.messages, by_month, sign)


def delete_article(engine: Engine, article_id: str) -> bool:
    """Remove an article with its reports, statements and actor titles, then the messages and
    actors that nothing else supports any more. False if there was no such article."""
    with engine.begin() as connection:
        if connection.execute(select(articles.c.id).where(articles.c.id == article_id)).first() is None:
            return False
        message_ids = set(
            connection.execute(select(message_reports.c.message_id).where(message_reports.c.article_id == article_id)).scalars()
        )
        actor_ids = set(connection.execute(select(actor_titles.c.actor_id).where(actor_titles.c.article_id == article_id)).scalars())
        actor_ids |= set(connection.execute(select(statements.c.speaker_id).where(statements.c.article_id == article_id)).scalars())
        for sender, recipient in connection.execute(
            select(messages.c.sender_id, messages.c.recipient_id).where(messages.c.id.in_(message_ids))
        ):
            actor_ids |= {sender, recipient}
        said = connection.execute(
            select(statements.c.speaker_id, statements.c.kind, statements.c.date).where(statements.c.article_id == article_id)
        )
        count_statements(connection, [row._asdict() for row in said], sign=-1)
        for table in (statements, message_reports, actor_titles):
            connection.execute(delete(table).where(table.c.article_id == article_id))
        connection.execute(delete(articles).where(articles.c.id == article_id))
        reported = select(message_reports.c.message_id).where(message_reports.c.message_id == messages.c.id)
        unreported = [messages.c.id.in_(message_ids), ~reported.exists()]
        gone = connection.execute(
            select(messages.c.sender_id, messages.c.recipient_id, messages.c.kind, messages.c.date).where(*unreported)
        )
        count_messages(connection, [row._asdict() for row in gone], sign=-1)
        connection.execute(delete(messages).where(*unreported))
        still_used = (
            select(actor_titles.c.actor_id).where(actor_titles.c.actor_id == actors.c.id).exists()
            | select(statements.c.id).where(statements.c.speaker_id == actors.c.id).exists()
            | select(messages.c.id).where((messages.c.sender_id == actors.c.id) | (messages.c.recipient_id == actors.c.id)).exists()
        )
        unused = list(connection.execute(select(actors.c.id).where(actors.c.id.in_(actor_ids), ~still_used)).scalars())
        connection.execute(delete(actor_aliases).where(actor_aliases.c.actor_id.in_(unused)))
        connection.execute(delete(actors).where(actors.c.id.in_(unused)))
    return True
