"""Helpers for driving fixture pages and the Heard panel."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Frame, Page, expect

WS = re.compile(r"[\s\u00a0\u200b\u2060\ufeff]+")

# Filled in by the tests, printed at the end of the run (conftest.pytest_terminal_summary).
SCREENSHOTS: list[str] = []
MEASURED: dict[str, dict[str, str]] = {}  # editor -> {"technique", "replaced", "undo"}


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


def shot(page: Page, folder: Path, name: str) -> str:
    path = folder / f"{name}.png"
    page.screenshot(path=str(path))
    SCREENSHOTS.append(str(path))
    print(f"screenshot: {path}")
    return str(path)
