"""Bad input: what can be decoded lands correctly; everything else is one clear failure."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select
from typer.testing import CliRunner

from app.cli import cli
from app.config import get_settings
from app.db import make_engine
from app.ingest.job import ingest
from app.ingest.readers import Limits
from app.models import Article

BAD = Path(__file__).resolve().parent / "fixtures" / "bad"

# file -> (line or None, a phrase the reason must contain)
EXPECTED_FAILURES = {
    "empty.txt": (None, "empty"),
    "whitespace_only.txt": (None, "empty"),
    "png_named_txt.txt": (None, "binary file, not text (it begins with bytes 89 50 4e 47)"),
    "invalid_utf8.txt": (4, "not valid UTF-8: byte 0xff"),
    "nul_byte.txt": (3, "binary content: NUL byte"),
    "wrong_types.json": (None, "field 'title' must be a string, got a number"),
    "wrong_top_level.json": (None, "expected an object or a list of objects, got a string"),
    "no_text.json": (None, "no 'text' field"),
    "bad_date.json": (None, "published_at 'last Tuesday' is not an ISO 8601 date"),
    "long_source.json": (None, "field 'source' is longer than 200 characters"),
}
EXPECTED_ARTICLES = {
    "Premier sends greetings in UTF-16": "Premier sends greetings in UTF-16\n\nHANOI, May 2 -- The premier sent greetings, the ministry said.\n",
    "President sends letter with a BOM": "President sends letter with a BOM\n\nThe letter arrived on Monday.\n",
    "Foreign minister replies with CRLF": "Foreign minister replies with CRLF\n\nThe reply was published on Tuesday.\nIt was short.\n",
    "Good item in a list": "Good item in a list\n\nBody of the good item.\n",
    "First good line": "First good line\n\nBody one.\n",
    "Third good line": "Third good line\n\nBody three.\n",
    "King sends condolences": (
        "King sends condolences\n\n"
        "BANGKOK, June 3 -- The king sent a message of condolence to the president.\n\n"
        "The message expressed deep sorrow, the palace said.\n"
    ),
    "First line serves as the title": "\n\nFirst line serves as the title\nSecond line of the body.\n",
}


def stored_articles(url: str) -> dict[str, Article]:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return {row.title: row for row in connection.execute(select(Article))}
    finally:
        engine.dispose()


def test_every_good_file_and_line_lands_and_every_bad_one_is_reported(database_url):
    summary = ingest([BAD], database_url, workers=1)

    failures = [(Path(f.path).name, f.line, f.reason) for f in summary.failures]
    for name, (line, phrase) in EXPECTED_FAILURES.items():
        matching = [f for f in failures if f[0] == name]
        assert len(matching) == 1, (name, matching)
        assert matching[0][1] == line and phrase in matching[0][2], matching[0]
    assert [f[2] for f in failures if f[0] == "mixed_list.json"] == [
        "item 2: expected an object, got a number",
        "item 3: field 'text' must be a string, got a number",
    ]
    assert [(f[1], f[2].split(":")[0]) for f in failures if f[0] == "one_broken_line.jsonl"] == [(2, "invalid JSON")]
    assert len(failures) == len(EXPECTED_FAILURES) + 3

    articles = stored_articles(database_url)
    assert {title: article.text for title, article in articles.items()} == EXPECTED_ARTICLES
    assert summary.ingested == len(EXPECTED_ARTICLES)
    assert articles["First good line"].published_at == date(2023, 5, 1)
    assert articles["First line serves as the title"].url == "https://example.org/untitled"


def test_an_explicitly_named_unsupported_file_is_a_failure(database_url):
    summary = ingest([BAD / "picture.png"], database_url, workers=1)
    assert [(Path(f.path).name, f.reason) for f in summary.failures] == [
        ("picture.png", "unsupported file type '.png'; expected .txt, .json, .jsonl or .html")
    ]


def test_size_limits_are_configurable(database_url, tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    big.write_bytes(b"A very long article\n\n" + b"word " * (4 * 1024 * 1024))  # 20 MB
    summary = ingest([big], database_url, workers=1)
    (failure,) = summary.failures
    assert failure.path == str(big) and "over the limit of 16,777,216" in failure.reason

    small = tmp_path / "small.txt"
    small.write_text("Short title\n\n" + "x" * 200)
    summary = ingest([small], database_url, workers=1, limits=Limits(max_file_bytes=100))
    assert "over the limit of 100" in summary.failures[0].reason
    summary = ingest([small], database_url, workers=1, limits=Limits(max_article_chars=50))
    assert "over the limit of 50" in summary.failures[0].reason

    monkeypatch.setenv("CHANCERY_DATABASE_URL", database_url)
    monkeypatch.setenv("CHANCERY_INGEST_MAX_ARTICLE_CHARS", "100000")
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(cli, ["ingest", str(small)])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    assert "Short title" in stored_articles(database_url)


def test_cli_exit_status_says_something_failed(database_url, monkeypatch):
    monkeypatch.setenv("CHANCERY_DATABASE_URL", database_url)
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(cli, ["ingest", str(BAD)])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 1
    assert f"failed: {BAD / 'nul_byte.txt'}:3: binary content" in result.stderr
    assert f"{len(EXPECTED_ARTICLES)} ingested, 0 unchanged, {len(EXPECTED_FAILURES) + 3} failed" in result.stdout
