"""Apply the Alembic migrations in `migrations/` to a database, from code."""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine

from app.db import make_engine

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def alembic_config(url: str) -> Config:
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_ROOT / "migrations"))
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
