"""Driving the admin page at /admin: sign in, switch tabs, read what it says."""

from __future__ import annotations

import re

from playwright.sync_api import BrowserContext, Page, expect

from .conftest import TOKEN

# Recorded by an init script (Playwright's, so the page's CSP does not apply to it): any
# content-security-policy violation and any script that ran from injected markup.
WATCH = """
window.__heard = {violations: [], dialogs: 0};
document.addEventListener('securitypolicyviolation',
  (e) => window.__heard.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
"""

# Holds the answers to the page's own fetch() of chosen requests until the test releases them,
# as a slow network would: `answered` counts the held answers the page has read.
HOLDS = """
if (!window.__holds) {  // once, however many Admin share the context
  window.__holds = [];
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init = {}) => {
    const method = (init.method || 'GET').toUpperCase();
    const url = String(input);
    const hold = window.__holds.find(
      (h) => h.left > 0 && h.method === method && new RegExp(h.pattern).test(url));
    if (!hold) return realFetch(input, init);
    hold.left -= 1;
    // Asked now, answered when released: the answer is as old as a slow network's.
    const answer = realFetch(input, init);
    const released = new Promise((go) => hold.waiting.push(go));
    return released.then(() => answer).then((response) => {
      const json = response.json.bind(response);
      // The page draws in the task that read the body: the next task sees what it drew.
      response.json = () => json().finally(() => setTimeout(() => { hold.answered += 1; }));
      return response;
    });
  };
}
"""


class Hold:
    """The answers to the next `count` requests of `method` to a URL matching `pattern` (a JS
    regex), held: the requests reach the server at once."""

    def __init__(self, page: Page, method: str, pattern: str, count: int) -> None:
        self.page = page
        self.index = page.evaluate(
            "([method, pattern, left]) => window.__holds.push("
            "{method, pattern, left, waiting: [], answered: 0}) - 1",
            [method, pattern, count])

    def wait_held(self, n: int = 1) -> Hold:
        """Until `n` of them are waiting (the page has asked)."""
        self.page.wait_for_function(
            "([i, n]) => window.__holds[i].waiting.length >= n", arg=[self.index, n])
        return self

    def release(self) -> Hold:
        """Lets every held request go, and waits until the page has read their answers."""
        n = self.page.evaluate(
            "(i) => { const h = window.__holds[i]; const go = h.waiting.splice(0);"
            " go.forEach((f) => f()); return go.length + h.answered; }", self.index)
        self.page.wait_for_function(
            "([i, n]) => window.__holds[i].answered >= n", arg=[self.index, n])
        return self


class Admin:
    def __init__(self, context: BrowserContext, server_url: str) -> None:
        self.server_url = server_url
        context.add_init_script(WATCH)
        context.add_init_script(HOLDS)
        self.page: Page = context.new_page()
        self.dialogs: list[str] = []
        # An alert() from injected markup would show up here; the tests assert it never does.
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

    def __getattr__(self, name: str):
        return self.page.get_by_test_id(name.replace("_", "-"))

    def hold(self, method: str, pattern: str, count: int = 1) -> Hold:
        return Hold(self.page, method, pattern, count)

    def open(self) -> Admin:
        self.page.goto(f"{self.server_url}/admin")
        return self

    def sign_in(self, token: str = TOKEN) -> Admin:
        expect(self.signin_form).to_be_visible()
        self.signin_token.fill(token)
        self.signin_submit.click()
        expect(self.who).to_be_visible()
        return self

    def tab(self, name: str) -> Admin:
        self.page.get_by_role("tab", name=name).click()
        expect(self.page.get_by_role("tabpanel")).to_be_visible()
        return self

    def profile(self, name: str) -> Admin:
        """Works on profile `name`, creating it in the page if it is new."""
        self.profile_new.fill(name)
        self.profile_new.press("Enter")
        expect(self.page.get_by_test_id("profile")).to_have_value(name)  # self.profile is this
        return self

    def says(self, testid: str, pattern: str, timeout_ms: int = 10_000) -> str:
        el = self.page.get_by_test_id(testid)
        expect(el).to_contain_text(re.compile(pattern, re.I), timeout=timeout_ms)
        return el.text_content() or ""

    def diff_field(self, path: str):
        """One field of the Versions tab's diff, by its path (`principles/own-it/title`)."""
        return self.page.locator(f'[data-testid=diff-field][data-path="{path}"]')

    def violations(self) -> list[str]:
        return self.page.evaluate("window.__heard.violations")


def rewrite_version(server: str, draft: str, token: str = TOKEN) -> str:
    """The prompt version an agent's next rewrite reports (POST /v1/rewrite, bypassing the
    cache so the answer is made now)."""
    import json
    import urllib.request

    body = json.dumps({"text": draft, "no_cache": True}).encode()
    req = urllib.request.Request(f"{server}/v1/rewrite", body, method="POST", headers={
        "Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.load(r)["prompt_version"]


def saved_version(admin: Admin, note: str) -> int:
    """Saves the Voice form with `note`; the number of the new version."""
    admin.voice_note.fill(note)
    admin.voice_save.click()
    text = admin.says("voice-msg", r"Saved as version \d+")
    return int(re.search(r"version (\d+)", text).group(1))
