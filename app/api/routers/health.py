"""/healthz"""

from __future__ import annotations

from fastapi import APIRouter, Request
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from starlette.responses import Response

from app.api.deps import DB
from app.api.errors import error_response
from app.api.responses import json_response
from app.schemas import ErrorBody, Health

router = APIRouter(tags=["health"])


@router.get(
    "/healthz",
    response_model=Health,
    summary="Health check",
    responses={503: {"model": ErrorBody, "description": "The database cannot be read."}},
)
async def health(request: Request, db: DB) -> Response:
    """`ok` when the service answers and can read its database."""
    try:
        db.execute(text("SELECT 1"))
    except SQLAlchemyError as error:
        return error_response(503, f"database unavailable: {type(error).__name__}")
    return json_response(request, {"status": "ok"})
