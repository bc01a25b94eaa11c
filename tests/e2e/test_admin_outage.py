"""What the admin reads when Heard's store is down: nothing was saved, retry."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from .admin_ui import Admin
from .helpers import shot

pytestmark = pytest.mark.e2e


def test_a_store_outage_says_nothing_was_saved(admin_context, admin_server, artifacts):
    admin = Admin(admin_context, admin_server).open().sign_in()
    expect(admin.page.get_by_test_id("principle").first).to_be_visible()
    # The server's own answer when Redis is unreachable, for the one save this test makes.
    outage = {"error": {"code": "store_unavailable", "message": "Heard's Redis is "
                        "unreachable; nothing was saved. Retry in a moment."}}
    admin.page.route("**/v1/admin/prompts", lambda route: route.fulfill(
        status=503, content_type="application/json", body=json.dumps(outage))
        if route.request.method == "POST" else route.continue_())
    admin.voice_note.fill("Saved during an outage")
    admin.voice_save.click()
    admin.says("voice-msg", "nothing was saved. Retry in a moment")
    expect(admin.voice_note).to_have_value("Saved during an outage")  # the edit is kept
    shot(admin.page, artifacts, "admin-store-outage")
