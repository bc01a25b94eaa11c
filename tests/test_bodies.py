"""Hostile JSON bodies on every route that takes one: a clear 400, never a 500.

The routes come from the app's own url_map, so a new endpoint is covered the day it lands.
"""

from __future__ import annotations

import pytest

from heard.openapi import OPERATIONS
from tests.conftest import ADMIN_TOKEN

# JSON allows half a UTF-16 pair; Python decodes it into a string nothing can encode.
LONE_SURROGATE = (b'{"text": "Your order \\ud800 shipped.", "name": "Dana \\udfff", '
                  b'"note": "x\\ud800", "token": "t\\ud800", "version": 1}')
DEEP = b'{"text": "Hi", "context": ' + b"[" * 50_000 + b"]" * 50_000 + b"}"


def body_routes(app) -> list[tuple[str, str]]:
    """(method, path) for every route that takes a JSON body (per /openapi.json's registry,
    which test_openapi keeps complete), with its placeholders filled."""
    found = []
    for rule in app.url_map.iter_rules():
        if OPERATIONS[rule.endpoint].body is None:
            continue
        for method in sorted((rule.methods or set()) & {"POST", "PUT", "PATCH"}):
            path = rule.rule
            for arg in rule.arguments:
                path = path.replace(f"<int:{arg}>", "1").replace(f"<{arg}>", "production")
            found.append((method, path))
    return found


def send(client, method: str, path: str, data: bytes):
    return client.open(path, method=method, data=data, content_type="application/json",
                       headers={"Authorization": f"Bearer {ADMIN_TOKEN}"})


def test_every_body_route_is_found(app):
    routes = body_routes(app)
    assert ("POST", "/v1/rewrite") in routes and ("POST", "/admin/session") in routes
    assert len(routes) >= 8


@pytest.mark.parametrize("data, code", [(LONE_SURROGATE, "invalid_unicode"),
                                        (DEEP, "invalid_json")], ids=["surrogate", "deep"])
def test_hostile_json_is_a_clear_400_on_every_route(app, data, code):
    client = app.test_client()
    for method, path in body_routes(app):
        r = send(client, method, path, data)
        assert r.status_code == 400, (method, path, r.get_data(as_text=True))
        err = r.get_json()["error"]
        assert err["code"] == code, (method, path, err)
        assert "Traceback" not in err["message"]


def test_the_message_names_the_field_with_the_lone_surrogate(client, auth):
    r = client.post("/v1/rewrite", data=b'{"text": "ok", "context": {"customer_message": '
                    b'"Where is it \\udc00?"}}', content_type="application/json", headers=auth)
    assert r.status_code == 400
    assert "`context.customer_message`" in r.get_json()["error"]["message"]
    # A proper pair (an emoji spelt as two escapes) is ordinary text.
    ok = client.post("/v1/rewrite", data=b'{"text": "Your order shipped \\ud83d\\ude00"}',
                     content_type="application/json", headers=auth)
    assert ok.status_code == 200 and "\N{GRINNING FACE}" in ok.get_json()["rewrite"]
