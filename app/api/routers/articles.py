"""/v1/articles"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from starlette.responses import Response

from app.api.deps import DB, ArticleQuery, Pages, list_response, resolve_sort, run_query
from app.api.errors import documented, not_found
from app.api.responses import json_response
from app.queries import articles
from app.schemas import ARTICLE_ID, ArticleDetail, ArticlePage

router = APIRouter(prefix="/v1/articles", tags=["articles"])

ArticleSort = StrEnum("ArticleSort", {name: name for name in articles.SORTS})


@router.get("", response_model=ArticlePage, summary="List articles", responses=documented(400, 422, 503))
async def list_articles(
    request: Request,
    db: DB,
    pages: Pages,
    filters: ArticleQuery,
    sort: Annotated[
        ArticleSort | None,
        Query(
            description="Order: newest first (`-published_at`, the default; undated articles last), "
            "oldest first (`published_at`; undated first), by `id`, or `relevance` to `q` (the default with `q`).",
            examples=["-published_at"],
        ),
    ] = None,
) -> Response:
    """Articles matching every filter given, a page at a time."""
    return await list_response(
        request,
        pages,
        bool(filters.q),
        articles.list_articles,
        db,
        filters,
        sort=resolve_sort(sort, filters.q, articles.DEFAULT_SORT),
    )


@router.get("/{article_id}", response_model=ArticleDetail, summary="Get an article", responses=documented(404, 422))
async def get_article(
    request: Request,
    db: DB,
    article_id: Annotated[str, Path(description="The article's id.", examples=[ARTICLE_ID])],
) -> Response:
    """The article's text with the actors it names, the messages it reports and its statements."""
    article = await run_query(False, articles.get_article, db, article_id)
    if article is None:
        raise not_found("article", article_id)
    return json_response(request, article)
