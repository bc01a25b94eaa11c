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


class Admin:
    def __init__(self, context: BrowserContext, server_url: str) -> None:
        self.server_url = server_url
        context.add_init_script(WATCH)
        self.page: Page = context.new_page()
        self.dialogs: list[str] = []
        # An alert() from injected markup would show up here; the tests assert it never does.
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

    def __getattr__(self, name: str):
        return self.page.get_by_test_id(name.replace("_", "-"))

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
        expect(self.profile).to_have_value(name)
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
