"""/v1/{articles,messages,statements}.{csv,jsonl}: every matching row, streamed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request
from starlette.responses import StreamingResponse

from app.api.deps import ArticleQuery, MessageQuery, StatementQuery
from app.api.errors import documented
from app.queries import export

router = APIRouter(tags=["export"])

FORMATS: list[export.Format] = ["csv", "jsonl"]
# Each export in the order its rows were stored, which reads the database front to back.
ORDER = {
    "messages": "in id order (the order of ingest)",
    "statements": "in id order (the order of ingest)",
    "articles": "in the order of ingest (articles of one ingest transaction by id on PostgreSQL)",
}


def _streamed(request: Request, build: Callable, filters: Any, columns: list[str], fmt: export.Format, name: str):
    body = export.stream(request.app.state.engine, build, filters, columns, fmt)
    headers = {"Content-Disposition": f'attachment; filename="{name}.{fmt}"'}
    return StreamingResponse(body, media_type=export.MEDIA_TYPES[fmt], headers=headers)


def _responses(columns: list[str]) -> dict:
    return {
        **documented(422),
        200: {
            "description": "Every matching row, in the order stored (see the endpoint): CSV with a header line "
            f"({', '.join(columns)}), or one JSON object a line with those keys.",
            "content": {media: {"schema": {"type": "string"}} for media in export.MEDIA_TYPES.values()},
        },
    }


def _endpoints(fmt: export.Format) -> list[tuple[str, Callable, list[str]]]:
    async def export_messages(request: Request, filters: MessageQuery) -> StreamingResponse:
        return _streamed(request, export.messages_query, filters, export.MESSAGE_COLUMNS, fmt, "messages")

    async def export_statements(request: Request, filters: StatementQuery) -> StreamingResponse:
        return _streamed(request, export.statements_query, filters, export.STATEMENT_COLUMNS, fmt, "statements")

    async def export_articles(request: Request, filters: ArticleQuery) -> StreamingResponse:
        return _streamed(request, export.articles_query, filters, export.ARTICLE_COLUMNS, fmt, "articles")

    return [
        ("messages", export_messages, export.MESSAGE_COLUMNS),
        ("statements", export_statements, export.STATEMENT_COLUMNS),
        ("articles", export_articles, export.ARTICLE_COLUMNS),
    ]


for fmt in FORMATS:
    for resource, endpoint, columns in _endpoints(fmt):
        router.add_api_route(
            f"/v1/{resource}.{fmt}",
            endpoint,
            methods=["GET"],
            summary=f"Export {resource} as {fmt.upper()}",
            description=f"Every {resource[:-1]} matching the filters of `/v1/{resource}`, streamed in constant "
            f"memory, {ORDER[resource]}.",
            response_class=StreamingResponse,
            responses=_responses(columns),
            operation_id=f"export_{resource}_{fmt}",
        )
