"""After an upgrade: the admin is told when this release ships prompts that no version of the
team's voice holds, sees what they would change, and imports them as a version like any other."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.test_admin_prompts import bundle_of, rewrite, save

SHIPPED = Path(__file__).resolve().parents[1] / "prompts"


@pytest.fixture
def upgraded(make_app, tmp_path, auth):
    """A store seeded by an older release (no moods, no customer reading in the user template),
    then the app of this release started on it: the upgrade as an operator lives it."""
    old = tmp_path / "old-prompts"
    shutil.copytree(SHIPPED, old)
    (old / "moods.json").write_text("[]", encoding="utf-8")
    user = (old / "user.md").read_text(encoding="utf-8")
    (old / "user.md").write_text(user.replace("$customer_reading", ""), encoding="utf-8")
    make_app(prompts_dir=old).test_client().get("/v1/admin/prompts", headers=auth)
    return make_app().test_client()


def test_a_fresh_install_has_nothing_to_import(client, auth):
    state = client.get("/v1/admin/prompts/shipped", headers=auth).get_json()
    assert (state["imported"], state["pending"], state["changes"]) == (1, False, [])
    r = client.post("/v1/admin/prompts/shipped", headers=auth)
    assert r.status_code == 409
    assert r.get_json()["error"]["code"] == "already_imported"
    assert "Version 1" in r.get_json()["error"]["message"]


def test_after_an_upgrade_the_new_prompts_are_offered_with_what_they_change(upgraded, auth):
    state = upgraded.get("/v1/admin/prompts/shipped", headers=auth).get_json()
    assert state["pending"] is True and state["imported"] is None and state["production"] == 1
    paths = {c["path"] for c in state["changes"]}
    assert "user" in paths and any(p.startswith("moods/") for p in paths)
    added = next(c for c in state["changes"] if c["path"] == "user")["diff"]
    assert any(op["op"] == "insert" and "customer_reading" in op["text"] for op in added)
    # Nothing reaches agents by itself: they still get the old version.
    assert rewrite(upgraded, auth)["prompt_version"].startswith("default@1:")


def test_importing_makes_an_unlabelled_version_and_the_offer_goes_away(upgraded, auth):
    r = upgraded.post("/v1/admin/prompts/shipped", json={"note": "Spring release prompts"},
                      headers=auth)
    assert r.status_code == 201, r.get_data(as_text=True)
    v2 = r.get_json()
    assert (v2["version"], v2["parent"], v2["note"]) == (2, 1, "Spring release prompts")
    assert bundle_of(upgraded, auth, 2)["moods"]  # the shipped moods are in it
    listed = upgraded.get("/v1/admin/prompts", headers=auth).get_json()
    assert listed["labels"]["production"] == 1  # compared, evaluated, labelled as usual
    state = upgraded.get("/v1/admin/prompts/shipped", headers=auth).get_json()
    assert (state["imported"], state["pending"]) == (2, False)
    audit = upgraded.get("/v1/admin/audit", headers=auth).get_json()
    assert any(e["action"] == "version.create" and e["details"]["version"] == 2
               for e in audit["entries"])


def test_a_team_that_imported_then_edited_is_not_asked_again(upgraded, auth):
    upgraded.post("/v1/admin/prompts/shipped", headers=auth)
    edited = bundle_of(upgraded, auth, 2)
    edited["brand_voice"] = "Plain, short sentences."
    save(upgraded, auth, edited, note="Our voice on top", parent=2)
    state = upgraded.get("/v1/admin/prompts/shipped", headers=auth).get_json()
    assert (state["imported"], state["pending"]) == (2, False)


def test_the_default_note_names_the_release(upgraded, auth):
    v2 = upgraded.post("/v1/admin/prompts/shipped", headers=auth).get_json()
    assert v2["note"].startswith("Prompts shipped with Heard ")


@pytest.mark.parametrize("body", ['{"note": 5}', '{"nope": 1}', "[1]", "{"])
def test_a_bad_import_body_is_a_clear_400(upgraded, auth, body):
    r = upgraded.post("/v1/admin/prompts/shipped", data=body,
                      headers=auth | {"Content-Type": "application/json"})
    assert r.status_code == 400
    assert set(r.get_json()["error"]) >= {"code", "message"}
    state = upgraded.get("/v1/admin/prompts/shipped", headers=auth).get_json()
    assert state["pending"] is True  # nothing was created
    json.dumps(state)
