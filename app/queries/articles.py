"""Articles: lists under filters, one article with everything extracted from it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, exists, select

from app.models import Actor, ActorTitle, Article, Message, MessageReport, Statement
from app.queries import search
from app.queries.common import Unindexed, any_of, by_actor, country_actors, is_common, present
from app.queries.messages import MessageFilters, message_dict, message_query
from app.queries.pagination import Key, Page, Sort, built_once, date_key, text
from app.queries.statements import StatementFilters, statement_dict, statement_query

SORTS = {
    sort.name: sort
    for sort in (
        Sort(
            "-published_at",
            (
                date_key(Article.published_at, "published_at", descending=True),
                Key(Article.id, "id", decode=text, descending=True),
            ),
        ),
        Sort("published_at", (date_key(Article.published_at, "published_at"), Key(Article.id, "id", decode=text))),
        Sort("id", (Key(Article.id, "id", decode=text),)),
        # Best match first; needs `q` (see search.searched_page).
        Sort(search.RELEVANCE, (Key(Article.id, "id", decode=text),)),
    )
}
DEFAULT_SORT = "-published_at"


@dataclass(slots=True)
class ArticleFilters:
    """Each list is OR within itself; the filters are ANDed.

    `sender`, `recipient` and `kind` describe one message the article reports: an
    article matches when a single message it reports satisfies all three.
    """

    q: str | None = None
    source: list[str] | None = None
    published_from: date | None = None
    published_to: date | None = None
    sender: list[str] | None = None
    recipient: list[str] | None = None
    kind: list[str] | None = None
    country: list[str] | None = None
    # Check the message and country filters while walking the page's order (see common.by_actor).
    walk: bool = False

    def _reported(self, walk: bool) -> ColumnElement | None:
        """Reports a message of the sender, recipient and kind asked for."""
        if not (self.sender or self.recipient or self.kind):
            return None
        if walk:
            return exists().where(
                MessageReport.article_id == Article.id,
                Message.id == MessageReport.message_id,
                *present(
                    by_actor(self.sender, Message.sender_id, walk=True),
                    by_actor(self.recipient, Message.recipient_id, walk=True),
                    any_of(Unindexed(Message.kind), self.kind),
                ),
            )
        reports = select(MessageReport.article_id).join(Message, Message.id == MessageReport.message_id)
        return Article.id.in_(
            reports.where(
                *present(
                    any_of(Message.sender_id, self.sender),
                    any_of(Message.recipient_id, self.recipient),
                    any_of(Message.kind, self.kind),
                )
            )
        )

    def _mentioning(self, walk: bool) -> ColumnElement | None:
        """Names an actor of one of the countries."""
        if not self.country:
            return None
        if walk:
            return exists().where(
                ActorTitle.article_id == Article.id,
                Actor.id == ActorTitle.actor_id,
                any_of(Unindexed(Actor.country), self.country),
            )
        return Article.id.in_(
            select(ActorTitle.article_id).where(ActorTitle.actor_id.in_(country_actors(self.country)))
        )

    def probes(self) -> list[list[ColumnElement]]:
        """For each condition on another table, what its rows there must meet (see planned)."""
        messages = present(
            any_of(Message.sender_id, self.sender),
            any_of(Message.recipient_id, self.recipient),
            any_of(Message.kind, self.kind),
        )
        mentions = [ActorTitle.actor_id.in_(country_actors(self.country))] if self.country else []
        return [conditions for conditions in (messages, mentions) if conditions]

    def conditions(self, dialect: str) -> list:
        return present(
            search.ARTICLES.matching(dialect, self.q) if self.q else None,
            any_of(Unindexed(Article.source), self.source),
            Article.published_at >= self.published_from if self.published_from else None,
            Article.published_at <= self.published_to if self.published_to else None,
            self._reported(self.walk),
            self._mentioning(self.walk),
        )


SUMMARY_COLUMNS = (
    Article.id,
    Article.title,
    Article.source,
    Article.url,
    Article.published_at,
    Article.published_at_source,
    Article.ingested_at,
)


SUMMARY_KEYS = tuple(column.key for column in SUMMARY_COLUMNS)


def article_dict(row: Any) -> dict[str, Any]:
    # By position: the summary columns come first in every article query.
    return dict(zip(SUMMARY_KEYS, row[: len(SUMMARY_KEYS)], strict=True))


def planned(connection: Connection, filters: ArticleFilters) -> ArticleFilters:
    """The filters, their message and country filters walked in order if each matches many rows.

    The counts are taken on the messages and the actor mentions themselves, where an
    index finds the rows, rather than on the articles they lead to.
    """
    probes = filters.probes()
    return replace(filters, walk=bool(probes) and all(is_common(connection, probe) for probe in probes))


SUMMARIES = built_once(select(*SUMMARY_COLUMNS))  # built once: a statement is immutable


def article_query(filters: ArticleFilters, dialect: str) -> Select:
    conditions = filters.conditions(dialect)
    return SUMMARIES.where(*conditions) if conditions else SUMMARIES


def list_articles(
    connection: Connection,
    filters: ArticleFilters,
    *,
    sort: str,
    cursor: str | None,
    limit: int,
    with_total: bool = False,
) -> Page:
    return search.filtered_page(
        connection,
        article_query,
        planned(connection, filters),
        search.ARTICLES,
        sort=SORTS[sort],
        cursor=cursor,
        limit=limit,
        shape=article_dict,
        with_total=with_total,
    )


def get_article(connection: Connection, article_id: str) -> dict[str, Any] | None:
    """One article with its text, the actors it names, the messages it reports and its statements."""
    row = connection.execute(select(*SUMMARY_COLUMNS, Article.text).where(Article.id == article_id)).first()
    if row is None:
        return None
    article = article_dict(row)
    article["text"] = row.text
    actors = connection.execute(
        select(Actor.id, Actor.name, Actor.kind, Actor.country, ActorTitle.title)
        .join(ActorTitle, ActorTitle.actor_id == Actor.id)
        .where(ActorTitle.article_id == article_id)
        .order_by(Actor.name, Actor.id)
    ).all()
    article["actors"] = [
        {"id": a.id, "name": a.name, "kind": a.kind, "country": a.country, "title": a.title} for a in actors
    ]
    messages = connection.execute(
        message_query(MessageFilters(), connection.dialect.name)
        .add_columns(MessageReport.start, MessageReport.end)
        .join(MessageReport, MessageReport.message_id == Message.id)
        .where(MessageReport.article_id == article_id)
        .order_by(MessageReport.start, Message.id)
    ).all()
    article["messages"] = [
        {**message_dict(message), "report": {"start": message.start, "end": message.end}} for message in messages
    ]
    statements = connection.execute(
        statement_query(StatementFilters(article=[article_id]), connection.dialect.name).order_by(
            Statement.start, Statement.id
        )
    ).all()
    article["statements"] = [statement_dict(statement) for statement in statements]
    return article
