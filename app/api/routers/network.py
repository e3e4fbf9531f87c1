"""/v1/network: the message network as JSON or GraphML."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from app.api.deps import DB, MessageQuery, run_cached
from app.api.errors import documented
from app.api.responses import json_response, tagged_response
from app.queries import network as networks
from app.schemas import Network

router = APIRouter(tags=["network"])

GRAPHML = "application/graphml+xml"


@router.get(
    "/v1/network",
    response_model=Network,
    summary="The message network",
    responses={
        **documented(422),
        200: {"content": {GRAPHML: {"schema": {"type": "string"}}}, "description": "JSON, or GraphML when asked."},
    },
)
async def network(
    request: Request,
    db: DB,
    filters: MessageQuery,
    level: Annotated[
        networks.Level,
        Query(
            description="Nodes are `actor`s or `country`s (actors without a country left out).", examples=["country"]
        ),
    ] = "actor",
    format: Annotated[
        Literal["json", "graphml"],
        Query(description=f"`graphml` for Gephi and NetworkX; also chosen by `Accept: {GRAPHML}`.", examples=["json"]),
    ] = "json",
) -> Response:
    """Nodes and directed edges sender → recipient weighted by messages, under every message filter."""
    graph = await run_cached(request, db, networks.network, level, filters)
    if format == "graphml" or GRAPHML in request.headers.get("accept", ""):
        return tagged_response(request, networks.graphml(graph).encode("utf-8"), GRAPHML)
    return json_response(request, graph)
