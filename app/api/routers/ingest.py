"""Ingest over HTTP: POST /v1/articles, POST /v1/articles/batch, DELETE /v1/articles/{id}.

Writing needs an API key (CHANCERY_API_KEYS, sent as `Authorization: Bearer KEY`), compared
in constant time and never logged or echoed. The work is the ingest job's: the same reading
rules, extraction and writer as `chancery ingest`.
"""

from __future__ import annotations

import hmac
from typing import Annotated

import orjson
from fastapi import APIRouter, Depends, Path, Request
from fastapi.concurrency import run_in_threadpool
from starlette.responses import Response

from app.api.errors import ApiError, error_response, not_found
from app.ingest.readers import Document, Limits, ReadError, checked, document_from_object, document_from_text
from app.ingest.service import Result, delete_article, ingest_documents
from app.schemas import ARTICLE_ID, BatchResult, ErrorBody, IngestedArticle

router = APIRouter(prefix="/v1/articles", tags=["ingest"])

UNAUTHORIZED = {"model": ErrorBody, "description": "No valid API key in `Authorization: Bearer KEY`; nothing changed."}
ARTICLE_EXAMPLE = {
    "title": "Xi sends congratulatory message to Hun Sen",
    "text": "Xi sends congratulatory message to Hun Sen\n\nBEIJING, July 30 (Xinhua) -- ...",
    "source": "Xinhua",
    "url": "https://example.org/2023/07/30/xi-hun-sen",
    "published_at": "2023-07-30",
}


def require_api_key(request: Request) -> None:
    """401 unless the request carries one of the configured keys."""
    keys = [key.strip() for key in request.app.state.settings.api_keys.split(",") if key.strip()]
    scheme, _, presented = request.headers.get("authorization", "").partition(" ")
    # Every key is compared, whatever matched, so the time taken says nothing about the keys.
    matched = False
    for key in keys:
        matched |= hmac.compare_digest(presented.strip().encode(), key.encode())
    if scheme.lower() != "bearer" or not matched:
        raise ApiError(401, "a valid API key is needed: Authorization: Bearer KEY")


Authorized = Depends(require_api_key)


def _limits(request: Request) -> Limits:
    settings = request.app.state.settings
    return Limits(settings.ingest_max_file_bytes, settings.ingest_max_article_chars)


async def _body(request: Request, limits: Limits) -> bytes:
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limits.max_file_bytes:
            raise ApiError(413, f"the body is over the limit of {limits.max_file_bytes:,} bytes")
    return bytes(body)


def _read_article(body: bytes, content_type: str, limits: Limits) -> Document:
    if content_type.startswith("text/plain"):
        try:
            text = body.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
        except UnicodeDecodeError:
            raise ReadError("the body is not valid UTF-8") from None
        return checked(document_from_text("request", None, text, len(body)), limits)
    try:
        value = orjson.loads(body)
    except orjson.JSONDecodeError as error:
        raise ReadError(f"invalid JSON: {error.msg}") from None
    if not isinstance(value, dict):
        raise ReadError("expected a JSON object")
    return checked(document_from_object("request", None, value, len(body)), limits)


@router.post(
    "",
    status_code=201,
    response_model=IngestedArticle,
    summary="Add an article",
    dependencies=[Authorized],
    responses={
        200: {"model": IngestedArticle, "description": "The same text was already stored; nothing changed."},
        201: {"description": "The article is new: stored with what extraction found in it."},
        401: UNAUTHORIZED,
        413: {"model": ErrorBody, "description": "The body is over CHANCERY_INGEST_MAX_FILE_BYTES."},
        422: {"model": ErrorBody, "description": "The body cannot be read as an article (the message says why)."},
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "description": "One article: a JSON object (only `text` is required; the title defaults to the first "
            "non-blank line) or the text itself as text/plain.",
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "required": ["text"],
                        "properties": {
                            "title": {"type": "string"},
                            "text": {"type": "string"},
                            "source": {"type": "string"},
                            "url": {"type": "string"},
                            "published_at": {"type": "string", "format": "date"},
                        },
                    },
                    "example": ARTICLE_EXAMPLE,
                },
                "text/plain": {"schema": {"type": "string"}, "example": ARTICLE_EXAMPLE["text"]},
            },
        }
    },
)
async def add_article(request: Request) -> Response:
    """Extract and store one article; idempotent: 201 when new, 200 when its text is already stored."""
    limits = _limits(request)
    body = await _body(request, limits)
    try:
        document = _read_article(body, request.headers.get("content-type", "application/json"), limits)
    except ReadError as error:
        return error_response(422, error.reason)
    (result,) = await run_in_threadpool(ingest_documents, request.app.state.engine, [document])
    if result.status == "failed":
        return error_response(422, result.reason or "the article could not be stored")
    return Response(
        orjson.dumps({"id": result.article_id, "status": result.status}),
        status_code=201 if result.status == "ingested" else 200,
        media_type="application/json",
    )


@router.post(
    "/batch",
    response_model=BatchResult,
    summary="Add articles as JSON lines",
    dependencies=[Authorized],
    responses={
        401: UNAUTHORIZED,
        413: {"model": ErrorBody, "description": "The body is over CHANCERY_INGEST_MAX_FILE_BYTES."},
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "description": "One article object a line, as in a .jsonl file. Lines that cannot be read are reported "
            "with their number and reason; the others are stored.",
            "content": {
                "application/x-ndjson": {
                    "schema": {"type": "string"},
                    "example": orjson.dumps(ARTICLE_EXAMPLE).decode(),
                }
            },
        }
    },
)
async def add_articles(request: Request) -> Response:
    """Extract and store every readable line, as one ingest batch; a line per outcome."""
    limits = _limits(request)
    body = await _body(request, limits)
    lines: list[dict] = []
    documents: list[Document] = []
    for number, raw in enumerate(body.splitlines(), 1):
        if not raw.strip():
            continue
        try:
            value = orjson.loads(raw)
            if not isinstance(value, dict):
                raise ReadError("expected a JSON object")
            documents.append(checked(document_from_object("request", number, value, len(raw)), limits))
        except orjson.JSONDecodeError as error:
            lines.append({"line": number, "id": None, "status": "failed", "reason": f"invalid JSON: {error.msg}"})
        except ReadError as error:
            lines.append({"line": number, "id": None, "status": "failed", "reason": error.reason})
    results: list[Result] = await run_in_threadpool(ingest_documents, request.app.state.engine, documents)
    lines += [{"line": r.document.line, "id": r.article_id, "status": r.status, "reason": r.reason} for r in results]
    lines.sort(key=lambda line: line["line"])
    counts = {status: sum(line["status"] == status for line in lines) for status in ("ingested", "unchanged", "failed")}
    return Response(orjson.dumps({**counts, "lines": lines}), media_type="application/json")


@router.delete(
    "/{article_id}",
    status_code=204,
    summary="Delete an article",
    dependencies=[Authorized],
    responses={
        401: UNAUTHORIZED,
        404: {"model": ErrorBody, "description": "No article has this id."},
        422: {"model": ErrorBody, "description": "The id is not valid (the details say why)."},
    },
)
async def remove_article(
    request: Request, article_id: Annotated[str, Path(description="The article's id.", examples=[ARTICLE_ID])]
) -> Response:
    """Remove the article with its reports and statements, and the messages and actors only it supported."""
    if not await run_in_threadpool(delete_article, request.app.state.engine, article_id):
        raise not_found("article", article_id)
    return Response(status_code=204)
