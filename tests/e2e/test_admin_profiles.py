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
