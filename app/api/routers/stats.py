"""/v1/stats: counts of messages and statements by group."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from app.api.deps import DB, MessageQuery, StatementQuery, run_cached
from app.api.errors import documented
from app.api.responses import json_response
from app.queries import stats
from app.schemas import Stats

router = APIRouter(prefix="/v1/stats", tags=["stats"])


def _body(group: str, groups: list[dict]) -> dict:
    return {"group_by": group, "total": sum(g["count"] for g in groups), "data": groups}


@router.get("/messages", response_model=Stats, summary="Count messages by group", responses=documented(422, 503))
async def message_stats(
    request: Request,
    db: DB,
    filters: MessageQuery,
    group_by: Annotated[
        stats.MessageGroup,
        Query(
            description="Group by `sender`, `recipient`, `sender_country`, `recipient_country`, `kind`, "
            "`year` or `month` (of the message date).",
            examples=["sender_country"],
        ),
    ],
) -> Response:
    """How many messages match the filters in each group; every message filter applies."""
    return json_response(
        request, _body(group_by, await run_cached(request, db, stats.message_stats, group_by, filters))
    )


@router.get("/statements", response_model=Stats, summary="Count statements by group", responses=documented(422, 503))
async def statement_stats(
    request: Request,
    db: DB,
    filters: StatementQuery,
    group_by: Annotated[
        stats.StatementGroup,
        Query(
            description="Group by `speaker`, `speaker_country`, `kind`, or `year` or `month` of the article.",
            examples=["speaker"],
        ),
    ],
) -> Response:
    """How many statements match the filters in each group; every statement filter applies."""
    return json_response(
        request, _body(group_by, await run_cached(request, db, stats.statement_stats, group_by, filters))
    )
