"""Full-text search on the API corpus: what matches, ranking, snippets, and safety on any input."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_api import expected_articles, walk

from app.db import make_engine


def words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def test_article_search_finds_the_articles_with_the_word_best_first(api, api_corpus):
    corpus, _ = api_corpus
    rows = walk(api, "/v1/articles", q="condolence", limit=2)
    assert sorted(r["id"] for r in rows) == sorted(a["id"] for a in corpus.articles if "condolence" in words(a["text"]))
    scores = [r["score"] for r in rows]
    assert scores == sorted(scores, reverse=True)
    for row in rows:
        assert "<mark>condolence</mark>" in row["snippet"]


def test_search_with_another_filter_pages_through_exactly_its_hits_best_first(api, api_corpus):
    corpus, _ = api_corpus
    rows = walk(api, "/v1/articles", q="condolence", source="VNA", limit=2)
    expected = [a["id"] for a in corpus.articles if a["source"] == "VNA" and "condolence" in words(a["text"])]
    assert expected, "the corpus must have such articles"
    assert sorted(r["id"] for r in rows) == sorted(expected)
    scores = [r["score"] for r in rows]
    assert scores == sorted(scores, reverse=True)


def test_search_stems_and_takes_prefixes(api, api_corpus):
    corpus, _ = api_corpus
    expected = sorted(a["id"] for a in corpus.articles if "condolence" in words(a["text"]))
    for q in ("condolences", "condol*"):
        assert sorted(r["id"] for r in walk(api, "/v1/articles", q=q)) == expected, q


def test_phrases_and_operators(api, api_corpus):
    corpus, _ = api_corpus
    statements = corpus.statements

    def expect(keep):
        return [s["id"] for s in statements if keep(s["text"].lower())]

    assert [r["id"] for r in walk(api, "/v1/statements", q='"shared future"', sort="id")] == expect(
        lambda t: "shared future" in t
    )
    # The words of the phrase in another order are not the phrase.
    assert walk(api, "/v1/statements", q='"future shared"') == []
    texts = {a["id"]: a["text"].lower() for a in corpus.articles}
    ids = {a["id"] for a in corpus.articles}

    def articles(q, keep):
        found = {r["id"] for r in walk(api, "/v1/articles", q=q, limit=200)}
        return found, {i for i in ids if keep(words(texts[i]))}

    for q, keep in [
        ("condolence OR greeting", lambda w: "condolence" in w or "greeting" in w),
        ("congratulation NOT xi", lambda w: "congratulation" in w and "xi" not in w),
        ("hun sen letter", lambda w: {"hun", "sen", "letter"} <= w),
        ("thanks AND mankind", lambda w: "thanks" in w and "mankind" in w),
    ]:
        found, expected = articles(q, keep)
        assert expected, q
        assert found == expected, q


def test_search_with_date_order_gives_every_hit_in_that_order(api, api_corpus):
    corpus, _ = api_corpus
    matching = {a["id"] for a in corpus.articles if "development" in words(a["text"])}
    rows = walk(api, "/v1/articles", q="development", sort="-published_at", limit=3)
    assert [r["id"] for r in rows] == [i for i in expected_articles(corpus, "-published_at") if i in matching]
    assert all(r["score"] is None and "<mark>" in r["snippet"] for r in rows)


def test_search_combines_with_the_other_filters(api, api_corpus):
    corpus, _ = api_corpus
    rows = walk(api, "/v1/statements", q="mankind", speaker="xi-jinping", sort="id")
    assert [r["id"] for r in rows] == [
        s["id"] for s in corpus.statements if s["speaker"] == "xi-jinping" and "mankind" in s["text"]
    ]
    assert rows


def test_message_search_is_over_the_occasion(api, api_corpus):
    corpus, _ = api_corpus
    rows = walk(api, "/v1/messages", q="7")
    assert [r["occasion"] for r in rows] == ["occasion number 7"]
    assert len(walk(api, "/v1/messages", q="occasion")) == len(corpus.messages)


def test_relevance_needs_a_search(api):
    response = api.get("/v1/articles", params={"sort": "relevance"})
    assert response.status_code == 422
    assert "q" in response.json()["error"]["message"]


NASTY = [
    '"',
    "'",
    "AND",
    "NOT",
    "OR OR",
    "(",
    ")",
    "*",
    'a"b',
    "NEAR(a b)",
    "-",
    "^x",
    "title:xi",
    "{}",
    "\\",
    "xi AND",
    "NOT xi",
    '"unclosed phrase',
    "x*y*",
    "😀",
    "\x00",
    "ｘｉ",
    "a" * 400,
    "%_",
    "' OR 1=1 --",
]


def test_any_input_is_a_valid_search(api):
    for q in NASTY:
        for path in ("/v1/articles", "/v1/statements", "/v1/messages"):
            response = api.get(path, params={"q": q})
            assert response.status_code == 200, (path, q, response.text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=st.text(min_size=1, max_size=60))
def test_arbitrary_text_never_breaks_search(api, q):
    response = api.get("/v1/statements", params={"q": q})
    assert response.status_code == 200, (q, response.text)


def test_common_and_rare_queries_page_alike_in_date_order(api, api_corpus, monkeypatch):
    from app.queries import search

    corpus, _ = api_corpus
    matching = {a["id"] for a in corpus.articles if "development" in words(a["text"])}
    expected = [i for i in expected_articles(corpus, "-published_at") if i in matching]
    assert len(matching) > 3
    # Hits above COMMON_HITS are checked while walking the date index against the set of all
    # hits (above DENSE_HITS, each in the full-text index); below, read and sorted.
    for common_hits, dense_hits in ((2, 10_000), (2, 3), (10_000, 10_000)):
        monkeypatch.setattr(search, "COMMON_HITS", common_hits)
        monkeypatch.setattr(search, "DENSE_HITS", dense_hits)
        rows = walk(api, "/v1/articles", q="development", sort="-published_at", limit=3)
        assert [r["id"] for r in rows] == expected, (common_hits, dense_hits)
        statements = walk(api, "/v1/statements", q="development", sort="-id", limit=4)
        assert [s["id"] for s in statements] == [
            s["id"] for s in reversed(corpus.statements) if "development" in words(s["text"])
        ]


def test_a_search_that_runs_too_long_is_a_503(api, monkeypatch):
    from contextlib import contextmanager

    from app.queries import search

    @contextmanager
    def expired(_connection, _seconds):
        raise search.SearchTooLong
        yield

    monkeypatch.setattr(search, "time_limit", expired)
    for path in ("/v1/articles", "/v1/statements"):
        response = api.get(path, params={"q": "development"})
        assert response.status_code == 503, response.text
        assert "search took longer" in response.json()["error"]["message"]


def test_time_limit_stops_a_long_query_and_leaves_the_connection_usable(api_corpus):
    import pytest
    from sqlalchemy import text

    from app.queries.search import SearchTooLong, time_limit

    _, engine = api_corpus
    endless = {
        "sqlite": "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT max(x) FROM n",
        "postgresql": "SELECT pg_sleep(5)",
    }[engine.dialect.name]
    with engine.connect() as connection:
        with pytest.raises(SearchTooLong), time_limit(connection, 0.05):
            connection.execute(text(endless))
        connection.rollback()
        assert connection.execute(text("SELECT count(*) FROM articles")).scalar_one() > 0


MARKED = re.compile(r"<mark>(.*?)</mark>")


def unmarked(snippet: str) -> str:
    return snippet.replace("<mark>", "").replace("</mark>", "").strip("…")


def test_snippets_are_extracts_of_the_text_with_the_query_words_marked(api, api_corpus):
    corpus, engine = api_corpus
    if engine.dialect.name != "sqlite":
        pytest.skip("SQLite's snippets are cut by Chancery; PostgreSQL's ts_headline chooses its own extract")
    texts = {a["id"]: a["text"] for a in corpus.articles}
    # A stemmed word and a prefix mark every form of the word the index holds under that stem.
    for q in ("condolences", "condol*"):
        rows = walk(api, "/v1/articles", q=q, limit=5)
        assert rows
        for row in rows:
            assert unmarked(row["snippet"]) in texts[row["id"]]
            assert set(MARKED.findall(row["snippet"])) == {"condolence"}
            assert "condolence" not in MARKED.sub("", row["snippet"])
    # The words after NOT are never marked.
    for row in walk(api, "/v1/articles", q="congratulation NOT xi", limit=50):
        assert set(MARKED.findall(row["snippet"])) == {"congratulation"}
    # A phrase's words are marked; a statement shorter than a snippet is whole.
    rows = walk(api, "/v1/statements", q='"shared future"', sort="id")
    said = {s["id"]: s["text"] for s in corpus.statements}
    assert rows
    for row in rows:
        assert row["snippet"] == said[row["id"]].replace("shared future", "<mark>shared</mark> <mark>future</mark>")


def test_a_snippet_is_cut_around_the_densest_matches():
    from app.queries import snippets

    text = "alpha " * 40 + "the condolence message, and a condolence note; " + "omega " * 40
    words = snippets.query_words([(None, ("condolences",), False)])
    # Three words before the first match, 24 words in all.
    expected = (
        "…alpha alpha the <mark>condolence</mark> message, and a <mark>condolence</mark> note; "
        + "omega " * 14
        + "omega…"
    )
    assert snippets.cut({1: text, 2: "nothing here"}, words) == {1: expected}


def test_a_hit_whose_text_lacks_the_words_gets_the_index_snippet_of_its_title(database_url):
    if not database_url.startswith("sqlite"):
        pytest.skip("FTS5's snippet() of the title: SQLite only; PostgreSQL's ts_headline reads the text alone")
    from sqlalchemy.orm import Session

    from app import models
    from app.migrate import upgrade
    from app.queries import articles, search
    from app.queries.articles import ArticleFilters

    upgrade(database_url)
    engine = make_engine(database_url)
    try:
        with Session(engine) as session:
            session.add(
                models.Article(
                    id="a" * 16, title="Tsunami relief", text="Aid arrived on Monday.", ingested_at=datetime.now(UTC),
                    content_hash="a" * 64,
                )
            )  # fmt: skip
            session.flush()
            search.index_added(session.connection(), {})
            session.commit()
        with engine.connect() as connection:
            page = articles.list_articles(connection, ArticleFilters(q="tsunami"), sort="relevance", cursor=None, limit=5)
        assert [row["snippet"] for row in page.rows] == ["<mark>Tsunami</mark> relief"]
    finally:
        engine.dispose()


def test_relevance_ranks_the_first_hits_in_ingest_order_up_to_the_bound(api, api_corpus, monkeypatch):
    from app.queries import search

    corpus, engine = api_corpus
    if engine.dialect.name != "sqlite":
        pytest.skip("ingest order is SQLite's rowid; PostgreSQL keeps no order of its hits to bound them by")
    monkeypatch.setattr(search, "RANK_BOUND", 3)
    hits = [a["id"] for a in corpus.articles if "condolence" in words(a["text"])]
    assert len(hits) > 3
    rows = walk(api, "/v1/articles", q="condolence", limit=2)
    assert sorted(r["id"] for r in rows) == sorted(hits[:3])
    assert [r["id"] for r in walk(api, "/v1/articles", q="condolence", sort="id")] == sorted(hits)


def test_snippets_stem_with_the_tokenizer_of_the_full_text_tables(api_corpus):
    from sqlalchemy import text

    from app.queries import search, snippets

    _, engine = api_corpus
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as connection:
        for searchable in search.SEARCHABLES:
            created = connection.execute(text("SELECT sql FROM sqlite_master WHERE name = :n"), {"n": searchable.fts})
            assert f"tokenize='{snippets.TOKENIZER}'" in created.scalar_one()
