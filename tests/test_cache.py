"""The rewrite cache in the real Redis: hits, template hits, what the key holds, TTL, no_cache."""

from __future__ import annotations

import json
import re

import redis

from heard.cache import PREFIX

DANA = ("Hi Dana, your order #A-1029 for $25.40 will be forwarded to our warehouse team. "
        "Write to dana.k@mail.example if anything changes.")
SAM = ("Hi Sam, your order #B-7731 for $31.99 will be forwarded to our warehouse team. "
       "Write to sam.o@post.example if anything changes.")
MESSAGE = "My order is late again, I'm so annoyed!"


def rewrite(client, auth, text, name="", **extra):
    body = {"text": text, "context": {"customer_name": name, "customer_message": MESSAGE},
            **extra}
    r = client.post("/v1/rewrite", json=body, headers=auth)
    assert r.status_code == 200, r.get_data(as_text=True)
    return r.get_json()


def cache_keys(redis_url: str) -> list[bytes]:
    return list(redis.Redis.from_url(redis_url).scan_iter(PREFIX + "*"))


def test_same_draft_twice_is_a_hit_with_the_same_rewrite(llm_app, fake_llm, auth):
    client = llm_app.test_client()
    first = rewrite(client, auth, DANA, "Dana")
    second = rewrite(client, auth, DANA, "Dana")
    assert first["cached"] is False and second["cached"] is True
    assert second["rewrite"] == first["rewrite"] and len(fake_llm.requests) == 1
    assert second["provider"] == "openai" and second["warnings"] == []
    assert second["usage"]["cost_usd"] == 0  # a hit spends nothing


def test_one_macro_for_two_customers_is_one_entry_with_each_ones_facts(
        llm_app, fake_llm, auth, redis_url):
    client = llm_app.test_client()
    dana = rewrite(client, auth, DANA, "Dana")
    sam = rewrite(client, auth, SAM, "Sam")
    assert dana["cached"] is False and sam["cached"] is True and len(fake_llm.requests) == 1
    for fact in ("Sam", "#B-7731", "$31.99", "sam.o@post.example"):
        assert fact in sam["rewrite"]
    for fact in ("Dana", "A-1029", "25.40", "dana.k@mail.example"):
        assert fact not in sam["rewrite"]
    assert sam["rewrite"].startswith("I can see why this has been stressful")
    assert len(cache_keys(redis_url)) == 1


def _said(secret: str, stored: bytes) -> bool:
    """Whether `secret` is in `stored` as itself: a timestamp or score Redis keeps
    (1796058725.4012) may hold an amount's digits by chance, so a number counts only when no
    digit or decimal point runs on either side of it."""
    head = rb"(?<![0-9.])" if secret[0].isdigit() else b""
    tail = rb"(?![0-9])" if secret[-1].isdigit() else b""
    return re.search(head + re.escape(secret.encode()) + tail, stored) is not None


def test_nothing_personal_is_stored_in_redis(llm_app, fake_llm, auth, redis_url):
    client = llm_app.test_client()
    rewrite(client, auth, DANA, "Dana")
    rewrite(client, auth, SAM, "Sam")
    rewrite(client, auth, DANA, "Dana", no_cache=True)
    store = redis.Redis.from_url(redis_url)
    keys = list(store.scan_iter("*"))
    assert any(k.startswith(PREFIX.encode()) for k in keys)
    everything = b"".join(k + (store.dump(k) or b"") for k in keys)
    for secret in ("Dana", "A-1029", "25.40", "dana.k@mail.example", "Sam", "B-7731", "31.99",
                   "sam.o@post.example", "annoyed"):
        assert not _said(secret, everything), secret
    cached = json.loads(store.get(cache_keys(redis_url)[0]))
    assert "⟦1⟧" in cached["candidate"]["rewrite"]


def test_key_changes_with_tone_locale_profile_model_and_prompt_version(
        make_app, llm_app, fake_llm, auth):
    client = llm_app.test_client()
    rewrite(client, auth, DANA, "Dana")
    for extra in ({"tone": "formal"}, {"locale": "en-GB"}, {"profile": "billing"}):
        assert rewrite(client, auth, DANA, "Dana", **extra)["cached"] is False
    other_model = make_app(openai_api_key="sk-test", openai_base_url=fake_llm.base_url,
                           model="other-model")
    assert rewrite(other_model.test_client(), auth, DANA, "Dana")["cached"] is False
    # An admin moving production to a new prompt version never gets a stale rewrite.
    versions = llm_app.extensions["heard.services"].versions
    v1 = versions.get("default", 1)
    v2 = versions.create("default", v1.bundle.model_copy(update={"brand_voice": "Plain."}),
                         "lead", "brand voice")
    versions.set_label("default", "production", v2.version)
    moved = rewrite(client, auth, DANA, "Dana")
    assert moved["cached"] is False and moved["prompt_version"] == v2.key != v1.key
    assert rewrite(client, auth, DANA, "Dana")["cached"] is True
    offline = make_app()  # same Redis, offline provider: its own entries
    assert rewrite(offline.test_client(), auth, DANA, "Dana")["cached"] is False
    assert len(fake_llm.requests) == 6


def test_ttl_is_the_configured_one(make_app, auth, redis_url):
    client = make_app(cache_ttl_s=1234).test_client()
    rewrite(client, auth, DANA, "Dana")
    (k,) = cache_keys(redis_url)
    assert 0 < redis.Redis.from_url(redis_url).ttl(k) <= 1234


def test_ttl_zero_disables_caching(make_app, auth, redis_url):
    client = make_app(cache_ttl_s=0).test_client()
    rewrite(client, auth, DANA, "Dana")
    assert rewrite(client, auth, DANA, "Dana")["cached"] is False
    assert cache_keys(redis_url) == []


def test_no_cache_neither_reads_nor_writes(llm_app, fake_llm, auth, redis_url):
    client = llm_app.test_client()
    fresh = rewrite(client, auth, DANA, "Dana", no_cache=True)
    assert fresh["cached"] is False and cache_keys(redis_url) == []
    rewrite(client, auth, DANA, "Dana")
    again = rewrite(client, auth, DANA, "Dana", no_cache=True)
    assert again["cached"] is False and len(fake_llm.requests) == 3


def test_fallback_answers_are_not_cached(llm_app, fake_llm, auth):
    from tests.fake_llm import Status

    fake_llm.script(Status(500), Status(500))
    client = llm_app.test_client()
    first = rewrite(client, auth, DANA, "Dana")
    assert first["provider"] == "offline"
    second = rewrite(client, auth, DANA, "Dana")  # the LLM is back: no stale offline answer
    assert second["provider"] == "openai" and second["cached"] is False


def test_hits_and_misses_are_counted_per_prompt_version(llm_app, fake_llm, auth):
    client = llm_app.test_client()
    svc = llm_app.extensions["heard.services"]
    for _ in range(3):
        version = rewrite(client, auth, DANA, "Dana")["prompt_version"]
    rewrite(client, auth, SAM, "Sam")
    assert svc.cache.stats(version) == {"hit": 3, "miss": 1}
    assert svc.cache.stats("another-version") == {"hit": 0, "miss": 0}


def test_a_hit_streams_too(llm_app, fake_llm, auth):
    client = llm_app.test_client()
    rewrite(client, auth, DANA, "Dana")
    r = client.post("/v1/rewrite", json={"text": SAM, "context": {
        "customer_name": "Sam", "customer_message": MESSAGE}},
        headers={**auth, "Accept": "text/event-stream"})
    blocks = r.get_data(as_text=True).strip().split("\n\n")
    final = json.loads(blocks[-1].split("\n", 1)[1].removeprefix("data: "))
    deltas = "".join(json.loads(b.split("\n", 1)[1].removeprefix("data: "))["text"]
                     for b in blocks if b.startswith("event: delta"))
    assert final["cached"] is True and deltas == final["rewrite"] and "#B-7731" in deltas
    assert len(fake_llm.requests) == 1
