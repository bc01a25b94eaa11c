"""Profiles from the page: what the tabs show is the profile picked last, whatever order the
answers come back in."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .admin_ui import Admin

pytestmark = pytest.mark.e2e


def test_a_profile_left_while_loading_does_not_come_back(admin_context, admin_server):
    """Default's versions, answering after the admin moved on to another profile, are not drawn
    as that profile's."""
    admin = Admin(admin_context, admin_server).open().sign_in().tab("Versions")
    v1 = admin.page.get_by_test_id("version-1")
    expect(v1).to_be_visible()
    admin.profile("team-late")
    expect(v1).to_have_count(0)
    default = admin.hold("GET", r"/v1/admin/prompts\?profile=default$")
    admin.page.get_by_test_id("profile").select_option("default")
    default.wait_held()
    team = admin.hold("GET", r"/v1/admin/prompts\?profile=team-late$")
    admin.profile("team-late")
    team.wait_held().release()
    default.release()
    expect(admin.page.get_by_test_id("profile")).to_have_value("team-late")
    expect(v1).to_have_count(0)
    expect(admin.labels_summary).to_contain_text("Agents get v—")


def test_a_tab_opened_before_the_versions_waits_for_them(admin_context, admin_server):
    """At sign-in, a tab clicked before the profile's versions arrive has no version to act on:
    Voice does not start from default's bundle as if the profile were new, and Run or Evaluate
    would send version 0. They wait, and the versions' arrival fills the tab on view."""
    admin = Admin(admin_context, admin_server).open()
    versions = admin.hold("GET", r"/v1/admin/prompts\?profile=default$")
    admin.sign_in()
    versions.wait_held()
    admin.tab("Voice")
    expect(admin.voice_version).to_be_disabled()
    admin.tab("Evaluation")
    expect(admin.eval_run).to_be_disabled()
    admin.tab("Playground")
    expect(admin.pg_run).to_be_disabled()
    expect(admin.pg_candidate).to_have_value("")
    versions.release()
    expect(admin.pg_run).to_be_enabled()
    expect(admin.pg_candidate).not_to_have_value("")
    admin.tab("Voice")
    expect(admin.voice_version).to_be_enabled()
    expect(admin.voice_overrides).not_to_contain_text("New profile")
    expect(admin.voice_brand).to_be_enabled()


def test_a_profile_picked_on_a_tab_waits_for_its_versions(admin_context, admin_server):
    """Until the picked profile's versions arrive, the tab on view holds the versions of the
    profile left: Run would send one of them under the new profile's name."""
    admin = Admin(admin_context, admin_server).open().sign_in().tab("Playground")
    expect(admin.pg_candidate).not_to_have_value("")
    versions = admin.hold("GET", r"/v1/admin/prompts\?profile=team-wait$")
    admin.profile("team-wait")
    versions.wait_held()
    expect(admin.pg_run).to_be_disabled()
    versions.release()
    expect(admin.pg_run).to_be_enabled()
    expect(admin.pg_candidate).to_have_value("")  # a new profile has no version of its own yet
