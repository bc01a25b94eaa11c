"""Staying up: Redis killed and restarted mid-run, a dead or failing LLM behind the breaker,
and the Redis deployments operators scale out with (Sentinel, Cluster), all for real."""

from __future__ import annotations

import socket
import subprocess
import time

import pytest
import redis

from heard.breaker import Breaker
from heard.store import connect, parse_sentinel
from tests.conftest import redis_binary
from tests.fake_llm import Reply, Status

DRAFT = "Hi Dana, your order #A-1029 ships on Monday. Tracking follows by email."


def rewrite(client, auth, text=DRAFT, **headers):
    r = client.post("/v1/rewrite", json={"text": text, "context": {"customer_name": "Dana"}},
                    headers={**auth, **headers})
    assert r.status_code == 200, r.get_data(as_text=True)
    return r.get_json()


def codes(answer: dict) -> list[str]:
    return [w["code"] for w in answer["warnings"]]


def agent_token(client, auth) -> dict:
    r = client.post("/v1/admin/tokens", json={"name": "agent", "role": "agent"}, headers=auth)
    return {"Authorization": "Bearer " + r.get_json()["token"]}


def test_redis_killed_and_restarted_mid_run(llm_app, fake_llm, auth, redis_server):
    client = llm_app.test_client()
    agent = agent_token(client, auth)
    assert rewrite(client, agent)["cached"] is False  # the agent's token is now known
    redis_server.stop()
    try:
        down = rewrite(client, agent, DRAFT + " Thanks!")
        assert down["provider"] == "openai" and down["cached"] is False
        # The last prompt version this process used, named, and no caching.
        assert codes(down) == ["prompt_store_unavailable", "cache_unavailable"]
        assert down["prompt_version"] in down["warnings"][0]["message"]
        assert "#A-1029" in down["rewrite"]
        assert "cache_unavailable" in codes(rewrite(client, auth, DRAFT + " Bye."))
        # (the bootstrap admin needs no Redis)
        streamed = client.post("/v1/rewrite", json={"text": DRAFT},
                               headers={**agent, "Accept": "text/event-stream"})
        assert "event: result" in streamed.get_data(as_text=True)
        feedback = client.post("/v1/feedback", json={"id": down["id"], "action": "accepted"},
                               headers=agent)
        assert feedback.status_code == 200 and feedback.get_json()["stored"] is False
        stranger = client.post("/v1/rewrite", json={"text": DRAFT},
                               headers={"Authorization": "Bearer never-seen"})
        assert stranger.status_code == 503
        assert stranger.get_json()["error"]["code"] == "store_unavailable"
        ready = client.get("/readyz")
        assert ready.status_code == 503 and ready.get_json()["status"] == "degraded"
        assert client.get("/metrics", headers=auth).status_code == 200  # no Redis needed
        listed = client.get("/v1/admin/tokens", headers=auth)
        assert listed.status_code == 503
        assert listed.get_json()["error"]["code"] == "store_unavailable"
    finally:
        redis_server.start()
    # Back (empty, as after a restart without persistence): caching resumes by itself.
    caching_resumes(client, auth)
    assert client.get("/readyz").status_code == 200


def caching_resumes(client, auth) -> None:
    """Within HEARD_REDIS_RETRY_S of the last failure, rewrites are cached again."""
    deadline = time.monotonic() + 10
    n = 0
    while "cache_unavailable" in codes(rewrite(client, auth, f"{DRAFT} Note {n}.")):
        assert time.monotonic() < deadline, "caching did not resume"
        n += 1
        time.sleep(0.05)
    assert rewrite(client, auth, f"{DRAFT} Note {n}.")["cached"] is True


def test_app_starts_with_redis_down_and_recovers(make_app, fake_llm, auth, redis_server):
    redis_server.stop()
    try:
        app = make_app()
        client = app.test_client()
        down = rewrite(client, auth)
        # Started without Redis: the shipped prompts (version 1), said so, not cached.
        assert codes(down) == ["prompt_store_unavailable", "cache_unavailable"]
        assert down["prompt_version"].startswith("default@1:")
    finally:
        redis_server.start()
    caching_resumes(client, auth)


def test_an_unreachable_redis_is_skipped_briefly_not_per_command(tmp_path):
    patient = connect(f"unix://{tmp_path / 'gone.sock'}", retry_s=30)
    with pytest.raises(redis.ConnectionError):
        patient.ping()
    with pytest.raises(redis.ConnectionError, match="moments ago"):
        patient.get("anything")  # no new connect, no timeout paid
    eager = connect(f"unix://{tmp_path / 'gone.sock'}", retry_s=0)
    for _ in range(2):
        with pytest.raises(redis.ConnectionError) as err:
            eager.ping()
        assert "moments ago" not in str(err.value)


def test_rate_limits_fall_back_to_memory_while_redis_is_down(make_app, auth, redis_server):
    client = make_app(rate_limit="2/minute").test_client()
    redis_server.stop()
    try:
        statuses = [client.post("/v1/rewrite", json={"text": f"Order {i} shipped."},
                                headers=auth).status_code for i in range(3)]
    finally:
        redis_server.start()
    assert statuses == [200, 200, 429]


def llm_with_breaker(make_app, fake_llm, **settings):
    return make_app(openai_api_key="sk-test", openai_base_url=fake_llm.base_url,
                    llm_max_retries=0, llm_timeout_s=0.5, breaker_failures=2, **settings)


def test_dead_llm_opens_the_circuit_for_every_worker(make_app, fake_llm, auth):
    worker1 = llm_with_breaker(make_app, fake_llm).test_client()
    worker2 = llm_with_breaker(make_app, fake_llm).test_client()
    fake_llm.script(Status(500), Status(500))
    assert codes(rewrite(worker1, auth, DRAFT + " 1")) == ["llm_unavailable"]
    assert codes(rewrite(worker1, auth, DRAFT + " 2")) == ["llm_unavailable"]
    # Open: no worker waits on the LLM any more; the offline engine answers with a warning.
    for client in (worker1, worker2):
        skipped = rewrite(client, auth, DRAFT + " 3")
        assert skipped["provider"] == "offline" and codes(skipped) == ["llm_circuit_open"]
        assert "#A-1029" in skipped["rewrite"]
    assert len(fake_llm.requests) == 2
    ready = worker2.get("/readyz")
    assert ready.status_code == 200 and ready.get_json()["checks"]["llm_circuit"] == "open"
    assert ready.get_json()["status"] == "degraded"  # rewrites skip the model right now


def test_half_open_probe_closes_the_circuit_when_the_llm_is_back(make_app, fake_llm, auth):
    client = llm_with_breaker(make_app, fake_llm, breaker_open_s=0.2).test_client()
    fake_llm.script(Status(503), Status(503))
    rewrite(client, auth, DRAFT + " 1")
    rewrite(client, auth, DRAFT + " 2")
    deadline = time.monotonic() + 10
    while client.get("/readyz").get_json()["checks"]["llm_circuit"] != "half-open":
        assert time.monotonic() < deadline
        time.sleep(0.02)
    # Idle and half-open: the next rewrite will try the model; nothing is failing now.
    assert client.get("/readyz").get_json()["status"] == "ready"
    probe = rewrite(client, auth, DRAFT + " 3")
    assert probe["provider"] == "openai" and codes(probe) == []
    assert client.get("/readyz").get_json()["checks"]["llm_circuit"] == "closed"


def test_slow_llm_times_out_then_the_breaker_spares_the_rest(make_app, fake_llm, auth):
    client = llm_with_breaker(make_app, fake_llm).test_client()
    fake_llm.script(Reply(delay_s=3), Reply(delay_s=3))
    assert codes(rewrite(client, auth, DRAFT + " 1")) == ["llm_timeout"]
    assert codes(rewrite(client, auth, DRAFT + " 2")) == ["llm_timeout"]
    assert codes(rewrite(client, auth, DRAFT + " 3")) == ["llm_circuit_open"]
    assert len(fake_llm.requests) == 2


def test_a_long_retry_after_is_not_waited_for(make_app, fake_llm, auth):
    # The SDK alone would sleep 30 s here (it honours Retry-After up to 60 s).
    client = make_app(openai_api_key="sk-test", openai_base_url=fake_llm.base_url,
                      llm_max_retries=3, llm_deadline_s=1).test_client()
    fake_llm.script(Status(429, "slow down", retry_after="30"))
    answer = rewrite(client, auth)
    assert answer["provider"] == "offline" and codes(answer) == ["llm_rate_limited"]
    assert len(fake_llm.requests) == 1


def test_retries_stop_at_the_deadline(make_app, fake_llm, auth):
    client = make_app(openai_api_key="sk-test", openai_base_url=fake_llm.base_url,
                      llm_max_retries=10, llm_timeout_s=0.3, llm_deadline_s=0.8).test_client()
    fake_llm.script(*[Reply(delay_s=2)] * 10)
    answer = rewrite(client, auth)
    assert codes(answer) == ["llm_timeout"] and 1 < len(fake_llm.requests) < 5


def test_a_rejected_request_does_not_count_as_an_outage(make_app, fake_llm, auth):
    client = llm_with_breaker(make_app, fake_llm).test_client()
    fake_llm.script(Status(400, "bad request"), Status(400, "bad request"))
    rewrite(client, auth, DRAFT + " 1")
    rewrite(client, auth, DRAFT + " 2")
    assert rewrite(client, auth, DRAFT + " 3")["provider"] == "openai"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize("where", ["redis", "memory"])
def test_breaker_states_and_a_single_probe(where, redis_url, tmp_path):
    client = (redis.Redis.from_url(redis_url) if where == "redis"
              else connect(f"unix://{tmp_path / 'down.sock'}"))
    clock = Clock()
    breaker = Breaker(client, "t", failures=3, open_s=30, probe_ttl_s=10, clock=clock)
    for _ in range(2):
        assert breaker.allow().allowed
        breaker.failure()
    assert breaker.state() == "closed"
    breaker.failure()
    assert breaker.state() == "open" and not breaker.allow().allowed
    clock.now += 31
    first, second = breaker.allow(), breaker.allow()
    assert first.allowed and not second.allowed  # one probe at a time
    breaker.failure()  # the probe failed: open again
    assert breaker.state() == "open"
    clock.now += 31
    probe = breaker.allow()
    assert probe.allowed
    breaker.success(probe)
    assert breaker.state() == "closed" and breaker.allow().allowed


def free_port() -> int:
    # A Cluster node also listens on port + 10000, so the port must stay at or below 55535.
    while True:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        if port <= 55535:
            return port


def start(make_args) -> tuple[subprocess.Popen, int]:
    """Start `make_args(port)` on a free port; another port if that one was taken meanwhile."""
    for _ in range(5):
        port = free_port()
        proc = subprocess.Popen(make_args(port), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while proc.poll() is None:
            try:
                connect(f"redis://127.0.0.1:{port}", retry_s=0).ping()
                return proc, port
            except (redis.RedisError, OSError):
                assert time.monotonic() < deadline, "redis-server did not answer"
                time.sleep(0.02)
    raise AssertionError("redis-server kept exiting at start")


@pytest.fixture
def spawn():
    procs: list[subprocess.Popen] = []

    def run(make_args) -> int:
        proc, port = start(make_args)
        procs.append(proc)
        return port
    yield run
    for p in procs:
        p.kill()
        p.wait(5)


@pytest.mark.parametrize("url,nodes,master,auth", [
    ("redis+sentinel://s1:26379,s2:26380/main", [("s1", 26379), ("s2", 26380)], "main",
     {"username": None, "password": None, "db": 0}),
    ("redis+sentinel://:p%40ss@s1/main/3", [("s1", 26379)], "main",
     {"username": None, "password": "p@ss", "db": 3}),
])
def test_sentinel_urls_are_parsed(url, nodes, master, auth):
    assert parse_sentinel(url) == (nodes, master, auth)


def test_a_sentinel_url_without_a_master_name_says_how_to_fix_it():
    with pytest.raises(ValueError, match="mymaster"):
        parse_sentinel("redis+sentinel://s1:26379")


def test_sentinel_url(make_app, spawn, auth, tmp_path):
    master = spawn(lambda port: [redis_binary(), "--port", str(port), "--save", "", "--dir",
                                 str(tmp_path)])
    conf = tmp_path / "sentinel.conf"

    def sentinel_args(port: int) -> list[str]:
        conf.write_text(f"port {port}\nsentinel monitor heardmaster 127.0.0.1 {master} 1\n")
        return [redis_binary(), str(conf), "--sentinel"]

    sentinel = spawn(sentinel_args)
    app = make_app(redis_url=f"redis+sentinel://127.0.0.1:{sentinel}/heardmaster/2",
                   rate_limit="2/minute")
    client = app.test_client()
    rewrite(client, auth)
    assert rewrite(client, auth)["cached"] is True
    direct = redis.Redis(port=master, db=2)
    assert list(direct.scan_iter("heard:rw:*"))
    assert client.post("/v1/rewrite", json={"text": DRAFT}, headers=auth).status_code == 429
    assert client.get("/readyz").status_code == 200


def test_cluster_url(make_app, spawn, auth, tmp_path):
    port = spawn(lambda port: [
        redis_binary(), "--port", str(port), "--cluster-enabled", "yes", "--save", "",
        "--cluster-config-file", str(tmp_path / f"nodes-{port}.conf"), "--dir", str(tmp_path)])
    node = redis.Redis(port=port)
    node.execute_command("CLUSTER ADDSLOTS", *range(16384))  # a one-node cluster
    deadline = time.monotonic() + 30
    while node.execute_command("CLUSTER INFO")["cluster_state"] != "ok":
        assert time.monotonic() < deadline
        time.sleep(0.02)
    app = make_app(redis_url=f"redis://127.0.0.1:{port}", redis_cluster=True,
                   rate_limit="2/minute")
    client = app.test_client()
    admin = client.post("/v1/admin/tokens", json={"name": "a", "role": "agent"}, headers=auth)
    agent = {"Authorization": "Bearer " + admin.get_json()["token"]}
    rewrite(client, agent)
    assert rewrite(client, agent)["cached"] is True
    assert client.post("/v1/rewrite", json={"text": DRAFT}, headers=agent).status_code == 429
    assert client.get("/readyz").status_code == 200
    # A cluster may keep the entry and the counters on two nodes: the hit is counted apart.
    (figures,) = client.get("/v1/admin/stats", headers=auth).get_json()["versions"]
    assert figures["shown"] == 2 and figures["providers"] == {"offline": 1, "cache": 1}
