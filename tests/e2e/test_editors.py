"""Replace in every editor: the editor's own model (read through its API) holds the rewrite,
and the editor's undo (Ctrl+Z, pressed right after Replace) brings the draft back.
Each editor is started through a different entry point; all go through one code path."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .helpers import MEASURED, Panel, model, norm, open_fixture, shot, wait_model

pytestmark = pytest.mark.e2e

# page: (selector of the editing surface, selector of its iframe or None, entry point).
# CKEditor 4 writes its iframe with document.write, where no content script runs: Heard reaches
# into it from the parent page, and draws the button there; TinyMCE's iframe runs Heard itself.
REACHED_FROM_PARENT = {"ckeditor4"}
EDITORS = {
    "textarea": ("#editor", None, "button"),
    "react": ("#editor", None, "shortcut"),
    "contenteditable": ("#editor", None, "command"),
    "tiptap": (".ProseMirror", None, "button"),
    "draft": (".public-DraftEditor-content", None, "shortcut"),
    "lexical": ("#editor", None, "command"),
    "slate": ("[data-slate-editor]", None, "button"),
    "ckeditor5": (".ck-editor__editable", None, "shortcut"),
    "ckeditor4": ("body", "iframe.cke_wysiwyg_frame", "button"),
    "tinymce": ("body", "iframe#editor_ifr", "shortcut"),
    "quill": (".ql-editor", None, "command"),
    "froala": (".fr-element", None, "button"),
    "trix": ("trix-editor", None, "shortcut"),
}


def start(ext, page, button, how: str) -> None:
    """Starts a rewrite the way an agent would (the chrome.commands path via the worker)."""
    if how == "button":
        button.click()
    elif how == "shortcut":
        page.keyboard.press("Alt+Shift+E")
    else:
        ext.command(page)


@pytest.mark.parametrize("name", list(EDITORS))
def test_replace_then_undo(ext, site, artifacts, name):
    selector, frame_selector, how = EDITORS[name]
    page = open_fixture(ext.context.new_page(), site.url(f"{name}.html"))
    frame = page.frame_locator(frame_selector) if frame_selector else page
    draft = model(page)

    frame.locator(selector).first.click()
    button = (page if name in REACHED_FROM_PARENT else frame).get_by_test_id("heard-trigger")
    expect(button).to_be_visible()
    start(ext, page, button, how)

    panel = Panel(page)
    rewrite = panel.wait_result()
    assert norm(rewrite) != norm(draft)
    expect(panel.change.first).to_be_visible()
    expect(panel.diff.locator("ins").first).to_be_visible()
    # the customer's message was found around the editor (for iframe editors: in the page)
    expect(panel.context).to_contain_text("Dana Whitfield")
    shot(page, artifacts, f"editor-{name}-panel")

    panel.replace.click()
    wait_model(page, rewrite)  # the editor's own model, through its API
    expect(panel.panel).to_have_count(0)
    row = MEASURED.setdefault(name, {})
    row.update(technique=ext.session(page)["technique"], replaced="yes")

    page.keyboard.press("Control+z")  # focus is back in the editor after Replace
    wait_model(page, draft)
    row["undo"] = "yes"


@pytest.mark.parametrize("name", ["textarea", "react"])
def test_single_line_input(ext, site, name):
    """<input> fields, plain and React-controlled (the model is the component's state)."""
    page = open_fixture(ext.context.new_page(), site.url(f"{name}.html"))
    draft = model(page, "fixture.getInput()")
    page.locator("#subject").click()
    ext.command(page)
    panel = Panel(page)
    rewrite = panel.wait_result()
    panel.replace.click()
    wait_model(page, rewrite, "fixture.getInput()")
    expect(panel.panel).to_have_count(0)
    row = MEASURED.setdefault(f"{name} <input>", {})
    row.update(technique=ext.session(page)["technique"], replaced="yes")
    page.keyboard.press("Control+z")
    wait_model(page, draft, "fixture.getInput()")
    row["undo"] = "yes"


FORMATTED = (
    '<p>hi dana, we <b>cant</b> refund order #1234. See <a href="https://acme.example/policy">'
    "the policy</a>.</p><p>As I already said, unfortunately there is nothing we can do.</p>"
)


@pytest.mark.parametrize(
    "name", ["contenteditable", "tiptap", "ckeditor5", "tinymce", "quill", "froala"]
)
def test_formatting_survives_replace(ext, site, name):
    """A draft with a link and bold goes as HTML; Replace keeps the link in the editor's model."""
    selector, frame_selector, _ = EDITORS[name]
    page = open_fixture(ext.context.new_page(), site.url(f"{name}.html"))
    page.evaluate("(html) => fixture.setHtml(html)", FORMATTED)
    draft = model(page)
    frame = page.frame_locator(frame_selector) if frame_selector else page
    frame.locator(selector).first.click()
    ext.command(page)
    panel = Panel(page)
    rewrite = panel.wait_result()
    panel.replace.click()
    wait_model(page, rewrite)
    expect(panel.panel).to_have_count(0)
    assert 'href="https://acme.example/policy"' in model(page, "fixture.getHtml()")
    row = MEASURED.setdefault(f"{name} (formatted draft: link kept)", {})
    row.update(technique=ext.session(page)["technique"], replaced="yes")
    page.keyboard.press("Control+z")
    wait_model(page, draft)
    row["undo"] = "yes"
