"""The playground and the evaluation as an admin uses them, from the API and `heard eval`.

Real Redis, the real openai SDK against the loopback fake; the fake's answers depend on the
prompt it is sent, so two prompt versions really do produce two different rewrites.
"""

from __future__ import annotations

import json
import re
import shutil
import threading
from pathlib import Path

import pytest
import redis
from click.testing import CliRunner

from heard import fanout
from heard.cli import main
from heard.config import REPO_PROMPTS
from tests.conftest import ADMIN_TOKEN
from tests.fake_llm import Reply, draft_of, good_answer

GOOD_ACK = "I can see why this has been stressful for you."
BRIEF_ACK = "Thanks for bearing with me while I sort this out."
BRIEF_RULE = "Open with thanks for the customer's patience."
FLAT_RULE = "Change nothing."
ORDER_NUMBER = re.compile(r"order (⟦\d+⟧)", re.I)


def drops_order_number(body: dict) -> dict:
    """A model that loses the order number: the fact the guard must never let go."""
    answer = good_answer(body)
    found = ORDER_NUMBER.search(draft_of(body))
    if found:
        answer["rewrite"] = answer["rewrite"].replace(found.group(1), "it")
    return answer


def follows_the_prompt(body: dict) -> dict:
    """A model whose opening depends on the system prompt it was given."""
    answer = good_answer(body)
    if BRIEF_RULE in body["messages"][0]["content"]:
        answer["rewrite"] = answer["rewrite"].replace(GOOD_ACK, BRIEF_ACK)
    return answer


def flat_model(body: dict) -> dict:
    """With FLAT_RULE in its prompt, the model hands the draft back unchanged."""
    answer = good_answer(body)
    if FLAT_RULE in body["messages"][0]["content"]:
        answer["rewrite"] = draft_of(body)
    return answer


@pytest.fixture
def small_prompts(tmp_path) -> Path:
    """The shipped prompts with three evaluation cases, so LLM runs stay quick."""
    target = tmp_path / "prompts"
    shutil.copytree(REPO_PROMPTS, target)
    shipped = {c["id"]: c for c in json.loads((REPO_PROMPTS / "eval.json").read_text())}
    (target / "eval.json").write_text(json.dumps(
        [shipped[i] for i in ("eval-01", "eval-03", "eval-12")]), encoding="utf-8")
    return target


@pytest.fixture
def small_llm_app(make_app, fake_llm, small_prompts):
    return make_app(openai_api_key="sk-test", openai_base_url=fake_llm.base_url,
                    llm_timeout_s=2.0, llm_max_retries=1, prompts_dir=small_prompts)


def new_version(app, rule: str = BRIEF_RULE) -> int:
    versions = app.extensions["heard.services"].versions
    base = versions.get("default", 1).bundle
    bundle = base.model_copy(update={"system": base.system + "\n" + rule + "\n"})
    return versions.create("default", bundle, "lead", "Thank first.").version


def metric(client, name: str) -> float:
    text = client.get("/metrics").get_data(as_text=True)
    return sum(float(line.rsplit(" ", 1)[1]) for line in text.splitlines()
               if line.startswith(name + "{") or line.startswith(name + " "))


def agent_token(client, auth) -> str:
    return client.post("/v1/admin/tokens", json={"name": "agent", "role": "agent"},
                       headers=auth).json["token"]


# ---- evaluation -------------------------------------------------------------------------

def test_the_offline_engine_passes_the_shipped_set_once(client, auth):
    shipped = json.loads((REPO_PROMPTS / "eval.json").read_text())
    r = client.post("/v1/admin/eval", json={"version": 1}, headers=auth)
    assert r.status_code == 200, r.json
    result = r.json
    assert result["passed"] is True and result["failing"] == []
    assert result["metrics"]["cases"] == len(shipped)
    assert result["metrics"]["runs"] == 1 and "deterministic" in result["note"]
    assert result["metrics"]["facts_kept"] == 1.0 and result["metrics"]["invariant_breaks"] == 0
    assert result["metrics"]["score_after"] > result["metrics"]["score_before"]
    assert {c["id"] for c in result["cases"]} == {c["id"] for c in shipped}
    last = client.get("/v1/admin/eval/last?version=1", headers=auth)
    assert last.status_code == 200 and last.json["passed"] is True


def test_a_version_whose_model_drops_an_order_number_fails_and_names_the_case(
        small_llm_app, fake_llm, auth):
    client = small_llm_app.test_client()
    fake_llm.script(*[Reply(content=drops_order_number)] * 40)
    r = client.post("/v1/admin/eval", json={"version": 1}, headers=auth)
    assert r.status_code == 200, r.json
    result = r.json
    assert result["passed"] is False
    assert [f["id"] for f in result["failing"]] == ["eval-01"]
    assert "fact_missing" in result["failing"][0]["reason"]
    assert "BL-20931" in result["failing"][0]["reason"]  # the fact, not a marker
    m = result["metrics"]
    assert m["runs"] == 3 and m["cases"] == 3 and m["invariant_breaks"] == 1
    assert m["pass_all_runs"] == pytest.approx(2 / 3, abs=0.001)
    # 3 cases × 3 runs; eval-01's 3 runs each had 2 rejected model outputs
    assert m["guard_pass_rate"] == pytest.approx(6 / 9, abs=0.001)
    assert m["facts_kept"] == 1.0  # the guard still kept agents safe: offline fallback
    stored = client.get("/v1/admin/eval/last?version=1", headers=auth).json
    assert stored["failing"] == result["failing"]


def test_production_refuses_a_version_whose_evaluation_broke_a_fact_until_one_passes(
        small_llm_app, fake_llm, auth):
    client = small_llm_app.test_client()
    candidate = new_version(small_llm_app)
    publish = {"version": candidate}
    r = client.put("/v1/admin/labels/production", json=publish, headers=auth)
    assert r.status_code == 409 and r.json["error"]["code"] == "not_evaluated"

    fake_llm.script(*[Reply(content=drops_order_number)] * 40)
    client.post("/v1/admin/eval", json={"version": candidate}, headers=auth)
    r = client.put("/v1/admin/labels/production", json=publish, headers=auth)
    assert r.status_code == 409 and r.json["error"]["code"] == "eval_failed"
    assert [f["id"] for f in r.json["error"]["failing"]] == ["eval-01"]

    fake_llm.reset()  # the model behaves: the next evaluation passes and publishing works
    assert client.post("/v1/admin/eval", json={"version": candidate},
                       headers=auth).json["passed"] is True
    r = client.put("/v1/admin/labels/production", json=publish, headers=auth)
    assert r.status_code == 200 and r.json["version"] == candidate
    audit = client.get("/v1/admin/audit", headers=auth).json["entries"]
    runs = [e for e in audit if e["action"] == "eval.run"]
    assert [e["details"]["passed"] for e in runs] == [True, False]  # newest first
    assert runs[1]["details"]["failing"] == ["eval-01"] and runs[1]["actor"] == "bootstrap"


def test_a_first_answer_the_retry_fixed_still_counts_against_the_version(
        small_llm_app, fake_llm, auth):
    client = small_llm_app.test_client()
    lock, dropped = threading.Lock(), []

    def drops_once(body: dict) -> dict:  # one bad sample in nine, then a good model
        with lock:
            if not dropped and ORDER_NUMBER.search(draft_of(body)):
                dropped.append(True)
                return drops_order_number(body)
        return good_answer(body)

    fake_llm.script(*[Reply(content=drops_once)] * 40)
    result = client.post("/v1/admin/eval", json={"version": 1}, headers=auth).json
    assert [f["id"] for f in result["failing"]] == ["eval-01"]
    assert result["failing"][0]["reason"].startswith("fact_missing in the model output")
    m = result["metrics"]
    assert m["guard_pass_rate"] == pytest.approx(8 / 9, abs=0.001)
    assert m["facts_kept"] == 1.0  # what agents would have got was fine: the retry fixed it
    case = next(c for c in result["cases"] if c["id"] == "eval-01")
    assert case["first_try_passes"] == 2 and case["runs_passed"] == 2


def test_a_good_model_passes_every_run_and_reports_tokens_and_cost(
        small_llm_app, fake_llm, auth):
    client = small_llm_app.test_client()
    result = client.post("/v1/admin/eval", json={"version": 1}, headers=auth).json
    m = result["metrics"]
    assert result["passed"] is True and m["pass_all_runs"] == 1.0
    assert m["guard_pass_rate"] == 1.0 and m["runs"] == 3
    assert m["tokens_per_rewrite"] == 1020  # the fake's 900 prompt + 120 completion tokens
    assert m["cost_per_rewrite_usd"] > 0
    assert m["latency_ms_p95"] >= m["latency_ms_p50"] > 0
    assert len(fake_llm.requests) == 9


def test_a_good_model_passes_the_shipped_set_in_every_language(llm_app, auth):
    result = llm_app.test_client().post("/v1/admin/eval", json={"version": 1, "runs": 1},
                                        headers=auth).json
    assert result["passed"] is True, result["failing"]
    assert {c["lang"] for c in result["cases"]} == {"en", "es", "de", "fr", "pt"}


def test_two_versions_in_one_table_and_a_worse_one_is_named(small_llm_app, fake_llm, auth):
    client = small_llm_app.test_client()
    flat = new_version(small_llm_app, rule=FLAT_RULE)
    fake_llm.script(*[Reply(content=flat_model)] * 40)
    result = client.post("/v1/admin/eval", json={"version": flat, "against": "production",
                                                 "runs": 1}, headers=auth).json
    assert result["version"] == flat and result["against"]["version"] == 1
    assert result["against"]["label"] == "production"
    assert result["metrics"]["score_after"] < result["against"]["metrics"]["score_after"]
    assert any("empathy score" in r for r in result["regressions"])
    assert result["passed"] is True  # worse, but it broke no invariant


def test_evaluations_never_touch_the_cache_or_agents_statistics(small_llm_app, fake_llm,
                                                                 auth, redis_url):
    client = small_llm_app.test_client()
    before = {name: metric(client, name) for name in (
        "heard_guard_violations_total", "heard_cache_requests_total",
        "heard_rewrite_duration_seconds_count")}
    fake_llm.script(*[Reply(content=drops_order_number)] * 40)
    assert client.post("/v1/admin/eval", json={"version": 1}, headers=auth).status_code == 200
    assert {name: metric(client, name) for name in before} == before
    keys = [k.decode() for k in redis.Redis.from_url(redis_url).keys("heard:*")]
    # rehearsal, not traffic: no cache entry, and nothing in agents' figures
    assert not [k for k in keys if k.startswith(("heard:rw:", "heard:usage:", "heard:issued:"))]
    assert client.get("/v1/admin/stats", headers=auth).json["versions"] == []


def test_evaluation_refusals_are_clear(client, auth):
    cases = [({"version": 99}, 404, "version_not_found"),
             ({"version": 1, "against": "staging"}, 404, "label_not_set"),
             ({"version": "1"}, 400, "invalid_request"),
             ({"version": 1, "runs": 50}, 400, "invalid_request"),
             ({"version": 1, "surprise": True}, 400, "invalid_request")]
    for body, status, code in cases:
        r = client.post("/v1/admin/eval", json=body, headers=auth)
        assert (r.status_code, r.json["error"]["code"]) == (status, code), body
    assert client.get("/v1/admin/eval/last?version=1", headers=auth).status_code == 404
    assert client.get("/v1/admin/eval/last?version=x", headers=auth).status_code == 400
    assert client.get("/v1/admin/eval/last?version=1&profile=%7Bx%7D",
                      headers=auth).status_code == 400
    r = client.post("/v1/admin/eval", data="{not json", headers=auth,
                    content_type="application/json")
    assert r.status_code == 400 and r.json["error"]["code"] == "invalid_json"


def test_a_slow_model_ends_in_a_clear_504_and_records_nothing(client, auth, monkeypatch):
    monkeypatch.setattr(fanout, "HTTP_DEADLINE_S", -1.0)  # the time limit has already passed
    r = client.post("/v1/admin/eval", json={"version": 1}, headers=auth)
    assert r.status_code == 504 and r.json["error"]["code"] == "too_slow"
    assert "heard eval" in r.json["error"]["message"]
    assert client.get("/v1/admin/eval/last?version=1", headers=auth).status_code == 404
    r = client.post("/v1/admin/playground", json={"version": 1, "drafts": [{"text": "Hi."}]},
                    headers=auth)
    assert r.status_code == 504 and "playground" in r.json["error"]["message"]


# ---- playground -------------------------------------------------------------------------

def test_the_playground_shows_two_versions_side_by_side_and_writes_nothing(
        small_llm_app, fake_llm, auth, redis_url):
    client = small_llm_app.test_client()
    candidate = new_version(small_llm_app)
    fake_llm.script(*[Reply(content=follows_the_prompt)] * 10)
    cache_before = metric(client, "heard_cache_requests_total")
    r = client.post("/v1/admin/playground", headers=auth, json={
        "version": candidate,
        "drafts": [{"text": "Hi Sam, your order #5531 shipped today. Regards, Dana",
                    "customer_message": "Where is my order??"}],
        "cases": ["eval-03"]})
    assert r.status_code == 200, r.json
    assert r.json["versions"] == {"baseline": 1, "candidate": candidate}
    rows = r.json["rows"]
    assert [row["case"] for row in rows] == [None, "eval-03"]
    for row in rows:
        assert row["differ"] is True
        assert GOOD_ACK in row["baseline"]["rewrite"]
        assert BRIEF_ACK in row["candidate"]["rewrite"]
        assert row["candidate"]["prompt_version"].startswith(f"default@{candidate}:")
        assert row["baseline"]["latency_ms"] > 0 and row["baseline"]["diff"]
    assert "#5531" in rows[0]["candidate"]["rewrite"]
    keys = [k.decode() for k in redis.Redis.from_url(redis_url).keys("heard:*")]
    # rehearsal, not traffic: no cache entry, and nothing in agents' figures
    assert not [k for k in keys if k.startswith(("heard:rw:", "heard:usage:", "heard:issued:"))]
    assert client.get("/v1/admin/stats", headers=auth).json["versions"] == []
    assert metric(client, "heard_cache_requests_total") == cache_before
    # the same draft again is generated again, not served from a cache
    calls = len(fake_llm.requests)
    client.post("/v1/admin/playground", headers=auth, json={
        "version": candidate, "drafts": [{"text": "Hi Sam, your order #5531 shipped today."}]})
    assert len(fake_llm.requests) == calls + 2


def test_the_playground_offline_marks_rows_that_do_not_differ(client, auth):
    r = client.post("/v1/admin/playground", headers=auth, json={
        "version": 1, "against": 1, "drafts": [
            {"html": "<p>Your refund of <b>$20</b> is on its way.</p><script>x()</script>"}]})
    assert r.status_code == 200, r.json
    row = r.json["rows"][0]
    assert row["differ"] is False and row["format"] == "html"
    assert "<script" not in row["candidate"]["html"] and "$20" in row["candidate"]["rewrite"]


def test_playground_refusals_say_which_row(client, auth):
    too_many = [{"text": f"Draft {i}."} for i in range(21)]
    checks = [({"version": 1, "drafts": too_many}, 400, "1 to 20"),
              ({"version": 1, "drafts": []}, 400, "1 to 20"),
              ({"version": 1, "drafts": [{"text": "Fine."}, {"text": "   "}]}, 400, "Row 2"),
              ({"version": 1, "drafts": [{"text": "a", "html": "<p>b</p>"}]}, 400, "drafts[0]"),
              ({"version": 1, "cases": ["nope"]}, 404, "nope"),
              ({"version": 7, "drafts": [{"text": "Fine."}]}, 404, "no version 7"),
              ({"version": 1, "drafts": [{"text": 5}]}, 400, "drafts.0.text")]
    for body, status, words in checks:
        r = client.post("/v1/admin/playground", json=body, headers=auth)
        assert r.status_code == status and words in r.json["error"]["message"], (body, r.json)


# ---- the team's cases -------------------------------------------------------------------

def team_ids(client, auth) -> list[str]:
    cases = client.get("/v1/admin/eval/cases", headers=auth).json["cases"]
    return [c["id"] for c in cases if c["source"] == "team"]


def test_an_admin_adds_a_case_exactly_as_typed_and_the_evaluation_uses_it(client, auth):
    draft = "<p>Hi <b>Ana</b>,</p><script>alert(1)</script><p>Order 8812 ships Monday.</p>"
    r = client.post("/v1/admin/eval/cases", headers=auth, json={
        "draft": draft, "format": "html", "must_keep": ["8812", "Monday"],
        "must_not_add": ["refund", "free shipping"]})
    assert r.status_code == 201, r.json
    case_id = r.json["cases"][0]["id"]
    listed = client.get("/v1/admin/eval/cases", headers=auth).json["cases"]
    mine = next(c for c in listed if c["id"] == case_id)
    assert mine["draft"] == draft and mine["author"] == "bootstrap" and not mine["read_only"]
    assert sum(c["source"] == "shipped" for c in listed) == 30
    result = client.post("/v1/admin/eval", json={"version": 1}, headers=auth).json
    assert case_id in {c["id"] for c in result["cases"]} and result["metrics"]["cases"] == 31
    assert client.delete(f"/v1/admin/eval/cases/{case_id}", headers=auth).status_code == 200
    assert client.delete(f"/v1/admin/eval/cases/{case_id}", headers=auth).status_code == 404
    r = client.delete("/v1/admin/eval/cases/eval-01", headers=auth)
    assert r.status_code == 409 and r.json["error"]["code"] == "read_only"
    audit = client.get("/v1/admin/audit", headers=auth).json["entries"]
    assert [(e["action"], e["details"].get("case") or e["details"].get("cases"))
            for e in audit if e["action"].startswith("eval_case.")] == [
        ("eval_case.delete", case_id), ("eval_case.add", [case_id])]


def test_a_case_whose_fact_is_not_in_the_draft_is_refused(client, auth):
    r = client.post("/v1/admin/eval/cases", headers=auth, json={
        "draft": "Order 55 is late.", "must_keep": ["55", "Order 56"]})
    assert r.status_code == 400 and "must_keep[1]" in r.json["error"]["message"]
    for body in ({"draft": ""}, {"draft": "a\x00b\x01c\x02d\x03e\x04"}, {"draft": 5},
                 {"text": "wrong field"}, {"draft": "ok", "format": "pdf"}):
        r = client.post("/v1/admin/eval/cases", headers=auth, json=body)
        assert r.status_code == 400, body
    assert team_ids(client, auth) == []


def test_import_jsonl_and_csv(client, auth):
    jsonl = "\n".join(json.dumps(c) for c in [
        {"id": "mine-1", "draft": "Your order 77 shipped.", "must_keep": ["77"]},
        {"draft": "Nous avons reçu votre colis.", "lang": "fr"}]) + "\n\n"
    r = client.post("/v1/admin/eval/cases", headers=auth,
                    json={"format": "jsonl", "content": jsonl})
    assert r.status_code == 201 and r.json["added"] == 2
    csv_text = ('draft,customer_message,must_keep,must_not_add\n'
                '"Hi Jo,\nyour plan (5 seats, €45/month) renews 1 March.",Why?,'
                '"[""5 seats, €45/month"", ""1 March""]",refund;deadline\n')
    r = client.post("/v1/admin/eval/cases", headers=auth,
                    json={"format": "csv", "content": csv_text})
    assert r.status_code == 201, r.json
    case = r.json["cases"][0]
    assert case["draft"].startswith("Hi Jo,\nyour plan")
    assert case["must_keep"] == ["5 seats, €45/month", "1 March"]
    assert case["must_not_add"] == ["refund", "deadline"]
    assert team_ids(client, auth) == ["team-1", "team-2", "team-3"]


@pytest.mark.parametrize(("fmt", "content", "words"), [
    ("jsonl", '{"draft": "One."}\n{"draft": "Two."}\n{"draft": "Three.", "must_keep": [4]}\n',
     "line 3"),
    ("jsonl", '{"draft": "One."}\n\n{"draft": "Two."\n', "line 3: not valid JSON"),
    ("jsonl", '["a list"]\n', "line 1"),
    ("jsonl", "", "no cases"),
    ("csv", "draft,must_keep\nFine.,\nOrder 5.,6\n", "line 3: must_keep[0]"),
    ("csv", "draft,must_kept\nFine.,x\n", "line 1"),
    ("csv", "text\nFine.\n", "line 1"),
    ("csv", 'draft,lang\nFine.,en\n"Broken "quote,en\n', "line 3"),
    ("csv", "draft,lang\nFine.,en,extra\n", "line 2: 3 cells for 2 columns"),
    ("csv", "draft\nok\x00\n", "binary"),
])
def test_a_malformed_import_names_the_line_and_stores_nothing(client, auth, fmt, content,
                                                              words):
    r = client.post("/v1/admin/eval/cases", headers=auth,
                    json={"format": fmt, "content": content})
    assert r.status_code == 400 and words in r.json["error"]["message"], r.json
    assert team_ids(client, auth) == []


def test_a_one_megabyte_import_is_refused_clearly(client, auth):
    big = "\n".join(json.dumps({"draft": f"Order {i} shipped. " + "x" * 200})
                    for i in range(5000))
    assert len(big) > 1_000_000
    r = client.post("/v1/admin/eval/cases", headers=auth, json={"format": "jsonl",
                                                                "content": big})
    assert r.status_code == 413 and "split" in r.json["error"]["message"]
    too_many = "\n".join(json.dumps({"draft": f"Order {i}."}) for i in range(501))
    r = client.post("/v1/admin/eval/cases", headers=auth, json={"format": "jsonl",
                                                                "content": too_many})
    assert r.status_code == 400 and "at most 500" in r.json["error"]["message"]
    assert team_ids(client, auth) == []


# ---- who may ----------------------------------------------------------------------------

def test_agents_and_strangers_get_nothing(client, auth):
    agent = {"Authorization": f"Bearer {agent_token(client, auth)}"}
    calls = [("post", "/v1/admin/playground", {"version": 1, "drafts": [{"text": "Hi."}]}),
             ("post", "/v1/admin/eval", {"version": 1}),
             ("get", "/v1/admin/eval/last?version=1", None),
             ("get", "/v1/admin/eval/cases", None),
             ("post", "/v1/admin/eval/cases", {"draft": "Hi."}),
             ("delete", "/v1/admin/eval/cases/team-1", None)]
    for method, path, body in calls:
        assert getattr(client, method)(path, json=body, headers=agent).status_code == 403
        assert getattr(client, method)(path, json=body).status_code == 401


# ---- heard eval (the CI gate) -----------------------------------------------------------

@pytest.fixture
def heard_eval(redis_url, monkeypatch):
    monkeypatch.setenv("HEARD_REDIS_URL", redis_url)
    monkeypatch.setenv("HEARD_ADMIN_TOKEN", ADMIN_TOKEN)

    def run(*args: str) -> tuple[int, str]:
        result = CliRunner().invoke(main, ["eval", *args], catch_exceptions=False)
        return result.exit_code, result.output
    return run


def test_heard_eval_passes_offline_and_prints_a_table(heard_eval):
    code, out = heard_eval("--version", "1", "--against", "production")
    assert code == 0, out
    assert "facts_kept" in out and "version 1 (production)" in out
    assert out.rstrip().endswith("PASSED")


def test_heard_eval_exits_non_zero_when_the_version_breaks_an_invariant(
        heard_eval, monkeypatch, fake_llm, small_prompts):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("OPENAI_BASE_URL", fake_llm.base_url)
    monkeypatch.setenv("HEARD_PROMPTS_DIR", str(small_prompts))
    fake_llm.script(*[Reply(content=drops_order_number)] * 40)
    code, out = heard_eval("--version", "1", "--runs", "2")
    assert code == 1, out
    assert "✗ eval-01: fact_missing" in out and "BL-20931" in out and "FAILED" in out


def test_heard_eval_exits_non_zero_when_the_version_scores_lower(
        heard_eval, monkeypatch, fake_llm, small_prompts, small_llm_app):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("OPENAI_BASE_URL", fake_llm.base_url)
    monkeypatch.setenv("HEARD_PROMPTS_DIR", str(small_prompts))
    flat = new_version(small_llm_app, rule=FLAT_RULE)
    fake_llm.script(*[Reply(content=flat_model)] * 40)
    code, out = heard_eval("--version", str(flat), "--against", "production", "--runs", "1")
    assert code == 1, out
    assert "✗ worse than version 1: empathy score after" in out and "FAILED" in out
    assert "✗ eval-" not in out  # it broke no invariant: it is only worse


def test_heard_eval_says_what_it_could_not_do(heard_eval):
    code, out = heard_eval("--version", "42")
    assert code == 2 and "no version 42" in out
    code, out = heard_eval("--version", "1", "--against", "staging")
    assert code == 2 and "staging" in out


def test_a_new_profile_is_compared_with_the_production_its_agents_get_now(client, auth):
    bundle = client.get("/v1/admin/prompts/1", headers=auth).get_json()["bundle"]
    bundle["brand_voice"] = "Billing: short sentences."
    client.post("/v1/admin/prompts", json={"note": "billing", "bundle": bundle,
                                           "profile": "billing"}, headers=auth)
    r = client.post("/v1/admin/eval", json={"version": 1, "profile": "billing",
                                            "against": "production"}, headers=auth)
    assert r.status_code == 200, r.get_data(as_text=True)
    assert r.get_json()["against"]["version"] == 1  # default's production: what they get
