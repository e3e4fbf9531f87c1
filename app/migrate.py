"""Apply the Alembic migrations in `migrations/` to a database, from code.

The package reads them through `app/migrations` (a link to the top-level directory, shipped
as package data), so an installed package needs neither the source tree nor alembic.ini;
the `alembic` command line in a checkout still uses alembic.ini.
"""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine

from app.db import make_engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("path_separator", "os")
    # ConfigParser interpolation treats % specially (URL-encoded passwords).
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(url: str, engine: Engine | None = None) -> None:
    """Bring the database at `url` to the latest revision (a no-op when it is there)."""
    config = alembic_config(url)
    owned = engine is None
    engine = engine or make_engine(url)
    try:
        with engine.begin() as connection:
            if connection.dialect.name == "sqlite":
                # pysqlite runs DDL outside any transaction unless one is open: open it, so that
                # an interrupted migration leaves the database as it was, never half-migrated.
                connection.exec_driver_sql("BEGIN")
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    finally:
        if owned:
            engine.dispose()
