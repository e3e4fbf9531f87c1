"""/v1/messages"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from starlette.responses import Response

from app.api.deps import DB, LARGEST_ID, MessageQuery, Pages, list_response, run_query
from app.api.errors import documented, not_found
from app.api.responses import json_response
from app.queries import messages
from app.schemas import MessageDetail, MessagePage

router = APIRouter(prefix="/v1/messages", tags=["messages"])

MessageSort = StrEnum("MessageSort", {name: name for name in messages.SORTS})
SORT_DESCRIPTION = (
    "Order: newest first (`-date`, the default; undated messages last), oldest first (`date`; undated first), "
    "or by id (`id`, `-id`)."
)
SortParam = Annotated[MessageSort, Query(description=SORT_DESCRIPTION, examples=["-date"])]
DEFAULT_SORT = MessageSort(messages.DEFAULT_SORT)


@router.get("", response_model=MessagePage, summary="List messages", responses=documented(400, 422))
async def list_messages(
    request: Request, db: DB, pages: Pages, filters: MessageQuery, sort: SortParam = DEFAULT_SORT
) -> Response:
    """Messages matching every filter given, a page at a time, each with its sender and recipient."""
    return await list_response(
        request,
        pages,
        bool(filters.q),
        messages.list_messages,
        db,
        filters,
        sort=sort.value,
    )


@router.get("/{message_id}", response_model=MessageDetail, summary="Get a message", responses=documented(404, 422))
async def get_message(
    request: Request,
    db: DB,
    message_id: Annotated[int, Path(ge=1, le=LARGEST_ID, description="The message's id.", examples=[1])],
) -> Response:
    """The message with its sender, recipient, every article reporting it and its statements."""
    message = await run_query(False, messages.get_message, db, message_id)
    if message is None:
        raise not_found("message", message_id)
    return json_response(request, message)
