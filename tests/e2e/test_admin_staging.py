"""Staging from the page: pilot tokens get the staging version while everyone else keeps
production, and ending the pilot gives them production again."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .admin_ui import Admin, rewrite_version, saved_version
from .helpers import shot

pytestmark = pytest.mark.e2e

DRAFT = "Your replacement card ending 4417 is on its way and arrives by Friday."


def test_pilots_get_staging(admin_context, admin_server, artifacts):
    admin = Admin(admin_context, admin_server).open().sign_in().tab("Tokens")
    admin.token_name.fill("Pilot Pete")
    admin.token_pilot.check()
    admin.token_create.click()
    expect(admin.token_secret_value).to_have_text(re.compile(r"^hrd_"))
    pilot = admin.token_secret_value.text_content()
    production = rewrite_version(admin_server, DRAFT)

    admin.tab("Voice")
    admin.voice_brand.fill("Friendly and brief; first names.")
    version = saved_version(admin, "Pilot: a friendlier brand voice")
    admin.tab("Versions")
    admin.page.get_by_test_id(f"stage-{version}").click()
    admin.says("versions-msg", f"staging is now v{version}")
    expect(admin.labels_summary).to_contain_text(f"pilots get v{version}")
    assert rewrite_version(admin_server, DRAFT, pilot).startswith(f"default@{version}:")
    assert rewrite_version(admin_server, DRAFT) == production  # everyone else: unchanged
    shot(admin.page, artifacts, "admin-staging")

    admin.page.get_by_test_id(f"unstage-{version}").click()
    admin.says("versions-msg", "pilot tokens get production again")
    assert rewrite_version(admin_server, DRAFT, pilot) == production
