"""Admin-supplied text is data: markup in a principle, an example, a tone, a note or a token
name shows as text everywhere on the page and runs nothing."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .admin_ui import Admin
from .helpers import shot

pytestmark = pytest.mark.e2e

HOSTILE = ('<img src=x onerror="window.__pwned=1;alert(1)">'
           '<script>window.__pwned=2;alert(2)</script>')


def nothing_ran(admin: Admin) -> None:
    assert admin.page.evaluate("window.__pwned") is None
    assert admin.page.locator('img[src="x"], main script').count() == 0
    assert admin.dialogs == []
    assert admin.violations() == []


def test_markup_in_the_voice_shows_as_text(admin_context, admin_server, artifacts):
    admin = Admin(admin_context, admin_server).open().sign_in()
    own = admin.page.locator('[data-testid=principle][data-principle="own-it"]')
    own.get_by_label("Title").fill(f"Own it {HOSTILE}")
    admin.example_add.click()
    example = admin.page.get_by_test_id("example").last
    example.get_by_label("Customer's message").fill(HOSTILE)
    example.get_by_label("Agent's draft").fill(f"Your refund is on its way. {HOSTILE}")
    example.get_by_label("The rewrite you want").fill(f"Good news: the refund is sent. {HOSTILE}")
    admin.voice_brand.fill(HOSTILE)
    admin.voice_note.fill(f"Hostile {HOSTILE}")
    admin.voice_save.click()
    version = int(re.search(r"version (\d+)", admin.says("voice-msg", r"Saved as version \d+"))
                  .group(1))

    admin.page.reload()
    admin.voice_version.select_option(str(version))
    expect(own.get_by_label("Title")).to_have_value(f"Own it {HOSTILE}")
    expect(admin.page.get_by_test_id("example").last.get_by_label("Customer's message")) \
        .to_have_value(HOSTILE)
    expect(admin.voice_brand).to_have_value(HOSTILE)

    admin.tab("Versions")
    expect(admin.page.get_by_test_id(f"version-{version}")).to_contain_text(f"Hostile {HOSTILE}")
    admin.diff_from.select_option("1")
    admin.diff_to.select_option(str(version))
    admin.diff_show.click()
    expect(admin.diff_field("principles/own-it/title").locator("ins")).to_contain_text(HOSTILE)
    expect(admin.diff_field("brand_voice")).to_contain_text(HOSTILE)
    shot(admin.page, artifacts, "admin-hostile-versions")

    admin.tab("Audit log")
    expect(admin.page.get_by_test_id("audit-row").first).to_contain_text(HOSTILE)
    nothing_ran(admin)


def test_markup_in_a_token_name_shows_as_text(admin_context, admin_server):
    admin = Admin(admin_context, admin_server).open().sign_in().tab("Tokens")
    admin.token_name.fill(HOSTILE)
    admin.token_create.click()
    expect(admin.token_secret).to_be_visible()
    row = admin.page.get_by_test_id("token-row").filter(has_text=HOSTILE)
    expect(row.get_by_role("rowheader")).to_have_text(HOSTILE)
    nothing_ran(admin)


def test_markup_in_a_playground_draft_shows_as_text(admin_context, admin_server):
    admin = Admin(admin_context, admin_server).open().sign_in().tab("Playground")
    # The version pickers fill in once the versions list arrives; Run needs a candidate.
    expect(admin.page.get_by_test_id("pg-candidate").locator("option")).not_to_have_count(0)
    admin.page.get_by_test_id("pg-draft").fill(f"Your order 5521 ships today. {HOSTILE}")
    admin.page.get_by_test_id("pg-customer").fill(HOSTILE)
    admin.pg_run.click()
    row = admin.page.get_by_test_id("pg-row")
    expect(row).to_have_count(1, timeout=30_000)
    expect(row.get_by_test_id("pg-candidate-cell").get_by_test_id("cell-diff")) \
        .to_contain_text("<script>")
    nothing_ran(admin)
