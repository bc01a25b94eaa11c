"""What agents were shown and kept, per version: counted honestly, read back as stats, and
split between two versions by a sticky staged rollout."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
import redis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from heard.usage import Usage
from heard.versions import in_rollout

DRAFT = "That is our policy. Your refund for order #A-1029 will be processed in 5-7 days."
MESSAGE = "I was charged twice for order A-1029 and nobody answers me. This is the third time!"
PASSED = {"passed": True, "failing": [], "metrics": {"invariant_breaks": 0}}


def agent(client, auth, name="ana@example.com", **extra) -> dict[str, str]:
    r = client.post("/v1/admin/tokens", json={"name": name, "role": "agent", **extra},
                    headers=auth)
    return {"Authorization": "Bearer " + r.get_json()["token"]}


def rewrite(client, headers, text=DRAFT) -> dict:
    r = client.post("/v1/rewrite", json={"text": text, "context": {
        "customer_message": MESSAGE, "customer_name": "Dana Reyes"}}, headers=headers)
    assert r.status_code == 200, r.get_data(as_text=True)
    return r.get_json()


def feedback(client, headers, rid, action, **extra):
    return client.post("/v1/feedback", json={"id": rid, "action": action, **extra},
                       headers=headers)


def stats(client, auth, **query) -> dict:
    r = client.get("/v1/admin/stats", query_string=query, headers=auth)
    assert r.status_code == 200, r.get_data(as_text=True)
    return r.get_json()


def test_a_scripted_day_is_counted_with_an_honest_denominator(client, auth, redis_url):
    ana = agent(client, auth)
    answers = [rewrite(client, ana), rewrite(client, ana), rewrite(client, ana, DRAFT + " Bye.")]
    assert [a["cached"] for a in answers] == [False, True, False]
    assert feedback(client, ana, answers[0]["id"], "accepted").get_json()["stored"] is True
    assert feedback(client, ana, answers[0]["id"], "accepted").get_json() == {
        "ok": True, "stored": False, "reason": "already counted"}  # once per id and action
    principle = answers[1]["changes"][0]["principle"]
    feedback(client, ana, answers[1]["id"], "partial", rejected_principles=[principle])
    feedback(client, ana, answers[1]["id"], "sent", edit_distance=0.25)
    feedback(client, ana, answers[2]["id"], "rejected")
    (version,) = stats(client, auth)["versions"]
    assert version["version"] == answers[0]["prompt_version"]
    assert version["shown"] == 3 and version["cache_hit_rate"] == round(1 / 3, 4)
    assert version["feedback"] == {"accepted": 1, "copied": 0, "partial": 1, "rejected": 1,
                                   "sent": 1}
    assert version["kept_rate"] == round(2 / 3, 4)
    low, high = version["kept_interval"]
    assert low < 2 / 3 < high and high - low > 0.4  # three rewrites prove little
    assert version["edit_distance_mean"] == 0.25
    assert version["principles"][principle]["rejected"] == 1
    assert version["providers"] == {"offline": 2, "cache": 1}
    assert version["latency_ms_p50"] is not None
    today = stats(client, auth, days=1)["days"]
    assert len(today) == 1 and today[0]["shown"] == 3 and today[0]["feedback"]["rejected"] == 1
    everything = redis.Redis.from_url(redis_url)
    dump = b"".join(everything.dump(k) or b"" for k in everything.keys("*"))
    for private in (b"Dana", b"A-1029", b"third time"):
        assert private not in dump, private


def test_feedback_counts_only_issued_ids_from_the_token_that_asked(client, auth):
    ana, ben = agent(client, auth), agent(client, auth, "ben@example.com")
    rid = rewrite(client, ana)["id"]
    never = feedback(client, ana, "0" * 32, "accepted")
    assert never.status_code == 404 and never.get_json()["error"]["code"] == "unknown_rewrite"
    other = feedback(client, ben, rid, "accepted")
    assert other.status_code == 403 and other.get_json()["error"]["code"] == "not_your_rewrite"
    assert feedback(client, ana, rid, "accepted", edit_distance=2).status_code == 400
    assert stats(client, auth)["versions"][0]["feedback"]["accepted"] == 0


def test_a_rewrite_replaced_then_copied_counts_once_as_kept(client, auth):
    ana = agent(client, auth)
    answer = rewrite(client, ana)
    principle = answer["changes"][0]["principle"]
    for action in ("accepted", "copied", "partial", "sent"):
        assert feedback(client, ana, answer["id"], action).get_json()["stored"] is True
    (version,) = stats(client, auth)["versions"]  # kept > shown answered 500 here
    assert version["kept_rate"] == 1.0 and version["kept_interval"][1] == 1.0
    assert version["feedback"]["copied"] == 1 and version["feedback"]["accepted"] == 1
    assert version["principles"][principle] == {"kept": 1, "rejected": 0}


# A partial Replace names the principles the agent turned down; the "sent" or Copy that follows
# it (or, over a slow network, arrives before it) carries none. Whichever lands first, the stats
# must say the same: the turned-down principle rejected once, the others kept once.
@pytest.mark.parametrize("then", ["sent", "copied", "accepted"])
@pytest.mark.parametrize("partial_first", [True, False])
def test_principles_are_counted_the_same_whatever_order_the_actions_arrive_in(
        client, auth, then, partial_first):
    ana = agent(client, auth)
    answer = rewrite(client, ana)
    principles = sorted({c["principle"] for c in answer["changes"]})
    turned_down, *others = principles
    partial = {"action": "partial", "rejected_principles": [turned_down]}
    actions = [partial, {"action": then}]
    for fb in actions if partial_first else actions[::-1]:
        assert feedback(client, ana, answer["id"], **fb).get_json()["stored"] is True
    (version,) = stats(client, auth)["versions"]
    assert version["principles"][turned_down] == {"kept": 0, "rejected": 1}
    assert all(version["principles"][p] == {"kept": 1, "rejected": 0} for p in others)
    assert version["kept_rate"] == 1.0


def test_a_principle_rejected_by_two_actions_at_once_counts_once(redis_url):
    store = Usage(redis.Redis.from_url(redis_url))
    issued = {"version": "default@1:x", "provider": "offline", "principles": ["a", "b"],
              "day": "2026-01-01"}
    for n in range(30):  # two workers answering the same rewrite's actions at the same moment
        rid = f"{n:032x}"
        gate = threading.Barrier(2)

        def act(action: str, rejected: list[str], rid: str = rid, gate=gate) -> None:
            gate.wait()
            store.feedback(issued, rid, action, rejected, None)

        pair = [threading.Thread(target=act, args=("partial", ["a"])),
                threading.Thread(target=act, args=("sent", []))]
        for t in pair:
            t.start()
        for t in pair:
            t.join()
    (version,) = store.stats(today=dt.date(2026, 1, 1))["versions"]
    assert version["principles"] == {"a": {"kept": 0, "rejected": 30},
                                     "b": {"kept": 30, "rejected": 0}}


def test_staged_rollout_is_sticky_and_splits_near_its_percentage():
    labels = {"production": 1, "staging": 2, "staging_percent": 30}
    agents = [f"agent-{n:04d}" for n in range(1000)]
    share = sum(in_rollout(labels, "default", a) for a in agents) / len(agents)
    assert abs(share - 0.30) < 0.05
    assert len({in_rollout(labels, "default", "agent-0007") for _ in range(100)}) == 1
    assert not any(in_rollout(labels | {"staging": None}, "default", a) for a in agents)


def test_rollout_through_the_api_then_promote_in_one_click(app, client, auth):
    bundle = client.get("/v1/admin/prompts/1", headers=auth).get_json()["bundle"]
    bundle["brand_voice"] = "Plain words."
    v2 = client.post("/v1/admin/prompts", json={"note": "plain", "bundle": bundle},
                     headers=auth).get_json()["version"]
    agents = [agent(client, auth, f"a{n}@example.com") for n in range(12)]
    r = client.put("/v1/admin/labels/staging", json={"version": v2, "percent": 100},
                   headers=auth)
    assert r.get_json()["percent"] == 100
    assert all(rewrite(client, a)["prompt_version"].startswith("default@2:") for a in agents)
    client.put("/v1/admin/labels/staging", json={"version": v2, "percent": 0}, headers=auth)
    assert all(rewrite(client, a)["prompt_version"].startswith("default@1:") for a in agents)
    refused = client.post("/v1/admin/labels/staging/promote", json={}, headers=auth)
    assert refused.status_code == 409  # the gate still applies: not evaluated
    app.extensions["heard.services"].versions.record_eval("default", v2, PASSED)
    promoted = client.post("/v1/admin/labels/staging/promote", json={}, headers=auth)
    assert promoted.status_code == 200 and promoted.get_json()["version"] == v2
    labels = client.get("/v1/admin/prompts", headers=auth).get_json()["labels"]
    assert labels == {"production": v2, "staging": None, "staging_percent": 0}
    assert rewrite(client, agents[0])["prompt_version"].startswith("default@2:")


def test_no_samples_by_default_and_the_api_says_so(client, auth, redis_url):
    ana = agent(client, auth)
    rid = rewrite(client, ana)["id"]
    feedback(client, ana, rid, "rejected")
    listed = client.get("/v1/admin/samples", headers=auth).get_json()
    assert listed["enabled"] is False and listed["samples"] == []
    assert "keeps no draft text" in listed["note"]
    everything = redis.Redis.from_url(redis_url)
    assert not list(everything.scan_iter("heard:sample:*"))


def test_a_dismissed_rewrite_becomes_an_eval_case_masked_and_purgeable(make_app, auth):
    client = make_app(keep_samples_days=3).test_client()
    ana = agent(client, auth)
    kept, dismissed, edited = (rewrite(client, ana, DRAFT + extra)
                               for extra in ("", " Thanks.", " Cheers."))
    feedback(client, ana, kept["id"], "accepted")
    feedback(client, ana, dismissed["id"], "rejected")
    feedback(client, ana, edited["id"], "sent", edit_distance=0.8)
    listed = client.get("/v1/admin/samples", headers=auth).get_json()
    assert listed["enabled"] and "3 days" in listed["note"]
    assert {s["id"] for s in listed["samples"]} == {dismissed["id"], edited["id"]}
    why = {s["id"]: s["why"] for s in listed["samples"]}
    assert why[dismissed["id"]] == [{"reason": "dismissed"}]
    assert why[edited["id"]] == [{"reason": "heavily_edited", "edit_distance": 0.8}]
    for sample in listed["samples"]:  # masked, as in the cache
        assert "A-1029" not in sample["draft"] and "Dana" not in sample["customer_message"]
        assert "⟦" in sample["draft"]
    r = client.post(f"/v1/admin/samples/{dismissed['id']}/eval-case", headers=auth)
    assert r.status_code == 201
    case = r.get_json()
    assert case["id"].startswith("team-") and case["must_keep"]
    assert all(fact in case["draft"] for fact in case["must_keep"])
    cases = client.get("/v1/admin/eval/cases", headers=auth).get_json()
    assert case["id"] in [c["id"] for c in cases["cases"]]
    assert client.delete("/v1/admin/samples", headers=auth).get_json()["purged"] == 3
    assert client.get("/v1/admin/samples", headers=auth).get_json()["samples"] == []
    missing = client.post(f"/v1/admin/samples/{edited['id']}/eval-case", headers=auth)
    assert missing.status_code == 404


@pytest.mark.parametrize("days", ["²", "߁", "9" * 5000, "0", "-1", "3.5", "abc"])
def test_a_period_that_is_not_a_whole_number_of_days_is_a_clear_400(client, auth, days):
    # "²".isdigit() is True and int("²") raises: the 500 schemathesis once found here.
    r = client.get("/v1/admin/stats", query_string={"days": days}, headers=auth)
    assert r.status_code == 400, r.get_data(as_text=True)
    assert r.get_json()["error"]["code"] == "invalid_request"
    assert "days" in r.get_json()["error"]["message"]


def test_a_long_period_is_read_as_ninety_days(client, auth):
    assert stats(client, auth, days="100000")["period_days"] == 90
    assert len(stats(client, auth)["days"]) == 30


# Any text, and text of digits in every script (which str.isdigit() accepts and int() may not).
query_text = st.one_of(st.text(max_size=12),
                       st.text(st.characters(categories=("Nd", "No")), max_size=6))


@settings(max_examples=150, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query_text, query_text)
def test_any_query_on_the_stats_and_audit_routes_is_answered_without_a_500(
        client, auth, days, other):
    for path, query in (("/v1/admin/stats", {"days": days, "profile": other}),
                        ("/v1/admin/audit", {"limit": days}),
                        ("/v1/admin/prompts/diff", {"from": days, "to": other})):
        r = client.get(path, query_string=query, headers=auth)
        assert r.status_code in (200, 400, 404), (path, query, r.status_code)
        assert r.status_code == 200 or r.get_json()["error"]["code"]


def test_a_sample_says_why_it_was_kept(make_app, auth, redis_url):
    client = make_app(keep_samples_days=3).test_client()
    ana = agent(client, auth)
    partly, light = (rewrite(client, ana, DRAFT + extra) for extra in (" Ok.", " Fine."))
    principle = partly["changes"][0]["principle"]
    feedback(client, ana, partly["id"], "partial", rejected_principles=[principle])
    feedback(client, ana, partly["id"], "sent", edit_distance=0.62)
    feedback(client, ana, light["id"], "sent", edit_distance=0.1)  # a light edit: not kept
    (sample,) = client.get("/v1/admin/samples", headers=auth).get_json()["samples"]
    assert sample["id"] == partly["id"]
    assert sample["why"] == [{"reason": "heavily_edited", "edit_distance": 0.62},
                             {"reason": "principles_rejected", "principles": [principle]}]
    assert client.delete("/v1/admin/samples", headers=auth).get_json()["purged"] == 2
    assert not list(redis.Redis.from_url(redis_url).scan_iter("heard:sample*"))


def test_a_copy_of_only_some_changes_is_kept_as_a_sample_with_the_turned_down_principle(
        make_app, auth):
    client = make_app(keep_samples_days=3).test_client()
    ana = agent(client, auth)
    partly, whole = (rewrite(client, ana, DRAFT + extra) for extra in (" Ok.", " Fine."))
    principle = partly["changes"][0]["principle"]
    feedback(client, ana, partly["id"], "copied", rejected_principles=[principle])
    feedback(client, ana, whole["id"], "copied")  # all of it copied: nothing to look at
    (sample,) = client.get("/v1/admin/samples", headers=auth).get_json()["samples"]
    assert sample["id"] == partly["id"]
    assert sample["why"] == [{"reason": "principles_rejected", "principles": [principle]}]
    (version,) = stats(client, auth)["versions"]
    assert version["principles"][principle]["rejected"] == 1


def test_a_name_said_only_in_the_message_is_not_in_a_stored_sample(make_app, auth, redis_url):
    client = make_app(keep_samples_days=3).test_client()
    ana = agent(client, auth)
    answer = client.post("/v1/rewrite", json={"text": DRAFT, "context": {
        "customer_message": "Hi, I'm Marisol Quintana and I was charged twice for order "
                            "A-1029.\n\nThanks, Marisol"}}, headers=ana).get_json()
    feedback(client, ana, answer["id"], "rejected")
    (sample,) = client.get("/v1/admin/samples", headers=auth).get_json()["samples"]
    assert "charged twice" in sample["customer_message"]
    everything = redis.Redis.from_url(redis_url)
    dump = b"".join(everything.dump(k) or b"" for k in everything.keys("*"))
    assert b"Marisol" not in dump and b"Quintana" not in dump
