"""The routes of /v1/senders and /v1/recipients: one role of a message each, same shape."""

from enum import StrEnum
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from starlette.responses import Response

from app.api.deps import DB, ActorQuery, MessageQuery, Pages, list_response, run_query
from app.api.errors import documented, not_found
from app.api.responses import json_response
from app.api.routers.messages import DEFAULT_SORT as MESSAGE_DEFAULT_SORT
from app.api.routers.messages import SortParam as MessageSortParam
from app.queries import actors, messages
from app.queries.actors import Role
from app.schemas import CorrespondentDetail, CorrespondentPage, MessagePage

ActorSort = StrEnum("ActorSort", {name: name for name in actors.SORTS["sender"]})
PLURAL = {"sender": "senders", "recipient": "recipients"}
VERB = {"sender": "sent", "recipient": "received"}
DEFAULT_SORT = ActorSort(actors.DEFAULT_SORT)


def correspondent_router(role: Role) -> APIRouter:
    plural, verb = PLURAL[role], VERB[role]
    router = APIRouter(prefix=f"/v1/{plural}", tags=[plural])
    ActorId = Annotated[
        str, Path(description="The actor's id.", examples=["xi-jinping" if role == "sender" else "hun-sen"])
    ]

    @router.get(
        "",
        response_model=CorrespondentPage,
        summary=f"List {plural}",
        description=f"Actors that {verb} at least one message, with how many.",
        responses=documented(400, 422),
        operation_id=f"list_{plural}",
    )
    async def list_correspondents(
        request: Request,
        db: DB,
        pages: Pages,
        filters: ActorQuery,
        sort: Annotated[
            ActorSort,
            Query(
                description=f"Order: by `name` (the default), by messages {verb}, most first (`-messages`), "
                "or by `id`.",
                examples=["-messages"],
            ),
        ] = DEFAULT_SORT,
    ) -> Response:
        return await list_response(
            request,
            pages,
            True,  # each row counts the actor's messages: a long index range for a prolific one
            actors.list_actors,
            db,
            role,
            filters,
            sort=sort.value,
        )

    @router.get(
        "/{actor_id}",
        response_model=CorrespondentDetail,
        summary=f"Get one of the {plural}",
        description=f"An actor that {verb} at least one message: names, titles, messages sent and received.",
        responses=documented(404, 422),
        operation_id=f"get_{role}",
    )
    async def get_correspondent(request: Request, db: DB, actor_id: ActorId) -> Response:
        actor = await run_query(True, actors.get_actor, db, role, actor_id)
        if actor is None:
            raise not_found(role, actor_id)
        return json_response(request, actor)

    @router.get(
        "/{actor_id}/messages",
        response_model=MessagePage,
        summary=f"List the messages one of the {plural} {verb}",
        description=f"The messages the actor {verb}, under the message filters (its own `{role}` filter is the actor).",
        responses=documented(400, 404, 422),
        operation_id=f"list_{role}_messages",
    )
    async def list_correspondent_messages(
        request: Request,
        db: DB,
        actor_id: ActorId,
        pages: Pages,
        filters: MessageQuery,
        sort: MessageSortParam = MESSAGE_DEFAULT_SORT,
    ) -> Response:
        if not actors.is_in_role(db, role, actor_id):
            raise not_found(role, actor_id)
        setattr(filters, role, [actor_id])
        return await list_response(
            request,
            pages,
            bool(filters.q),
            messages.list_messages,
            db,
            filters,
            sort=sort.value,
        )

    return router
