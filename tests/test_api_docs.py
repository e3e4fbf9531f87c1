"""/docs and /redoc work offline, and the OpenAPI document describes every operation, parameter and field."""

from __future__ import annotations

import re

import pytest

URL_ATTRIBUTE = re.compile(r"""(?:src|href|url)\s*[=:]\s*['"]([^'"]+)['"]""")


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_docs_pages_load_their_assets_from_the_app_itself(api, page):
    response = api.get(page)
    assert response.status_code == 200
    urls = URL_ATTRIBUTE.findall(response.text)
    assert urls, "the page references no assets"
    for url in urls:
        assert url.startswith("/"), f"{page} references {url}, which is not served by the app"
        asset = api.get(url)
        assert asset.status_code == 200, url
        assert asset.content, url
    scripts = [url for url in urls if url.endswith(".js")]
    assert scripts, "no script: the page would be blank"
    assert "http://" not in response.text.replace("http://testserver", "")
    assert "https://" not in response.text


def test_openapi_describes_every_operation_and_parameter_with_examples(api):
    spec = api.get("/openapi.json").json()
    operations = [(path, op) for path, item in spec["paths"].items() for op in item.values()]
    assert {
        "/v1/articles",
        "/v1/articles/{article_id}",
        "/v1/messages",
        "/v1/messages/{message_id}",
        "/v1/senders/{actor_id}/messages",
        "/v1/recipients/{actor_id}/messages",
        "/v1/statements/{statement_id}",
        "/v1/stats/messages",
        "/v1/stats/statements",
        "/v1/network",
        "/v1/messages.csv",
        "/v1/articles.jsonl",
        "/healthz",
    } <= set(spec["paths"])
    for path, operation in operations:
        assert operation.get("summary") and operation.get("description"), path
        for parameter in operation.get("parameters", []):
            assert parameter.get("description"), (path, parameter["name"])
            assert parameter["schema"].get("examples"), (path, parameter["name"])
        if operation.get("parameters"):
            error = operation["responses"]["422"]["content"]["application/json"]["schema"]
            assert error == {"$ref": "#/components/schemas/ErrorBody"}, path


def test_openapi_describes_every_field_and_gives_examples_of_values(api):
    schemas = api.get("/openapi.json").json()["components"]["schemas"]
    for name, schema in schemas.items():
        if schema.get("type") != "object":
            continue  # enums
        for field, prop in schema["properties"].items():
            assert prop.get("description"), f"{name}.{field}"
            nested = "$ref" in prop or prop.get("type") == "array" and "$ref" in prop.get("items", {})
            assert nested or prop.get("examples"), f"{name}.{field} has no example"
