"""The pages for people: `/` tells a newcomer what this server is and where to go; `/admin`
is served with a strict content-security policy and cannot be framed."""

from __future__ import annotations

import urllib.request

import pytest
from playwright.sync_api import expect

from .admin_ui import Admin
from .helpers import shot

pytestmark = pytest.mark.e2e

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'")


def test_home_page_says_what_this_is_and_links_to_admin(admin_context, admin_server, artifacts):
    page = admin_context.new_page()
    page.goto(admin_server)
    expect(page.get_by_role("heading", name="Heard", level=1)).to_be_visible()
    expect(page.get_by_test_id("health-status")).to_contain_text("Ready")
    expect(page.get_by_test_id("health-provider")).to_have_text("offline")
    expect(page.get_by_test_id("server-address")).to_have_text(admin_server)
    expect(page.get_by_text("Install the extension")).to_be_visible()
    # Every link opens for a person with a browser: /metrics needs a scraper's token, so the
    # page says how to reach it instead of linking to a 401.
    hrefs = page.locator("main a[href^='/']").evaluate_all("els => els.map(e => e.href)")
    assert hrefs and all(page.request.get(h).status == 200 for h in hrefs), hrefs
    expect(page.get_by_text("HEARD_METRICS_TOKEN")).to_be_visible()
    shot(page, artifacts, "admin-home")
    page.get_by_test_id("link-admin").click()
    expect(page.get_by_label("Admin token")).to_be_visible()


@pytest.mark.parametrize("path", ["/", "/admin", "/static/web/admin/main.js",
                                  "/static/web/heard.css"])
def test_pages_send_the_security_headers(admin_server, path):
    with urllib.request.urlopen(admin_server + path, timeout=10) as r:
        headers = r.headers
    assert headers["Content-Security-Policy"] == CSP
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["X-Content-Type-Options"] == "nosniff"
    if path.endswith(".js"):  # an ES module is only run with a JavaScript MIME type
        assert headers.get_content_type() == "text/javascript"


def test_admin_page_cannot_be_framed(admin_context, admin_server):
    page = admin_context.new_page()
    page.goto(admin_server + "/healthz")  # any page of the same origin: 'none' refuses it too
    page.set_content(f'<iframe src="{admin_server}/admin" title="framed"></iframe>')
    # set_content waits for the load event, which waits for the frame: Chromium has replaced
    # the refused page by its own error page, and the sign-in form is nowhere.
    child = page.main_frame.child_frames[0]
    assert child.url.startswith("chrome-error://"), child.url
    expect(page.frame_locator("iframe").get_by_label("Admin token")).to_have_count(0)


def test_admin_page_has_no_inline_code_and_breaks_no_policy(admin_context, admin_server):
    admin = Admin(admin_context, admin_server).open()
    expect(admin.signin_form).to_be_visible()
    inline = admin.page.evaluate(
        "document.querySelectorAll('script:not([src]), style, [style], [onclick], [onload]')"
        ".length")
    assert inline == 0
    assert admin.violations() == []
