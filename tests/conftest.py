"""Shared fixtures.

Tests use a fresh SQLite file by default. Set CHANCERY_TEST_DATABASE_URL (for example
postgresql+psycopg://postgres@127.0.0.1:5432/test) to run them on another database;
it is emptied before each test that asks for `database_url`.
"""
from __future__ import annotations

import os

import pytest
from sqlalchemy import MetaData

from app.db import make_engine

TEST_DATABASE_URL = os.environ.get("CHANCERY_TEST_DATABASE_URL")


def empty_database(url: str) -> None:
    engine = make_engine(url)
    try:
        metadata = MetaData()
        metadata.reflect(engine)
        metadata.drop_all(engine)
    finally:
        engine.dispose()


@pytest.fixture
def database_url(tmp_path) -> str:
    """The URL of an empty database, with no tables."""
    if TEST_DATABASE_URL:
        empty_database(TEST_DATABASE_URL)
        return TEST_DATABASE_URL
    return f"sqlite:///{tmp_path / 'chancery.db'}"
