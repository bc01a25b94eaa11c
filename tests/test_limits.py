"""Per-token rate limits kept in Redis, so every worker and replica counts together."""

from __future__ import annotations

import re

import pytest
import redis

from heard.app import create_app

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


def test_every_answer_tells_how_much_of_the_limit_is_left(make_app, auth):
    client = make_app(rate_limit="5/minute").test_client()
    agent = new_agent(client, auth)
    left = [client.post("/v1/rewrite", json=BODY, headers=agent).headers["X-RateLimit-Remaining"]
            for _ in range(3)]
    assert left == ["4", "3", "2"]
    r = client.post("/v1/rewrite", json=BODY, headers=agent)
    assert r.headers["X-RateLimit-Limit"] == "5" and "Retry-After" not in r.headers


def test_several_limits_all_hold(make_app, auth):
    client = make_app(rate_limit="2/second;3/hour").test_client()
    agent = new_agent(client, auth)
    statuses = []
    for _ in range(4):
        statuses.append(client.post("/v1/rewrite", json=BODY, headers=agent).status_code)
    # whatever second the requests fall in, the hourly limit stops the fourth
    assert statuses[3] == 429 and statuses.count(200) <= 3
    # the answer names the limit to wait for: the hourly one, even when both are over
    r = client.post("/v1/rewrite", json=BODY, headers=agent)
    assert "3 per 1 hour" in r.get_json()["error"]["message"]


def test_a_made_up_token_leaves_no_counter_behind(make_app, redis_url):
    client = make_app(rate_limit="5/minute").test_client()
    for n in range(3):
        r = client.post("/v1/rewrite", json=BODY, headers={"Authorization": f"Bearer fake{n}"})
        assert r.status_code == 401
    assert not list(redis.Redis.from_url(redis_url).scan_iter("heard:limit*"))


def test_with_redis_down_each_process_still_counts(make_app, auth, redis_server):
    client = make_app(rate_limit="2/minute", redis_timeout_s=0.5).test_client()
    agent = new_agent(client, auth)
    assert client.post("/v1/rewrite", json=BODY, headers=agent).status_code == 200
    redis_server.stop()
    try:
        statuses = [client.post("/v1/rewrite", json=BODY, headers=agent).status_code
                    for _ in range(3)]
    finally:
        redis_server.start()
    # the token was verified a moment ago; the in-memory count starts afresh and still stops
    assert statuses == [200, 200, 429]


def test_a_malformed_limit_is_refused_at_start(redis_url):
    with pytest.raises(ValueError, match="HEARD_RATE_LIMIT"):
        create_app({"redis_url": redis_url, "rate_limit": "lots"})
