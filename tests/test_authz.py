"""Who may call what: every route the app serves × no token / agent / admin / revoked token /
the admin cookie without its header, generated from the app's own url_map; /metrics; CORS on
every route; no token secret in any log line."""

from __future__ import annotations

import json

import pytest

from heard.openapi import OPERATIONS
from tests.conftest import ADMIN_TOKEN

# Routes anyone may call: a new public route must be added here on purpose.
PUBLIC = {"health.healthz", "health.readyz", "health.principles", "openapi.document",
          "admin_session.sign_in", "admin_session.sign_out", "web.index", "web.admin",
          "web.static"}
EVIL = "https://evil.example"


def routes(app) -> list[tuple[str, str, str]]:
    out = []
    for rule in app.url_map.iter_rules():
        path = rule.rule
        for arg in rule.arguments:
            for conv in ("int:", "path:", ""):
                path = path.replace(f"<{conv}{arg}>", {"number": "1", "label": "staging",
                                                       "filename": "heard.css"}
                                    .get(arg, "0123456789ab"))
        out += [(m, path, rule.endpoint) for m in sorted(rule.methods - {"HEAD", "OPTIONS"})]
    return out


def role_of(endpoint: str) -> str:
    if endpoint in PUBLIC:
        return "none"
    assert endpoint in OPERATIONS, f"{endpoint} has no entry in heard.openapi.OPERATIONS"
    role = OPERATIONS[endpoint].auth
    assert role in ("agent", "admin"), f"{endpoint} is not in PUBLIC but documented as {role}"
    return role


@pytest.fixture
def callers(client, auth) -> dict[str, dict[str, str]]:
    def create(role: str) -> tuple[str, str]:
        r = client.post("/v1/admin/tokens", json={"name": f"t-{role}", "role": role},
                        headers=auth).get_json()
        return r["token"], r["id"]

    agent, _ = create("agent")
    admin, _ = create("admin")
    revoked, revoked_id = create("admin")
    assert client.delete(f"/v1/admin/tokens/{revoked_id}", headers=auth).status_code == 200
    signed_in = client.application.test_client().post("/admin/session", json={"token": admin})
    assert signed_in.status_code == 200
    cookie = signed_in.headers["Set-Cookie"].split(";", 1)[0]
    return {"none": {}, "agent": {"Authorization": f"Bearer {agent}"},
            "admin": {"Authorization": f"Bearer {admin}"},
            "revoked": {"Authorization": f"Bearer {revoked}"},
            "cookie without header": {"Cookie": cookie},
            "cookie with header": {"Cookie": cookie, "X-Heard-Admin": "1"},
            "secrets": {"": f"{agent} {admin} {revoked} {cookie.split('=', 1)[1]}"}}


def expected(role: str, caller: str) -> str:
    """'ok' (the view ran: anything but 401/403), '401' or '403'."""
    if role == "none" or caller in ("admin", "cookie with header"):
        return "ok"
    if caller == "agent":
        return "403" if role == "admin" else "ok"
    return "401"


def test_every_route_by_every_caller(capfd, app, callers):
    client = app.test_client(use_cookies=False)  # each caller sends exactly its own headers
    table = []
    # Signing out ends the session the cookie callers use: that route goes last.
    ordered = sorted(routes(app), key=lambda r: r[2] == "admin_session.sign_out")
    for method, path, endpoint in ordered:
        role = role_of(endpoint)
        for caller in ("none", "agent", "admin", "revoked", "cookie without header",
                       "cookie with header"):
            r = client.open(path, method=method, headers=callers[caller],
                            json={} if method in ("POST", "PUT") else None)
            got = str(r.status_code) if r.status_code in (401, 403) else "ok"
            table.append((method, path, caller, expected(role, caller), got))
    wrong = [row for row in table if row[3] != row[4]]
    assert not wrong, "method path caller expected got:\n" + "\n".join(map(str, wrong))
    assert len(table) >= 6 * 25
    # No secret (tokens, the session id) in any log line of all those requests.
    out, err = capfd.readouterr()
    logs = out + err
    assert '"path": "/v1/admin/tokens"' in logs
    for secret in callers["secrets"][""].split():
        assert secret not in logs


def test_metrics_needs_a_token_its_own_token_or_a_listed_network(make_app):
    app = make_app(metrics_token="prometheus-only-0123456789")
    client = app.test_client()
    assert client.get("/metrics").status_code == 401
    assert client.get("/metrics", headers={"Authorization": "Bearer wrong"}).status_code == 401
    scraper = {"Authorization": "Bearer prometheus-only-0123456789"}
    assert client.get("/metrics", headers=scraper).status_code == 200
    # The metrics token opens nothing else.
    assert client.get("/v1/me", headers=scraper).status_code == 401
    assert client.get("/v1/admin/tokens", headers=scraper).status_code == 401
    assert client.get("/metrics", headers={"Authorization": f"Bearer {ADMIN_TOKEN}"}
                      ).status_code == 200

    internal = make_app(metrics_networks="10.20.0.0/16").test_client()
    inside = internal.get("/metrics", environ_base={"REMOTE_ADDR": "10.20.3.4"})
    assert inside.status_code == 200 and "heard_http_requests_total" in inside.text
    outside = internal.get("/metrics", environ_base={"REMOTE_ADDR": "10.21.0.1"})
    assert outside.status_code == 401
    # The default lists no network: not even loopback (a local reverse proxy is loopback).
    assert client.get("/metrics", environ_base={"REMOTE_ADDR": "127.0.0.1"}).status_code == 401


def test_a_bad_metrics_network_is_refused_at_start(redis_url):
    from heard.app import create_app

    with pytest.raises(ValueError, match="HEARD_METRICS_NETWORKS"):
        create_app({"redis_url": redis_url, "metrics_networks": "intranet"})


def test_cors_admits_only_configured_origins_on_every_route(app, client, auth):
    for method, path, _ in routes(app):
        preflight = client.options(path, headers={"Origin": EVIL,
                                                  "Access-Control-Request-Method": method})
        assert "Access-Control-Allow-Origin" not in preflight.headers, path
        assert "Access-Control-Allow-Methods" not in preflight.headers, path
        r = client.open(path, method=method, headers={**auth, "Origin": EVIL},
                        json={} if method in ("POST", "PUT") else None)
        assert "Access-Control-Allow-Origin" not in r.headers, (method, path)
    ext = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
    ok = client.get("/v1/me", headers={**auth, "Origin": ext})
    assert ok.headers["Access-Control-Allow-Origin"] == ext
    # A page's origin never gets a credentialed CORS answer (cookies stay same-origin).
    assert "Access-Control-Allow-Credentials" not in ok.headers


def test_the_admin_pages_are_not_framable_and_set_a_policy(client):
    for path in ("/", "/admin"):
        r = client.get(path)
        assert "frame-ancestors 'none'" in r.headers["Content-Security-Policy"]
        assert "script-src 'self'" in r.headers["Content-Security-Policy"]
        assert r.headers["X-Frame-Options"] == "DENY"


def test_error_answers_never_echo_the_token(client):
    secret = "sk-looks-like-a-secret-0123456789"
    r = client.get("/v1/me", headers={"Authorization": f"Bearer {secret}"})
    assert r.status_code == 401 and secret not in json.dumps(r.get_json())
