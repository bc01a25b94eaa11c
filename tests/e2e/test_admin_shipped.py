"""After an upgrade, in the browser: the admin page says this release ships prompts no version
holds, shows what they change, imports them as a version, and compares it with production —
while agents keep getting production until someone labels the new version."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from playwright.sync_api import expect

from .admin_ui import Admin, rewrite_version
from .conftest import running_server
from .helpers import shot

pytestmark = pytest.mark.e2e

SHIPPED = Path(__file__).resolve().parents[2] / "prompts"


@pytest.fixture
def upgraded_server(tmp_path):
    """The store as an older release left it (seeded from prompts without moods), then this
    release's server started on the same data."""
    old = tmp_path / "old-prompts"
    shutil.copytree(SHIPPED, old)
    (old / "moods.json").write_text("[]", encoding="utf-8")
    data = tmp_path / "data"
    data.mkdir()
    with running_server(data, HEARD_PROMPTS_DIR=str(old)) as url:
        rewrite_version(url, "Your order ships on Monday.")  # v1 is in use
    with running_server(data) as url:
        yield url


def test_the_shipped_prompts_are_offered_imported_and_compared(admin_context, upgraded_server,
                                                                 artifacts):
    admin = Admin(admin_context, upgraded_server).open().sign_in()
    expect(admin.shipped).to_be_visible()
    expect(admin.shipped_summary).to_contain_text("default v1")
    admin.page.get_by_text("What they change").click()
    expect(admin.shipped_changes.locator('[data-testid=diff-field][data-path^="moods/"]')
           ).not_to_have_count(0)
    shot(admin.page, artifacts, "admin-shipped-prompts")

    admin.shipped_import.click()
    expect(admin.shipped).to_be_hidden()
    admin.says("page-msg", r"Version 2 holds the prompts this release ships")
    expect(admin.page.get_by_role("tab", name="Versions")).to_have_attribute("aria-selected",
                                                                            "true")
    expect(admin.diff_result.locator('[data-testid=diff-field][data-path="moods/angry/instruction"]')
           ).to_be_visible()
    # Importing publishes nothing: agents still get version 1 until the new one is labelled.
    assert rewrite_version(upgraded_server, "Your order ships on Monday.").startswith("default@1:")

    admin.page.reload()
    expect(admin.who).to_be_visible()
    expect(admin.versions_table).to_contain_text("Prompts shipped with Heard")
    expect(admin.shipped).to_be_hidden()  # asked once: a version now holds them
