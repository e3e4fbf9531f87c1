"""JSON responses encoded once with orjson, with an ETag and 304 on If-None-Match.

Routers return these directly, so FastAPI neither validates nor re-encodes the rows
(its jsonable_encoder path costs several times the query itself on a list page);
the `response_model` declared on each route documents the same JSON.
"""

from __future__ import annotations

from hashlib import blake2b
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response

from app.queries.pagination import Page

ORJSON_OPTIONS = orjson.OPT_NAIVE_UTC | orjson.OPT_UTC_Z


def entity_tag(body: bytes) -> str:
    return '"' + blake2b(body, digest_size=16).hexdigest() + '"'


def _matches(if_none_match: str | None, etag: str) -> bool:
    if not if_none_match:
        return False
    candidates = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
    return "*" in candidates or etag in candidates


def tagged_response(request: Request, body: bytes, media_type: str, headers: dict[str, str] | None = None) -> Response:
    """`body` with its ETag, or 304 Not Modified when the client already holds it."""
    etag = entity_tag(body)
    if _matches(request.headers.get("if-none-match"), etag):
        return Response(status_code=304, headers={"ETag": etag})
    return Response(body, media_type=media_type, headers={**(headers or {}), "ETag": etag})


def json_response(request: Request, payload: Any, headers: dict[str, str] | None = None) -> Response:
    return tagged_response(request, orjson.dumps(payload, option=ORJSON_OPTIONS), "application/json", headers)


def page_response(request: Request, page: Page, limit: int) -> Response:
    """`{data, next_cursor, limit[, total]}`, with the next page also in a `Link` header."""
    payload: dict[str, Any] = {"data": page.rows, "next_cursor": page.next_cursor, "limit": limit}
    if page.total is not None:
        payload["total"] = page.total
    headers = {}
    if page.next_cursor is not None:
        headers["Link"] = f'<{request.url.include_query_params(cursor=page.next_cursor)}>; rel="next"'
    return json_response(request, payload, headers)
