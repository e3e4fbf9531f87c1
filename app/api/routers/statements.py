"""/v1/statements"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from starlette.responses import Response

from app.api.deps import DB, LARGEST_ID, Pages, StatementQuery, list_response, resolve_sort, run_query
from app.api.errors import documented, not_found
from app.api.responses import json_response
from app.queries import statements
from app.schemas import StatementOut, StatementPage

router = APIRouter(prefix="/v1/statements", tags=["statements"])

StatementSort = StrEnum("StatementSort", {name: name for name in statements.SORTS})


@router.get("", response_model=StatementPage, summary="List statements", responses=documented(400, 422, 503))
async def list_statements(
    request: Request,
    db: DB,
    pages: Pages,
    filters: StatementQuery,
    sort: Annotated[
        StatementSort | None,
        Query(
            description="Order: by id (`id`, the default without `q`: order of ingest), newest first (`-id`), "
            "or `relevance` to `q` (the default with `q`).",
            examples=["id"],
        ),
    ] = None,
) -> Response:
    """Statements matching every filter given, a page at a time, each with its speaker and offsets."""
    return await list_response(
        request,
        pages,
        bool(filters.q),
        statements.list_statements,
        db,
        filters,
        sort=resolve_sort(sort, filters.q, statements.DEFAULT_SORT),
    )


@router.get("/{statement_id}", response_model=StatementOut, summary="Get a statement", responses=documented(404, 422))
async def get_statement(
    request: Request,
    db: DB,
    statement_id: Annotated[int, Path(ge=1, le=LARGEST_ID, description="The statement's id.", examples=[1])],
) -> Response:
    """One statement, with its speaker, article and offsets."""
    statement = await run_query(False, statements.get_statement, db, statement_id)
    if statement is None:
        raise not_found("statement", statement_id)
    return json_response(request, statement)
