"""The /v1 API on a corpus written for the test: shapes, 404s, paging, filters, sorts, ETags."""

from __future__ import annotations

import base64
from datetime import date

import pytest
from pydantic import BaseModel

from app import schemas


def walk(api, path: str, **params) -> list[dict]:
    """Every row of a list, following `next_cursor` and checking the `Link` header agrees."""
    rows: list[dict] = []
    params = dict(params)
    for _ in range(1000):
        response = api.get(path, params=params)
        assert response.status_code == 200, response.text
        body = response.json()
        rows.extend(body["data"])
        if body["next_cursor"] is None:
            assert "link" not in response.headers
            return rows
        assert len(body["data"]) == body["limit"]
        assert f"cursor={body['next_cursor']}" in response.headers["link"]
        assert response.headers["link"].endswith('>; rel="next"')
        params["cursor"] = body["next_cursor"]
    raise AssertionError("paging never ended")


def valid(model: type[BaseModel], body: dict) -> dict:
    model.model_validate(body)
    return body


def undated_last_desc(value: date | None) -> tuple:
    return (value is not None, value or date.min)


# --- expectations computed from the corpus ---


def expected_articles(corpus, sort: str) -> list[str]:
    rows = corpus.articles
    if sort == "-published_at":
        ordered = sorted(rows, key=lambda a: (undated_last_desc(a["published_at"]), a["id"]), reverse=True)
    elif sort == "published_at":
        ordered = sorted(rows, key=lambda a: (undated_last_desc(a["published_at"]), a["id"]))
    else:
        ordered = sorted(rows, key=lambda a: a["id"])
    return [a["id"] for a in ordered]


def expected_messages(corpus, sort: str, keep=lambda m: True) -> list[int]:
    rows = [m for m in corpus.messages if keep(m)]
    if sort == "-date":
        ordered = sorted(rows, key=lambda m: (undated_last_desc(m["date"]), m["id"]), reverse=True)
    elif sort == "date":
        ordered = sorted(rows, key=lambda m: (undated_last_desc(m["date"]), m["id"]))
    else:
        ordered = sorted(rows, key=lambda m: m["id"], reverse=sort == "-id")
    return [m["id"] for m in ordered]


def role_counts(corpus, role: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for message in corpus.messages:
        counts[message[role]] = counts.get(message[role], 0) + 1
    return counts


# --- lists visit every row once, in order ---


@pytest.mark.parametrize("sort", ["-published_at", "published_at", "id"])
@pytest.mark.parametrize("limit", [1, 4, 200])
def test_article_pages_visit_every_article_once_in_order(api, api_corpus, sort, limit):
    corpus, _ = api_corpus
    rows = walk(api, "/v1/articles", sort=sort, limit=limit)
    assert [row["id"] for row in rows] == expected_articles(corpus, sort)


@pytest.mark.parametrize("sort", ["-date", "date", "id", "-id"])
def test_message_pages_visit_every_message_once_in_order(api, api_corpus, sort):
    corpus, _ = api_corpus
    rows = walk(api, "/v1/messages", sort=sort, limit=4)
    assert [row["id"] for row in rows] == expected_messages(corpus, sort)


@pytest.mark.parametrize("sort", ["id", "-id"])
def test_statement_pages_visit_every_statement_once_in_order(api, api_corpus, sort):
    corpus, _ = api_corpus
    rows = walk(api, "/v1/statements", sort=sort, limit=7)
    assert [row["id"] for row in rows] == sorted((s["id"] for s in corpus.statements), reverse=sort == "-id")


@pytest.mark.parametrize("role,path", [("sender", "/v1/senders"), ("recipient", "/v1/recipients")])
def test_correspondent_pages_list_every_actor_in_the_role_with_its_count(api, api_corpus, role, path):
    corpus, _ = api_corpus
    counts = role_counts(corpus, role)
    by_name = walk(api, path, limit=2)
    assert [row["id"] for row in by_name] == sorted(counts, key=lambda a: (corpus.actors[a]["name"], a))
    assert {row["id"]: row["messages"] for row in by_name} == counts
    by_count = walk(api, path, limit=2, sort="-messages")
    assert [row["id"] for row in by_count] == sorted(counts, key=lambda a: (-counts[a], a))


def test_default_page_size_and_limit_bounds(api):
    assert api.get("/v1/statements").json()["limit"] == 25
    assert len(api.get("/v1/statements").json()["data"]) == 25
    assert api.get("/v1/statements", params={"limit": 200}).status_code == 200
    for bad in (0, 201, -1, "many"):
        response = api.get("/v1/statements", params={"limit": bad})
        assert response.status_code == 422
        assert response.json()["error"]["status"] == 422


def test_total_is_given_only_when_asked(api, api_corpus):
    corpus, _ = api_corpus
    assert "total" not in api.get("/v1/messages").json()
    body = api.get("/v1/messages", params={"count": "true", "kind": "letter", "limit": 2}).json()
    assert body["total"] == sum(m["kind"] == "letter" for m in corpus.messages)


@pytest.mark.parametrize("path", ["/v1/articles", "/v1/messages", "/v1/statements", "/v1/senders", "/v1/recipients"])
def test_a_cursor_that_is_not_one_ours_is_a_400(api, path):
    for cursor in ("not-a-cursor", "e30", "W10", "!!!", "WyJpZCIsIngiXQ"):
        response = api.get(path, params={"cursor": cursor})
        assert response.status_code == 400, (cursor, response.text)
        assert "cursor" in response.json()["error"]["message"]


def test_a_cursor_of_another_sort_is_a_400(api):
    cursor = api.get("/v1/messages", params={"sort": "id", "limit": 2}).json()["next_cursor"]
    assert api.get("/v1/messages", params={"sort": "id", "cursor": cursor}).status_code == 200
    assert api.get("/v1/messages", params={"sort": "-date", "cursor": cursor}).status_code == 400


# --- shapes and 404s ---


def test_list_shapes_match_the_documented_schemas(api):
    for path, model in [
        ("/v1/articles", schemas.ArticlePage),
        ("/v1/messages", schemas.MessagePage),
        ("/v1/statements", schemas.StatementPage),
        ("/v1/senders", schemas.CorrespondentPage),
        ("/v1/recipients", schemas.CorrespondentPage),
        ("/v1/senders/xi-jinping/messages", schemas.MessagePage),
        ("/v1/recipients/hun-sen/messages", schemas.MessagePage),
    ]:
        body = api.get(path, params={"count": "true"}).json()
        valid(model, body)
        assert body["data"], path


def test_article_detail_has_its_text_actors_messages_and_statements(api, api_corpus):
    corpus, _ = api_corpus
    article = corpus.articles[5]
    body = valid(schemas.ArticleDetail, api.get(f"/v1/articles/{article['id']}").json())
    assert body["text"] == article["text"]
    assert body["published_at"] == (article["published_at"].isoformat() if article["published_at"] else None)
    reported = {r["message"] for r in corpus.reports if r["article"] == article["id"]}
    assert {m["id"] for m in body["messages"]} == reported == {6, 5}
    for message in body["messages"]:
        assert article["text"][message["report"]["start"] : message["report"]["end"]].startswith(
            corpus.actors[corpus.messages[5]["sender"]]["name"]
        )
    assert [s["id"] for s in body["statements"]] == [
        s["id"] for s in corpus.statements if s["article"] == article["id"]
    ]
    for statement in body["statements"]:
        assert body["text"][statement["start"] : statement["end"]] == statement["text"]
    mentioned = {m["actor"]: m["title"] for m in corpus.mentions if m["article"] == article["id"]}
    assert {a["id"]: a["title"] for a in body["actors"]} == mentioned


def test_message_detail_has_sender_recipient_reports_and_statements(api, api_corpus):
    corpus, _ = api_corpus
    message = corpus.messages[4]  # also reported by the article after it
    body = valid(schemas.MessageDetail, api.get(f"/v1/messages/{message['id']}").json())
    assert body["sender"] == {key: corpus.actors[message["sender"]][key] for key in ("id", "name", "kind", "country")}
    assert body["recipient"]["id"] == message["recipient"]
    assert body["kind"] == message["kind"]
    assert body["report_count"] == len(body["reports"]) == 2
    texts = {a["id"]: a["text"] for a in corpus.articles}
    for report in body["reports"]:
        assert report["evidence"] == texts[report["article_id"]][report["start"] : report["end"]]
    assert body["statement_ids"] == [s["id"] for s in corpus.statements if s["message"] == message["id"]]


def test_statement_detail_and_its_offsets(api, api_corpus):
    corpus, _ = api_corpus
    statement = corpus.statements[7]
    body = valid(schemas.StatementOut, api.get(f"/v1/statements/{statement['id']}").json())
    assert (body["text"], body["start"], body["end"], body["kind"]) == (
        statement["text"],
        statement["start"],
        statement["end"],
        statement["kind"],
    )
    assert body["speaker"]["id"] == statement["speaker"]
    assert body["message_id"] == statement["message"]


def test_sender_and_recipient_details(api, api_corpus):
    corpus, _ = api_corpus
    sent, received = role_counts(corpus, "sender"), role_counts(corpus, "recipient")
    body = valid(schemas.CorrespondentDetail, api.get("/v1/senders/xi-jinping").json())
    assert body["name"] == "Xi Jinping"
    assert body["aliases"] == sorted(corpus.actors["xi-jinping"]["aliases"])
    assert (body["messages_sent"], body["messages_received"]) == (sent["xi-jinping"], received["xi-jinping"])
    titles = [m["title"] for m in corpus.mentions if m["actor"] == "xi-jinping" and m["title"]]
    assert {t["title"]: t["articles"] for t in body["titles"]} == {t: titles.count(t) for t in set(titles)}
    assert valid(schemas.CorrespondentDetail, api.get("/v1/recipients/antonio-guterres").json())["messages_sent"] == 0


def test_correspondent_messages_are_the_actors_messages_in_that_role(api, api_corpus):
    corpus, _ = api_corpus
    rows = walk(api, "/v1/senders/xi-jinping/messages", limit=3)
    assert [r["id"] for r in rows] == expected_messages(corpus, "-date", lambda m: m["sender"] == "xi-jinping")
    rows = walk(api, "/v1/recipients/hun-sen/messages", kind=["congratulation", "thanks"], sort="id")
    assert [r["id"] for r in rows] == expected_messages(
        corpus, "id", lambda m: m["recipient"] == "hun-sen" and m["kind"] in ("congratulation", "thanks")
    )


@pytest.mark.parametrize(
    "path",
    [
        "/v1/articles/ffffffffffffffff",
        "/v1/messages/999999",
        "/v1/statements/999999",
        "/v1/senders/nobody",
        "/v1/senders/nobody/messages",
        "/v1/recipients/nobody",
        "/v1/recipients/nobody/messages",
        # Actors that exist but never had the role.
        "/v1/senders/antonio-guterres",
        "/v1/senders/antonio-guterres/messages",
        "/v1/recipients/cambodian-peoples-party",
        "/v1/recipients/cambodian-peoples-party/messages",
    ],
)
def test_unknown_ids_are_404_with_a_json_error(api, path):
    response = api.get(path)
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/json"
    body = valid(schemas.ErrorBody, response.json())
    assert body["error"]["status"] == 404
    assert path.split("/")[3] in body["error"]["message"]


def test_a_non_numeric_message_id_is_a_422_json_error(api):
    response = api.get("/v1/messages/abc")
    assert response.status_code == 422
    assert response.json()["error"]["details"][0]["loc"] == ["path", "message_id"]


def test_health(api):
    response = api.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


# --- filters: repeated = OR, different = AND ---


def ids(api, path: str, **params) -> list:
    return [row["id"] for row in walk(api, path, limit=200, **params)]


def test_message_filters(api, api_corpus):
    corpus, _ = api_corpus
    actors = corpus.actors

    def expect(keep):
        return expected_messages(corpus, "-date", keep)

    assert ids(api, "/v1/messages", kind=["condolence", "letter"]) == expect(
        lambda m: m["kind"] in ("condolence", "letter")
    )
    assert ids(api, "/v1/messages", sender="xi-jinping", kind="greeting") == expect(
        lambda m: m["sender"] == "xi-jinping" and m["kind"] == "greeting"
    )
    assert ids(api, "/v1/messages", sender=["xi-jinping", "li-keqiang"], recipient="hun-sen") == expect(
        lambda m: m["sender"] in ("xi-jinping", "li-keqiang") and m["recipient"] == "hun-sen"
    )
    assert ids(api, "/v1/messages", sender_country="VNM") == expect(lambda m: actors[m["sender"]]["country"] == "VNM")
    assert ids(api, "/v1/messages", recipient_country=["KHM", "CHN"]) == expect(
        lambda m: actors[m["recipient"]]["country"] in ("KHM", "CHN")
    )
    start, end = date(2018, 1, 1), date(2019, 6, 30)
    assert ids(api, "/v1/messages", date_from=start.isoformat(), date_to=end.isoformat()) == expect(
        lambda m: m["date"] is not None and start <= m["date"] <= end
    )
    article = corpus.articles[12]["id"]
    assert sorted(ids(api, "/v1/messages", article=article)) == [12, 13]


@pytest.mark.parametrize("sort", ["-date", "date", "id"])
def test_messages_of_one_country_and_kind_page_in_order(api, api_corpus, sort):
    """One country and one kind page through their own index in date order; every sort gives the same rows."""
    corpus, _ = api_corpus
    country = {a: corpus.actors[a]["country"] for a in corpus.actors}
    cases = [
        ({"sender_country": "CHN", "kind": "congratulation"}, lambda m: country[m["sender"]] == "CHN" and m["kind"] == "congratulation"),
        ({"recipient_country": "KHM", "kind": "greeting"}, lambda m: country[m["recipient"]] == "KHM" and m["kind"] == "greeting"),
        (
            {"sender_country": "CHN", "recipient_country": "VNM", "kind": "letter"},
            lambda m: (country[m["sender"]], country[m["recipient"]], m["kind"]) == ("CHN", "VNM", "letter"),
        ),
        ({"sender_country": "VNM", "kind": "thanks"}, lambda m: country[m["sender"]] == "VNM" and m["kind"] == "thanks"),
    ]
    for params, keep in cases:
        expected = expected_messages(corpus, sort, keep)
        assert expected, params
        assert [row["id"] for row in walk(api, "/v1/messages", limit=1, sort=sort, **params)] == expected, params
    assert ids(api, "/v1/messages", kind="thanks", sender="nobody") == []


def test_statement_filters(api, api_corpus):
    corpus, _ = api_corpus
    published = {a["id"]: a["published_at"] for a in corpus.articles}

    def expect(keep):
        return [s["id"] for s in corpus.statements if keep(s)]

    assert ids(api, "/v1/statements", speaker="xi-jinping") == expect(lambda s: s["speaker"] == "xi-jinping")
    assert ids(api, "/v1/statements", speaker=["xi-jinping", "hun-sen"], kind="direct") == expect(
        lambda s: s["speaker"] in ("xi-jinping", "hun-sen") and s["kind"] == "direct"
    )
    assert ids(api, "/v1/statements", speaker_country="VNM") == expect(
        lambda s: corpus.actors[s["speaker"]]["country"] == "VNM"
    )
    two = [corpus.articles[1]["id"], corpus.articles[2]["id"]]
    assert ids(api, "/v1/statements", article=two) == expect(lambda s: s["article"] in two)
    assert ids(api, "/v1/statements", message=[3, 4]) == expect(lambda s: s["message"] in (3, 4))
    start = date(2019, 1, 1)
    assert ids(api, "/v1/statements", date_from=start.isoformat()) == expect(
        lambda s: published[s["article"]] is not None and published[s["article"]] >= start
    )


def test_article_filters(api, api_corpus):
    corpus, _ = api_corpus
    by_id = {a["id"]: a for a in corpus.articles}
    messages = {m["id"]: m for m in corpus.messages}

    def expect(keep):
        return [i for i in expected_articles(corpus, "-published_at") if keep(by_id[i])]

    def reported(article):
        return [messages[r["message"]] for r in corpus.reports if r["article"] == article["id"]]

    assert ids(api, "/v1/articles", source=["VNA", "Khmer Times"]) == expect(
        lambda a: a["source"] in ("VNA", "Khmer Times")
    )
    start, end = date(2018, 6, 1), date(2020, 1, 1)
    assert ids(api, "/v1/articles", published_from=start.isoformat(), published_to=end.isoformat()) == expect(
        lambda a: a["published_at"] is not None and start <= a["published_at"] <= end
    )
    assert ids(api, "/v1/articles", sender="xi-jinping", kind="condolence") == expect(
        lambda a: any(m["sender"] == "xi-jinping" and m["kind"] == "condolence" for m in reported(a))
    )
    assert ids(api, "/v1/articles", recipient="hun-sen", source="Xinhua") == expect(
        lambda a: a["source"] == "Xinhua" and any(m["recipient"] == "hun-sen" for m in reported(a))
    )
    mentions = {(m["article"], corpus.actors[m["actor"]]["country"]) for m in corpus.mentions}
    assert ids(api, "/v1/articles", country="VNM") == expect(lambda a: (a["id"], "VNM") in mentions)


def test_correspondent_filters(api, api_corpus):
    corpus, _ = api_corpus
    counts = role_counts(corpus, "sender")
    assert ids(api, "/v1/senders", country="CHN") == ["li-keqiang", "xi-jinping"]
    assert ids(api, "/v1/senders", q="JINP") == ["xi-jinping"]
    assert ids(api, "/v1/senders", q="techo") == ["hun-sen"]  # an alias
    assert ids(api, "/v1/senders", q="%") == []  # LIKE wildcards are plain characters
    assert ids(api, "/v1/senders", min_messages=6) == sorted(
        (a for a, n in counts.items() if n >= 6), key=lambda a: corpus.actors[a]["name"]
    )
    assert ids(api, "/v1/recipients", kind="person", country=["KHM", "VNM"]) == ["hun-sen", "nguyen-phu-trong"]


def test_an_unknown_kind_is_a_422(api):
    response = api.get("/v1/messages", params={"kind": "ultimatum"})
    assert response.status_code == 422
    assert response.json()["error"]["details"][0]["loc"] == ["query", "kind", 0]


# --- conditional GET ---


@pytest.mark.parametrize(
    "path",
    [
        "/v1/messages",
        "/v1/messages/3",
        "/v1/senders/xi-jinping",
        "/healthz",
        "/v1/stats/messages?group_by=kind",
        "/v1/network?format=graphml",
    ],
)
def test_etag_and_304(api, path):
    first = api.get(path)
    etag = first.headers["etag"]
    again = api.get(path, headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert api.get(path, headers={"If-None-Match": '"something-else"'}).status_code == 200


def test_different_content_has_a_different_etag(api):
    assert api.get("/v1/messages/3").headers["etag"] != api.get("/v1/messages/4").headers["etag"]
    assert api.get("/v1/messages", params={"limit": 1}).headers["etag"] != api.get("/v1/messages").headers["etag"]


def test_numbers_too_large_for_an_id_are_a_422_or_a_400(api):
    huge = str(2**63)
    for path, params in [
        (f"/v1/messages/{huge}", {}),
        (f"/v1/statements/{huge}", {}),
        ("/v1/statements", {"message": huge}),
        ("/v1/statements.jsonl", {"message": huge}),
        ("/v1/senders", {"min_messages": huge}),
        ("/v1/messages", {"limit": huge}),
    ]:
        response = api.get(path, params=params)
        assert response.status_code == 422, (path, response.text)
    cursor = base64.urlsafe_b64encode(f'["id",{2**70}]'.encode()).decode().rstrip("=")
    assert api.get("/v1/messages", params={"sort": "id", "cursor": cursor}).status_code == 400


def test_values_the_database_cannot_hold_are_never_a_500(api):
    for params in ({"sender": "\x00"}, {"q": "\x00"}, {"article": "\x00x"}):
        response = api.get("/v1/messages", params=params)
        assert response.status_code in (200, 422), (params, response.text)


@pytest.mark.parametrize("common_rows", [1, 10**9])
def test_actor_filters_give_the_same_rows_walked_or_driven(api, api_corpus, monkeypatch, common_rows):
    """An actor's or a country's rows are either checked in the page's order or found through indexes."""
    from app.queries import common

    corpus, _ = api_corpus
    monkeypatch.setattr(common, "COMMON_ROWS", common_rows)
    country = {a: corpus.actors[a]["country"] for a in corpus.actors}
    assert ids(api, "/v1/messages", sender_country=["VNM", "KHM"], sort="id") == [
        m["id"] for m in corpus.messages if country[m["sender"]] in ("VNM", "KHM")
    ]
    assert ids(api, "/v1/messages", recipient_country="CHN", sort="id") == [
        m["id"] for m in corpus.messages if country[m["recipient"]] == "CHN"
    ]
    assert ids(api, "/v1/statements", speaker_country="CHN") == [
        s["id"] for s in corpus.statements if country[s["speaker"]] == "CHN"
    ]
    mentions = {(m["article"], country[m["actor"]]) for m in corpus.mentions}
    assert ids(api, "/v1/articles", country="KHM") == [
        i for i in expected_articles(corpus, "-published_at") if (i, "KHM") in mentions
    ]
    assert ids(api, "/v1/messages", sender=["xi-jinping", "li-keqiang"], recipient="hun-sen", sort="id") == [
        m["id"] for m in corpus.messages if m["sender"] in ("xi-jinping", "li-keqiang") and m["recipient"] == "hun-sen"
    ]
    assert ids(api, "/v1/statements", speaker="xi-jinping", speaker_country="CHN") == [
        s["id"] for s in corpus.statements if s["speaker"] == "xi-jinping"
    ]
    reported = {(r["article"], corpus.messages[r["message"] - 1]["sender"]) for r in corpus.reports}
    kinds = {(r["article"], corpus.messages[r["message"] - 1]["kind"]) for r in corpus.reports}
    assert ids(api, "/v1/articles", sender="xi-jinping", country="KHM") == [
        i
        for i in expected_articles(corpus, "-published_at")
        if (i, "xi-jinping") in reported and (i, "KHM") in mentions
    ]
    assert ids(api, "/v1/articles", kind="letter") == [
        i for i in expected_articles(corpus, "-published_at") if (i, "letter") in kinds
    ]
