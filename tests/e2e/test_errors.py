"""What the agent reads in the panel when a rewrite can't happen: wrong token, server down,
empty draft, draft too long, rate limited, not configured, and an editor Heard can't write."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .conftest import TOKEN, free_port
from .helpers import Panel, model, open_fixture, shot

pytestmark = pytest.mark.e2e


def rewrite_textarea(ext, site, draft: str | None = None):
    page = open_fixture(ext.context.new_page(), site.url("textarea.html"))
    if draft is not None:
        page.locator("#editor").fill(draft)
    page.locator("#editor").click()
    page.keyboard.press("Alt+Shift+E")
    return page, Panel(page)


def test_wrong_token(ext, site, artifacts):
    ext.settings(ext.server_url, "not-a-valid-token")
    page, panel = rewrite_textarea(ext, site)
    panel.wait_error("token is not valid")  # the server's own words
    expect(panel.error).to_have_attribute("data-code", "unauthorized")
    expect(page.get_by_role("button", name="Open Heard's options")).to_be_visible()
    expect(panel.replace).to_be_disabled()
    shot(page, artifacts, "error-wrong-token")


def test_server_down(ext, site, artifacts):
    ext.settings(f"http://127.0.0.1:{free_port()}", TOKEN)
    page, panel = rewrite_textarea(ext, site)
    panel.wait_error("can't be reached")
    shot(page, artifacts, "error-server-down")


def test_not_configured(ext, site):
    ext.settings(ext.server_url, "")
    _, panel = rewrite_textarea(ext, site)
    panel.wait_error("needs your token")


def test_empty_draft(ext, site):
    _, panel = rewrite_textarea(ext, site, "   ")
    panel.wait_error("nothing to rewrite")


def test_draft_too_long(ext, site, artifacts):
    long_draft = " ".join(
        f"Order {n} will be refunded to the card ending {n:04d}." for n in range(1200)
    )
    page, panel = rewrite_textarea(ext, site, long_draft)
    text = panel.wait_error("tokens; the limit is 4000")
    assert "selection" in text  # the count, the limit, the way out: the server's own message
    expect(panel.error).to_have_attribute("data-code", "too_many_tokens")
    expect(panel.error).to_contain_text("(too_many_tokens)")  # the server's code, shown as is
    shot(page, artifacts, "error-too-long")


def test_rate_limited(ext, site, strict_server, artifacts):
    ext.settings(strict_server, TOKEN)
    page, panel = rewrite_textarea(ext, site)
    panel.wait_result()
    for _ in range(2):  # two a day: the third attempt is refused
        panel.retry.click()
        expect(panel.retry).to_be_enabled()
    text = panel.wait_error("rate limit")
    assert "try again in" in text and "HEARD_RATE_LIMIT" in text
    expect(panel.error).to_have_attribute("data-code", "rate_limited")
    shot(page, artifacts, "error-rate-limited")


def test_editor_that_refuses_every_technique_is_left_unchanged(ext, site, artifacts):
    page = open_fixture(ext.context.new_page(), site.url("locked.html"))
    draft = model(page)
    page.locator("#editor").click()
    page.keyboard.press("Alt+Shift+E")
    panel = Panel(page)
    panel.wait_result()
    panel.replace.click()
    panel.wait_error("could not write")
    expect(panel.copy).to_be_enabled()
    expect(panel.copy).to_be_focused()
    assert model(page) == draft  # never half-changed
    shot(page, artifacts, "error-editor-refused")
