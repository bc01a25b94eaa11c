"""Editors inside same-origin and cross-origin iframes and open shadow roots, and Gmail's
composer, whose signature and quoted thread stay out of the rewrite."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .helpers import MEASURED, Panel, model, norm, open_fixture, shot, wait_model

pytestmark = pytest.mark.e2e


def inner_frame(page):
    frame = page.locator("#inner").element_handle().content_frame()
    frame.wait_for_function("document.documentElement.dataset.fixtureReady === '1'")
    return frame


@pytest.mark.parametrize(
    ("inner", "selector", "cross_origin"),
    [
        ("contenteditable", "#editor", False),
        ("tiptap", ".ProseMirror", True),
        ("lexical", "#editor", True),
        # Salesforce: CKEditor 4's own iframe inside a cross-origin iframe
        ("ckeditor4", "iframe.cke_wysiwyg_frame >> internal:control=enter-frame >> body", True),
    ],
    ids=[
        "same-origin-contenteditable",
        "cross-origin-prosemirror",
        "cross-origin-lexical",
        "cross-origin-ckeditor4-nested-iframes",
    ],
)
def test_editor_in_iframe(ext, site, other_site, artifacts, inner, selector, cross_origin):
    src = (other_site if cross_origin else site).url(f"{inner}.html")
    page = ext.context.new_page()
    page.goto(site.url(f"frame.html?src={src}"))
    frame = inner_frame(page)
    draft = model(frame)

    frame.locator(selector).click()
    page.keyboard.press("Alt+Shift+E")  # the in-page listener of the iframe's content script

    panel = Panel(page)  # the panel is drawn in the top frame, beside the iframe
    rewrite = panel.wait_result()
    box = panel.panel.bounding_box()
    editor = page.frame_locator("#inner").locator(selector).bounding_box()
    # anchored to the framed editor (found from the top frame), without covering it
    assert (
        box["y"] + box["height"] <= editor["y"] + 1
        or box["y"] >= editor["y"] + editor["height"] - 1
    )
    shot(page, artifacts, f"iframe-{inner}-{'cross' if cross_origin else 'same'}-origin")

    panel.replace.click()
    wait_model(frame, rewrite)
    expect(panel.panel).to_have_count(0)  # Replace answered: the technique is recorded
    row = MEASURED.setdefault(f"{inner} in {'cross' if cross_origin else 'same'}-origin iframe", {})
    row.update(technique=ext.session(page)["technique"], replaced="yes")
    page.keyboard.press("Control+z")
    wait_model(frame, draft)
    row["undo"] = "yes"


@pytest.mark.parametrize(
    ("selector", "read"),
    [("reply-box #editor", "fixture.getText()"), ("reply-box #rich", "fixture.getRich()")],
    ids=["textarea", "contenteditable"],
)
def test_editor_in_open_shadow_root(ext, site, artifacts, selector, read):
    page = open_fixture(ext.context.new_page(), site.url("shadow.html"))
    draft = model(page, read)
    page.locator(selector).click()
    page.get_by_test_id("heard-trigger").click()

    panel = Panel(page)
    rewrite = panel.wait_result()
    shot(page, artifacts, f"shadow-root-{selector.split('#')[1]}")
    panel.replace.click()
    wait_model(page, rewrite, read)
    expect(panel.panel).to_have_count(0)  # Replace answered: the technique is recorded
    row = MEASURED.setdefault(f"{selector.split('#')[1]} in open shadow root", {})
    row.update(technique=ext.session(page)["technique"], replaced="yes")
    page.keyboard.press("Control+z")
    wait_model(page, draft, read)
    row["undo"] = "yes"


def test_gmail_keeps_signature_and_quote_out(ext, site, artifacts):
    page = open_fixture(ext.context.new_page(), site.url("gmail.html"))
    draft = model(page)
    signature = model(page, "fixture.getSignature()")
    quote = model(page, "fixture.getQuote()")
    page.locator("#editor").click()
    ext.command(page)

    panel = Panel(page)
    rewrite = panel.wait_result()
    assert "Acme Support" not in rewrite and "arrived broken" not in rewrite
    shot(page, artifacts, "gmail-panel")
    panel.replace.click()
    page.wait_for_function(
        "(want) => fixture.getText().replace(/\\s+/g, '').includes(want)", arg=norm(rewrite)
    )
    assert model(page, "fixture.getSignature()") == signature
    assert model(page, "fixture.getQuote()") == quote
    assert norm(model(page)).startswith(norm(rewrite) + norm(signature))
    expect(panel.panel).to_have_count(0)  # Replace answered: the technique is recorded
    row = MEASURED.setdefault("gmail composer (signature, quote kept)", {})
    row.update(technique=ext.session(page)["technique"], replaced="yes")
    page.keyboard.press("Control+z")
    wait_model(page, draft)
    row["undo"] = "yes"


def test_quill_in_open_shadow_root(ext, site, artifacts):
    """Salesforce's other composer: Quill inside a web component's open shadow root."""
    page = open_fixture(ext.context.new_page(), site.url("quill-shadow.html"))
    draft = model(page)
    page.locator("rich-reply .ql-editor").click()
    page.keyboard.press("Alt+Shift+E")

    panel = Panel(page)
    rewrite = panel.wait_result()
    shot(page, artifacts, "shadow-root-quill")
    panel.replace.click()
    wait_model(page, rewrite)
    expect(panel.panel).to_have_count(0)
    row = MEASURED.setdefault("quill in open shadow root", {})
    row.update(technique=ext.session(page)["technique"], replaced="yes")
    page.keyboard.press("Control+z")
    wait_model(page, draft)
    row["undo"] = "yes"
