"""Profiles from the page: what the tabs show is the profile picked last, whatever order the
answers come back in."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .admin_ui import Admin, saved_version

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
    expect(admin.pg_candidate).to_have_value("")  # a new profile has no version of its own yet
    expect(admin.pg_run).to_be_disabled()  # so Run has none to send
    admin.profile("default")
    expect(admin.pg_run).to_be_enabled()
    expect(admin.pg_candidate).not_to_have_value("")


def test_a_profile_with_no_saved_version_says_save_one_first(admin_context, admin_server):
    """A new profile has no version of its own: Run and Evaluate would send version 0. They
    stay off with the reason beside them until a version is saved."""
    admin = Admin(admin_context, admin_server).open().sign_in().profile("team-unsaved")
    for tab, run, picker, hint in (
            ("Playground", admin.pg_run, admin.pg_candidate, admin.pg_no_version),
            ("Evaluation", admin.eval_run, admin.eval_version, admin.eval_no_version)):
        admin.tab(tab)
        expect(hint).to_be_visible()
        expect(hint).to_contain_text("save a version first")
        expect(run).to_be_disabled()
        expect(picker).to_be_disabled()
    admin.tab("Voice")
    version = saved_version(admin, "first of its own")
    for tab, run, picker, hint in (
            ("Playground", admin.pg_run, admin.pg_candidate, admin.pg_no_version),
            ("Evaluation", admin.eval_run, admin.eval_version, admin.eval_no_version)):
        admin.tab(tab)
        expect(run).to_be_enabled()
        expect(picker).to_have_value(str(version))
        expect(hint).to_be_hidden()


def test_the_labels_line_shows_nothing_of_the_profile_left(admin_context, admin_server):
    """While a picked profile's versions are on their way, "Agents get v…" would be the labels
    of the profile left: it says nothing until the new ones arrive."""
    admin = Admin(admin_context, admin_server).open().sign_in()
    expect(admin.labels_summary).to_contain_text(re.compile(r"Agents get v\d"))
    versions = admin.hold("GET", r"/v1/admin/prompts\?profile=team-switch$")
    admin.profile("team-switch")
    versions.wait_held()
    expect(admin.labels_summary).to_have_text("")
    versions.release()
    expect(admin.labels_summary).to_contain_text("Agents get v—")
