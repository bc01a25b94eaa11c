"""Helpers for driving fixture pages and the Heard panel."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Frame, Page, expect

WS = re.compile(r"[\s\u00a0\u200b\u2060\ufeff]+")

# Filled in by the tests, printed at the end of the run (conftest.pytest_terminal_summary).
SCREENSHOTS: list[str] = []
MEASURED: dict[str, dict[str, str]] = {}  # editor -> {"technique", "replaced", "undo"}


def hold(handler: str, name: str) -> str:
    """In the service worker: the background's `handler` waits until the test calls
    `globalThis[name].release()` (a busy page, a slow server); `.arrived` resolves once a
    message got there, `.real` is the handler to put back."""
    return f"""() => {{
    const real = heard.handlers[{handler!r}];
    let release, arrived;
    const held = {{ real, released: new Promise((r) => {{ release = r; }}),
                   arrived: new Promise((r) => {{ arrived = r; }}) }};
    globalThis[{name!r}] = Object.assign(held, {{ release }});
    heard.handlers[{handler!r}] = async (msg, sender) => {{
        arrived();
        await held.released;
        return real(msg, sender);
    }};
}}"""


HOLD_REPLACE = hold("replace", "heldReplace")  # Replace goes in only once released
HOLD_RETRY = hold("retry", "heldRetry")  # "Try again" is asked of the server only once released

# A draft Heard changes in two places (two changes to accept or reject).
TWO_CHANGES = (
    "Hi Dana. As I already said, the refund is not possible. Order #1234 ships Monday. "
    "Unfortunately there is nothing we can do."
)


def norm(text: str) -> str:
    """Text with all whitespace removed: editors differ in how they render line ends."""
    return WS.sub("", text or "")


def open_fixture(page: Page, url: str) -> Page:
    page.goto(url)
    page.wait_for_function("document.documentElement.dataset.fixtureReady === '1'")
    return page


def wait_model(frame: Frame | Page, expected: str, expr: str = "fixture.getText()") -> None:
    """Waits until the editor's own model (read through its API) holds `expected`."""
    frame.wait_for_function(
        "([expr, want]) => {"
        " const norm = (s) => (s || '').replace(/[\\s\\u00a0\\u200b\\u2060\\ufeff]+/g, '');"
        " return norm(eval(expr)) === norm(want); }",
        arg=[expr, expected],
    )


def model(frame: Frame | Page, expr: str = "fixture.getText()") -> str:
    return frame.evaluate(expr)


class Panel:
    def __init__(self, page: Page) -> None:
        self.page = page

    def __getattr__(self, name: str):
        return self.page.get_by_test_id(f"heard-{name.replace('_', '-')}")

    def wait_result(self) -> str:
        """Waits for the finished rewrite (diff shown) and returns its plain text."""
        expect(self.diff).to_be_visible()
        expect(self.replace).to_be_enabled()
        return self.rewrite.text_content()

    def wait_error(self, pattern: str) -> str:
        expect(self.error).to_be_visible()
        expect(self.error).to_contain_text(re.compile(pattern, re.I))
        return self.error.text_content()


def record_panel(page: Page, sample: str) -> None:
    """Until the page closes, pushes `sample(root)` (a JS expression over the panel's shadow
    root; the panel open now or the next one) to `window.seen` on every change inside it —
    what it showed while streaming, which a wait for the final state would never see. A null
    sample is not recorded."""
    page.evaluate(
        """(sample) => {
        window.seen = [];
        const take = new Function('root', `return (${sample});`);
        const watch = (root) => new MutationObserver(() => {
            const value = take(root);
            if (value != null && JSON.stringify(window.seen.at(-1)) !== JSON.stringify(value)) {
                window.seen.push(value);
            }
        }).observe(root, {subtree: true, childList: true, characterData: true});
        const open = document.querySelector('heard-panel-host');
        if (open) { watch(open.shadowRoot); return; }
        new MutationObserver((records, self) => {
            const host = document.querySelector('heard-panel-host');
            if (host) { self.disconnect(); watch(host.shadowRoot); }
        }).observe(document.documentElement, {childList: true, subtree: true});
    }""",
        sample,
    )


def rewrite_in_panel(page: Page, draft: str, editor: str = "#editor") -> Panel:
    """Types `draft` into the page's editor and asks Heard with the shortcut; the panel."""
    page.locator(editor).fill(draft)
    page.locator(editor).click()
    page.keyboard.press("Alt+Shift+E")
    return Panel(page)


def shot(page: Page, folder: Path, name: str) -> str:
    path = folder / f"{name}.png"
    page.screenshot(path=str(path))
    SCREENSHOTS.append(str(path))
    print(f"screenshot: {path}")
    return str(path)


def replace_held_then(ext, page, meanwhile) -> tuple[str, str]:
    """Replace of a rewrite of the page's draft is slow to go in; `meanwhile(panel)` runs, then
    the draft is edited and Replace goes on. The first rewrite, and the draft as edited."""
    page.keyboard.press("Alt+Shift+E")
    panel = Panel(page)
    first = panel.wait_result()
    ext.worker.evaluate(HOLD_REPLACE)
    edited = TWO_CHANGES + " Thanks."
    try:
        panel.replace.click()
        ext.worker.evaluate("() => heldReplace.arrived")
        page.locator("#editor").fill(edited)  # Replace can no longer go in: draft_changed
        meanwhile(panel)
        ext.worker.evaluate("() => heldReplace.release()")
    finally:
        ext.worker.evaluate("() => { heard.handlers.replace = heldReplace.real; }")
    return first, edited
