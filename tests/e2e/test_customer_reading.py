"""How Heard read the customer, seen by people: one line in the panel above the rewrite whose
hover or focus shows the customer's message with the words that show it highlighted (the
message is hostile HTML, shown as text), and the feelings per version on the admin Stats tab."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .admin_ui import Admin
from .helpers import Panel, open_fixture, shot
from .test_accessibility import audit, blocking, in_panel
from .test_admin_stats import agent, call, own_server  # noqa: F401 (a fixture)

pytestmark = pytest.mark.e2e

HOSTILE = ("This is the THIRD time I write!!! Still nothing <img src=x "
           "onerror=\"window.__pwned=1\"> and I need it before Saturday for my daughter's "
           "birthday.")
DRAFT = ("Hi Dana,\n\nSorry it took longer than planned! Your parcel ships today and should "
         "arrive on Friday.\n\nBest,\nAna")


def panel_for(ext, site, message: str | None):
    page = open_fixture(ext.context.new_page(), site.url("textarea.html"))
    # The customer's latest message, as the helpdesk shows it (its text is the hostile
    # string), or no conversation at all.
    page.evaluate("""(text) => {
        if (text === null) document.querySelector('.conversation').remove();
        else document.querySelector('.message-body').textContent = text;
    }""", message)
    page.locator("#editor").fill(DRAFT)
    page.locator("#editor").click()
    page.keyboard.press("Alt+Shift+E")
    panel = Panel(page)
    panel.wait_result()
    return page, panel


def test_the_panel_shows_how_the_customer_reads_and_highlights_their_words(ext, site,
                                                                           artifacts):
    page, panel = panel_for(ext, site, HOSTILE)
    expect(panel.customer).to_have_text(
        "Customer: frustrated (high) · my daughter's birthday")
    # Above the rewrite: the line comes before the diff in the panel.
    above = panel.panel.evaluate("""(root) => {
        const line = root.querySelector('[data-testid=heard-customer]');
        const diff = root.querySelector('[data-testid=heard-diff]');
        return !!(line.compareDocumentPosition(diff) & Node.DOCUMENT_POSITION_FOLLOWING);
    }""")
    assert above
    expect(panel.customer_message).to_be_hidden()

    panel.customer.hover()
    expect(panel.customer_message).to_be_visible()
    expect(panel.customer_message).to_have_text(HOSTILE)  # the markup is text, never parsed
    expect(panel.customer_message.locator("img")).to_have_count(0)
    marks = panel.customer_message.get_by_test_id("heard-signal")
    texts = marks.all_text_contents()
    for words in ("THIRD time I write", "!!!", "before Saturday", "my daughter's birthday"):
        assert words in texts, texts
    expect(marks.filter(has_text="THIRD time I write")).to_have_attribute(
        "data-kind", "repeat_contact")
    shot(page, artifacts, "customer-reading")
    assert page.evaluate("window.__pwned") is None

    # The keyboard reaches it too: focus shows the message, leaving hides it, Enter pins it.
    page.mouse.move(0, 0)
    expect(panel.customer_message).to_be_hidden()
    panel.customer.focus()
    expect(panel.customer_message).to_be_visible()
    expect(panel.customer).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("Enter")
    panel.replace.focus()
    expect(panel.customer_message).to_be_visible()  # pinned open
    assert blocking(in_panel(audit(page, "panel with the customer's message open"))) == []


def test_no_customer_message_no_line(ext, site):
    _, panel = panel_for(ext, site, None)
    expect(panel.context).to_be_hidden()  # no message was sent
    expect(panel.customer).to_be_hidden()


def test_the_stats_tab_shows_how_customers_felt_per_version(admin_context, own_server,  # noqa: F811
                                                            artifacts):
    ana = agent(own_server, "ana@example.com")
    for message in ("Third time I write!!! Still nothing. Unacceptable!!",
                    "Third time I write!!! Still nothing. Unacceptable!!",
                    "It arrived and it is perfect, thank you so much! Love it."):
        answer = call(own_server, "POST", "/v1/rewrite", {
            "text": DRAFT, "context": {"customer_message": message}}, ana)
    version = answer["prompt_version"]
    admin = Admin(admin_context, own_server).open().sign_in().tab("Stats")
    row = admin.page.locator(f'[data-testid=stats-version][data-version="{version}"]')
    cell = row.locator("[data-col=feelings]")
    expect(cell.locator('[data-testid=feeling-count][data-feeling="frustrated"]')) \
        .to_have_text("frustrated 2 (67%)")
    expect(cell.locator('[data-testid=feeling-count][data-feeling="delighted"]')) \
        .to_have_text("delighted 1 (33%)")
    shot(admin.page, artifacts, "admin-stats-feelings")
    assert admin.violations() == []
