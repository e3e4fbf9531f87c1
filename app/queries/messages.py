"""Messages: lists under filters, one message with its reports."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import Connection, Select, func, select

from app.models import Article, Message, MessageReport, Statement
from app.queries import search
from app.queries.common import (
    Recipient,
    Sender,
    Unindexed,
    actor_columns,
    any_of,
    by_actor,
    is_common,
    present,
)
from app.queries.pagination import Key, Page, Sort, built_once, date_key, fetch_page, filters_key, integer, kept

SORTS = {
    sort.name: sort
    for sort in (
        Sort(
            "-date",
            (date_key(Message.date, "date", descending=True), Key(Message.id, "id", decode=integer, descending=True)),
        ),
        Sort("date", (date_key(Message.date, "date"), Key(Message.id, "id", decode=integer))),
        Sort("id", (Key(Message.id, "id", decode=integer),)),
        Sort("-id", (Key(Message.id, "id", decode=integer, descending=True),)),
    )
}
DEFAULT_SORT = "-date"
DATE_SORTS = ("-date", "date")


@dataclass(slots=True)
class MessageFilters:
    """Each list is OR within itself; the filters are ANDed."""

    q: str | None = None
    sender: list[str] | None = None
    recipient: list[str] | None = None
    sender_country: list[str] | None = None
    recipient_country: list[str] | None = None
    kind: list[str] | None = None
    article: list[str] | None = None
    date_from: date | None = None
    date_to: date | None = None
    # Check the actor filters while walking the page's order (see common.by_actor).
    walk: bool = False

    def actor_conditions(self, walk: bool) -> list:
        # The countries are the message's own columns (copied from its actors by the writer).
        return present(
            by_actor(self.sender, Message.sender_id, walk),
            by_actor(self.recipient, Message.recipient_id, walk),
            by_actor(self.sender_country, Message.sender_country, walk),
            by_actor(self.recipient_country, Message.recipient_country, walk),
        )

    def in_country_index(self) -> bool:
        """One country (of the sender or of the recipient, or one of each), one kind and no
        actor: an index on that country, kind and date holds the matching messages in date order."""
        countries = [codes for codes in (self.sender_country, self.recipient_country) if codes]
        return (
            bool(countries)
            and all(len(codes) == 1 for codes in countries)
            and not (self.sender or self.recipient)
            and self.kind is not None
            and len(self.kind) == 1
        )

    def kind_condition(self, walk: bool):
        """The kind, searched by when it is one kind and no actor filter leads (an index on
        kind and date holds its messages in date order), or beside one country (see
        in_country_index). Otherwise it is checked on the rows met: with actor filters, in
        the index on actor, kind and date that finds them (the planner would otherwise walk
        a kind in date order, reading each message); without, the messages of several kinds
        would all be fetched and sorted."""
        one_kind = self.kind is not None and len(self.kind) == 1
        indexed = not walk and one_kind and (not self.actor_conditions(walk=False) or self.in_country_index())
        return any_of(Message.kind if indexed else Unindexed(Message.kind), self.kind)

    def conditions(self, dialect: str) -> list:
        return present(
            search.MESSAGES.matching(dialect, self.q) if self.q else None,
            *self.actor_conditions(self.walk),
            self.kind_condition(self.walk),
            Message.id.in_(select(MessageReport.message_id).where(any_of(MessageReport.article_id, self.article)))
            if self.article
            else None,
            Message.date >= self.date_from if self.date_from else None,
            Message.date <= self.date_to if self.date_to else None,
        )


def _report_count():
    return (
        select(func.count())
        .where(MessageReport.message_id == Message.id)
        .correlate(Message)
        .scalar_subquery()
        .label("report_count")
    )


def planned(connection: Connection, filters: MessageFilters) -> MessageFilters:
    """The filters, their actor filters to be walked in order if together (and with the kind)
    they match many messages."""
    found = filters.actor_conditions(walk=False)
    probe = present(*found, any_of(Message.kind, filters.kind))
    return replace(filters, walk=bool(found) and is_common(connection, probe))


# Built once: a statement is immutable, and building this one costs more than running a page of it.
MESSAGES = built_once(
    select(
        Message.id,
        Message.kind,
        Message.occasion,
        Message.date,
        *actor_columns(Sender, "sender"),
        *actor_columns(Recipient, "recipient"),
        _report_count(),
    )
    .join(Sender, Sender.id == Message.sender_id)
    .join(Recipient, Recipient.id == Message.recipient_id)
)


def message_query(filters: MessageFilters, dialect: str) -> Select:
    """Messages with their sender and recipient, filtered; unordered."""
    conditions = filters.conditions(dialect)
    return MESSAGES.where(*conditions) if conditions else MESSAGES


def message_dict(row: Any) -> dict[str, Any]:
    # By position (message_query's column order): this runs for every row of every page.
    (
        message_id, kind, occasion, day,
        sender_id, sender_name, sender_kind, sender_country,
        recipient_id, recipient_name, recipient_kind, recipient_country,
        report_count,
    ) = row[:13]  # fmt: skip
    return {
        "id": message_id,
        "sender": {"id": sender_id, "name": sender_name, "kind": sender_kind, "country": sender_country},
        "recipient": {"id": recipient_id, "name": recipient_name, "kind": recipient_kind, "country": recipient_country},
        "kind": kind,
        "occasion": occasion,
        "date": day,
        "report_count": report_count,
    }


def _keys_query(filters: MessageFilters, dialect: str) -> Select:
    """The ids and dates of the matching messages (found through their actors): what a page
    is ordered and cut by."""
    return select(Message.id, Message.date).where(*filters.conditions(dialect))


def list_messages(
    connection: Connection,
    filters: MessageFilters,
    *,
    sort: str,
    cursor: str | None,
    limit: int,
    with_total: bool = False,
) -> Page:
    """A page of messages. Actor filters matching few messages find them all, which are then
    sorted: on their keys alone (from an index), then the page's rows are read whole, so
    that a few thousand are not each joined to two actors and counting their reports first.
    Otherwise the rows are read in the page's order, and a page ends when it is full: from
    the index of one country and kind in date order (see in_country_index), or checking
    each row met in an index of the page's order."""
    dialect = connection.dialect.name
    in_order = filters.in_country_index() and sort in DATE_SORTS
    filters = filters if in_order else planned(connection, filters)
    key = filters_key(filters)
    if in_order or filters.walk or not filters.actor_conditions(walk=False):
        query = kept(("messages", dialect, key), lambda: message_query(filters, dialect))
        return fetch_page(
            connection, query, SORTS[sort], cursor=cursor, limit=limit, shape=message_dict, with_total=with_total
        )
    page = fetch_page(
        connection,
        kept(("message keys", dialect, key), lambda: _keys_query(filters, dialect)),
        SORTS[sort],
        cursor=cursor,
        limit=limit,
        shape=lambda row: row.id,
        with_total=with_total,
    )
    if page.rows:
        whole = {row.id: row for row in connection.execute(MESSAGES.where(Message.id.in_(page.rows)))}
        page.rows = [message_dict(whole[message_id]) for message_id in page.rows]
    return page


def get_message(connection: Connection, message_id: int) -> dict[str, Any] | None:
    """One message, the articles reporting it (with the evidence text) and its statements."""
    row = connection.execute(
        message_query(MessageFilters(), connection.dialect.name).where(Message.id == message_id)
    ).first()
    if row is None:
        return None
    message = message_dict(row)
    evidence = func.substr(Article.text, MessageReport.start + 1, MessageReport.end - MessageReport.start)
    reports = connection.execute(
        select(
            MessageReport.article_id,
            Article.title,
            Article.source,
            Article.published_at,
            MessageReport.start,
            MessageReport.end,
            evidence.label("evidence"),
        )
        .join(Article, Article.id == MessageReport.article_id)
        .where(MessageReport.message_id == message_id)
        .order_by(Article.published_at.asc().nulls_first(), Article.id)
    ).all()
    message["reports"] = [
        {
            "article_id": report.article_id,
            "article_title": report.title,
            "source": report.source,
            "published_at": report.published_at,
            "start": report.start,
            "end": report.end,
            "evidence": report.evidence,
        }
        for report in reports
    ]
    statement_ids = connection.execute(
        select(Statement.id).where(Statement.message_id == message_id).order_by(Statement.id)
    ).scalars()
    message["statement_ids"] = list(statement_ids)
    return message
