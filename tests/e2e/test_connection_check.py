"""Saving the options checks the server and the token at once: "Connected to Heard at … as …",
or what is wrong and which setting to change."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .conftest import TOKEN, free_port, running_server
from .helpers import shot

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def zendesk_only_server(tmp_path_factory):
    """A server whose CORS allowlist names a helpdesk but no extension."""
    with running_server(tmp_path_factory.mktemp("heard-origins"),
                        HEARD_ALLOWED_ORIGINS="https://*.zendesk.com") as url:
        yield url


def save(browser, server_url: str, token: str):
    options = browser.context.new_page()
    options.goto(f"chrome-extension://{browser.extension_id}/options/options.html")
    options.get_by_test_id("server-url").fill(server_url)
    options.get_by_test_id("api-token").fill(token)
    options.get_by_test_id("save").click()
    expect(options.get_by_test_id("saved")).to_be_visible()
    return options


def result(options, state: str) -> str:
    expect(options.locator("#result")).to_have_attribute("data-state", state)
    return options.get_by_test_id("connection").text_content()


def test_a_good_token_says_who_it_belongs_to(ext, artifacts):
    made = ext.worker.evaluate(
        """async ([url, token]) => (await fetch(`${url}/v1/admin/tokens`, {method: 'POST',
             headers: {Authorization: `Bearer ${token}`, 'Content-Type': 'application/json'},
             body: JSON.stringify({name: 'ana@example.com'})})).json()""",
        [ext.server_url, TOKEN],
    )
    options = save(ext, ext.server_url, made["token"])
    assert result(options, "ok") == (
        f"Connected to Heard at {ext.server_url} as ana@example.com (agent).")
    shot(options, artifacts, "options-connected")


def test_a_refused_token_points_at_the_token(ext, artifacts):
    options = save(ext, ext.server_url, "hrd_mistyped")
    text = result(options, "problem")
    assert "refused the token" in text and "not valid" in text and "Your token" in text
    expect(options.get_by_test_id("api-token")).to_have_attribute("aria-invalid", "true")
    expect(options.get_by_test_id("server-url")).not_to_have_attribute("aria-invalid", "true")
    shot(options, artifacts, "options-token-refused")


def test_nothing_listening_says_it_is_not_reachable(ext):
    url = f"http://127.0.0.1:{free_port()}"
    text = result(save(ext, url, TOKEN), "problem")
    assert f"{url} can't be reached" in text and "heard serve" in text
    assert "Server address" in text


def test_another_server_at_the_address_is_not_heard(ext, site):
    text = result(save(ext, site.origin, TOKEN), "problem")
    assert re.search(r"answers at .* \(HTTP 404\), but it is not a Heard server", text)
    assert "Server address" in text and "8750" in text


@pytest.fixture
def site_access_on_click(ext):
    """Heard's site access set to "On click", as an agent can in chrome://extensions: the
    browser then applies CORS to Heard's own requests."""
    page = ext.context.new_page()
    page.goto("chrome://extensions")
    configure = ("([id, access]) => chrome.developerPrivate.updateExtensionConfiguration("
                 "{extensionId: id, hostAccess: access})")
    page.evaluate(configure, [ext.extension_id, "ON_CLICK"])
    try:
        yield
    finally:
        page.evaluate(configure, [ext.extension_id, "ON_ALL_SITES"])


def test_with_site_access_restricted_an_allowed_origin_still_connects(ext, site_access_on_click):
    assert result(save(ext, ext.server_url, TOKEN), "ok").endswith("as bootstrap (admin).")


def test_an_origin_the_server_does_not_allow_names_the_setting(ext, zendesk_only_server,
                                                                site_access_on_click, artifacts):
    options = save(ext, zendesk_only_server, TOKEN)
    text = result(options, "problem")
    assert f"does not include this extension (chrome-extension://{ext.extension_id})" in text
    assert "HEARD_ALLOWED_ORIGINS" in text and "Site access" in text
    shot(options, artifacts, "options-origin-not-allowed")


def test_without_restriction_the_allowlist_does_not_matter(ext, zendesk_only_server):
    """With its site access, Chrome sends no Origin: the allowlist cannot block Heard."""
    assert result(save(ext, zendesk_only_server, TOKEN), "ok").startswith("Connected")


def test_editing_a_field_clears_the_verdict(ext):
    options = save(ext, ext.server_url, "hrd_mistyped")
    result(options, "problem")
    options.get_by_test_id("api-token").fill(TOKEN)
    expect(options.get_by_test_id("saved")).to_be_hidden()
    expect(options.get_by_test_id("api-token")).not_to_have_attribute("aria-invalid", "true")
    options.get_by_test_id("save").click()
    assert result(options, "ok").endswith("as bootstrap (admin).")


# Holds the answers to the options page's first call of one chrome API (`storage`: reading the
# settings, `check`: the connection check) until window.__release(), as a slow browser would;
# `answered` counts the held answers the page has acted on.
HOLD = """
(() => {
  if (location.protocol !== 'chrome-extension:') return;
  const [owner, key] = {storage: [chrome.storage.local, 'get'],
                        check: [chrome.runtime, 'sendMessage']}[%s];
  const real = owner[key].bind(owner);
  const held = window.__held = {waiting: [], answered: 0, left: 1};
  window.__release = () => held.waiting.splice(0).forEach((go) => go());
  owner[key] = (...args) => {
    const answer = real(...args);
    if (held.left <= 0) return answer;
    held.left -= 1;
    // The page acts on the answer in the task that got it: the next task sees what it did.
    return new Promise((go) => held.waiting.push(go)).then(() => answer)
      .finally(() => setTimeout(() => { held.answered += 1; }));
  };
})();
"""


def held_options(browser, what: str):
    options = browser.context.new_page()
    options.add_init_script(HOLD % f"'{what}'")
    options.goto(f"chrome-extension://{browser.extension_id}/options/options.html")
    return options


def release(options) -> None:
    options.evaluate("window.__release()")
    options.wait_for_function("window.__held.answered > 0")


def test_the_form_waits_for_the_stored_settings(ext):
    """What the agent types before the stored settings arrive would be overwritten by them."""
    options = held_options(ext, "storage")
    options.wait_for_function("window.__held.waiting.length > 0")
    for testid in ("server-url", "api-token", "save"):
        expect(options.get_by_test_id(testid)).to_be_disabled()
    release(options)
    expect(options.get_by_test_id("server-url")).to_have_value(ext.server_url)
    expect(options.get_by_test_id("api-token")).to_be_enabled()


def test_an_outdated_check_does_not_overwrite_the_newer_one(ext):
    options = held_options(ext, "check")
    options.get_by_test_id("api-token").fill("hrd_mistyped")
    options.get_by_test_id("save").click()
    options.wait_for_function("window.__held.waiting.length > 0")
    options.get_by_test_id("api-token").fill(TOKEN)
    options.get_by_test_id("save").click()
    assert result(options, "ok").endswith("as bootstrap (admin).")
    release(options)  # the mistyped token's "problem"
    assert result(options, "ok").endswith("as bootstrap (admin).")
    expect(options.get_by_test_id("api-token")).not_to_have_attribute("aria-invalid", "true")
