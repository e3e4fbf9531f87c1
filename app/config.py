"""Settings, read from the environment (prefix CHANCERY_) and an optional .env file."""
from __future__ import annotations

from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CHANCERY_", env_file=".env", extra="ignore")

    database_url: str = Field(
        "sqlite:///./data/chancery.db",
        description="SQLAlchemy URL: sqlite:///path for the embedded store, postgresql+psycopg://... for PostgreSQL.",
    )
    host: str = Field("127.0.0.1", description="Address `chancery serve` binds.")
    port: int = Field(8000, ge=1, le=65535, description="Port `chancery serve` binds.")
    default_page_size: int = Field(25, ge=1, description="Rows a list returns when `limit` is not given.")
    max_page_size: int = Field(200, ge=1, description="Largest `limit` a list accepts.")
    ingest_max_file_bytes: int = Field(
        16 * 1024 * 1024, ge=1, description="Largest .txt/.json/.html file `chancery ingest` reads (JSON lines are read a line at a time)."
    )
    ingest_max_article_chars: int = Field(1_000_000, ge=1, description="Longest article text `chancery ingest` accepts.")
    ingest_workers: int = Field(0, ge=0, description="Extraction processes for `chancery ingest`; 0 means one per core.")
    ingest_batch_size: int = Field(5000, ge=1, description="Articles written in one transaction by `chancery ingest`.")
    query_threads: int = Field(
        0, ge=0, description="Slow queries (search, totals, aggregates) the API runs at once; 0 means one more than the cores."
    )
    api_keys: str = Field(
        "",
        description="Comma-separated keys allowed to add and delete articles over HTTP (`Authorization: Bearer KEY`); "
        "empty means no one is.",
    )


@lru_cache
def get_settings() -> Settings:
    return Settings()
