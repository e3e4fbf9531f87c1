"""Ingest over HTTP: API keys, idempotent POST, JSON-lines batch, DELETE of what only one article supported."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from ingest_fakes import SEEDS, content_digest, fake_extract

from app.config import Settings
from app.db import make_engine
from app.ingest import extraction as ingest_extraction
from app.ingest.job import ingest
from app.main import create_app
from app.migrate import upgrade
from app.models import Actor, Article, Message, MessageReport, Statement

KEY = "test-key-0123456789"
AUTH = {"Authorization": f"Bearer {KEY}"}


@pytest.fixture
def engine(database_url):
    upgrade(database_url)
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def client(engine, database_url):
    app = create_app(Settings(database_url=database_url, api_keys=f"other-key,{KEY}"), engine)
    with TestClient(app) as client:
        yield client


def count(engine, model) -> int:
    with engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(model)).scalar_one()


def article(title: str, body: str, published_at: str | None = "2023-07-30") -> dict:
    return {"title": title, "text": f"{title}\n\n{body}\n", "source": "Wire", "published_at": published_at}


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": KEY}, {"Authorization": f"Basic {KEY}"}],
    ids=["none", "wrong key", "no scheme", "other scheme"],
)
def test_without_a_valid_key_every_write_is_401_and_nothing_changes(client, engine, headers):
    stored = client.post("/v1/articles", json=article("Kept", "Body."), headers=AUTH).json()["id"]
    before = (count(engine, Article), content_digest(str(engine.url)))

    responses = [
        client.post("/v1/articles", json=article("New", "Body."), headers=headers),
        client.post("/v1/articles/batch", content=json.dumps(article("Line", "Body.")), headers=headers),
        client.delete(f"/v1/articles/{stored}", headers=headers),
    ]
    assert [r.status_code for r in responses] == [401, 401, 401]
    assert all(r.json()["error"]["status"] == 401 and KEY not in r.text for r in responses)
    assert (count(engine, Article), content_digest(str(engine.url))) == before


def test_post_is_idempotent_201_then_200(client, engine):
    first = client.post("/v1/articles", json=article("Leaders exchange greetings", "Body text."), headers=AUTH)
    assert first.status_code == 201
    assert first.json()["status"] == "ingested"
    again = client.post("/v1/articles", json=article("Leaders exchange greetings", "Body   text."), headers=AUTH)
    assert again.status_code == 200
    assert again.json() == {"id": first.json()["id"], "status": "unchanged"}
    assert count(engine, Article) == 1
    assert client.get(f"/v1/articles/{first.json()['id']}").status_code == 200


def test_post_text_plain(client, engine):
    response = client.post(
        "/v1/articles", content="Plain title\r\n\r\nPlain body.\r\n", headers={**AUTH, "Content-Type": "text/plain"}
    )
    assert response.status_code == 201
    with engine.connect() as connection:
        stored = connection.execute(select(Article.title, Article.text)).one()
    assert tuple(stored) == ("Plain title", "Plain title\n\nPlain body.\n")


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ('{"title": "x", ', "invalid JSON"),
        ('{"title": "No text"}', "no 'text' field"),
        ('{"text": 5}', "field 'text' must be a string"),
        ("[1, 2]", "expected a JSON object"),
    ],
)
def test_post_of_unreadable_bodies_is_422(client, engine, body, reason):
    response = client.post("/v1/articles", content=body, headers={**AUTH, "Content-Type": "application/json"})
    assert response.status_code == 422
    assert reason in response.json()["error"]["message"]
    assert count(engine, Article) == 0


def test_batch_reports_each_line(client, engine):
    body = "\n".join(
        [json.dumps(article("First", "One.")), "{broken", "", json.dumps({"title": "no text"}), json.dumps(article("First", "One."))]
    )
    response = client.post("/v1/articles/batch", content=body, headers={**AUTH, "Content-Type": "application/x-ndjson"})
    assert response.status_code == 200
    result = response.json()
    assert (result["ingested"], result["unchanged"], result["failed"]) == (1, 1, 2)
    assert [(line["line"], line["status"]) for line in result["lines"]] == [
        (1, "ingested"),
        (2, "failed"),
        (4, "failed"),
        (5, "unchanged"),
    ]
    assert result["lines"][0]["id"] == result["lines"][3]["id"]
    assert result["lines"][2]["reason"] == "no 'text' field"
    assert count(engine, Article) == 1


def test_http_ingest_stores_what_the_command_line_stores(client, engine, tmp_path):
    text = (SEEDS / "000_333a7b3f00cc0f31.txt").read_text(encoding="utf-8")
    assert client.post("/v1/articles", content=text, headers={**AUTH, "Content-Type": "text/plain"}).status_code == 201
    command_line = f"sqlite:///{tmp_path / 'cli.db'}"
    ingest([SEEDS], command_line, workers=1)
    assert content_digest(str(engine.url)) == content_digest(command_line)


def test_delete_removes_what_only_that_article_supported(client, engine, monkeypatch):
    monkeypatch.setattr(ingest_extraction, "extract", fake_extract)
    shared = "CAST: Xi Jinping/CHN>Hun Sen/KHM:congratulation\nSAYS: Xi Jinping|ties are good"
    first = client.post("/v1/articles", json=article("Outlet A", shared), headers=AUTH).json()["id"]
    second = client.post(
        "/v1/articles", json=article("Outlet B", shared + "\nCAST: Li Wei/SGP>Hun Sen/KHM:thanks", "2023-07-31"), headers=AUTH
    ).json()["id"]
    assert (count(engine, Message), count(engine, MessageReport), count(engine, Actor)) == (2, 3, 3)

    assert client.delete(f"/v1/articles/{second}", headers=AUTH).status_code == 204
    with engine.connect() as connection:
        assert set(connection.execute(select(Actor.id)).scalars()) == {"xi-jinping", "hun-sen"}
        assert list(connection.execute(select(Message.kind)).scalars()) == ["congratulation"]
        assert list(connection.execute(select(MessageReport.article_id)).scalars()) == [first]
        assert set(connection.execute(select(Statement.article_id)).scalars()) == {first}

    assert client.delete(f"/v1/articles/{first}", headers=AUTH).status_code == 204
    assert [count(engine, model) for model in (Article, Actor, Message, MessageReport, Statement)] == [0, 0, 0, 0, 0]
    missing = client.delete(f"/v1/articles/{first}", headers=AUTH)
    assert missing.status_code == 404 and missing.json()["error"]["status"] == 404


def test_the_operations_are_documented(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert set(paths["/v1/articles"]) >= {"post"}
    assert {"application/json", "text/plain"} <= set(paths["/v1/articles"]["post"]["requestBody"]["content"])
    assert "post" in paths["/v1/articles/batch"]
    assert "delete" in paths["/v1/articles/{article_id}"]
    assert "401" in paths["/v1/articles/{article_id}"]["delete"]["responses"]
