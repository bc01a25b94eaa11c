"""GET /openapi.json tells the truth: every route the app serves is in it, the bodies are the
views' own models, and what the server answers (errors above all) matches what it documents."""

from __future__ import annotations

import re

import jsonschema
import pytest
from openapi_spec_validator import validate

from heard.api import admin_tokens
from heard.schema import RewriteRequest
from tests.conftest import ADMIN_TOKEN

SKIP_METHODS = {"HEAD", "OPTIONS"}  # answered by Flask (and the CORS preflight) for every route


@pytest.fixture
def doc(client) -> dict:
    r = client.get("/openapi.json")
    assert r.status_code == 200 and r.mimetype == "application/json"
    return r.get_json()


def served(app) -> list[tuple[str, str, str]]:
    """(method, OpenAPI path, endpoint) for every route in the app's url_map."""
    out = []
    for rule in app.url_map.iter_rules():
        path = rule.rule
        for arg in rule.arguments:
            for conv in ("int:", "path:", ""):
                path = path.replace(f"<{conv}{arg}>", "{" + arg + "}")
        out += [(m, path, rule.endpoint) for m in sorted(rule.methods - SKIP_METHODS)]
    return out


def test_the_document_is_valid_openapi_3_1(doc):
    assert doc["openapi"].startswith("3.1")
    validate(doc)


def test_every_route_the_app_serves_is_documented(app, doc):
    missing = [f"{m} {p} ({e})" for m, p, e in served(app)
               if m.lower() not in doc["paths"].get(p, {})]
    assert not missing, ("routes missing from /openapi.json; add an entry for each endpoint to "
                         f"OPERATIONS in server/heard/openapi.py: {missing}")
    documented = {(m.upper(), p) for p, item in doc["paths"].items() for m in item}
    assert documented == {(m, p) for m, p, _ in served(app)}


def test_request_bodies_are_the_models_the_views_validate_with(doc):
    schemas = doc["components"]["schemas"]
    ref = doc["paths"]["/v1/rewrite"]["post"]["requestBody"]["content"]["application/json"]
    assert ref["schema"] == {"$ref": "#/components/schemas/RewriteRequest"}
    assert schemas["RewriteRequest"]["properties"].keys() == RewriteRequest.model_fields.keys()
    assert schemas["NewToken"]["properties"]["role"] == \
        admin_tokens.NewToken.model_json_schema()["properties"]["role"]


def check(doc: dict, method: str, path: str, response) -> None:
    """The status is documented for this operation and the body matches its schema."""
    op = doc["paths"][path][method.lower()]
    status = str(response.status_code)
    assert status in op["responses"], f"{method} {path} answered {status}, undocumented"
    content = op["responses"][status]["content"]
    media = response.mimetype
    entry = content.get(media) or content.get("*/*")
    assert entry, f"{method} {path} {status}: {media} is not documented"
    if media == "application/json":
        schema = {**entry["schema"], "components": doc["components"]}
        jsonschema.validate(response.get_json(), schema,
                            cls=jsonschema.Draft202012Validator)


def fill(path: str) -> str:
    path = path.replace("{number}", "1").replace("{label}", "staging")
    return re.sub(r"\{\w+\}", "0123456789ab", path.replace("{filename}", "nope.js"))


def test_error_answers_match_the_document_on_every_route(app, client, doc):
    agent = client.post("/v1/admin/tokens", json={"name": "a", "role": "agent"},
                        headers={"Authorization": f"Bearer {ADMIN_TOKEN}"}).get_json()["token"]
    tried = 0
    for method, path, _ in served(app):
        op = doc["paths"][path][method.lower()]
        url = fill(path)
        if op["security"]:
            r = client.open(url, method=method)
            assert r.status_code == 401, (method, path)
            check(doc, method, path, r)
            r = client.open(url, method=method, headers={"Authorization": "Bearer nope"})
            check(doc, method, path, r)
            tried += 2
            if {"adminSession": [], "adminHeader": []} in op["security"]:
                r = client.open(url, method=method, headers={"Authorization": f"Bearer {agent}"})
                assert r.status_code == 403, (method, path)
                check(doc, method, path, r)
                tried += 1
        if "requestBody" in op:
            admin = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
            for data, ctype, status in [(b"hello", "text/plain", 415),
                                        (b"{nope", "application/json", 400),
                                        (b"[1]", "application/json", 400)]:
                r = client.open(url, method=method, data=data, content_type=ctype,
                                headers=admin)
                assert r.status_code == status, (method, path, data, r.status_code)
                check(doc, method, path, r)
                tried += 1
    assert tried > 40
    r = client.open("/v1/rewrite", method="PATCH")
    assert r.status_code == 405
    check(doc, "POST", "/v1/rewrite", r)  # 405 is documented on every operation's path


def test_answers_match_their_documented_schemas(client, auth, doc):
    for method, path, kwargs in [
        ("POST", "/v1/rewrite", {"json": {"text": "Your order #A-1 ships Monday."}}),
        ("GET", "/v1/me", {}), ("GET", "/healthz", {}), ("GET", "/readyz", {}),
        ("GET", "/v1/principles", {}), ("GET", "/v1/admin/tokens", {}),
        ("GET", "/v1/admin/prompts", {}), ("GET", "/v1/admin/prompts/{number}", {}),
        ("GET", "/metrics", {}), ("GET", "/admin", {}), ("GET", "/", {}),
    ]:
        r = client.open(fill(path), method=method, headers=auth, **kwargs)
        assert r.status_code == 200, (path, r.get_data(as_text=True)[:200])
        check(doc, method, path, r)
