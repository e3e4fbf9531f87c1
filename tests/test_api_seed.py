"""End to end: ingest seeds/ with the real extractor, then query the API (issue 2's acceptance)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.db import make_engine
from app.ingest.job import ingest
from app.main import create_app

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture
def seeded(database_url):
    summary = ingest([SEEDS], database_url, workers=1)
    assert summary.ingested == 1 and not summary.failures
    engine = make_engine(database_url)
    with TestClient(create_app(Settings(database_url=database_url), engine)) as client:
        yield client
    engine.dispose()


def test_seed_senders_recipients_and_statements(seeded):
    senders = seeded.get("/v1/senders").json()["data"]
    assert {(s["name"], s["messages"]) for s in senders} == {("Xi Jinping", 1), ("Li Keqiang", 1)}
    recipients = seeded.get("/v1/recipients").json()["data"]
    assert [(r["name"], r["messages"]) for r in recipients] == [("Hun Sen", 2)]

    statements = seeded.get("/v1/statements", params={"speaker": "xi-jinping"}).json()["data"]
    assert len(statements) == 3
    texts: dict[str, str] = {}
    for statement in statements:
        article_id = statement["article_id"]
        if article_id not in texts:
            texts[article_id] = seeded.get(f"/v1/articles/{article_id}").json()["text"]
        assert texts[article_id][statement["start"] : statement["end"]] == statement["text"]
    article_text = (SEEDS / "000_333a7b3f00cc0f31.txt").read_text(encoding="utf-8")
    assert set(texts.values()) == {article_text}


def test_seed_messages_link_to_their_evidence(seeded):
    messages = seeded.get("/v1/messages").json()["data"]
    assert {(m["sender"]["name"], m["recipient"]["name"], m["kind"]) for m in messages} == {
        ("Xi Jinping", "Hun Sen", "congratulation"),
        ("Li Keqiang", "Hun Sen", "congratulation"),
    }
    for message in messages:
        detail = seeded.get(f"/v1/messages/{message['id']}").json()
        [report] = detail["reports"]
        assert message["sender"]["name"].split()[0] in report["evidence"]
        assert "Hun Sen" in report["evidence"]
