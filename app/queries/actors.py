"""Senders and recipients: actors in one role of at least one message, with their counts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import ColumnElement, Connection, Select, exists, func, or_, select

from app.models import Actor, ActorAlias, ActorTitle, Message
from app.queries.common import any_of, present
from app.queries.pagination import Key, Page, Sort, fetch_page, integer, text

Role = Literal["sender", "recipient"]

# Titles listed on an actor: the most frequent ones.
TOP_TITLES = 20


def _role_column(role: Role) -> ColumnElement:
    return Message.sender_id if role == "sender" else Message.recipient_id


def message_count(role: Role) -> ColumnElement:
    """Messages the actor is the `role` of: an index range count, not a scan."""
    column = _role_column(role)
    return select(func.count()).where(column == Actor.id).correlate(Actor).scalar_subquery()


def sorts(role: Role) -> dict[str, Sort]:
    count = message_count(role)
    return {
        sort.name: sort
        for sort in (
            Sort("name", (Key(Actor.name, "name", decode=text), Key(Actor.id, "id", decode=text))),
            Sort(
                "-messages", (Key(count, "messages", decode=integer, descending=True), Key(Actor.id, "id", decode=text))
            ),
            Sort("id", (Key(Actor.id, "id", decode=text),)),
        )
    }


SORTS: dict[Role, dict[str, Sort]] = {"sender": sorts("sender"), "recipient": sorts("recipient")}
DEFAULT_SORT = "name"


@dataclass(slots=True)
class ActorFilters:
    """Each list is OR within itself; the filters are ANDed. `q` matches name or alias, any case."""

    country: list[str] | None = None
    kind: list[str] | None = None
    q: str | None = None
    min_messages: int | None = None

    def conditions(self, role: Role) -> list:
        named = None
        if self.q:
            named = or_(
                Actor.name.icontains(self.q, autoescape=True),
                exists().where(ActorAlias.actor_id == Actor.id, ActorAlias.alias.icontains(self.q, autoescape=True)),
            )
        return present(
            any_of(Actor.country, self.country),
            any_of(Actor.kind, self.kind),
            named,
            message_count(role) >= self.min_messages if self.min_messages else None,
        )


def actor_query(role: Role, filters: ActorFilters) -> Select:
    column = _role_column(role)
    return select(Actor.id, Actor.name, Actor.kind, Actor.country, message_count(role).label("messages")).where(
        exists().where(column == Actor.id), *filters.conditions(role)
    )


def actor_dict(row: Any) -> dict[str, Any]:
    return {"id": row.id, "name": row.name, "kind": row.kind, "country": row.country, "messages": row.messages}


def list_actors(
    connection: Connection,
    role: Role,
    filters: ActorFilters,
    *,
    sort: str,
    cursor: str | None,
    limit: int,
    with_total: bool = False,
) -> Page:
    return fetch_page(
        connection,
        actor_query(role, filters),
        SORTS[role][sort],
        cursor=cursor,
        limit=limit,
        shape=actor_dict,
        with_total=with_total,
    )


def is_in_role(connection: Connection, role: Role, actor_id: str) -> bool:
    column = _role_column(role)
    return connection.execute(select(exists().where(column == actor_id))).scalar_one()


def get_actor(connection: Connection, role: Role, actor_id: str) -> dict[str, Any] | None:
    """The actor, if it is the `role` of at least one message: names, titles and both counts."""
    if not is_in_role(connection, role, actor_id):
        return None
    row = connection.execute(
        select(
            Actor.id,
            Actor.name,
            Actor.kind,
            Actor.country,
            message_count("sender").label("messages_sent"),
            message_count("recipient").label("messages_received"),
        ).where(Actor.id == actor_id)
    ).one()
    aliases = connection.execute(
        select(ActorAlias.alias).where(ActorAlias.actor_id == actor_id).order_by(ActorAlias.alias)
    ).scalars()
    articles = func.count().label("articles")
    titles = connection.execute(
        select(ActorTitle.title, articles)
        .where(ActorTitle.actor_id == actor_id, ActorTitle.title.is_not(None))
        .group_by(ActorTitle.title)
        .order_by(articles.desc(), ActorTitle.title)
        .limit(TOP_TITLES)
    ).all()
    return {
        "id": row.id,
        "name": row.name,
        "kind": row.kind,
        "country": row.country,
        "aliases": list(aliases),
        "titles": [{"title": title.title, "articles": title.articles} for title in titles],
        "messages_sent": row.messages_sent,
        "messages_received": row.messages_received,
    }
