"""What the panel shows and when: each change as a whole clause (never diff fragments),
Replace only on the final answer, and a partial accept that keeps the draft's formatting."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .helpers import Panel, model, open_fixture, record_panel, shot, wait_model

pytestmark = pytest.mark.e2e

DRAFT = (
    "Hi Dana. As I already said, the refund is not possible. Order #1234 ships Monday. "
    "Unfortunately there is nothing we can do."
)
FORMATTED = (
    '<p>hi dana, we <b>cant</b> refund order #1234. See <a href="https://acme.example/policy">'
    "the policy</a>.</p><p>As I already said, unfortunately there is nothing we can do.</p>"
)
BOUNDARY = ".!?;:,"


def clause_in(text: str, clause: str) -> bool:
    """clause occurs in text starting and ending on clause boundaries (whole, not a fragment)."""
    for m in re.finditer(re.escape(clause), text):
        head, tail = text[: m.start()].rstrip(), text[m.end():].lstrip()
        if (not head or head[-1] in BOUNDARY) and (
                clause[-1] in BOUNDARY or not tail or tail[0] in BOUNDARY):
            return True
    return False


def test_each_change_reads_as_a_whole_clause(ext, site, artifacts):
    page = open_fixture(ext.context.new_page(), site.url("textarea.html"))
    page.locator("#editor").fill(DRAFT)
    page.locator("#editor").click()
    page.keyboard.press("Alt+Shift+E")
    panel = Panel(page)
    rewrite = panel.wait_result()
    changes = panel.change
    assert changes.count() >= 2
    for i in range(changes.count()):
        change = changes.nth(i)
        before = change.get_by_test_id("heard-change-before")
        after = change.get_by_test_id("heard-change-after")
        if before.count():
            assert clause_in(DRAFT, before.text_content()), before.text_content()
        if after.count():
            assert clause_in(rewrite, after.text_content()), after.text_content()
        assert before.count() or after.count()
    shot(page, artifacts, "panel-changes-as-clauses")


def test_replace_waits_for_the_final_answer(ext, site):
    """While the rewrite streams, Replace is disabled and looks it; the final answer enables it."""
    page = open_fixture(ext.context.new_page(), site.url("textarea.html"))
    page.locator("#editor").click()
    # While streaming: [Replace disabled?, its opacity], sampled on every change.
    record_panel(page, """(() => {
        const text = root.querySelector('[data-testid=heard-rewrite]')?.textContent;
        const replace = root.querySelector('[data-testid=heard-replace]');
        const diff = root.querySelector('[data-testid=heard-diff]');
        return text && diff.hidden
            ? [replace.disabled, Number(getComputedStyle(replace).opacity)] : null;
    })()""")
    page.keyboard.press("Alt+Shift+E")
    panel = Panel(page)
    panel.wait_result()
    seen = page.evaluate("window.seen")
    assert seen, "no streamed state was seen"
    assert all(disabled and opacity < 1 for disabled, opacity in seen), seen
    expect(panel.replace).to_be_enabled()
    assert panel.replace.evaluate("(b) => Number(getComputedStyle(b).opacity)") == 1


@pytest.mark.parametrize("name", ["contenteditable", "tiptap"])
def test_a_partial_accept_keeps_the_draft_s_formatting(ext, site, name):
    page = open_fixture(ext.context.new_page(), site.url(f"{name}.html"))
    page.evaluate("(html) => fixture.setHtml(html)", FORMATTED)
    page.locator(".ProseMirror" if name == "tiptap" else "#editor").click()
    ext.command(page)
    panel = Panel(page)
    rewrite = panel.wait_result()
    assert panel.hunk.count() >= 2
    last = panel.hunk.last
    removed = last.locator("del").text_content() if last.locator("del").count() else ""
    added = last.locator("ins").text_content() if last.locator("ins").count() else ""
    last.click()  # reject the last change, keep the others
    expect(panel.hunk.last).to_have_attribute("aria-pressed", "false")
    panel.replace.click()
    expect(panel.panel).to_have_count(0)
    head, _, tail = rewrite.rpartition(added)
    wait_model(page, head + removed + tail)  # the draft's words where the change was rejected
    html = model(page, "fixture.getHtml()")
    assert 'href="https://acme.example/policy"' in html and re.search(r"<(b|strong)>", html)
    assert html.count("<p>") == 2  # the two paragraphs stay two
