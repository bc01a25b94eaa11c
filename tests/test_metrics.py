"""Observability: Prometheus metrics for speed, spend and health; JSON logs without drafts."""

from __future__ import annotations

import json

from prometheus_client import REGISTRY

from tests.fake_llm import Reply, Status, draft_of

DRAFT = "Hi Dana, your order #A-1029 ships on Monday. Tracking follows by email."


def value(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def rewrite(client, auth, text=DRAFT, **headers):
    return client.post("/v1/rewrite", json={"text": text, "context": {"customer_name": "Dana"}},
                       headers={**auth, **headers})


def test_metrics_count_requests_cache_llm_spend_guard_and_fallbacks(make_app, fake_llm, auth):
    app = make_app(openai_api_key="sk-test", openai_base_url=fake_llm.base_url,
                   llm_max_retries=0, llm_timeout_s=2)
    client = app.test_client()
    names = ["heard_llm_calls_total", "heard_llm_tokens_total", "heard_llm_cost_usd_total",
             "heard_cache_requests_total", "heard_guard_violations_total",
             "heard_fallbacks_total", "heard_http_requests_total"]
    before = {
        "ok": value("heard_llm_calls_total", outcome="ok"),
        "prompt": value("heard_llm_tokens_total", kind="prompt"),
        "cost": value("heard_llm_cost_usd_total"),
        "hit": value("heard_cache_requests_total", result="hit"),
        "miss": value("heard_cache_requests_total", result="miss"),
        "commit": value("heard_guard_violations_total", code="new_commitment"),
        "fallback": value("heard_fallbacks_total", reason="llm_unavailable"),
        "200": value("heard_http_requests_total", method="POST", endpoint="/v1/rewrite",
                     status="200"),
        "hist": value("heard_http_request_duration_seconds_count", endpoint="/v1/rewrite"),
    }
    rewrite(client, auth)
    rewrite(client, auth)  # a hit
    promise = Reply(content=lambda body: {"rewrite": draft_of(body) + " I will refund you."})
    fake_llm.script(promise)  # a broken promise, repaired by the corrective retry
    rewrite(client, auth, DRAFT + " Thanks.")
    fake_llm.script(Status(500))
    assert rewrite(client, auth, DRAFT + " Bye.").get_json()["provider"] == "offline"

    assert value("heard_llm_calls_total", outcome="ok") - before["ok"] == 3
    assert value("heard_llm_calls_total", outcome="llm_unavailable") >= 1
    assert value("heard_llm_tokens_total", kind="prompt") - before["prompt"] == 3 * 900
    assert value("heard_llm_cost_usd_total") - before["cost"] > 0
    assert value("heard_cache_requests_total", result="hit") - before["hit"] == 1
    assert value("heard_cache_requests_total", result="miss") - before["miss"] == 3
    assert value("heard_guard_violations_total", code="new_commitment") - before["commit"] == 1
    assert value("heard_fallbacks_total", reason="llm_unavailable") - before["fallback"] == 1
    assert value("heard_http_requests_total", method="POST", endpoint="/v1/rewrite",
                 status="200") - before["200"] == 4
    assert value("heard_http_request_duration_seconds_count",
                 endpoint="/v1/rewrite") - before["hist"] == 4

    text = client.get("/metrics", headers=auth).get_data(as_text=True)
    for name in [*names, "heard_rewrite_duration_seconds_bucket",
                 "heard_llm_call_duration_seconds_bucket"]:
        assert name in text, name


def test_metrics_label_routes_not_raw_paths(client, auth):
    client.delete("/v1/admin/tokens/0123456789abcdef", headers=auth)
    text = client.get("/metrics", headers=auth).get_data(as_text=True)
    assert "0123456789abcdef" not in text
    assert 'endpoint="/v1/admin/tokens/<token_id>"' in text


SECRET = "Zanzibar-Quokka-7731 lives at 12 Nowhere Lane"


def test_logs_are_json_with_request_ids_and_never_hold_the_draft(make_app, fake_llm, auth,
                                                                  capfd, redis_server):
    app = make_app(openai_api_key="sk-test", openai_base_url=fake_llm.base_url,
                   llm_max_retries=0, llm_timeout_s=1, log_level="DEBUG")
    client = app.test_client()
    text = f"Hi Dana, thanks for writing. {SECRET}. Your order #A-1029 ships Monday."
    context = {"customer_name": "Dana", "customer_message": SECRET}
    bodies = [{"text": text, "context": context},
              {"html": f"<p>{text}</p>", "context": context}]
    fake_llm.script(Reply(content="not json " + SECRET), Reply(content="{broken " + SECRET),
                    Status(500, SECRET))
    for body in bodies:
        client.post("/v1/rewrite", json=body, headers={**auth, "X-Request-Id": "req-42"})
        client.post("/v1/rewrite", json=body, headers={**auth, "Accept": "text/event-stream"})
    client.post("/v1/rewrite", json={"text": SECRET, "tone": "rude"}, headers=auth)  # 400
    client.post("/v1/rewrite", data=SECRET, content_type="application/json", headers=auth)
    client.post("/v1/feedback", json={"id": "x", "action": "accepted", "final_text": SECRET},
                headers=auth)
    redis_server.stop()
    try:
        client.post("/v1/rewrite", json=bodies[0], headers=auth)
    finally:
        redis_server.start()
    out, err = capfd.readouterr()
    logged = out + err
    lines = [line for line in logged.splitlines() if line.strip()]
    assert len(lines) > 10
    assert SECRET not in logged and "Zanzibar" not in logged and "A-1029" not in logged
    entries = [json.loads(line) for line in lines]
    assert any(e.get("request_id") == "req-42" and e.get("path") == "/v1/rewrite"
               for e in entries)
    assert any(e.get("msg") == "cache unavailable: ConnectionError" for e in entries)
