"""Every error is JSON: {"error": {"status", "message", "details"}}."""

from __future__ import annotations

from typing import Any

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException
from starlette.responses import Response

from app.queries.pagination import CursorError
from app.queries.search import SEARCH_SECONDS, SearchTooLong
from app.queries.stats import AGGREGATE_SECONDS, AggregateTooLong
from app.schemas import ErrorBody


class ApiError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def not_found(what: str, identifier: object) -> ApiError:
    return ApiError(404, f"no {what} with id {identifier!r}")


def error_response(status: int, message: str, details: list[dict[str, Any]] | None = None) -> Response:
    body: dict[str, Any] = {"status": status, "message": message}
    if details is not None:
        body["details"] = details
    return Response(orjson.dumps({"error": body}), status_code=status, media_type="application/json")


def _details(error: RequestValidationError) -> list[dict[str, Any]]:
    return [
        {"loc": list(item.get("loc", ())), "msg": item.get("msg", ""), "type": item.get("type", "")}
        for item in error.errors()
    ]


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(_request: Request, error: ApiError) -> Response:
        return error_response(error.status, error.message)

    @app.exception_handler(CursorError)
    async def bad_cursor(_request: Request, error: CursorError) -> Response:
        return error_response(400, f"bad cursor: {error}")

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_request: Request, error: RequestValidationError) -> Response:
        return error_response(422, "invalid request parameters", _details(error))

    @app.exception_handler(SearchTooLong)
    async def search_too_long(_request: Request, _error: SearchTooLong) -> Response:
        return error_response(
            503, f"the search took longer than {SEARCH_SECONDS:g} s: add words or filters, or sort by date or id"
        )

    @app.exception_handler(AggregateTooLong)
    async def aggregate_too_long(_request: Request, _error: AggregateTooLong) -> Response:
        return error_response(
            503,
            f"the aggregate took longer than {AGGREGATE_SECONDS:g} s and was stopped: filters on actors, "
            "countries, kind and whole months are counted ahead and answer at once; a search, an article "
            "or dates within a month need every matching row",
        )

    @app.exception_handler(DataError)
    async def unstorable_value(_request: Request, _error: DataError) -> Response:
        # The database refused a parameter's value (PostgreSQL: a NUL byte in text, say).
        return error_response(422, "a parameter has a value the database cannot compare")

    @app.exception_handler(HTTPException)
    async def http_error(_request: Request, error: HTTPException) -> Response:
        return error_response(error.status_code, str(error.detail))


def documented(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the error statuses an operation can return."""
    meaning = {
        400: "The cursor is not one this list returned.",
        404: "No record has this id.",
        422: "A parameter is invalid (the details name it).",
        503: f"The query took too long and was stopped (a search: {SEARCH_SECONDS:g} s; "
        f"an aggregate: {AGGREGATE_SECONDS:g} s).",
    }
    return {status: {"model": ErrorBody, "description": meaning[status]} for status in statuses}
