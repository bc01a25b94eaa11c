"""Signing in to /admin: the token goes to the server once and lives nowhere in the page."""

from __future__ import annotations

import json
import urllib.request

import pytest
from playwright.sync_api import expect

from .admin_ui import Admin
from .conftest import TOKEN
from .helpers import shot

pytestmark = pytest.mark.e2e


def make_token(server: str, name: str, role: str = "agent", **extra) -> str:
    body = json.dumps({"name": name, "role": role, **extra}).encode()
    req = urllib.request.Request(f"{server}/v1/admin/tokens", body, method="POST", headers={
        "Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as r:
        return json.load(r)["token"]


def test_sign_in_keeps_no_token_and_survives_a_reload(admin_context, admin_server, artifacts):
    admin = Admin(admin_context, admin_server).open()
    admin.signin_token.fill("hrd_not-a-real-token")
    admin.signin_submit.click()
    admin.says("signin-msg", "not accepted")
    admin.signin_token.fill(make_token(admin_server, "Agent Ana"))
    admin.signin_submit.click()
    admin.says("signin-msg", "admin token")  # an agent token opens nothing here
    shot(admin.page, artifacts, "admin-signin-refused")

    admin.sign_in()
    expect(admin.who_name).to_have_text("bootstrap (admin)")
    expect(admin.signin_token).to_have_value("")
    # Nothing a script can read holds the token or the session.
    kept = admin.page.evaluate("[document.cookie, JSON.stringify(localStorage),"
                               " JSON.stringify(sessionStorage)]")
    assert kept == ["", "{}", "{}"]
    cookies = admin_context.cookies()
    assert [c["httpOnly"] and c["sameSite"] == "Strict" for c in cookies] == [True]
    assert TOKEN not in json.dumps(cookies)

    admin.page.reload()
    expect(admin.who).to_be_visible()
    shot(admin.page, artifacts, "admin-signed-in")
    admin.sign_out.click()
    expect(admin.signin_form).to_be_visible()
    admin.page.reload()
    expect(admin.signin_form).to_be_visible()


def test_a_revoked_session_asks_to_sign_in_again(admin_context, admin_server):
    admin = Admin(admin_context, admin_server).open().sign_in()
    expect(admin.page.get_by_test_id("principle").first).to_be_visible()  # all loaded
    admin_context.clear_cookies()  # as when the session expires on the server
    # The tab's first call is refused: the page asks to sign in again instead of the tab.
    admin.page.get_by_role("tab", name="Audit log").click()
    admin.says("signin-msg", "sign in again")
    expect(admin.signin_form).to_be_visible()
