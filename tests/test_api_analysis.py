"""Aggregates, the network and the exports return exactly what the API corpus holds."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from collections import Counter

import orjson
import pytest

from app import schemas


def message_counter(corpus, key, keep=lambda m: True) -> Counter:
    return Counter(key(m) for m in corpus.messages if keep(m))


def as_counter(body) -> Counter:
    return Counter({row["key"]: row["count"] for row in body["data"]})


MESSAGE_GROUPS = [
    ("sender", lambda c, m: m["sender"]),
    ("recipient", lambda c, m: m["recipient"]),
    ("sender_country", lambda c, m: c.actors[m["sender"]]["country"]),
    ("recipient_country", lambda c, m: c.actors[m["recipient"]]["country"]),
    ("kind", lambda c, m: m["kind"]),
    ("year", lambda c, m: m["date"] and m["date"].isoformat()[:4]),
    ("month", lambda c, m: m["date"] and m["date"].isoformat()[:7]),
]


@pytest.mark.parametrize("group,key", MESSAGE_GROUPS)
def test_message_stats_of_some_kinds_count_every_group(api, api_corpus, group, key):
    corpus, _ = api_corpus
    kinds = ("condolence", "letter")
    body = api.get("/v1/stats/messages", params={"group_by": group, "kind": list(kinds)}).json()
    assert as_counter(body) == Counter(key(corpus, m) for m in corpus.messages if m["kind"] in kinds)


@pytest.mark.parametrize("group,key", MESSAGE_GROUPS)
def test_message_stats_count_every_group(api, api_corpus, group, key):
    corpus, _ = api_corpus
    body = api.get("/v1/stats/messages", params={"group_by": group}).json()
    schemas.Stats.model_validate(body)
    assert as_counter(body) == Counter(key(corpus, m) for m in corpus.messages)
    assert body["total"] == len(corpus.messages)
    counts = [row["count"] for row in body["data"]]
    if group in ("year", "month"):
        dated = [row["key"] for row in body["data"] if row["key"]]
        assert dated == sorted(dated)
    else:
        assert counts == sorted(counts, reverse=True)


def test_message_stats_take_the_message_filters(api, api_corpus):
    corpus, _ = api_corpus
    body = api.get(
        "/v1/stats/messages", params={"group_by": "recipient", "sender_country": "CHN", "kind": ["greeting", "letter"]}
    ).json()
    assert as_counter(body) == Counter(
        m["recipient"]
        for m in corpus.messages
        if corpus.actors[m["sender"]]["country"] == "CHN" and m["kind"] in ("greeting", "letter")
    )
    labels = {
        row["key"]: row["label"] for row in api.get("/v1/stats/messages", params={"group_by": "sender"}).json()["data"]
    }
    assert labels["xi-jinping"] == "Xi Jinping"
    countries = api.get("/v1/stats/messages", params={"group_by": "recipient_country"}).json()["data"]
    assert {row["key"]: row["label"] for row in countries}[None] == "No country"
    assert {row["key"]: row["label"] for row in countries}["KHM"] == "Cambodia"


@pytest.mark.parametrize(
    "group,key",
    [
        ("speaker", lambda c, s, dates: s["speaker"]),
        ("speaker_country", lambda c, s, dates: c.actors[s["speaker"]]["country"]),
        ("kind", lambda c, s, dates: s["kind"]),
        ("year", lambda c, s, dates: dates[s["article"]] and dates[s["article"]].isoformat()[:4]),
        ("month", lambda c, s, dates: dates[s["article"]] and dates[s["article"]].isoformat()[:7]),
    ],
)
def test_statement_stats_count_every_group(api, api_corpus, group, key):
    corpus, _ = api_corpus
    dates = {a["id"]: a["published_at"] for a in corpus.articles}
    body = api.get("/v1/stats/statements", params={"group_by": group}).json()
    assert as_counter(body) == Counter(key(corpus, s, dates) for s in corpus.statements)
    filtered = api.get("/v1/stats/statements", params={"group_by": group, "speaker_country": "CHN", "kind": "direct"})
    assert as_counter(filtered.json()) == Counter(
        key(corpus, s, dates)
        for s in corpus.statements
        if corpus.actors[s["speaker"]]["country"] == "CHN" and s["kind"] == "direct"
    )
    of_a_kind = api.get("/v1/stats/statements", params={"group_by": group, "kind": "reported"})
    assert as_counter(of_a_kind.json()) == Counter(key(corpus, s, dates) for s in corpus.statements if s["kind"] == "reported")


@pytest.mark.parametrize(
    "params",
    [
        {"date_from": "2019-01-01", "date_to": "2019-12-31"},  # whole months: read from the counts
        {"date_from": "2019-03-01"},
        {"date_to": "2019-06-30", "speaker": ["xi-jinping", "hun-sen"]},
        {"date_from": "2019-01-15", "date_to": "2019-11-20"},  # part months: counted from the statements
        {"kind": "reported", "date_to": "2019-02-10"},
        {"kind": "direct", "date_to": "2019-05-31"},
    ],
)
@pytest.mark.parametrize("group", ["speaker", "month"])
def test_statement_stats_under_date_and_speaker_filters(api, api_corpus, group, params):
    corpus, _ = api_corpus
    dates = {a["id"]: a["published_at"] for a in corpus.articles}

    def kept(statement) -> bool:
        day = dates[statement["article"]]
        return (
            ("date_from" not in params or (day is not None and day.isoformat() >= params["date_from"]))
            and ("date_to" not in params or (day is not None and day.isoformat() <= params["date_to"]))
            and ("speaker" not in params or statement["speaker"] in params["speaker"])
            and ("kind" not in params or statement["kind"] == params["kind"])
        )

    def key(statement):
        day = dates[statement["article"]]
        return statement["speaker"] if group == "speaker" else day and day.isoformat()[:7]

    body = api.get("/v1/stats/statements", params={"group_by": group, **params}).json()
    expected = Counter(key(s) for s in corpus.statements if kept(s))
    assert expected, "the corpus must have statements under these filters"
    assert as_counter(body) == expected


@pytest.mark.parametrize(
    "params",
    [
        {"date_from": "2019-01-01", "date_to": "2019-12-31"},  # whole months: read from the counts
        {"kind": ["condolence", "letter"], "date_from": "2018-03-01"},
        {"date_from": "2019-03-01", "recipient_country": "KHM"},
        {"date_to": "2019-06-30", "sender": ["xi-jinping", "hun-sen"]},
        {"sender_country": "CHN", "recipient": ["hun-sen"], "kind": ["greeting", "letter"]},
        {"date_from": "2019-01-15", "date_to": "2019-11-20"},  # part months: counted from the messages
        {"kind": "greeting", "date_to": "2019-02-10", "sender_country": "CHN"},
    ],
)
@pytest.mark.parametrize("group", ["sender", "recipient_country", "kind", "month"])
def test_message_stats_under_date_actor_and_country_filters(api, api_corpus, group, params):
    corpus, _ = api_corpus
    lists = {name: value if isinstance(value, list) else [value] for name, value in params.items()}

    def kept(message) -> bool:
        day = message["date"] and message["date"].isoformat()
        return (
            ("date_from" not in params or (day is not None and day >= params["date_from"]))
            and ("date_to" not in params or (day is not None and day <= params["date_to"]))
            and all(message[role] in lists.get(role, [message[role]]) for role in ("sender", "recipient", "kind"))
            and all(
                corpus.actors[message[role]]["country"] in lists.get(f"{role}_country", [corpus.actors[message[role]]["country"]])
                for role in ("sender", "recipient")
            )
        )

    def key(message):
        if group == "month":
            return message["date"] and message["date"].isoformat()[:7]
        if group == "recipient_country":
            return corpus.actors[message["recipient"]]["country"]
        return message[group]

    body = api.get("/v1/stats/messages", params={"group_by": group, **params}).json()
    expected = Counter(key(m) for m in corpus.messages if kept(m))
    assert expected, "the corpus must have messages under these filters"
    assert as_counter(body) == expected


def test_an_aggregate_that_needs_the_rows_stops_at_its_time_limit(api, api_corpus, monkeypatch):
    from app.queries import search, stats

    if api_corpus[1].dialect.name != "sqlite":
        pytest.skip("made to fire through SQLite's progress handler; PostgreSQL's statement_timeout needs a slow query")
    monkeypatch.setattr(stats, "AGGREGATE_SECONDS", -1.0)  # past its deadline at the first check
    monkeypatch.setattr(search, "PROGRESS_STEPS", 1)
    slow = api.get("/v1/stats/messages", params={"group_by": "sender", "date_from": "2019-01-15"})
    assert slow.status_code == 503
    assert "aggregate" in slow.json()["error"]["message"]
    counted = api.get("/v1/stats/messages", params={"group_by": "sender", "sender_country": "CHN", "date_from": "2019-01-01"})
    assert counted.status_code == 200  # whole months: counted ahead, never near the limit
    unfiltered = api.get("/v1/stats/messages", params={"group_by": "sender"})
    assert unfiltered.status_code == 200  # whole indexes, bounded by the data: not stopped


def test_stats_need_a_known_group(api):
    assert api.get("/v1/stats/messages").status_code == 422
    assert api.get("/v1/stats/messages", params={"group_by": "speaker"}).status_code == 422
    assert api.get("/v1/stats/statements", params={"group_by": "recipient"}).status_code == 422


def test_actor_network(api, api_corpus):
    corpus, _ = api_corpus
    body = api.get("/v1/network", params={"kind": ["congratulation", "condolence"]}).json()
    schemas.Network.model_validate(body)
    keep = [m for m in corpus.messages if m["kind"] in ("congratulation", "condolence")]
    assert {(e["source"], e["target"]): e["weight"] for e in body["edges"]} == Counter(
        (m["sender"], m["recipient"]) for m in keep
    )
    nodes = {n["id"]: n for n in body["nodes"]}
    assert set(nodes) == {a for m in keep for a in (m["sender"], m["recipient"])}
    for actor, node in nodes.items():
        assert node["sent"] == sum(m["sender"] == actor for m in keep)
        assert node["received"] == sum(m["recipient"] == actor for m in keep)
        assert node["label"] == corpus.actors[actor]["name"]


def test_country_network_leaves_out_actors_without_a_country(api, api_corpus):
    corpus, _ = api_corpus
    body = api.get("/v1/network", params={"level": "country"}).json()
    country = {a: corpus.actors[a]["country"] for a in corpus.actors}
    expected = Counter(
        (country[m["sender"]], country[m["recipient"]])
        for m in corpus.messages
        if country[m["sender"]] and country[m["recipient"]]
    )
    assert {(e["source"], e["target"]): e["weight"] for e in body["edges"]} == expected
    assert {n["id"] for n in body["nodes"]} == {c for pair in expected for c in pair}


def test_network_as_graphml(api, api_corpus):
    json_body = api.get("/v1/network", params={"sender": "xi-jinping"}).json()
    for response in (
        api.get("/v1/network", params={"sender": "xi-jinping", "format": "graphml"}),
        api.get("/v1/network", params={"sender": "xi-jinping"}, headers={"Accept": "application/graphml+xml"}),
    ):
        assert response.headers["content-type"].startswith("application/graphml+xml")
        ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
        root = ET.fromstring(response.content)
        graph = root.find("g:graph", ns)
        assert graph.get("edgedefault") == "directed"
        assert {n.get("id") for n in graph.findall("g:node", ns)} == {n["id"] for n in json_body["nodes"]}
        edges = {
            (e.get("source"), e.get("target")): int(e.find("g:data[@key='weight']", ns).text)
            for e in graph.findall("g:edge", ns)
        }
        assert edges == {(e["source"], e["target"]): e["weight"] for e in json_body["edges"]}


def test_message_export_csv_and_jsonl_hold_every_matching_row(api, api_corpus):
    corpus, _ = api_corpus
    expected = [m["id"] for m in corpus.messages if m["sender"] in ("xi-jinping", "hun-sen")]
    csv_response = api.get("/v1/messages.csv", params={"sender": ["xi-jinping", "hun-sen"]})
    assert csv_response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(csv_response.text)))
    assert [int(r["id"]) for r in rows] == expected
    by_id = {m["id"]: m for m in corpus.messages}
    for row in rows:
        message = by_id[int(row["id"])]
        assert (row["sender_id"], row["recipient_id"], row["kind"]) == (
            message["sender"],
            message["recipient"],
            message["kind"],
        )
        assert row["date"] == (message["date"].isoformat() if message["date"] else "")
    lines = api.get("/v1/messages.jsonl", params={"sender": ["xi-jinping", "hun-sen"]}).content.splitlines()
    assert [orjson.loads(line)["id"] for line in lines] == expected


def test_statement_and_article_exports(api, api_corpus):
    corpus, _ = api_corpus
    lines = api.get("/v1/statements.jsonl").content.splitlines()
    assert [orjson.loads(line)["text"] for line in lines] == [s["text"] for s in corpus.statements]
    rows = list(csv.DictReader(io.StringIO(api.get("/v1/articles.csv", params={"source": "VNA"}).text)))
    # In the order they were written (not by id, which the corpus's ids do not follow).
    assert [r["id"] for r in rows] == [a["id"] for a in corpus.articles if a["source"] == "VNA"]
    lines = api.get("/v1/articles.jsonl").content.splitlines()
    assert [orjson.loads(line)["id"] for line in lines] == [a["id"] for a in corpus.articles]
    texts = {a["id"]: a["text"] for a in corpus.articles}
    assert all(row["text"] == texts[row["id"]] for row in rows)  # newlines and quotes survive CSV


def test_exports_stream_more_rows_than_one_batch(api, api_corpus, monkeypatch):
    from app.queries import export

    corpus, _ = api_corpus
    monkeypatch.setattr(export, "BATCH", 4)
    lines = api.get("/v1/statements.jsonl").content.splitlines()
    assert len(lines) == len(corpus.statements)


def test_export_on_the_command_line(api_corpus, monkeypatch, tmp_path):
    from typer.testing import CliRunner

    from app.cli import cli
    from app.config import get_settings
    from app.db import get_engine

    corpus, engine = api_corpus
    monkeypatch.setenv("CHANCERY_DATABASE_URL", engine.url.render_as_string(hide_password=False))
    get_settings.cache_clear()
    get_engine.cache_clear()
    try:
        output = tmp_path / "condolences.csv"
        result = CliRunner().invoke(
            cli, ["export", "messages", "-f", "csv", "-w", "kind=condolence", "-w", "kind=letter", "-o", str(output)]
        )
        assert result.exit_code == 0, result.output
        rows = list(csv.DictReader(io.StringIO(output.read_text(encoding="utf-8"))))
        assert [int(r["id"]) for r in rows] == [
            m["id"] for m in corpus.messages if m["kind"] in ("condolence", "letter")
        ]
        bad = CliRunner().invoke(cli, ["export", "messages", "-w", "colour=red"])
        assert bad.exit_code != 0
        assert "colour" in bad.output
    finally:
        get_settings.cache_clear()
        get_engine.cache_clear()


def test_csv_fields_with_separators_quotes_and_line_breaks_read_back_unchanged():
    from datetime import date

    from app.queries.export import _csv_batch

    rows = [
        ["a,b", 'she said "yes"', "two\nlines", "carriage\rreturn", "", None],
        [1, 2.5, True, date(2024, 2, 29), " leading space", "plain"],
    ]
    read = list(csv.reader(io.StringIO(_csv_batch(rows).decode("utf-8"), newline="")))
    assert read == [
        ["a,b", 'she said "yes"', "two\nlines", "carriage\rreturn", "", ""],
        ["1", "2.5", "True", "2024-02-29", " leading space", "plain"],
    ]
