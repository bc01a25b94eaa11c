"""The team's voice as versioned data: versions, diffs, labels, the publish gate, review,
profiles, pilots, the audit log and the admin page's sign-in — through the HTTP API."""

from __future__ import annotations

import re

import pytest

DRAFT = "Your refund for order #A-1029 will be processed in 5-7 business days."
PASSED = {"passed": True, "failing": [], "metrics": {"invariant_breaks": 0}}


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def token(client, auth, role="agent", name="ana@example.com", **extra) -> dict[str, str]:
    r = client.post("/v1/admin/tokens", json={"name": name, "role": role, **extra},
                    headers=auth)
    assert r.status_code == 201, r.get_data(as_text=True)
    return bearer(r.get_json()["token"])


def bundle_of(client, auth, version=1, profile="default") -> dict:
    r = client.get(f"/v1/admin/prompts/{version}?profile={profile}", headers=auth)
    assert r.status_code == 200, r.get_data(as_text=True)
    return r.get_json()["bundle"]


def save(client, auth, bundle, note="test change", **extra) -> dict:
    r = client.post("/v1/admin/prompts", json={"note": note, "bundle": bundle, **extra},
                    headers=auth)
    assert r.status_code == 201, r.get_data(as_text=True)
    return r.get_json()


def reworded(client, auth, text="Say what the customer feels, in their own words.") -> dict:
    bundle = bundle_of(client, auth)
    bundle["principles"][0]["description"] = text
    return bundle


def rewrite(client, headers, **extra) -> dict:
    r = client.post("/v1/rewrite", json={"text": DRAFT, **extra}, headers=headers)
    assert r.status_code == 200, r.get_data(as_text=True)
    return r.get_json()


def test_every_admin_route_refuses_agents_and_anonymous_callers(app, client, auth):
    agent = token(client, auth)
    routes = [(rule, method) for rule in app.url_map.iter_rules()
              if rule.rule.startswith("/v1/admin") for method in rule.methods - {"HEAD",
                                                                                  "OPTIONS"}]
    assert len(routes) >= 12  # a new admin route is covered the day it is added
    for rule, method in routes:
        path = re.sub(r"<(?:int:)?(\w+)>", lambda m: "1" if "int:" in m.group(0) else
                      "production", rule.rule)
        for headers, status in ((agent, 403), ({}, 401)):
            r = client.open(path, method=method, json={}, headers=headers)
            assert r.status_code == status, (method, path, r.status_code)
            assert set(r.get_json()["error"]) >= {"code", "message"}


def test_the_shipped_files_are_version_one_in_production(client, auth):
    listed = client.get("/v1/admin/prompts", headers=auth).get_json()
    assert listed["labels"] == {"production": 1, "staging": None, "staging_percent": 0}
    (v1,) = listed["versions"]
    assert v1["version"] == 1 and v1["author"] == "prompts/ files"
    assert rewrite(client, auth)["prompt_version"] == f"default@1:{v1['digest']}"


def test_saving_makes_a_new_immutable_version_with_author_and_note(client, auth):
    lead = token(client, auth, "admin", "lead@example.com")
    v2 = save(client, lead, reworded(client, lead), note="Plainer first principle", parent=1)
    assert (v2["version"], v2["author"], v2["note"], v2["parent"]) == (
        2, "lead@example.com", "Plainer first principle", 1)
    assert bundle_of(client, auth, 1)["principles"][0]["description"] != \
        bundle_of(client, auth, 2)["principles"][0]["description"]
    # Saving does not publish: agents still get version 1.
    assert rewrite(client, auth)["prompt_version"].startswith("default@1:")


@pytest.mark.parametrize("body, code", [
    ({"bundle": {}}, "invalid_request"),  # no note
    ({"note": "   ", "bundle": {}}, "note_required"),
    ({"note": "x", "bundle": "not an object"}, "invalid_bundle"),
    ({"note": "x", "bundle": {"system": "x"}}, "invalid_bundle"),
])
def test_bad_saves_are_refused_and_store_nothing(client, auth, body, code):
    r = client.post("/v1/admin/prompts", json=body, headers=auth)
    assert r.status_code == 400 and r.get_json()["error"]["code"] == code
    assert len(client.get("/v1/admin/prompts", headers=auth).get_json()["versions"]) == 1


def test_a_bundle_error_names_the_field(client, auth):
    bundle = bundle_of(client, auth)
    bundle["principles"].append(dict(bundle["principles"][0]))  # a duplicate id
    r = client.post("/v1/admin/prompts", json={"note": "dupe", "bundle": bundle}, headers=auth)
    assert r.status_code == 400 and "used twice" in r.get_json()["error"]["message"]
    bundle = bundle_of(client, auth)
    bundle["guard"] = {"invariants": []}  # the invariants are not editable
    r = client.post("/v1/admin/prompts", json={"note": "x", "bundle": bundle}, headers=auth)
    assert r.status_code == 400 and "bundle.guard" in r.get_json()["error"]["message"]


def test_a_one_megabyte_bundle_is_refused_clearly(client, auth):
    bundle = bundle_of(client, auth)
    bundle["brand_voice"] = "x" * 1_000_000
    r = client.post("/v1/admin/prompts", json={"note": "huge", "bundle": bundle}, headers=auth)
    assert r.status_code == 413 and "nothing was saved" in r.get_json()["error"]["message"]
    assert len(client.get("/v1/admin/prompts", headers=auth).get_json()["versions"]) == 1


def test_hostile_text_is_stored_as_data_verbatim(client, auth):
    bundle = bundle_of(client, auth)
    evil = '<img src=x onerror="alert(1)"><script>alert(2)</script>'
    bundle["principles"].append({"id": "team-own", "title": evil, "description": evil})
    v2 = save(client, auth, bundle)
    shown = bundle_of(client, auth, v2["version"])["principles"][-1]
    assert shown["title"] == evil and shown["enabled"] is True


def test_diff_between_versions_is_word_level_per_field(client, auth):
    bundle = bundle_of(client, auth)
    original = bundle["principles"][0]["description"]
    bundle["principles"][0]["description"] = original.replace(" the ", " the real ", 1)
    bundle["principles"][1]["enabled"] = False
    bundle["phrases"].setdefault("banned", {})["en"] = ["no worries"]
    save(client, auth, bundle)
    r = client.get("/v1/admin/prompts/diff?from=1&to=2", headers=auth).get_json()
    fields = {f["path"]: f for f in r["fields"]}
    first = bundle["principles"][0]["id"]
    changed = fields[f"principles/{first}/description"]
    assert changed["change"] == "changed"
    assert [d["text"].strip() for d in changed["diff"] if d["op"] != "equal"] == ["real"]
    assert fields[f"principles/{bundle['principles'][1]['id']}/enabled"]["change"] == "changed"
    assert fields["phrases/banned/en"]["change"] == "added"
    assert "system" not in fields
    # The same bundle sent back with its keys in another order is no change at all.
    resorted = bundle_of(client, auth, 2)
    resorted["phrases"] = dict(sorted(resorted["phrases"].items(), reverse=True))
    save(client, auth, resorted)
    same = client.get("/v1/admin/prompts/diff?from=2&to=3", headers=auth).get_json()
    assert same["fields"] == []
    bad = client.get("/v1/admin/prompts/diff?from=1&to=9", headers=auth)
    assert bad.status_code == 404 and bad.get_json()["error"]["code"] == "version_not_found"


def test_publish_gate_refuses_unevaluated_and_failing_versions(app, client, auth):
    v2 = save(client, auth, reworded(client, auth))["version"]
    r = client.put("/v1/admin/labels/production", json={"version": v2}, headers=auth)
    assert r.status_code == 409 and r.get_json()["error"]["code"] == "not_evaluated"
    versions = app.extensions["heard.services"].versions
    failing = [{"id": "eval-02", "reason": "dropped #48213"}]
    versions.record_eval("default", v2, {"passed": False, "failing": failing})
    r = client.put("/v1/admin/labels/production", json={"version": v2}, headers=auth)
    assert r.status_code == 409
    assert r.get_json()["error"]["code"] == "eval_failed"
    assert r.get_json()["error"]["failing"] == failing
    assert rewrite(client, auth)["prompt_version"].startswith("default@1:")


def test_publish_then_one_click_rollback_and_no_stale_cache(app, client, auth):
    v1_answer = rewrite(client, auth)
    v2 = save(client, auth, reworded(client, auth))["version"]
    app.extensions["heard.services"].versions.record_eval("default", v2, PASSED)
    moved = client.put("/v1/admin/labels/production", json={"version": v2}, headers=auth)
    assert moved.get_json() == {"profile": "default", "label": "production", "version": v2,
                                "previous": 1, "percent": None}
    published = rewrite(client, auth)
    assert published["prompt_version"].startswith(f"default@{v2}:")
    assert published["cached"] is False  # nobody gets version 1's cached answer
    back = client.put("/v1/admin/labels/production", json={"version": 1}, headers=auth)
    assert back.status_code == 200  # a rollback needs no new evaluation
    again = rewrite(client, auth)
    assert again["prompt_version"] == v1_answer["prompt_version"] and again["cached"] is True
    actions = [(e["action"], e["details"].get("version"))
               for e in client.get("/v1/admin/audit", headers=auth).get_json()["entries"]]
    assert actions[:3] == [("label.move", 1), ("label.move", v2), ("version.create", v2)]


def test_restore_makes_a_new_version_equal_to_an_old_one(client, auth):
    save(client, auth, reworded(client, auth))
    r = client.post("/v1/admin/prompts/1/restore", json={}, headers=auth)
    assert r.status_code == 201
    v3 = r.get_json()
    listed = {v["version"]: v for v in client.get("/v1/admin/prompts",
                                                  headers=auth).get_json()["versions"]}
    assert v3["version"] == 3 and v3["restored_from"] == 1
    assert listed[3]["digest"] == listed[1]["digest"] != listed[2]["digest"]


def test_review_needs_a_second_admin(make_app, auth):
    app = make_app(require_review=True)
    client = app.test_client()
    author = token(client, auth, "admin", "lead@example.com")
    reviewer = token(client, auth, "admin", "second@example.com")
    v2 = save(client, author, reworded(client, author))["version"]
    app.extensions["heard.services"].versions.record_eval("default", v2, PASSED)
    r = client.put("/v1/admin/labels/production", json={"version": v2}, headers=author)
    assert r.status_code == 409 and r.get_json()["error"]["code"] == "not_approved"
    own = client.post(f"/v1/admin/prompts/{v2}/approve", json={}, headers=author)
    assert own.status_code == 409 and own.get_json()["error"]["code"] == "own_version"
    ok = client.post(f"/v1/admin/prompts/{v2}/approve", json={}, headers=reviewer)
    assert ok.get_json()["approvals"] == ["second@example.com"]
    r = client.put("/v1/admin/labels/production", json={"version": v2}, headers=author)
    assert r.status_code == 200
    # Rolling back to a version that was live before needs no new approval: one click.
    assert client.put("/v1/admin/labels/production", json={"version": 1},
                      headers=author).status_code == 200
    assert client.put("/v1/admin/labels/production", json={"version": v2},
                      headers=author).status_code == 200


def test_profiles_inherit_default_and_tokens_bound_to_them_get_theirs(app, client, auth):
    bundle = bundle_of(client, auth)
    bundle["brand_voice"] = "Billing team: short sentences, no jargon."
    v1 = save(client, auth, bundle, profile="billing")
    assert v1["version"] == 1 and v1["overrides"] == ["brand_voice"]
    billing_agent = token(client, auth, profile="billing")
    # No production label yet for billing: its agents get the default's.
    assert rewrite(client, billing_agent)["prompt_version"].startswith("default@1:")
    app.extensions["heard.services"].versions.record_eval("billing", 1, PASSED)
    client.put("/v1/admin/labels/production", json={"version": 1, "profile": "billing"},
               headers=auth)
    assert rewrite(client, billing_agent)["prompt_version"].startswith("billing@1:")
    assert rewrite(client, auth)["prompt_version"].startswith("default@1:")
    # A default change flows into billing, which set only its brand voice.
    shown = bundle_of(client, auth, 1, "billing")
    assert shown["brand_voice"].startswith("Billing team") and shown["system"] == \
        bundle["system"]
    names = [p["name"] for p in client.get("/v1/admin/profiles",
                                           headers=auth).get_json()["profiles"]]
    assert names == ["default", "billing"]


def test_pilot_tokens_get_staging(client, auth):
    pilot = token(client, auth, name="pilot@example.com", pilot=True)
    agent = token(client, auth)
    v2 = save(client, auth, reworded(client, auth))["version"]
    r = client.put("/v1/admin/labels/staging", json={"version": v2}, headers=auth)
    assert r.status_code == 200  # staging needs no evaluation: that is what pilots are for
    assert rewrite(client, pilot)["prompt_version"].startswith(f"default@{v2}:")
    assert rewrite(client, agent)["prompt_version"].startswith("default@1:")
    client.delete("/v1/admin/labels/staging", headers=auth)
    assert rewrite(client, pilot)["prompt_version"].startswith("default@1:")


def test_unknown_labels_and_versions(client, auth):
    r = client.put("/v1/admin/labels/canary", json={"version": 1}, headers=auth)
    assert r.status_code == 404 and r.get_json()["error"]["code"] == "unknown_label"
    r = client.put("/v1/admin/labels/production", json={"version": 7}, headers=auth)
    assert r.status_code == 404 and r.get_json()["error"]["code"] == "version_not_found"
    r = client.put("/v1/admin/labels/production", json={"version": "1"}, headers=auth)
    assert r.status_code == 400


def test_audit_export_is_jsonl(client, auth):
    token(client, auth)
    r = client.get("/v1/admin/audit?format=jsonl", headers=auth)
    assert r.mimetype == "application/x-ndjson"
    assert '"action": "token.create"' in r.get_data(as_text=True).splitlines()[0]


def test_admin_writes_answer_503_when_redis_is_down(client, auth, redis_server):
    bundle = reworded(client, auth)
    redis_server.stop()
    try:
        r = client.post("/v1/admin/prompts", json={"note": "x", "bundle": bundle},
                        headers=auth)
        assert r.status_code == 503 and r.get_json()["error"]["code"] == "store_unavailable"
        assert rewrite(client, auth)["prompt_version"].startswith("default@1:")
    finally:
        redis_server.start()


# ---- the admin page's sign-in ---------------------------------------------------------------

def test_sign_in_sets_an_httponly_strict_cookie_and_needs_the_page_header(client, auth):
    from tests.conftest import ADMIN_TOKEN

    r = client.post("/admin/session", json={"token": ADMIN_TOKEN})
    assert r.status_code == 200 and r.get_json()["role"] == "admin"
    cookie = r.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and ADMIN_TOKEN not in cookie
    assert client.get("/v1/admin/prompts").status_code == 401  # no page header: no CSRF
    page = {"X-Heard-Admin": "1"}
    assert client.get("/v1/admin/prompts", headers=page).status_code == 200
    assert client.delete("/admin/session").status_code == 200
    r = client.get("/v1/admin/prompts", headers=page)
    assert r.status_code == 401 and r.get_json()["error"]["code"] == "unauthorized"


def test_agents_cannot_sign_in_and_revoking_a_token_ends_its_sessions(client, auth):
    agent = token(client, auth)["Authorization"].split()[1]
    r = client.post("/admin/session", json={"token": agent})
    assert r.status_code == 403
    created = client.post("/v1/admin/tokens", json={"name": "lead", "role": "admin"},
                          headers=auth).get_json()
    page = {"X-Heard-Admin": "1"}
    assert client.post("/admin/session", json={"token": created["token"]}).status_code == 200
    assert client.get("/admin/session", headers=page).get_json()["name"] == "lead"
    client.delete(f"/v1/admin/tokens/{created['id']}", headers=auth)
    assert client.get("/v1/admin/prompts", headers=page).status_code == 401
    for bad in ({"token": ""}, {"token": 5}, {}):
        assert client.post("/admin/session", json=bad).status_code == 400
    assert client.post("/admin/session", json={"token": "nope"}).status_code == 401
