"""Alembic environment: the URL comes from the caller or from app.config (CHANCERY_DATABASE_URL)."""
from __future__ import annotations

from alembic import context

from app.config import get_settings
from app.db import make_engine
from app.models import Base
from app.queries.search import is_search_object

config = context.config
target_metadata = Base.metadata


def include_object(_object, name, type_, _reflected, _compare_to) -> bool:
    """Leave out what no model describes: the full-text search tables and indexes (migration 0002)."""
    return not is_search_object(name, type_)


def database_url() -> str:
    return config.get_main_option("sqlalchemy.url") or get_settings().database_url


def run_migrations_offline() -> None:
    context.configure(
        url=database_url(),
        target_metadata=target_metadata,
        include_object=include_object,
        literal_binds=True,
        render_as_batch=True,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(database_url())
    try:
        with engine.connect() as connection:
            _run(connection)
    finally:
        engine.dispose()


def _run(connection) -> None:
    # render_as_batch: SQLite cannot ALTER most things, so changes are made by table copy there.
    context.configure(
        connection=connection, target_metadata=target_metadata, render_as_batch=True, include_object=include_object
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
