"""The ingest job: files in, articles with actors, messages and statements stored; failures reported."""
from __future__ import annotations

import hashlib
import json
import re
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import String, func, select
from typer.testing import CliRunner

from app.cli import cli
from app.config import get_settings
from app.db import make_engine
from app.extract.types import Extraction, Statement
from app.ingest.job import ingest
from app.ingest import extraction as ingest_extraction
from app.ingest.writer import delete_article
from app.models import ActorAlias, ActorTitle, Article, MessageCount, MessageReport, StatementCount
from app.models import Actor as ActorRow
from app.models import Message as MessageRow
from app.models import Statement as StatementRow
from ingest_fakes import SEEDS, article_json, content_digest, fake_extract, write


def rows(url: str, query):
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(query).all()
    finally:
        engine.dispose()


def count(url: str, model) -> int:
    return rows(url, select(func.count()).select_from(model))[0][0]


@pytest.fixture
def cli_database(database_url, monkeypatch):
    """CHANCERY_DATABASE_URL for commands run in-process, with the settings cache cleared around them."""
    monkeypatch.setenv("CHANCERY_DATABASE_URL", database_url)
    get_settings.cache_clear()
    yield database_url
    get_settings.cache_clear()


def test_seed_ingests_once_and_reingest_changes_nothing(database_url):
    first = ingest([SEEDS], database_url, workers=1)
    assert (first.ingested, first.unchanged, first.failed) == (1, 0, 0)
    before = content_digest(database_url)
    stored = rows(database_url, select(Article.id, Article.title, Article.text, Article.ingested_at))

    again = ingest([SEEDS], database_url, workers=1)
    assert (again.ingested, again.unchanged, again.failed) == (0, 1, 0)
    assert content_digest(database_url) == before
    assert rows(database_url, select(Article.id, Article.title, Article.text, Article.ingested_at)) == stored


def test_article_id_is_the_hash_of_the_normalised_text_and_text_is_kept_exactly(database_url, tmp_path):
    text = "\n  Leaders exchange   greetings \n\nBEIJING, Jan. 1 -- Words\tand  more words.\n"
    write(tmp_path / "in" / "a.txt", text)
    ingest([tmp_path / "in"], database_url, workers=1)
    (article,) = rows(database_url, select(Article))
    normalised = "Leaders exchange greetings BEIJING, Jan. 1 -- Words and more words."
    assert article.content_hash == hashlib.sha256(normalised.encode()).hexdigest()
    assert article.id == article.content_hash[:16]
    assert article.title == "Leaders exchange greetings"
    assert article.text == text
    assert article.published_at is None and article.published_at_source == "none"


def test_same_content_with_other_spacing_is_unchanged(database_url, tmp_path):
    write(tmp_path / "a.txt", "Title\n\nSome body text.\n")
    write(tmp_path / "b.txt", "Title\r\n   Some   body text.")
    summary = ingest([tmp_path / "a.txt", tmp_path / "b.txt"], database_url, workers=1)
    assert (summary.ingested, summary.unchanged) == (1, 1)


def test_json_and_jsonl_metadata_are_stored(database_url, tmp_path):
    write(tmp_path / "list.json", json.dumps([article_json("One", "First body.", "2023-07-28"), article_json("Two", "Second body.")]))
    write(
        tmp_path / "lines.jsonl",
        json.dumps({"text": "Untitled body\nsecond line", "url": "https://example.org/3", "published_at": "2024-02-03T08:00:00Z"})
        + "\n",
    )
    summary = ingest([tmp_path], database_url, workers=1)
    assert (summary.ingested, summary.failed) == (3, 0)
    stored = {row.title: row for row in rows(database_url, select(Article))}
    assert stored["One"].source == "Wire"
    assert (stored["One"].published_at, stored["One"].published_at_source) == (date(2023, 7, 28), "metadata")
    assert (stored["Two"].published_at, stored["Two"].published_at_source) == (None, "none")
    untitled = stored["Untitled body"]
    assert untitled.url == "https://example.org/3"
    assert untitled.published_at == date(2024, 2, 3)


def test_broken_inputs_are_reported_with_path_line_and_reason_while_the_rest_land(cli_database, tmp_path):
    database_url = cli_database
    write(tmp_path / "good.txt", "Good article\n\nBody.\n")
    write(tmp_path / "broken.json", '{"title": "x", "text": ')
    write(
        tmp_path / "mixed.jsonl",
        json.dumps({"text": "Line one article\nbody"}) + "\n{not json\n" + json.dumps({"text": "Line three article\nbody"}) + "\n",
    )
    write(tmp_path / "notext.json", json.dumps({"title": "No text here"}))
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path)])
    assert result.exit_code == 1
    assert f"{tmp_path / 'mixed.jsonl'}:2: invalid JSON" in result.stderr
    assert f"{tmp_path / 'broken.json'}:1: invalid JSON" in result.stderr
    assert f"{tmp_path / 'notext.json'}: no 'text' field" in result.stderr
    assert re.search(r"^3 ingested, 0 unchanged, 3 failed", result.stdout, re.MULTILINE)
    assert sorted(title for (title,) in rows(database_url, select(Article.title))) == [
        "Good article",
        "Line one article",
        "Line three article",
    ]


def test_cli_json_summary_and_success_status(cli_database):
    result = CliRunner().invoke(cli, ["ingest", "--json", str(SEEDS)])
    assert result.exit_code == 0
    summary = json.loads(result.stdout)
    assert (summary["ingested"], summary["unchanged"], summary["failed"], summary["failures"]) == (1, 0, 0, [])


def test_missing_path_is_a_failure(database_url, tmp_path):
    summary = ingest([tmp_path / "nowhere"], database_url, workers=1)
    assert [(f.path, f.reason) for f in summary.failures] == [(str(tmp_path / "nowhere"), "no such file or folder")]


def test_actor_ids_are_stable_across_articles_and_namesakes_stay_apart(database_url, tmp_path, fake_extractor):
    write(tmp_path / "1.txt", "Greetings one\nCAST: Xi Jinping/CHN>Hun Sen/KHM:greeting\n")
    write(tmp_path / "2.txt", "Greetings two\nCAST: Xi Jinping/CHN>Li Wei/SGP:thanks\n")
    write(tmp_path / "3.txt", "Greetings three\nCAST: Li Wei/CHN>Xi Jinping/CHN:letter\n")
    ingest([tmp_path], database_url, workers=1)
    actors = {row.id: (row.name, row.country) for row in rows(database_url, select(ActorRow))}
    assert actors == {
        "xi-jinping": ("Xi Jinping", "CHN"),
        "hun-sen": ("Hun Sen", "KHM"),
        "li-wei": ("Li Wei", "SGP"),
        "li-wei-chn": ("Li Wei", "CHN"),
    }
    senders = sorted(row.sender_id for row in rows(database_url, select(MessageRow)))
    assert senders == ["li-wei-chn", "xi-jinping", "xi-jinping"]
    appearances = rows(database_url, select(ActorTitle.actor_id, ActorTitle.title).where(ActorTitle.actor_id == "xi-jinping"))
    assert appearances == [("xi-jinping", "President")] * 3
    assert ("xi-jinping", "Xi") in rows(database_url, select(ActorAlias.actor_id, ActorAlias.alias))


def test_a_rebuild_gives_the_same_ids_and_digest(tmp_path, fake_extractor):
    write(tmp_path / "in" / "1.txt", "Greetings one\nCAST: Xi Jinping/CHN>Hun Sen/KHM:greeting\nSAYS: Xi Jinping|ties are good\n")
    write(tmp_path / "in" / "2.txt", "Greetings two\nCAST: Xi Jinping/CHN>Hun Sen/KHM:greeting\n")
    first, second = f"sqlite:///{tmp_path / 'a.db'}", f"sqlite:///{tmp_path / 'b.db'}"
    ingest([tmp_path / "in"], first, workers=1)
    ingest([tmp_path / "in" / "2.txt", tmp_path / "in" / "1.txt"], second, workers=1, batch_size=1)
    assert rows(first, select(Article.id).order_by(Article.id)) == rows(second, select(Article.id).order_by(Article.id))
    assert content_digest(first) == content_digest(second)


def test_digest_changes_with_content(database_url, tmp_path):
    write(tmp_path / "a.txt", "Title\n\nBody.\n")
    ingest([tmp_path / "a.txt"], database_url, workers=1)
    before = content_digest(database_url)
    write(tmp_path / "b.txt", "Another\n\nBody.\n")
    ingest([tmp_path / "b.txt"], database_url, workers=1)
    assert content_digest(database_url) != before


def test_one_message_reported_by_several_articles_is_one_message(database_url, tmp_path, fake_extractor):
    cast = "CAST: Xi Jinping/CHN>Hun Sen/KHM:congratulation"
    articles = [
        article_json("Outlet A reports", cast, "2023-07-28", "A"),
        article_json("Outlet B reports", cast, "2023-07-30", "B"),
        article_json("A year later", cast, "2024-07-28", "A"),
        article_json("Condolence instead", cast.replace("congratulation", "condolence"), "2023-07-28", "C"),
    ]
    write(tmp_path / "a.json", json.dumps(articles))
    ingest([tmp_path], database_url, workers=1)
    messages = rows(database_url, select(MessageRow.id, MessageRow.kind, MessageRow.date).order_by(MessageRow.id))
    assert [(kind, day) for _, kind, day in messages] == [
        ("congratulation", date(2023, 7, 28)),
        ("congratulation", date(2024, 7, 28)),
        ("condolence", date(2023, 7, 28)),
    ]
    reports = rows(database_url, select(MessageReport.message_id, func.count()).group_by(MessageReport.message_id))
    assert sorted(n for _, n in reports) == [1, 1, 2]


def test_undated_reports_merge_within_a_batch_only(database_url, tmp_path, fake_extractor):
    cast = "CAST: Xi Jinping/CHN>Hun Sen/KHM:greeting"
    write(tmp_path / "one" / "a.txt", f"Report A\n{cast}\n")
    write(tmp_path / "one" / "b.txt", f"Report B\n{cast}\n")
    write(tmp_path / "two" / "c.txt", f"Report C\n{cast}\n")
    ingest([tmp_path / "one"], database_url, workers=1, batch_size=1)
    assert count(database_url, MessageRow) == 1
    assert count(database_url, MessageReport) == 2
    ingest([tmp_path / "two"], database_url, workers=1)
    assert count(database_url, MessageRow) == 2
    assert count(database_url, MessageReport) == 3


def test_statements_keep_speaker_offsets_and_message(database_url, tmp_path, fake_extractor):
    text = "Exchange\nCAST: Xi Jinping/CHN>Hun Sen/KHM:letter\nSAYS: Hun Sen|friendship is lasting\n"
    write(tmp_path / "a.txt", text)
    ingest([tmp_path], database_url, workers=1)
    (statement,) = rows(database_url, select(StatementRow))
    (message,) = rows(database_url, select(MessageRow))
    assert (statement.speaker_id, statement.kind, statement.message_id) == ("hun-sen", "reported", message.id)
    assert text[statement.start : statement.end] == statement.text == "friendship is lasting"


def test_statements_carry_their_article_date(database_url, tmp_path, fake_extractor):
    says = "SAYS: Xi Jinping|ties are good"
    articles = [article_json("Dated", says, "2023-07-30"), article_json("Undated", says + " too")]
    write(tmp_path / "a.json", json.dumps(articles))
    ingest([tmp_path], database_url, workers=1)
    stored = rows(
        database_url,
        select(Article.title, Article.published_at, StatementRow.date).join(StatementRow, StatementRow.article_id == Article.id),
    )
    assert sorted(stored) == [("Dated", date(2023, 7, 30), date(2023, 7, 30)), ("Undated", None, None)]


def test_statement_counts_follow_ingests_and_deletes(database_url, tmp_path, fake_extractor):
    def recount() -> tuple[list, list]:
        month = func.coalesce(func.substr(func.cast(StatementRow.date, String), 1, 7), "")
        counted = rows(
            database_url,
            select(StatementRow.speaker_id, StatementRow.kind, month, func.count()).group_by(
                StatementRow.speaker_id, StatementRow.kind, month
            ),
        )
        kept = rows(database_url, select(StatementCount.speaker_id, StatementCount.kind, StatementCount.month, StatementCount.statements))
        return sorted(map(tuple, counted)), sorted(map(tuple, kept))

    articles = [
        article_json("One", "SAYS: Xi Jinping|a\nSAYS: Hun Sen|b", "2023-07-30"),
        article_json("Two", "SAYS: Xi Jinping|c", "2023-07-02"),
        article_json("Three", "SAYS: Xi Jinping|d", "2023-08-01"),
        article_json("Four", "SAYS: Hun Sen|e"),
    ]
    write(tmp_path / "a.json", json.dumps(articles[:2]))
    write(tmp_path / "b.json", json.dumps(articles[2:]))
    ingest([tmp_path / "a.json"], database_url, workers=1)
    ingest([tmp_path / "b.json"], database_url, workers=1)
    counted, kept = recount()
    assert kept == counted
    assert ("xi-jinping", "reported", "2023-07", 2) in kept and ("hun-sen", "reported", "", 1) in kept

    engine = make_engine(database_url)
    try:
        for title in ("One", "Four"):
            (article_id,) = rows(database_url, select(Article.id).where(Article.title == title))[0]
            assert delete_article(engine, article_id)
    finally:
        engine.dispose()
    counted, kept = recount()
    assert kept == counted == [("xi-jinping", "reported", "2023-07", 1), ("xi-jinping", "reported", "2023-08", 1)]


def test_message_counts_follow_ingests_and_deletes(database_url, tmp_path, fake_extractor):
    def recount() -> tuple[list, list]:
        month = func.coalesce(func.substr(func.cast(MessageRow.date, String), 1, 7), "")
        keys = (MessageRow.sender_id, MessageRow.recipient_id, MessageRow.kind, month)
        counted = rows(database_url, select(*keys, func.count()).group_by(*keys))
        kept = rows(
            database_url,
            select(MessageCount.sender_id, MessageCount.recipient_id, MessageCount.kind, MessageCount.month, MessageCount.messages),
        )
        return sorted(map(tuple, counted)), sorted(map(tuple, kept))

    xi_to_hun = "CAST: Xi Jinping/CHN>Hun Sen/KHM:congratulation"
    articles = [
        article_json("One", xi_to_hun, "2023-07-02"),
        article_json("One again", xi_to_hun, "2023-07-03"),  # the same message, reported twice
        article_json("Two", xi_to_hun, "2023-07-28"),
        article_json("Three", xi_to_hun.replace("congratulation", "condolence"), "2023-08-01"),
        article_json("Four", "CAST: Hun Sen/KHM>Xi Jinping/CHN:greeting"),
    ]
    write(tmp_path / "a.json", json.dumps(articles[:3]))
    write(tmp_path / "b.json", json.dumps(articles[3:]))
    ingest([tmp_path / "a.json"], database_url, workers=1)
    ingest([tmp_path / "b.json"], database_url, workers=1)
    counted, kept = recount()
    assert kept == counted
    assert ("xi-jinping", "hun-sen", "congratulation", "2023-07", 2) in kept
    assert ("hun-sen", "xi-jinping", "greeting", "", 1) in kept

    engine = make_engine(database_url)
    try:
        for title in ("One", "Two", "Four"):  # One's message stays: One again reports it
            (article_id,) = rows(database_url, select(Article.id).where(Article.title == title))[0]
            assert delete_article(engine, article_id)
    finally:
        engine.dispose()
    counted, kept = recount()
    assert kept == counted == [
        ("xi-jinping", "hun-sen", "condolence", "2023-08", 1),
        ("xi-jinping", "hun-sen", "congratulation", "2023-07", 1),
    ]


def test_parallel_ingest_stores_the_same_as_serial(tmp_path):
    corpus = tmp_path / "in"
    for number in range(40):
        write(corpus / f"{number:03}.txt", f"Article number {number}\n\nBody of article {number}.\n")
    serial, parallel = f"sqlite:///{tmp_path / 's.db'}", f"sqlite:///{tmp_path / 'p.db'}"
    assert ingest([corpus], serial, workers=1).ingested == 40
    assert ingest([corpus], parallel, workers=2, batch_size=7).ingested == 40
    assert content_digest(serial) == content_digest(parallel)


def test_seed_gives_the_expected_records(database_url):
    """End to end with the real extractor: the seed's 2 messages, 3 actors and 6 statements."""
    ingest([SEEDS], database_url, workers=1)
    assert {row.id for row in rows(database_url, select(ActorRow))} == {"xi-jinping", "li-keqiang", "hun-sen"}
    messages = rows(database_url, select(MessageRow.sender_id, MessageRow.recipient_id, MessageRow.kind))
    assert sorted(messages) == [("li-keqiang", "hun-sen", "congratulation"), ("xi-jinping", "hun-sen", "congratulation")]
    (text,) = rows(database_url, select(Article.text))[0]
    statements = rows(database_url, select(StatementRow))
    assert sorted(s.speaker_id for s in statements) == ["li-keqiang"] * 3 + ["xi-jinping"] * 3
    assert all(text[s.start : s.end] == s.text for s in statements)


def test_db_upgrade_and_digest_commands(cli_database):
    runner = CliRunner()
    assert runner.invoke(cli, ["db", "upgrade"]).exit_code == 0
    empty = runner.invoke(cli, ["db", "digest"])
    assert empty.exit_code == 0 and re.fullmatch(r"[0-9a-f]{64}\n", empty.stdout)
    ingest([SEEDS], cli_database, workers=1)
    after = runner.invoke(cli, ["db", "digest"]).stdout
    assert after != empty.stdout
    assert after.strip() == content_digest(cli_database)


def test_published_date_comes_from_metadata_else_from_what_extraction_read(database_url, tmp_path, monkeypatch):
    def dated_extract(text: str) -> Extraction:
        extraction = fake_extract(text)
        extraction.published, extraction.published_source = date(2023, 7, 29), "dateline"
        return extraction

    monkeypatch.setattr(ingest_extraction, "extract", dated_extract)
    write(tmp_path / "a.json", json.dumps([article_json("With metadata", "Body.", "2023-07-30"), article_json("Without", "Body.")]))
    ingest([tmp_path], database_url, workers=1)
    stored = {row.title: (row.published_at, row.published_at_source) for row in rows(database_url, select(Article))}
    assert stored == {"With metadata": (date(2023, 7, 30), "metadata"), "Without": (date(2023, 7, 29), "dateline")}


def test_an_article_that_cannot_be_stored_is_reported_and_its_batch_neighbours_land(database_url, tmp_path, monkeypatch):
    def broken_for_one(text: str) -> Extraction:
        extraction = fake_extract(text)
        if "BROKEN" in text:  # a statement whose speaker index points at no actor
            extraction.statements.append(Statement(7, "reported", "x", 0, 1))
        return extraction

    monkeypatch.setattr(ingest_extraction, "extract", broken_for_one)
    write(tmp_path / "a.txt", "First fine\nCAST: Xi Jinping/CHN>Hun Sen/KHM:greeting\n")
    write(tmp_path / "b.txt", "BROKEN one\nCAST: Xi Jinping/CHN>Hun Sen/KHM:greeting\n")
    write(tmp_path / "c.txt", "Last fine\nCAST: Li Wei/SGP>Hun Sen/KHM:thanks\n")
    summary = ingest([tmp_path], database_url, workers=1)
    assert (summary.ingested, summary.failed) == (2, 1)
    (failure,) = summary.failures
    assert failure.path == str(tmp_path / "b.txt") and failure.reason.startswith("cannot store the extraction: IndexError")
    assert sorted(title for (title,) in rows(database_url, select(Article.title))) == ["First fine", "Last fine"]
    assert {row.id for row in rows(database_url, select(ActorRow))} == {"xi-jinping", "hun-sen", "li-wei"}


def test_development_corpus_gives_xi_one_actor_and_every_message_he_sent(database_url):
    """Issue 3's acceptance, end to end with the real extractor: one id for Xi across all
    articles, and as many messages from him as the gold annotations count."""
    dev = Path(__file__).resolve().parent / "fixtures" / "dev"
    gold_count = sum(
        message["sender"] == "Xi Jinping"
        for gold in dev.glob("*.gold.json")
        for message in json.loads(gold.read_text(encoding="utf-8"))["messages"]
    )
    summary = ingest([dev], database_url, workers=1)
    assert summary.ok and summary.ingested == len(list(dev.glob("*.txt")))
    actor_ids = {actor_id for (actor_id,) in rows(database_url, select(ActorRow.id))}
    assert "xi-jinping" in actor_ids
    assert not {actor_id for actor_id in actor_ids if actor_id.startswith("xi-jinping-") or actor_id == "xi"}
    sent = rows(database_url, select(func.count()).select_from(MessageRow).where(MessageRow.sender_id == "xi-jinping"))
    assert sent[0][0] == gold_count


def test_folders_are_read_recursively_without_hidden_annotation_or_other_files(database_url, tmp_path):
    write(tmp_path / "in" / "deep" / "er" / "a.txt", "Deep article\n\nBody.\n")
    write(tmp_path / "in" / "b.jsonl", json.dumps({"text": "Shallow article\nBody."}) + "\n")
    write(tmp_path / "in" / ".hidden" / "c.txt", "Hidden folder article\n")
    write(tmp_path / "in" / ".d.txt", "Hidden file article\n")
    write(tmp_path / "in" / "e.gold.json", json.dumps({"messages": []}))
    write(tmp_path / "in" / "notes.md", "# not an article\n")
    summary = ingest([tmp_path / "in"], database_url, workers=1)
    assert (summary.ingested, summary.failed) == (2, 0)
    assert sorted(title for (title,) in rows(database_url, select(Article.title))) == ["Deep article", "Shallow article"]


def test_actor_ids_are_stable_across_separate_ingests(database_url, tmp_path, fake_extractor):
    write(tmp_path / "one" / "a.txt", "First run\nCAST: Li Wei/SGP>Hun Sen/KHM:thanks\n")
    write(tmp_path / "two" / "b.txt", "Second run\nCAST: Li Wei/CHN>Hun Sen/KHM:letter\nCAST: Li Wei/SGP>Hun Sen/KHM:greeting\n")
    ingest([tmp_path / "one"], database_url, workers=1)
    ingest([tmp_path / "two"], database_url, workers=1)
    senders = rows(database_url, select(MessageRow.kind, MessageRow.sender_id).order_by(MessageRow.kind))
    assert senders == [("greeting", "li-wei"), ("letter", "li-wei-chn"), ("thanks", "li-wei")]
    assert {row.id: row.country for row in rows(database_url, select(ActorRow))} == {
        "li-wei": "SGP",
        "li-wei-chn": "CHN",
        "hun-sen": "KHM",
    }
