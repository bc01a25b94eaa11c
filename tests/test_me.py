"""GET /v1/me: the extension's connection check learns who a token belongs to."""

from __future__ import annotations


def test_me_names_the_token_holder_for_any_role(client, auth):
    made = client.post("/v1/admin/tokens", json={"name": "ana@example.com"},
                       headers=auth).get_json()
    agent = client.get("/v1/me", headers={"Authorization": f"Bearer {made['token']}"})
    assert agent.status_code == 200
    assert agent.get_json() == {"name": "ana@example.com", "role": "agent",
                                "profile": "default"}
    admin = client.get("/v1/me", headers=auth).get_json()
    assert admin["role"] == "admin" and admin["name"] == "bootstrap"


def test_me_refuses_a_missing_or_wrong_token_in_the_one_error_shape(client):
    for headers in ({}, {"Authorization": "Bearer not-a-token"}):
        r = client.get("/v1/me", headers=headers)
        assert r.status_code == 401
        assert r.get_json()["error"]["code"] == "unauthorized"
        assert "token" in r.get_json()["error"]["message"]


def test_me_answers_the_extension_with_cors_headers(client, auth):
    origin = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
    r = client.get("/v1/me", headers={**auth, "Origin": origin})
    assert r.headers["Access-Control-Allow-Origin"] == origin
