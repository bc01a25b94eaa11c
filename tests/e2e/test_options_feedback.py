"""The options page (the DESIGN.md test ids) and the feedback Heard sends after a rewrite."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .conftest import TOKEN
from .helpers import Panel, open_fixture, rewrite_in_panel, wait_model

pytestmark = pytest.mark.e2e


def test_options_page_saves_server_and_token(browser, site):
    browser.settings("", "")
    options = browser.context.new_page()
    options.goto(f"chrome-extension://{browser.extension_id}/options/options.html")
    expect(options.get_by_test_id("saved")).to_be_hidden()
    options.get_by_test_id("server-url").fill(browser.server_url + "/")
    options.get_by_test_id("api-token").fill(TOKEN)
    options.get_by_test_id("save").click()
    expect(options.get_by_test_id("saved")).to_be_visible()
    expect(options.get_by_test_id("connection")).to_have_text(
        f"Connected to Heard at {browser.server_url} as bootstrap (admin).")
    stored = browser.worker.evaluate("chrome.storage.local.get(['serverUrl', 'token'])")
    assert stored == {"serverUrl": browser.server_url, "token": TOKEN}

    page = open_fixture(browser.context.new_page(), site.url("textarea.html"))
    page.locator("#editor").click()
    page.keyboard.press("Alt+Shift+E")
    assert Panel(page).wait_result()  # the saved settings are the ones used
    options.reload()
    expect(options.get_by_test_id("server-url")).to_have_value(browser.server_url)
    for p in browser.context.pages[1:]:
        p.close()


@pytest.mark.parametrize("action", ["accepted", "partial", "copied", "rejected"])
def test_feedback(ext, site, action):
    ext.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.origin)
    page = open_fixture(ext.context.new_page(), site.url("textarea.html"))
    panel = rewrite_in_panel(
        page,
        "Hi Dana. As I already said, the refund is not possible. Order #1234 ships Monday. "
        "Unfortunately there is nothing we can do."
    )
    rewrite = panel.wait_result()
    if action == "accepted":
        panel.replace.click()
        wait_model(page, rewrite)
    elif action == "partial":
        panel.hunk.first.click()
        panel.replace.click()
        expect(panel.panel).to_have_count(0)
    elif action == "copied":
        panel.copy.click()
    else:
        panel.close.click()
    assert ext.wait_session(page, "feedback", action), ext.session(page)
