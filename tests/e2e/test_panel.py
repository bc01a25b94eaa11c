"""The panel: keyboard flow, per-change accept/reject, Try again with a tone, Copy, context,
the other entry points (toolbar, context menu), light and dark pages, no editor."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .helpers import (
    HOLD_REPLACE,
    HOLD_RETRY,
    TWO_CHANGES,
    Panel,
    model,
    norm,
    open_fixture,
    record_panel,
    replace_held_then,
    shot,
    wait_model,
)

pytestmark = pytest.mark.e2e

def textarea_page(ext, site, draft: str | None = None):
    page = open_fixture(ext.context.new_page(), site.url("textarea.html"))
    if draft is not None:
        page.locator("#editor").fill(draft)
    page.locator("#editor").click()
    return page


def test_keyboard_only(ext, site, artifacts):
    """Alt+Shift+E, read, Ctrl+Enter, Ctrl+Z: the agent never touches the mouse."""
    page = textarea_page(ext, site)
    draft = model(page)
    page.keyboard.press("Alt+Shift+E")
    panel = Panel(page)
    rewrite = panel.wait_result()
    expect(panel.replace).to_be_focused()
    expect(panel.panel).to_have_attribute("role", "dialog")
    expect(panel.close).to_have_attribute("aria-label", re.compile("Close"))
    page.keyboard.press("Control+Enter")
    wait_model(page, rewrite)
    expect(page.locator("#editor")).to_be_focused()
    page.keyboard.press("Control+z")
    wait_model(page, draft)


def test_escape_closes_and_returns_to_the_editor(ext, site):
    page = textarea_page(ext, site)
    draft = model(page)
    page.keyboard.press("Alt+Shift+E")
    panel = Panel(page)
    panel.wait_result()
    page.keyboard.press("Escape")
    expect(panel.panel).to_have_count(0)
    expect(page.locator("#editor")).to_be_focused()
    # the caret is where the agent left it: the draft is not left selected for a stray key
    assert page.evaluate(
        "(() => { const t = document.querySelector('#editor');"
        " return t.selectionStart === t.selectionEnd; })()"
    )
    assert model(page) == draft


def test_reject_one_change_replaces_with_the_rest(ext, site, artifacts):
    page = textarea_page(ext, site, TWO_CHANGES)
    page.get_by_test_id("heard-trigger").click()
    panel = Panel(page)
    rewrite = panel.wait_result()
    hunks = panel.hunk
    assert hunks.count() >= 2
    first = hunks.first
    removed = first.locator("del").text_content() if first.locator("del").count() else ""
    added = first.locator("ins").text_content() if first.locator("ins").count() else ""
    first.focus()
    page.keyboard.press("Enter")  # reject it, from the keyboard
    expect(panel.hunk.first).to_have_attribute("aria-pressed", "false")
    shot(page, artifacts, "panel-one-change-rejected")
    expected = rewrite.replace(added, removed, 1)
    panel.replace.click()
    wait_model(page, expected)
    assert norm(model(page)) != norm(rewrite)


def test_a_slow_replace_goes_into_its_own_editor_and_closes_only_its_panel(ext, site):
    """Replace is slow to go in (a busy page); meanwhile the agent asks for a rewrite of the
    page's other editor. When the first Replace lands, its text is in the editor it was read
    from — not the one rewritten since — and the new rewrite's panel stays open."""
    page = open_fixture(ext.context.new_page(), site.url("shadow.html"))
    other_draft = model(page, "fixture.getRich()")
    page.locator("reply-box #editor").fill(TWO_CHANGES)
    page.locator("reply-box #editor").click()
    page.keyboard.press("Alt+Shift+E")
    panel = Panel(page)
    first = panel.wait_result()
    ext.worker.evaluate(HOLD_REPLACE)  # the background answers Replace only when released
    try:
        panel.replace.click()
        ext.worker.evaluate("() => heldReplace.arrived")
        page.locator("reply-box #rich").focus()  # the first panel is over it
        page.keyboard.press("Alt+Shift+E")
        second = panel.wait_result()
        assert second != first
        ext.worker.evaluate("() => heldReplace.release()")
        wait_model(page, first)  # the textarea, which the first rewrite was read from
        # The panel reports Replace once it has gone in, then closes (only its own).
        assert ext.wait_session(page, "feedback", "accepted"), ext.session(page)
    finally:
        ext.worker.evaluate("() => { heard.handlers.replace = heldReplace.real; }")
    assert norm(model(page, "fixture.getRich()")) == norm(other_draft)
    expect(panel.panel).to_have_count(1)
    expect(panel.rewrite).to_have_text(second)
    expect(panel.replace).to_be_enabled()
    panel.replace.click()
    wait_model(page, second, "fixture.getRich()")
    assert norm(model(page)) == norm(first)


def opening(rewrite: str) -> str:
    """The words a notice names a rewrite by (its first few)."""
    return " ".join(rewrite.split()[:4])


DRAFT_CHANGED = re.compile("changed since Heard read it")


def test_a_replace_that_fails_during_try_again_stays_told(ext, site):
    """Replace is slow to go in; the agent presses Try again and edits the draft meanwhile, so
    the Replace fails (draft_changed) while the retried rewrite is still coming. The failure
    stays on screen, naming the rewrite that did not go in, after the retried one arrives,
    until the agent dismisses it."""
    page = textarea_page(ext, site, TWO_CHANGES)
    page.keyboard.press("Alt+Shift+E")
    panel = Panel(page)
    first = panel.wait_result()
    ext.worker.evaluate(HOLD_REPLACE)
    ext.worker.evaluate(HOLD_RETRY)
    failed = page.get_by_role("alert").filter(has_text=DRAFT_CHANGED)
    try:
        panel.replace.click()
        ext.worker.evaluate("() => heldReplace.arrived")
        panel.retry.click()
        ext.worker.evaluate("() => heldRetry.arrived")
        page.locator("#editor").fill(TWO_CHANGES + " Thanks.")
        ext.worker.evaluate("() => heldReplace.release()")
        expect(failed).to_be_visible()
        ext.worker.evaluate("() => heldRetry.release()")
        panel.wait_result()
    finally:
        ext.worker.evaluate("() => { heard.handlers.replace = heldReplace.real; }")
        ext.worker.evaluate("() => { heard.handlers.retry = heldRetry.real; }")
    expect(failed).to_be_visible()
    expect(failed).to_contain_text(opening(first))
    assert model(page) == TWO_CHANGES + " Thanks."  # nothing went in
    failed.get_by_role("button", name="Dismiss").click()
    expect(failed).to_be_hidden()


def test_a_replace_that_fails_after_a_new_rewrite_is_told_in_its_panel(ext, site):
    """The agent edits the draft and asks Heard again while the Replace of the first rewrite is
    still going in; that Replace fails (the draft changed). The failure is told in the panel on
    screen — the new rewrite's — naming the first rewrite, which the agent can still copy; the
    new rewrite's Replace still works."""
    ext.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.origin)
    page = textarea_page(ext, site, TWO_CHANGES)

    def rewrite_again(panel):
        page.locator("#editor").click()
        page.keyboard.press("Alt+Shift+E")
        panel.wait_result()  # the new rewrite's (the first one's Replace is pressed)

    first, edited = replace_held_then(ext, page, rewrite_again)
    panel = Panel(page)
    second = panel.rewrite.text_content()
    failed = page.get_by_role("alert").filter(has_text=DRAFT_CHANGED)
    expect(failed).to_be_visible()
    expect(failed).to_contain_text(opening(first))
    # This panel's Try again would rewrite the NEW draft: the notice points at its own Copy.
    expect(failed).not_to_contain_text("Try again")
    expect(failed).to_contain_text("Use “Copy that rewrite”")
    assert model(page) == edited
    failed.get_by_role("button", name="Copy that rewrite").click()
    expect(failed).to_be_hidden()
    assert page.evaluate("navigator.clipboard.readText()") == first
    panel.replace.click()
    wait_model(page, second)


def test_a_replace_that_fails_after_its_panel_closed_opens_one_to_say_so(ext, site):
    """The agent closes the panel while its Replace is still going in, and it fails: a panel
    opens to say which rewrite did not go in."""
    page = textarea_page(ext, site, TWO_CHANGES)
    first, edited = replace_held_then(ext, page, lambda panel: panel.close.click())
    failed = page.get_by_role("alert").filter(has_text=DRAFT_CHANGED)
    expect(failed).to_be_visible()
    expect(failed).to_contain_text(opening(first))
    assert model(page) == edited
    failed.get_by_role("button", name="Dismiss").click()
    expect(failed).to_be_hidden()


def test_a_failed_replace_stays_told_in_the_next_rewrite_s_panel(ext, site):
    """A Replace fails after its panel closed, and a panel opens to say so; before dismissing
    it, the agent asks Heard again. The new rewrite's panel still names the rewrite that did
    not go in, whose Copy still gives it; the new rewrite's Replace works."""
    ext.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.origin)
    page = textarea_page(ext, site, TWO_CHANGES)
    first, edited = replace_held_then(ext, page, lambda panel: panel.close.click())
    failed = page.get_by_role("alert").filter(has_text=DRAFT_CHANGED)
    expect(failed).to_be_visible()
    page.locator("#editor").click()
    page.keyboard.press("Alt+Shift+E")
    panel = Panel(page)
    second = panel.wait_result()
    expect(page.locator("heard-panel-host")).to_have_count(1)
    expect(failed).to_be_visible()
    expect(failed).to_contain_text(opening(first))
    failed.get_by_role("button", name="Copy that rewrite").click()
    expect(failed).to_be_hidden()
    assert page.evaluate("navigator.clipboard.readText()") == first
    assert model(page) == edited
    panel.replace.click()
    wait_model(page, second)


def test_two_replaces_that_fail_are_both_told(ext, site):
    """Two Replaces are slow to go in, each of a rewrite the agent then moved on from by editing
    the draft and asking again; both fail. The panel on screen tells both, each with its own
    Copy: copying or dismissing one leaves the other."""
    ext.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.origin)
    page = textarea_page(ext, site, TWO_CHANGES)
    page.keyboard.press("Alt+Shift+E")
    panel = Panel(page)
    rewrites = [panel.wait_result()]
    ext.worker.evaluate(HOLD_REPLACE)
    try:
        for edit in (" Thanks.", " Thanks again."):
            panel.replace.click()
            ext.worker.evaluate("() => heldReplace.arrived")
            page.locator("#editor").fill(TWO_CHANGES + edit)  # that Replace fails: draft_changed
            page.locator("#editor").click()
            page.keyboard.press("Alt+Shift+E")
            expect(panel.rewrite).not_to_have_text(rewrites[-1])
            rewrites.append(panel.wait_result())
        ext.worker.evaluate("() => heldReplace.release()")
    finally:
        ext.worker.evaluate("() => { heard.handlers.replace = heldReplace.real; }")
    first, second = rewrites[:2]
    assert first != second
    failed = page.get_by_role("alert").filter(has_text=DRAFT_CHANGED)
    expect(failed).to_have_count(2)
    assert model(page) == TWO_CHANGES + " Thanks again."  # nothing went in
    failed.nth(1).get_by_role("button", name="Copy that rewrite").click()
    expect(failed).to_have_count(1)
    copied = page.evaluate("navigator.clipboard.readText()")
    failed.get_by_role("button", name="Copy that rewrite").click()
    expect(failed).to_have_count(0)
    assert {copied, page.evaluate("navigator.clipboard.readText()")} == {first, second}


def test_try_again_with_a_tone(ext, site):
    page = textarea_page(ext, site)
    page.keyboard.press("Alt+Shift+E")
    panel = Panel(page)
    panel.wait_result()
    panel.tone.select_option("formal")
    # Replace is disabled while the new attempt is on its way — recorded as it happens, since
    # an offline answer can come back before a check after the click would look.
    record_panel(page, "root.querySelector('[data-testid=heard-replace]').disabled")
    panel.retry.click()
    page.wait_for_function("window.seen.includes(true)")
    rewrite = panel.wait_result()
    assert rewrite.strip()
    panel.replace.click()
    wait_model(page, rewrite)


def test_a_tone_the_offline_engine_cannot_give_is_told_in_the_panel(ext, site):
    """No model connected: "Try again" warmer cannot write new words, and the panel says so
    instead of showing the same rewrite as if Heard had not listened."""
    page = textarea_page(ext, site)
    page.keyboard.press("Alt+Shift+E")
    panel = Panel(page)
    panel.wait_result()
    expect(panel.warning).to_have_count(0)
    panel.tone.select_option("warmer")
    panel.retry.click()
    expect(panel.warning).to_contain_text("make this reply warmer")
    expect(panel.replace).to_be_enabled()


def test_copy_puts_the_rewrite_on_the_clipboard(ext, site):
    ext.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.origin)
    page = textarea_page(ext, site)
    draft = model(page)
    page.keyboard.press("Alt+Shift+E")
    panel = Panel(page)
    rewrite = panel.wait_result()
    panel.copy.click()
    expect(panel.status).to_contain_text("Copied")
    assert page.evaluate("navigator.clipboard.readText()") == rewrite
    assert model(page) == draft  # Copy leaves the draft alone


def test_customer_message_is_sent_as_context(ext, site):
    page = textarea_page(ext, site)
    page.keyboard.press("Alt+Shift+E")
    panel = Panel(page)
    panel.wait_result()
    expect(panel.context).to_have_text("Using Dana Whitfield's last message as context.")


def test_selection_only(ext, site):
    page = textarea_page(ext, site)
    draft = model(page)
    start = draft.index("you should")
    page.evaluate("(s) => document.querySelector('#editor').setSelectionRange(0, s)", start)
    page.keyboard.press("Alt+Shift+E")
    panel = Panel(page)
    rewrite = panel.wait_result()
    assert "policy" not in rewrite  # only the selection went to the server
    panel.replace.click()
    wait_model(page, rewrite + draft[start:])


@pytest.mark.parametrize("entry", ["toolbar", "context-menu"])
def test_toolbar_and_context_menu(ext, site, entry):
    page = textarea_page(ext, site)
    call = (
        "heard.entry.onAction(tab)"
        if entry == "toolbar"
        else "heard.entry.onMenu({menuItemId: 'heard-rewrite', frameId: 0}, tab)"
    )
    ext.worker.evaluate(
        f"async (url) => {{ const [tab] = await chrome.tabs.query({{url}}); return {call}; }}",
        page.url,
    )
    panel = Panel(page)
    rewrite = panel.wait_result()
    panel.replace.click()
    wait_model(page, rewrite)


def test_no_editor_says_where_to_put_the_cursor(ext, site):
    page = ext.context.new_page()
    page.goto(site.url("plain.html"))
    ext.command(page)
    Panel(page).wait_error("cursor in the reply editor")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_light_and_dark_pages(ext, site, artifacts, scheme):
    page = open_fixture(ext.context.new_page(), site.url("contenteditable.html"))
    if scheme == "dark":
        page.evaluate("document.body.style.cssText += 'background:#14161b;color:#e6e6e6'")
    page.locator("#editor").click()
    page.keyboard.press("Alt+Shift+E")
    panel = Panel(page)
    panel.wait_result()
    expect(panel.panel).to_have_class(re.compile(rf"\b{scheme}\b"))
    shot(page, artifacts, f"panel-{scheme}-page")


def test_rewrite_streams_into_the_panel(ext, site):
    """The text appears as it arrives: the panel shows partial rewrites before the result."""
    page = textarea_page(ext, site)
    record_panel(page, "root.querySelector('[data-testid=heard-rewrite]')?.textContent || null")
    page.keyboard.press("Alt+Shift+E")
    rewrite = Panel(page).wait_result()
    seen = page.evaluate("window.seen")
    partial = [s for s in seen if s != rewrite]
    assert partial, seen
    assert all(rewrite.startswith(s) for s in partial), seen


def test_page_css_does_not_reach_the_panel(ext, site):
    page = textarea_page(ext, site)
    page.add_style_tag(
        content="* { font-size: 40px !important; color: red !important; }"
        " button { display: none !important; } div { background: lime !important; }"
    )
    page.keyboard.press("Alt+Shift+E")
    panel = Panel(page)
    panel.wait_result()
    expect(panel.replace).to_be_visible()
    size, color, background = panel.panel.evaluate(
        "(el) => { const s = getComputedStyle(el);"
        " return [s.fontSize, s.color, s.backgroundColor]; }"
    )
    assert size == "14px"
    assert color != "rgb(255, 0, 0)" and background != "rgb(0, 255, 0)"


def test_helpdesk_adapter_finds_the_customer(ext, site):
    """On a Zendesk host the Zendesk adapter reads the conversation (name included)."""
    port = site.origin.rsplit(":", 1)[1]
    page = open_fixture(ext.context.new_page(), f"http://acme.zendesk.com:{port}/zendesk.html")
    page.locator(".ck-editor__editable").click()
    page.keyboard.press("Alt+Shift+E")
    panel = Panel(page)
    panel.wait_result()
    expect(panel.context).to_have_text("Using Kim Lee's last message as context.")
    context = ext.session(page)["context"]
    assert context["site"] == "zendesk"
    assert context["customer_message"].startswith("Second time asking")
