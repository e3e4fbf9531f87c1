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
from app.ingest import extraction as ingest_extraction
from ingest_fakes import fake_extract

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
def fake_extractor(monkeypatch):
    """Ingest with the fake extractor of tests/ingest_fakes.py instead of the real one."""
    monkeypatch.setattr(ingest_extraction, "extract", fake_extract)


@pytest.fixture
def database_url(tmp_path) -> str:
    """The URL of an empty database, with no tables."""
    if TEST_DATABASE_URL:
        empty_database(TEST_DATABASE_URL)
        return TEST_DATABASE_URL
    return f"sqlite:///{tmp_path / 'chancery.db'}"


# --- API: a corpus written with the ORM and an app reading it (tests/test_api*.py) ---


@pytest.fixture(scope="module")
def api_corpus(tmp_path_factory):
    """The corpus of tests/api_corpus.py written with the ORM into a migrated database; yields (corpus, engine)."""
    from api_corpus import build_corpus, write_corpus
    from sqlalchemy.orm import Session

    from app.migrate import upgrade

    if TEST_DATABASE_URL:
        empty_database(TEST_DATABASE_URL)
        url = TEST_DATABASE_URL
    else:
        url = f"sqlite:///{tmp_path_factory.mktemp('api') / 'chancery.db'}"
    engine = make_engine(url)
    upgrade(url, engine)  # the migrations, not create_all: full-text search lives in them
    corpus = build_corpus()
    with Session(engine) as session:
        write_corpus(session, corpus)
    yield corpus, engine
    engine.dispose()


@pytest.fixture(scope="module")
def api(api_corpus):
    """An httpx client of the app on the API corpus."""
    from fastapi.testclient import TestClient

    from app.config import Settings
    from app.main import create_app

    _, engine = api_corpus
    with TestClient(create_app(Settings(), engine)) as client:
        yield client
