"""Tokens and roles on every path, the admin token API, and the CORS allowlist."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from heard.app import create_app
from heard.tokens import hash_token

BODY = {"text": "Your order #77 shipped today."}


def create(client, auth, role="agent", name="agent@example.com"):
    r = client.post("/v1/admin/tokens", json={"name": name, "role": role}, headers=auth)
    assert r.status_code == 201, r.get_data(as_text=True)
    return r.get_json()


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.mark.parametrize("header", ["", "Bearer", "Bearer ", "Basic abc", "Token x",
                                    "Bearer not-a-token"])
def test_missing_or_bad_tokens_are_401(client, header):
    r = client.post("/v1/rewrite", json=BODY, headers={"Authorization": header} if header
                    else {})
    assert r.status_code == 401 and r.get_json()["error"]["code"] == "unauthorized"


def test_agent_can_rewrite_but_not_administer(client, auth):
    agent = bearer(create(client, auth)["token"])
    rewritten = client.post("/v1/rewrite", json=BODY, headers=agent)
    assert rewritten.status_code == 200
    assert client.post("/v1/feedback", json={"id": rewritten.get_json()["id"],
                                             "action": "copied"}, headers=agent).status_code == 200
    for method, path in [("get", "/v1/admin/tokens"), ("post", "/v1/admin/tokens"),
                         ("delete", "/v1/admin/tokens/0123456789ab")]:
        r = getattr(client, method)(path, json={"name": "x"}, headers=agent)
        assert r.status_code == 403, path
        assert r.get_json()["error"]["code"] == "forbidden" and "admin" in \
            r.get_json()["error"]["message"]


def test_admin_endpoints_need_a_token(client):
    assert client.get("/v1/admin/tokens").status_code == 401


def test_admin_creates_lists_and_revokes_at_once_in_every_worker(make_app, auth, redis_url):
    worker1, worker2 = make_app().test_client(), make_app().test_client()
    made = create(worker1, auth, role="admin", name="lead")
    assert made["token"].startswith("hrd_") and made["role"] == "admin"
    listed = worker1.get("/v1/admin/tokens", headers=auth).get_json()["tokens"]
    mine = next(t for t in listed if t["id"] == made["id"])
    assert mine["name"] == "lead" and mine["last_used"] is None
    assert "token" not in mine and all(made["token"] not in str(t) for t in listed)

    assert worker2.get("/v1/admin/tokens", headers=bearer(made["token"])).status_code == 200
    listed = worker1.get("/v1/admin/tokens", headers=auth).get_json()["tokens"]
    assert next(t for t in listed if t["id"] == made["id"])["last_used"] is not None

    assert worker1.delete(f"/v1/admin/tokens/{made['id']}", headers=auth).status_code == 200
    for worker in (worker1, worker2):  # no cache anywhere keeps it alive
        r = worker.post("/v1/rewrite", json=BODY, headers=bearer(made["token"]))
        assert r.status_code == 401
    import redis

    store = redis.Redis.from_url(redis_url)
    assert not store.exists("heard:token:" + hash_token(made["token"]))


def test_token_secrets_are_stored_hashed(client, auth, redis_url):
    import redis

    made = create(client, auth)
    store = redis.Redis.from_url(redis_url)
    dump = b"".join(k + (store.dump(k) or b"") for k in store.scan_iter("*"))
    assert made["token"].encode() not in dump
    assert hash_token(made["token"]).encode() in dump


@pytest.mark.parametrize("body,code", [
    ({"role": "agent"}, "invalid_request"),
    ({"name": "x", "role": "owner"}, "invalid_request"),
    ({"name": "", "role": "agent"}, "invalid_request"),
    ({"name": "x", "extra": 1}, "invalid_request"),
    (["x"], "invalid_body"),
])
def test_bad_token_requests_are_400(client, auth, body, code):
    r = client.post("/v1/admin/tokens", json=body, headers=auth)
    assert r.status_code == 400 and r.get_json()["error"]["code"] == code


def test_revoking_unknown_own_or_bootstrap_tokens_is_refused(client, auth):
    r = client.delete("/v1/admin/tokens/ffffffffffff", headers=auth)
    assert r.status_code == 404 and r.get_json()["error"]["code"] == "not_found"
    r = client.delete("/v1/admin/tokens/fff", headers=auth)
    assert r.status_code == 404
    bootstrap = next(t for t in client.get("/v1/admin/tokens", headers=auth).get_json()[
        "tokens"] if t["name"] == "bootstrap")
    r = client.delete(f"/v1/admin/tokens/{bootstrap['id']}", headers=auth)
    assert r.status_code == 409
    lead = create(client, auth, role="admin", name="lead")
    r = client.delete(f"/v1/admin/tokens/{lead['id']}", headers=bearer(lead["token"]))
    assert r.status_code == 409 and r.get_json()["error"]["code"] == "own_token"
    r = client.delete(f"/v1/admin/tokens/{bootstrap['id']}", headers=bearer(lead["token"]))
    assert r.status_code == 409 and r.get_json()["error"]["code"] == "bootstrap_token"


# ── CORS ────────────────────────────────────────────────────────────────────────────────
EXT = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"


def preflight(client, origin: str, path: str = "/v1/rewrite"):
    return client.options(path, headers={
        "Origin": origin, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type"})


def test_preflight_from_the_extension_is_allowed_without_a_token(make_app):
    client = make_app(rate_limit="1/minute").test_client()
    for _ in range(3):  # preflights neither authenticate nor count against the limit
        r = preflight(client, EXT)
        assert r.status_code == 204
        assert r.headers["Access-Control-Allow-Origin"] == EXT
        assert "POST" in r.headers["Access-Control-Allow-Methods"]
        assert "Authorization" in r.headers["Access-Control-Allow-Headers"]


def test_answers_to_the_extension_carry_cors_headers(client, auth):
    r = client.post("/v1/rewrite", json=BODY, headers={**auth, "Origin": EXT})
    assert r.status_code == 200 and r.headers["Access-Control-Allow-Origin"] == EXT
    assert "Origin" in r.headers["Vary"]
    assert "Retry-After" in r.headers["Access-Control-Expose-Headers"]
    denied = client.post("/v1/rewrite", json=BODY, headers={"Origin": EXT})
    assert denied.status_code == 401 and denied.headers["Access-Control-Allow-Origin"] == EXT


@pytest.mark.parametrize("origin", ["https://evil.example", "null", "http://localhost:3000",
                                    "chrome-extension://", "chrome-extension://a.b",
                                    "https://chrome-extension.evil"])
def test_other_origins_get_no_cors_headers(client, auth, origin):
    r = preflight(client, origin)
    assert "Access-Control-Allow-Origin" not in r.headers
    assert "Access-Control-Allow-Methods" not in r.headers
    r = client.post("/v1/rewrite", json=BODY, headers={**auth, "Origin": origin})
    assert "Access-Control-Allow-Origin" not in r.headers


def test_only_the_configured_origins_are_allowed(make_app):
    client = make_app(allowed_origins=f"{EXT}, https://*.zendesk.com").test_client()
    allowed = ["https://acme.zendesk.com", EXT]
    refused = ["chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba", "moz-extension://abc",
               "https://a.b.zendesk.com", "https://zendesk.com", "https://acme.zendesk.com.evil",
               "http://acme.zendesk.com", "https://acme.zendesk.com:8443"]
    for origin in allowed:
        assert preflight(client, origin).headers.get("Access-Control-Allow-Origin") == origin
    for origin in refused:
        assert "Access-Control-Allow-Origin" not in preflight(client, origin).headers, origin


@pytest.mark.parametrize("origins", ["*", "chrome-extension://*, *", "example.com"])
def test_a_catch_all_origin_is_refused_at_start(redis_url, origins):
    with pytest.raises(ValidationError, match="HEARD_ALLOWED_ORIGINS"):
        create_app({"redis_url": redis_url, "allowed_origins": origins})


def test_listing_many_tokens_stays_quick_with_a_distant_redis(tmp_path):
    """The list reads every token's record in one round trip, not one each: behind a Redis
    40 ms away, 30 tokens would take over a second one by one."""
    import time

    from heard.tokens import TokenStore
    from tests.conftest import ADMIN_TOKEN
    from tests.faults.run import Proxy, TcpRedis

    server = TcpRedis(tmp_path / "redis")
    server.start()
    proxy = Proxy(server.port)
    try:
        store = TokenStore(server.client())
        for n in range(30):
            store.create(f"agent {n}", "agent")
        app = create_app({"redis_url": f"redis://127.0.0.1:{proxy.port}/0",
                          "admin_token": ADMIN_TOKEN})
        client = app.test_client()
        auth = bearer(ADMIN_TOKEN)
        assert client.get("/v1/admin/tokens", headers=auth).status_code == 200  # connected
        proxy.delay_s = 0.02  # each way: 40 ms a round trip
        started = time.monotonic()
        listed = client.get("/v1/admin/tokens", headers=auth).get_json()["tokens"]
        elapsed = time.monotonic() - started
        assert len(listed) == 31 and {t["name"] for t in listed} >= {"agent 0", "agent 29"}
        assert elapsed < 0.6, f"{elapsed:.2f} s"
    finally:
        proxy.stop()
        server.kill()


def test_a_new_token_of_a_known_team_needs_no_extra_round_trip(tmp_path):
    """A token's first rewrite in a process used to read its team's prompt labels in a second
    round trip (its profile is only known from its record); the labels of the teams the
    process knows now ride in the first one."""
    from heard.tokens import TokenStore
    from tests.conftest import ADMIN_TOKEN
    from tests.faults.run import Proxy, TcpRedis

    server = TcpRedis(tmp_path / "redis")
    server.start()
    proxy = Proxy(server.port)
    try:
        app = create_app({"redis_url": f"redis://127.0.0.1:{proxy.port}/0",
                          "admin_token": ADMIN_TOKEN})
        client = app.test_client()
        admin = bearer(ADMIN_TOKEN)
        bundle = client.get("/v1/admin/prompts/1", headers=admin).get_json()["bundle"]
        bundle["brand_voice"] = "Billing team: short sentences."
        assert client.post("/v1/admin/prompts", json={"note": "billing", "bundle": bundle,
                                                      "profile": "billing"},
                           headers=admin).status_code == 201
        app.extensions["heard.services"].versions.record_eval(
            "billing", 1, {"passed": True, "failing": [], "metrics": {"invariant_breaks": 0}})
        assert client.put("/v1/admin/labels/production", json={"version": 1, "profile":
                          "billing"}, headers=admin).status_code == 200
        store = TokenStore(server.client())
        first, second = (bearer(store.create(n, "agent", profile="billing")[0])
                         for n in ("ana", "ben"))
        body = {"text": "Hi, your parcel ships on Monday. Tracking follows by email."}

        def round_trips(headers) -> tuple[int, dict]:
            before = proxy.sent
            answer = client.post("/v1/rewrite", json=body, headers=headers).get_json()
            return proxy.sent - before, answer

        round_trips(first)  # the team becomes known here; the answer is cached
        hit, answer = round_trips(first)
        assert answer["cached"] and answer["prompt_version"].startswith("billing@1:")
        new_token, answer = round_trips(second)
        assert answer["cached"] and answer["prompt_version"].startswith("billing@1:")
        # Its record's "last used" is written once (a minute): the only extra.
        assert new_token == hit + 1, (new_token, hit)
    finally:
        proxy.stop()
        server.kill()
