"""Tokens from the page: create one (its secret shown once), see it used, revoke it."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest
from playwright.sync_api import expect

from .admin_ui import Admin
from .helpers import shot

pytestmark = pytest.mark.e2e


def me(server: str, token: str) -> tuple[int, dict]:
    req = urllib.request.Request(f"{server}/v1/me", headers={"Authorization": f"Bearer {token}"})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, json.load(r)
    except urllib.error.HTTPError as err:
        return err.code, json.load(err)


def test_create_use_and_revoke_a_pilot_token(admin_context, admin_server, artifacts):
    admin = Admin(admin_context, admin_server).open().sign_in().tab("Tokens")
    admin.token_name.fill("Pilot Pia")
    admin.token_role.select_option("agent")
    admin.token_profile.select_option("default")
    admin.token_pilot.check()
    admin.token_create.click()
    expect(admin.token_secret).to_be_visible()
    secret = admin.token_secret_value.text_content()
    assert secret.startswith("hrd_")
    shot(admin.page, artifacts, "admin-tokens-created")

    status, who = me(admin_server, secret)  # what the extension's connection check does
    assert status == 200 and who["name"] == "Pilot Pia"
    admin.token_secret_done.click()
    expect(admin.token_secret).to_be_hidden()
    assert secret not in admin.page.content()  # shown once: gone from the page

    admin.tab("Audit log").tab("Tokens")  # the list is read again when the tab opens
    row = admin.page.locator('[data-testid=token-row][data-name="Pilot Pia"]')
    expect(row).to_contain_text("agent")
    expect(row.locator("td").nth(2)).to_have_text("yes")  # pilot
    expect(row.get_by_test_id("token-last-used")).not_to_have_text("never")

    revoke = row.get_by_role("button", name="Revoke Pilot Pia")
    revoke.click()
    expect(revoke).to_have_text("Really revoke Pilot Pia?")
    revoke.click()
    admin.says("tokens-msg", "Revoked Pilot Pia")
    expect(row).to_have_count(0)
    assert me(admin_server, secret)[0] == 401
    shot(admin.page, artifacts, "admin-tokens-revoked")


def test_a_list_asked_before_a_create_does_not_hide_the_new_token(admin_context, admin_server):
    admin = Admin(admin_context, admin_server).open().sign_in()
    first = admin.hold("GET", r"/v1/admin/tokens$")
    admin.tab("Tokens")
    first.wait_held()
    admin.token_name.fill("Late Lou")
    admin.token_create.click()
    row = admin.page.locator('[data-testid=token-row][data-name="Late Lou"]')
    expect(row).to_have_count(1)
    first.release()
    expect(row).to_have_count(1)
