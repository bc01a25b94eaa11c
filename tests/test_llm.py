"""The LLM path through the real openai SDK against the loopback fake server."""

from __future__ import annotations

import json

import pytest

from tests.fake_llm import Hang, Reply, Status, draft_of

DRAFT = ("Hi Dana, your order #A-1029 for $25.40 will be forwarded to our warehouse team. "
         "Write to help@shop.example if anything changes.")
CTX = {"customer_name": "Dana", "customer_message": "My order is late again, I'm so annoyed!"}


def rewrite(client, auth, body=None, **headers):
    return client.post("/v1/rewrite", json=body or {"text": DRAFT, "context": CTX},
                       headers={**auth, **headers})


def test_llm_rewrite_restores_facts_and_reports_usage(llm_app, fake_llm, auth):
    a = rewrite(llm_app.test_client(), auth).get_json()
    assert a["provider"] == "openai" and a["warnings"] == []
    assert a["rewrite"].startswith("I can see why this has been stressful")
    for fact in ("Dana", "#A-1029", "$25.40", "help@shop.example"):
        assert fact in a["rewrite"]
    assert a["usage"] == {"prompt_tokens": 900, "completion_tokens": 120,
                          "cost_usd": pytest.approx(900 * 0.4e-6 + 120 * 1.6e-6)}
    # Invented changes that match no hunk are dropped; unknown suggestion kinds too.
    assert [c["principle"] for c in a["changes"]] == ["acknowledge-emotion"]
    assert [s["kind"] for s in a["suggestions"]] == ["anticipate-followup"]


def test_model_never_sees_personal_data_and_draft_comes_last(llm_app, fake_llm, auth):
    rewrite(llm_app.test_client(), auth)
    sent = json.dumps(fake_llm.requests[0]["messages"], ensure_ascii=False)
    for secret in ("Dana", "A-1029", "25.40", "help@shop.example"):
        assert secret not in sent
    messages = fake_llm.requests[0]["messages"]
    assert messages[0]["role"] == "system" and "no-policy-wall" in messages[0]["content"]
    assert messages[-1]["content"].rstrip().endswith("</draft>")
    assert "⟦1⟧" in draft_of(fake_llm.requests[0])


def test_structured_output_falls_back_for_servers_without_it(llm_app, fake_llm, auth):
    fake_llm.reject_formats.update({"json_schema", "json_object"})
    a = rewrite(llm_app.test_client(), auth).get_json()
    assert a["provider"] == "openai" and a["warnings"] == []
    formats = [(r.get("response_format") or {}).get("type") for r in fake_llm.requests]
    assert formats == ["json_schema", "json_object", None]


def test_fenced_json_with_prose_is_accepted(llm_app, fake_llm, auth):
    fake_llm.script(Reply(content=lambda body: "Sure! ```json\n" + json.dumps(
        {"rewrite": "Thanks for your patience. " + draft_of(body)}) + "\n```"))
    a = rewrite(llm_app.test_client(), auth).get_json()
    assert a["provider"] == "openai" and a["rewrite"].startswith("Thanks for your patience.")
    assert a["changes"], "changes missing from the model are derived from the diff"


def test_rate_limited_model_is_retried_by_the_sdk(llm_app, fake_llm, auth):
    fake_llm.script(Status(429, "slow down"))
    a = rewrite(llm_app.test_client(), auth).get_json()
    assert a["provider"] == "openai" and len(fake_llm.requests) == 2


@pytest.mark.parametrize("failure,code", [
    (Status(500, "boom"), "llm_unavailable"),
    (Status(429, "slow down"), "llm_rate_limited"),
    (Status(401, "bad key", None), "llm_auth"),
])
def test_model_failure_falls_back_to_offline_with_a_warning(llm_app, fake_llm, auth, failure,
                                                             code):
    fake_llm.script(failure, failure)  # the SDK retries once (llm_max_retries=1)
    r = rewrite(llm_app.test_client(), auth)
    a = r.get_json()
    assert r.status_code == 200 and a["provider"] == "offline"
    assert [w["code"] for w in a["warnings"]] == [code]
    assert "#A-1029" in a["rewrite"]


def test_slow_model_times_out_in_bounded_time(make_app, fake_llm, auth):
    app = make_app(openai_api_key="sk-test", openai_base_url=fake_llm.base_url,
                   llm_timeout_s=0.5, llm_max_retries=0)
    fake_llm.script(Hang(5))
    a = rewrite(app.test_client(), auth).get_json()
    assert a["provider"] == "offline" and a["warnings"][0]["code"] == "llm_timeout"


def test_unreachable_model_falls_back(make_app, auth):
    app = make_app(openai_api_key="sk-test", openai_base_url="http://127.0.0.1:9/v1",
                   llm_max_retries=0)
    a = rewrite(app.test_client(), auth).get_json()
    assert a["provider"] == "offline" and a["warnings"][0]["code"] == "llm_unreachable"


def test_garbage_is_retried_once_then_falls_back(llm_app, fake_llm, auth):
    fake_llm.script(Reply(content="I am not JSON at all"), Reply(content="{still not json"))
    a = rewrite(llm_app.test_client(), auth).get_json()
    assert a["provider"] == "offline" and len(fake_llm.requests) == 2
    assert {w["code"] for w in a["warnings"]} == {"bad_output"}
    # The corrective retry tells the model what it broke.
    assert "broke these rules" in fake_llm.requests[1]["messages"][-1]["content"]


def test_dropped_fact_is_repaired_by_the_corrective_retry(llm_app, fake_llm, auth):
    fake_llm.script(Reply(content=lambda body: {"rewrite": draft_of(body).replace("⟦2⟧", "")}))
    a = rewrite(llm_app.test_client(), auth).get_json()
    assert a["provider"] == "openai" and a["warnings"] == []
    assert "#A-1029" in a["rewrite"] and len(fake_llm.requests) == 2


def test_invented_refund_is_never_returned(llm_app, fake_llm, auth):
    bad = Reply(content=lambda body: {"rewrite": draft_of(body) + " I will refund you in "
                                      "full."})
    fake_llm.script(bad, bad)
    a = rewrite(llm_app.test_client(), auth).get_json()
    assert "refund you" not in a["rewrite"]
    assert a["provider"] == "offline"
    assert any(w["code"] == "new_commitment" for w in a["warnings"])


def test_streaming_through_the_sdk(llm_app, fake_llm, auth):
    r = rewrite(llm_app.test_client(), auth, Accept="text/event-stream")
    text = r.get_data(as_text=True)
    events = [b.split("\n", 1) for b in text.strip().split("\n\n")]
    deltas = "".join(json.loads(e[1][6:])["text"] for e in events if e[0] == "event: delta")
    final = json.loads(events[-1][1][6:])
    assert events[-1][0] == "event: result" and final["provider"] == "openai"
    assert deltas == final["rewrite"]  # markers restored even when split across chunks
    assert "#A-1029" in deltas and "⟦" not in deltas
    assert fake_llm.requests[0]["stream"] is True
    assert final["usage"]["completion_tokens"] == 120


def test_streamed_bad_attempt_is_reset_before_the_retry(llm_app, fake_llm, auth):
    fake_llm.script(Reply(content=lambda body: {"rewrite": "We guarantee a full refund."}))
    r = rewrite(llm_app.test_client(), auth, Accept="text/event-stream")
    names = [b.split("\n", 1)[0] for b in r.get_data(as_text=True).strip().split("\n\n")]
    assert "event: reset" in names and names[-1] == "event: result"
