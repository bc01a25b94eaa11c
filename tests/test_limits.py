"""Per-token rate limits kept in Redis, so every worker and replica counts together."""

from __future__ import annotations

import re

import redis

from heard.limits import storage_uri

BODY = {"text": "Your order #77 shipped today."}


def new_agent(client, auth) -> dict[str, str]:
    r = client.post("/v1/admin/tokens", json={"name": "a", "role": "agent"}, headers=auth)
    return {"Authorization": "Bearer " + r.get_json()["token"]}


def test_a_burst_over_the_limit_is_429_with_retry_after_across_workers(make_app, auth,
                                                                      redis_url):
    worker1 = make_app(rate_limit="3/minute").test_client()
    worker2 = make_app(rate_limit="3/minute").test_client()
    agent = new_agent(worker1, auth)
    statuses = [w.post("/v1/rewrite", json=BODY, headers=agent).status_code
                for w in (worker1, worker2, worker1, worker2)]
    assert statuses == [200, 200, 200, 429]
    r = worker1.post("/v1/rewrite", json=BODY, headers=agent)
    assert r.status_code == 429 and r.get_json()["error"]["code"] == "rate_limited"
    assert 0 < int(r.headers["Retry-After"]) <= 60
    # the message says what the extension shows the agent: the limit and how long to wait
    message = r.get_json()["error"]["message"]
    wait = re.search(r"try again in (\d+) seconds", message)
    assert "3 per 1 minute" in message and "HEARD_RATE_LIMIT" in message
    assert wait and abs(int(wait.group(1)) - int(r.headers["Retry-After"])) <= 1  # same clock
    assert r.headers["X-RateLimit-Remaining"] == "0"
    assert list(redis.Redis.from_url(redis_url).scan_iter("*heard:limit*"))


def test_limits_are_per_token(make_app, auth):
    client = make_app(rate_limit="1/minute").test_client()
    first, second = new_agent(client, auth), new_agent(client, auth)
    assert client.post("/v1/rewrite", json=BODY, headers=first).status_code == 200
    assert client.post("/v1/rewrite", json=BODY, headers=first).status_code == 429
    assert client.post("/v1/rewrite", json=BODY, headers=second).status_code == 200


def test_unauthenticated_requests_are_refused_before_counting(make_app, auth):
    client = make_app(rate_limit="1/minute").test_client()
    for _ in range(3):
        assert client.post("/v1/rewrite", json=BODY).status_code == 401
    assert client.post("/v1/rewrite", json=BODY, headers=auth).status_code == 200


def test_storage_uris_for_every_redis_deployment():
    assert storage_uri("unix:///run/redis.sock") == "redis+unix:///run/redis.sock"
    assert storage_uri("redis://r:6379/1") == "redis://r:6379/1"
    assert storage_uri("rediss://:pw@r:6380/0") == "rediss://:pw@r:6380/0"
    assert storage_uri("redis+sentinel://s1:26379,s2:26379/main/3") == \
        "redis+sentinel://s1:26379,s2:26379/main"
    assert storage_uri("redis://n1:7000", cluster=True) == "redis+cluster://n1:7000"
