"""Identical concurrent rewrites share one LLM call: across threads and across processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import redis
from prometheus_client import REGISTRY, CollectorRegistry, multiprocess

from heard.singleflight import SingleFlight
from heard.store import connect
from tests.conftest import ADMIN_TOKEN
from tests.fake_llm import Reply, good_answer

DRAFT = "Hi Dana, your order #A-1029 ships on Monday. Tracking follows by email."
BODY = {"text": DRAFT, "context": {"customer_name": "Dana"}}
ROOT = Path(__file__).resolve().parents[1]


def wait_for(condition, timeout_s: float = 15.0, what: str = "condition"):
    deadline = time.monotonic() + timeout_s
    while not (value := condition()):
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.01)
    return value


def gated_reply(gate: threading.Event) -> Reply:
    """A reply the fake LLM holds back until the test opens the gate."""
    def content(body):
        gate.wait(30)
        return good_answer(body)
    return Reply(content=content)


def waiting() -> float:
    return REGISTRY.get_sample_value("heard_singleflight_waiting") or 0


NAMES = ["Ana", "Ben", "Cleo", "Dev", "Eva", "Finn", "Gus", "Hana", "Ivo", "Jude", "Kai",
         "Lena", "Milo", "Nora", "Otto", "Pia"]


def test_sixteen_agents_on_one_macro_cost_one_llm_call(make_app, fake_llm, auth):
    """Same macro, sixteen customers, the same moment: one call, each their own facts."""
    app = make_app(openai_api_key="sk-test", openai_base_url=fake_llm.base_url,
                   llm_timeout_s=30, llm_max_retries=0)
    gate = threading.Event()
    fake_llm.script(gated_reply(gate))
    answers: dict[str, dict] = {}

    def agent(name: str, order: str) -> None:
        body = {"text": f"Hi {name}, your order #{order} ships on Monday. Tracking follows "
                "by email.", "context": {"customer_name": name}}
        answers[name] = app.test_client().post("/v1/rewrite", json=body,
                                               headers=auth).get_json()

    before = waiting()
    threads = [threading.Thread(target=agent, args=(name, f"Q-{4100 + i}"))
               for i, name in enumerate(NAMES)]
    for t in threads:
        t.start()
    # Release the one LLM call only once the other fifteen are waiting for it.
    wait_for(lambda: waiting() - before >= 15 and len(fake_llm.requests) == 1,
             what="15 followers")
    gate.set()
    for t in threads:
        t.join(30)
    assert len(answers) == 16 and len(fake_llm.requests) == 1
    assert sorted(a["cached"] for a in answers.values()) == [False] + [True] * 15
    for i, name in enumerate(NAMES):
        rewrite = answers[name]["rewrite"]
        assert rewrite.startswith("I can see why") and f"Hi {name}," in rewrite
        assert f"#Q-{4100 + i}" in rewrite and answers[name]["provider"] == "openai"
        assert not any(other in rewrite for other in NAMES if other != name)
    assert sum(a["usage"]["prompt_tokens"] for a in answers.values()) == 900  # paid once


CHILD = """
import json, os, sys, time
import redis
from heard.app import create_app
app = create_app(json.loads(os.environ["CHILD_SETTINGS"]))
signal = redis.Redis.from_url(os.environ["CHILD_REDIS"])
name = os.environ["CHILD_NAME"]
signal.set("test:ready:" + name, 1)
deadline = time.monotonic() + 60
while not signal.get("test:go:" + name):
    assert time.monotonic() < deadline
    time.sleep(0.01)
r = app.test_client().post("/v1/rewrite", json=json.loads(os.environ["CHILD_BODY"]),
                           headers={"Authorization": "Bearer " + os.environ["CHILD_TOKEN"]})
print(json.dumps(r.get_json()))
"""


def test_two_processes_share_one_call(redis_url, fake_llm, tmp_path):
    """Two real processes (like two gunicorn workers), Redis as the only thing they share.

    The cache is off (TTL 0), so only single-flight can spare the second call. Metrics run in
    prometheus-client's multiprocess mode, which is also checked here.
    """
    metrics_dir = tmp_path / "prom"
    metrics_dir.mkdir()
    settings = {"redis_url": redis_url, "admin_token": ADMIN_TOKEN, "cache_ttl_s": 0,
                "openai_api_key": "sk-test", "openai_base_url": fake_llm.base_url,
                "llm_timeout_s": 30, "llm_max_retries": 0, "data_dir": str(tmp_path)}
    env = {**os.environ, "CHILD_SETTINGS": json.dumps(settings), "CHILD_REDIS": redis_url,
           "CHILD_BODY": json.dumps(BODY), "CHILD_TOKEN": ADMIN_TOKEN,
           "PROMETHEUS_MULTIPROC_DIR": str(metrics_dir), "PYTHONPATH": str(ROOT / "server")}
    gate = threading.Event()
    fake_llm.script(gated_reply(gate))
    signal = redis.Redis.from_url(redis_url)
    children = [subprocess.Popen([sys.executable, "-c", CHILD], env={**env, "CHILD_NAME": n},
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for n in ("one", "two")]
    try:
        wait_for(lambda: signal.get("test:ready:one") and signal.get("test:ready:two"),
                 timeout_s=60, what="both processes to start")
        signal.set("test:go:one", 1)
        wait_for(lambda: len(fake_llm.requests) == 1, what="the leader's LLM call")
        signal.set("test:go:two", 1)

        def follower_waiting() -> bool:
            registry = CollectorRegistry()
            multiprocess.MultiProcessCollector(registry, path=str(metrics_dir))
            return (registry.get_sample_value("heard_singleflight_waiting") or 0) >= 1

        wait_for(follower_waiting, what="the second process to wait as a follower")
        gate.set()
        outputs = [c.communicate(timeout=60) for c in children]
    finally:
        gate.set()
        for c in children:
            if c.poll() is None:
                c.kill()
    answers = [json.loads(out.strip().splitlines()[-1]) for out, _ in outputs]
    assert [a["cached"] for a in answers] == [False, True]
    assert answers[0]["rewrite"] == answers[1]["rewrite"] and len(fake_llm.requests) == 1

    registry = CollectorRegistry()
    multiprocess.MultiProcessCollector(registry, path=str(metrics_dir))
    roles = {role: registry.get_sample_value("heard_singleflight_total", {"role": role})
             for role in ("leader", "follower")}
    assert roles == {"leader": 1.0, "follower": 1.0}


def test_follower_gives_up_after_its_bound_and_calls_itself(redis_url):
    client = redis.Redis.from_url(redis_url)
    key = "heard:rw:abc123"
    client.set("heard:sf:lock:abc123", "someone-else", px=60_000)  # a leader that hangs
    flight = SingleFlight(client, lock_ttl_s=60, wait_s=0.05)
    value, shared, _ = flight.run(key, lambda: {"own": True})
    assert value == {"own": True} and shared is False


def test_follower_stops_waiting_when_the_leader_dies(redis_url):
    client = redis.Redis.from_url(redis_url)
    client.set("heard:sf:lock:dead", "crashed-worker", px=50)  # its expiry frees it
    flight = SingleFlight(client, lock_ttl_s=60, wait_s=30)
    value, shared, _ = flight.run("heard:rw:dead", lambda: {"own": True})
    assert value == {"own": True} and shared is False


def test_without_redis_everyone_produces_their_own(tmp_path):
    client = connect(f"unix://{tmp_path / 'nothing.sock'}")
    flight = SingleFlight(client, lock_ttl_s=60, wait_s=30)
    assert flight.run("heard:rw:x", lambda: {"own": 1}) == ({"own": 1}, False, True)
    # What it would have kept did not reach Redis, and it says so.
    kept = flight.run("heard:rw:x", lambda: {"own": 1}, lambda v, pipe: bool(pipe.set("k", 1)))
    assert kept == ({"own": 1}, False, False)


def test_leader_failure_frees_the_lock(redis_url):
    client = redis.Redis.from_url(redis_url)
    flight = SingleFlight(client, lock_ttl_s=60, wait_s=1)

    def boom() -> dict:
        raise RuntimeError("generation failed")

    with pytest.raises(RuntimeError):
        flight.run("heard:rw:boom", boom)
    assert not client.exists("heard:sf:lock:boom")


def test_a_leader_keeps_publishes_and_releases_by_the_scripts_digest(redis_url):
    """What the leader keeps (the cache put), its published result and the lock's release go
    out together, the release by the script's digest (EVALSHA), not its text each time."""
    client = redis.Redis.from_url(redis_url)
    flight = SingleFlight(client, lock_ttl_s=60, wait_s=1)

    def calls() -> dict[str, int]:
        return {n.removeprefix("cmdstat_"): v["calls"]
                for n, v in client.info("commandstats").items()}

    before = calls()
    value, shared, kept = flight.run("heard:rw:one", lambda: {"v": 1},
                                     lambda v, pipe: bool(pipe.set("heard:rw:one", "cached")))
    after = calls()
    assert (value, shared, kept) == ({"v": 1}, False, True)
    assert after.get("evalsha", 0) - before.get("evalsha", 0) == 1
    assert after.get("eval", 0) == before.get("eval", 0)
    assert client.get("heard:rw:one") == b"cached"
    assert json.loads(client.get("heard:sf:result:one")) == {"v": 1}
    assert not client.exists("heard:sf:lock:one")


def test_the_lock_is_released_after_redis_forgot_its_scripts(redis_url):
    """A Redis restart (or SCRIPT FLUSH) empties its script cache: the release by digest is
    refused, and the lock must still go at once, not after its expiry (followers would wait)."""
    client = redis.Redis.from_url(redis_url)
    flight = SingleFlight(client, lock_ttl_s=60, wait_s=1)
    flight.run("heard:rw:warm", lambda: {"v": 0})
    client.script_flush()
    assert flight.run("heard:rw:flushed", lambda: {"v": 1}) == ({"v": 1}, False, True)
    assert not client.exists("heard:sf:lock:flushed")
    assert json.loads(client.get("heard:sf:result:flushed")) == {"v": 1}
