"""The automatic rollback: a scripted drop in what agents keep on staging stops the rollout by
itself — only when the admin switched it on, only past the minimum on each side, only when
the 95% intervals do not overlap — with an audit entry that says why, through the real API
on a real Redis."""

from __future__ import annotations

from heard.rollback import Figures, Rule
from heard.usage import wilson
from heard.versions import in_rollout
from tests.test_usage import feedback, stats

DRAFT = "That is our policy. Your refund for order #A-1029 will be processed in 5-7 days."


def staged(client, auth, percent=50) -> int:
    bundle = client.get("/v1/admin/prompts/1", headers=auth).get_json()["bundle"]
    bundle["brand_voice"] = "Plain words."
    v2 = client.post("/v1/admin/prompts", json={"note": "plain", "bundle": bundle},
                     headers=auth).get_json()["version"]
    r = client.put("/v1/admin/labels/staging", json={"version": v2, "percent": percent},
                   headers=auth)
    assert r.status_code == 200, r.get_data(as_text=True)
    return v2


def two_sides(client, auth, v2) -> dict[str, dict]:
    """An agent on production and one on staging (the sticky split decides who is where)."""
    labels = {"production": 1, "staging": v2, "staging_percent": 50}
    sides: dict[str, dict] = {}
    for n in range(40):
        made = client.post("/v1/admin/tokens", json={"name": f"a{n}@example.com"},
                           headers=auth).get_json()
        headers, token_id = {"Authorization": "Bearer " + made["token"]}, made["id"]
        side = "staging" if in_rollout(labels, "default", token_id) else "production"
        sides.setdefault(side, headers)
        if len(sides) == 2:
            return sides
    raise AssertionError("no agent on one side of a 50% split in 40")


def shown(client, headers, n: int, start: int = 0) -> list[str]:
    ids = []
    for i in range(start, start + n):
        r = client.post("/v1/rewrite", json={"text": f"{DRAFT} Ref {i}."}, headers=headers)
        assert r.status_code == 200, r.get_data(as_text=True)
        ids.append(r.get_json()["id"])
    return ids


def react(client, headers, ids: list[str], kept: int) -> None:
    for n, rid in enumerate(ids):
        action = "accepted" if n < kept else "rejected"
        assert feedback(client, headers, rid, action).get_json()["stored"] is True


def labels(client, auth) -> dict:
    return client.get("/v1/admin/prompts", headers=auth).get_json()["labels"]


def switch(client, auth, enabled: bool):
    return client.put("/v1/admin/labels/staging/auto-rollback",
                      json={"profile": "default", "enabled": enabled}, headers=auth)


def test_a_scripted_drop_stops_the_rollout_only_past_the_minimum_and_when_switched_on(
        make_app, auth):
    client = make_app(auto_rollback_check_every=1).test_client()
    v2 = staged(client, auth)
    sides = two_sides(client, auth, v2)
    prod_ids = shown(client, sides["production"], 60)
    react(client, sides["production"], prod_ids, kept=45)  # 75% kept
    stag_ids = shown(client, sides["staging"], 49)
    react(client, sides["staging"], stag_ids[:20], kept=3)
    assert labels(client, auth)["staging"] == v2  # off by default: a drop changes nothing

    status = switch(client, auth, True)
    assert status.status_code == 200 and status.get_json()["enabled"] is True
    assert "at least 50 rewrites" in status.get_json()["rule"]
    react(client, sides["staging"], stag_ids[20:], kept=5)  # 8 of 49: clear, but n < 50
    assert labels(client, auth)["staging"] == v2

    (last,) = shown(client, sides["staging"], 1, start=49)
    react(client, sides["staging"], [last], kept=0)  # the 50th: the rule may decide now
    assert labels(client, auth) == {"production": 1, "staging": None, "staging_percent": 0}
    back = client.post("/v1/rewrite", json={"text": DRAFT}, headers=sides["staging"])
    assert back.get_json()["prompt_version"].startswith("default@1:")  # everyone on production

    entry = client.get("/v1/admin/audit", headers=auth).get_json()["entries"][0]
    assert entry["action"] == "label.auto_rollback" and entry["actor"].startswith("heard")
    assert entry["details"]["previous"] == v2 and entry["details"]["percent"] == 50
    assert f"Staging v{v2} kept 16% of 50 rewrites" in entry["details"]["reason"]
    assert "production v1 kept 75% of 60" in entry["details"]["reason"]
    shown_on_stats = stats(client, auth)["auto_rollback"]["default"]
    assert shown_on_stats["enabled"] is True
    assert shown_on_stats["last"]["staging"]["version"] == v2
    assert shown_on_stats["last"]["staging"]["shown"] == 50
    assert shown_on_stats["last"]["production"]["kept"] == 45


def test_overlapping_intervals_keep_the_rollout_running(make_app, auth):
    client = make_app(auto_rollback_check_every=1).test_client()
    v2 = staged(client, auth)
    switch(client, auth, True)
    sides = two_sides(client, auth, v2)
    prod_ids, stag_ids = shown(client, sides["production"], 50), shown(client, sides["staging"], 50)
    react(client, sides["staging"], stag_ids, kept=24)
    react(client, sides["production"], prod_ids, kept=30)  # 48% against 60%: not clear
    assert labels(client, auth)["staging"] == v2
    assert stats(client, auth)["auto_rollback"]["default"]["last"] is None


def test_the_rule_needs_both_sides_and_separate_intervals():
    rule = Rule(min_shown=50, check_every=20)

    def f(kept: int, n: int) -> Figures:
        return Figures(1, n, kept, kept / n, wilson(kept, n))

    assert rule.decide(f(40, 50), f(10, 50))
    assert not rule.decide(f(40, 50), f(10, 49))  # too few on staging
    assert not rule.decide(f(40, 49), f(0, 500))  # too few on production
    assert not rule.decide(f(10, 50), f(40, 50))  # staging better: never a rollback
    assert not rule.decide(f(30, 50), f(24, 50))  # lower, but the intervals overlap


def test_the_check_runs_once_a_minute_or_every_nth_event_not_on_every_feedback(
        make_app, auth, redis_url):
    import redis

    from heard.rollback import AutoRollback

    app = make_app()
    client = app.test_client()
    staged(client, auth)
    switch(client, auth, True)
    versions = app.extensions["heard.services"].versions
    checks = []
    roll = AutoRollback(redis.Redis.from_url(redis_url), versions,
                        Rule(min_shown=50, check_every=5))
    roll.check = lambda profile: checks.append(profile)  # count the reads, not their result
    for _ in range(11):
        roll.after_feedback("default")
    # The first event checks (the minute marker was free), then every 5th event.
    assert len(checks) == 3


def test_switching_it_needs_a_profile_name_and_a_boolean(client, auth):
    bad = client.put("/v1/admin/labels/staging/auto-rollback",
                     json={"profile": "default", "enabled": "yes"}, headers=auth)
    assert bad.status_code == 400 and bad.get_json()["error"]["code"] == "invalid_request"
    off = switch(client, auth, False)
    assert off.status_code == 200 and off.get_json()["enabled"] is False
    assert stats(client, auth)["auto_rollback"]["default"]["enabled"] is False
