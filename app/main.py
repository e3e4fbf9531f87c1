"""The ASGI app, `app.main:app`: the JSON API under /v1, with /docs and /redoc served offline."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi_offline import FastAPIOffline
from sqlalchemy import Engine

from app import __version__
from app.api import errors
from app.api.routers import (
    articles,
    exports,
    health,
    ingest,
    messages,
    network,
    recipients,
    senders,
    statements,
    stats,
)
from app.config import Settings, get_settings
from app.db import get_engine
from app.queries.cache import ResultCache

DESCRIPTION = """
Diplomatic messages, their actors and statements, extracted from news reports.

* **Lists** take `limit` and an opaque `cursor`; the next page's cursor is in `next_cursor`
  and in the `Link` header. Filters combine with AND; a repeated parameter means OR
  (`kind=congratulation&kind=condolence`).
* **Errors** are JSON: `{"error": {"status", "message", "details"}}`.
* **Caching**: every GET answers with an `ETag`; send it back in `If-None-Match` to get `304`.
"""


def create_app(settings: Settings | None = None, engine: Engine | None = None) -> FastAPI:
    settings = settings or get_settings()
    app = FastAPIOffline(
        title="Chancery",
        version=__version__,
        description=DESCRIPTION,
        static_url="/static/docs",
        # FastAPI's native OpenTelemetry checks for providers on every request; off unless wired.
        telemetry={"tracing": False, "metrics": False, "logs": False},
    )
    app.state.settings = settings
    app.state.engine = engine or get_engine(settings.database_url)
    app.state.cache = ResultCache(app.state.engine)
    errors.install(app)
    for module in (exports, articles, ingest, messages, senders, recipients, statements, stats, network, health):
        app.include_router(module.router)
    return app


app = create_app()
