"""What agents keep: Replace, a partial accept, a dismissed rewrite, and — once the agent edits
and leaves the editor — `sent` with a word-level edit distance (only the number leaves the page),
counted by the server's `GET /v1/admin/stats`."""

from __future__ import annotations

import json
import urllib.request

import pytest
from playwright.sync_api import expect

from .conftest import TOKEN, running_server
from .helpers import HOLD_REPLACE, Panel, open_fixture, shot, wait_model

pytestmark = pytest.mark.e2e

ADDED = " Thanks again for your patience."


@pytest.fixture(scope="module")
def kept_server(tmp_path_factory):
    """A server of its own, so the counts are this test's alone."""
    with running_server(tmp_path_factory.mktemp("heard-kept"),
                        HEARD_RATE_LIMIT="1000/minute") as url:
        yield url


def stats(server: str) -> dict:
    request = urllib.request.Request(f"{server}/v1/admin/stats?days=1",
                                     headers={"Authorization": f"Bearer {TOKEN}"})
    with urllib.request.urlopen(request, timeout=10) as r:
        return json.load(r)


def totals(server: str) -> dict:
    """The feedback counts of every version, summed, and the versions themselves."""
    versions = stats(server)["versions"]
    feedback: dict[str, int] = {}
    for v in versions:
        for action, n in v["feedback"].items():
            feedback[action] = feedback.get(action, 0) + n
    return {"feedback": feedback, "versions": versions}


def wait_sent(ext, page, timeout_ms: int = 10_000) -> float | None:
    """Waits (on chrome.storage.onChanged) until the worker stored the `sent` it reported."""
    return ext.worker.evaluate(
        """async ([url, timeout]) => {
            const [tab] = await chrome.tabs.query({url});
            const k = `session:${tab.id}`;
            const read = async () => ((await chrome.storage.session.get(k))[k] || {}).sent;
            return new Promise((resolve) => {
              const stop = (v) => {
                clearTimeout(timer);
                chrome.storage.onChanged.removeListener(seen);
                resolve(v);
              };
              const seen = async () => {
                const v = await read();
                if (typeof v === 'number') stop(v);
              };
              const timer = setTimeout(() => stop(null), timeout);
              chrome.storage.onChanged.addListener(seen);
              seen();
            });
        }""",
        [page.url, timeout_ms],
    )


def word_distance(a: str, b: str) -> float:
    x, y = a.split(), b.split()
    prev = list(range(len(y) + 1))
    for i in range(1, len(x) + 1):
        row = [i] + [0] * len(y)
        for j in range(1, len(y) + 1):
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (x[i - 1] != y[j - 1]))
        prev = row
    return prev[len(y)] / max(len(x), len(y), 1)


def rewrite_in(ext, site, draft: str | None = None):
    page = open_fixture(ext.context.new_page(), site.url("textarea.html"))
    if draft:
        page.locator("#editor").fill(draft)
    page.locator("#editor").click()
    page.keyboard.press("Alt+Shift+E")
    panel = Panel(page)
    return page, panel, panel.wait_result()


def test_what_agents_keep_reaches_the_stats(ext, site, kept_server, artifacts):
    ext.settings(kept_server, TOKEN)

    # Dismissed: closing the panel without using the rewrite.
    page, panel, _ = rewrite_in(ext, site, "Hi Sam. As I said, that is not possible. "
                                "Unfortunately there is nothing we can do.")
    panel.close.click()
    assert ext.wait_session(page, "feedback", "rejected"), ext.session(page)
    assert totals(kept_server)["feedback"]["rejected"] == 1
    page.close()

    # Replace, then the agent edits a few words and leaves the editor.
    page, panel, rewrite = rewrite_in(ext, site)
    panel.replace.click()
    wait_model(page, rewrite)
    assert ext.wait_session(page, "feedback", "accepted"), ext.session(page)
    editor = page.locator("#editor")
    expect(editor).to_be_focused()
    editor.press("Control+End")
    page.keyboard.type(ADDED)
    kept = editor.input_value()
    page.locator("#subject").click()  # the editor loses focus: what it holds is what was kept
    sent = wait_sent(ext, page)
    expected = word_distance(rewrite, kept)
    assert sent is not None and sent == pytest.approx(expected, abs=0.002), (sent, expected)
    shot(page, artifacts, "kept-textarea-sent")

    got = totals(kept_server)
    assert got["feedback"]["accepted"] == 1, got
    assert got["feedback"]["sent"] == 1, got
    assert got["feedback"]["rejected"] == 1, got
    means = [v["edit_distance_mean"] for v in got["versions"] if v["edit_distance_mean"]]
    assert means and means[0] == pytest.approx(expected, abs=0.002), got

    page.close()

    # A partial accept names the principles of the changes the agent un-ticked.
    page, panel, _ = rewrite_in(ext, site)
    panel.hunk.first.click()
    panel.replace.click()
    expect(panel.panel).to_have_count(0)
    assert ext.wait_session(page, "feedback", "partial"), ext.session(page)
    got = totals(kept_server)
    assert got["feedback"]["partial"] == 1, got
    rejected = sum(p["rejected"] for v in got["versions"] for p in v["principles"].values())
    assert rejected >= 1, got


def principle_verdicts(server: str) -> dict[str, int]:
    """How many principle verdicts the stats hold, kept and rejected, over every version."""
    got = {"kept": 0, "rejected": 0}
    for v in stats(server)["versions"]:
        for counts in v["principles"].values():
            for verdict in got:
                got[verdict] += counts[verdict]
    return got


def test_a_copy_of_only_the_ticked_changes_counts_the_other_as_turned_down(
        ext, site, kept_server):
    """The agent un-ticks a change and copies the rest: the admin's stats say that change's
    principle was turned down, as after a partial Replace, not kept."""
    ext.settings(kept_server, TOKEN)
    ext.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.origin)
    before = principle_verdicts(kept_server)
    page, panel, rewrite = rewrite_in(ext, site)
    panel.hunk.first.click()
    expect(panel.hunk.first).to_have_attribute("aria-pressed", "false")
    panel.copy.click()
    assert ext.wait_session(page, "feedback", "copied"), ext.session(page)
    assert page.evaluate("navigator.clipboard.readText()") != rewrite  # only the ticked ones
    after = principle_verdicts(kept_server)
    assert after["rejected"] - before["rejected"] >= 1, (before, after)


def kept(server: str) -> int:
    return sum(v["kept"] for v in stats(server)["versions"])


def test_try_again_during_a_slow_replace_leaves_both_rewrites_theirs(ext, site, kept_server):
    """Replace is slow to go in (a busy page); meanwhile the agent asks to Try again in a formal
    tone. The Replace lands the first rewrite and leaves the new one open; the agent copies it.
    The admin's stats count both rewrites kept: the Replace is not put on the retried one."""
    ext.settings(kept_server, TOKEN)
    ext.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.origin)
    before = kept(kept_server)
    page, panel, first = rewrite_in(ext, site)
    ext.worker.evaluate(HOLD_REPLACE)  # the background answers Replace only when released
    try:
        panel.replace.click()
        ext.worker.evaluate("() => heldReplace.arrived")
        panel.tone.select_option("formal")
        panel.retry.click()
        second = panel.wait_result()  # the offline engine words every tone alike: its own id
        ext.worker.evaluate("() => heldReplace.release()")
        wait_model(page, first)
        assert ext.wait_session(page, "feedback", "accepted"), ext.session(page)
    finally:
        ext.worker.evaluate("() => { heard.handlers.replace = heldReplace.real; }")
    # The retried rewrite is still there to use.
    expect(panel.panel).to_have_count(1)
    expect(panel.rewrite).to_have_text(second)
    expect(panel.copy).to_be_enabled()
    panel.copy.click()
    assert ext.wait_session(page, "feedback", "copied"), ext.session(page)
    assert kept(kept_server) - before == 2


# The editors the `sent` report was observed in: (editing surface, its iframe or None).
OBSERVED = {
    "textarea": ("#editor", None),
    "react": ("#editor", None),
    "contenteditable": ("#editor", None),
    "tiptap": (".ProseMirror", None),
    "lexical": ("#editor", None),
    "ckeditor5": (".ck-editor__editable", None),
    "quill": (".ql-editor", None),
    "tinymce": ("body", "iframe#editor_ifr"),
    "draft": (".public-DraftEditor-content", None),
    "slate": ("[data-slate-editor]", None),
    "ckeditor4": ("body", "iframe.cke_wysiwyg_frame"),
    "froala": (".fr-element", None),
    "trix": ("trix-editor", None),
}


@pytest.mark.parametrize("name", list(OBSERVED))
def test_sent_after_editing(ext, site, name):
    selector, frame_selector = OBSERVED[name]
    page = open_fixture(ext.context.new_page(), site.url(f"{name}.html"))
    frame = page.frame_locator(frame_selector) if frame_selector else page
    frame.locator(selector).first.click()
    page.keyboard.press("Alt+Shift+E")
    panel = Panel(page)
    rewrite = panel.wait_result()
    panel.replace.click()
    wait_model(page, rewrite)
    assert ext.wait_session(page, "feedback", "accepted"), ext.session(page)
    frame.locator(selector).first.press("Control+End")
    page.keyboard.type(ADDED)
    page.locator("body").click(position={"x": 2, "y": 2})  # leave the editor
    sent = wait_sent(ext, page)
    assert sent is not None and 0 < sent < 0.5, (name, sent, ext.session(page))


def test_sent_after_copy_and_paste(ext, site):
    """After Copy, `sent` waits until the agent pasted (the editor changed), then leaves."""
    ext.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.origin)
    page, panel, rewrite = rewrite_in(ext, site)
    panel.copy.click()
    assert ext.wait_session(page, "feedback", "copied"), ext.session(page)
    page.keyboard.press("Escape")  # the panel closes, the editor has the focus again
    editor = page.locator("#editor")
    expect(editor).to_be_focused()
    page.locator("#subject").click()  # left without pasting: nothing kept yet
    editor.click()
    editor.press("Control+a")
    editor.press("Control+v")
    expect(editor).to_have_value(rewrite)
    editor.press("Control+End")
    page.keyboard.type(ADDED)
    kept = editor.input_value()
    page.locator("#subject").click()
    sent = wait_sent(ext, page)
    assert sent == pytest.approx(word_distance(rewrite, kept), abs=0.002), sent


def test_sent_when_the_form_submits(ext, site):
    """The reply's form submits while the editor still has the focus (Send by keyboard)."""
    page = open_fixture(ext.context.new_page(), site.url("textarea.html"))
    page.evaluate("""() => {
        const form = document.createElement('form');
        form.addEventListener('submit', (e) => e.preventDefault());
        const ta = document.querySelector('#editor');
        ta.before(form);
        form.append(ta);
    }""")
    editor = page.locator("#editor")
    editor.click()
    page.keyboard.press("Alt+Shift+E")
    panel = Panel(page)
    rewrite = panel.wait_result()
    panel.replace.click()
    wait_model(page, rewrite)
    expect(editor).to_be_focused()
    editor.press("Control+End")
    page.keyboard.type(ADDED)
    kept = editor.input_value()
    page.evaluate("document.querySelector('form').requestSubmit()")
    expect(editor).to_be_focused()  # reported on submit, not on leaving the editor
    sent = wait_sent(ext, page)
    assert sent == pytest.approx(word_distance(rewrite, kept), abs=0.002), sent
