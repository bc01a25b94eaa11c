"""Review (HEARD_REQUIRE_REVIEW=1): a version goes live only after a second admin approves
it; its author cannot approve their own."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .admin_ui import Admin, saved_version
from .conftest import running_server
from .helpers import shot

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def review_server(tmp_path_factory):
    with running_server(tmp_path_factory.mktemp("heard-review"), HEARD_REQUIRE_REVIEW="1",
                        HEARD_RATE_LIMIT="1000/minute") as url:
        yield url


def test_a_second_admin_approves_before_production(admin_context, review_server, artifacts):
    author = Admin(admin_context, review_server).open().sign_in()
    author.tab("Tokens")
    author.token_name.fill("Bea")
    author.token_role.select_option("admin")
    author.token_create.click()
    expect(author.token_secret_value).to_have_text(re.compile(r"^hrd_"))
    second_token = author.token_secret_value.text_content()
    author.token_secret_done.click()

    author.tab("Voice")
    author.voice_brand.fill("Warm, plain, never stiff.")
    version = saved_version(author, "Brand voice, for review")
    author.tab("Evaluation")
    author.eval_version.select_option(str(version))
    author.eval_run.click()
    author.says("eval-msg", f"v{version} passed", 120_000)

    author.tab("Versions")
    expect(author.review_on).to_be_visible()
    row = author.page.get_by_test_id(f"version-{version}")
    row.get_by_role("button", name="Make production").click()
    expect(author.publish_refused).to_contain_text("A second admin must approve")
    row.get_by_role("button", name="Approve").click()
    author.says("versions-msg", "another admin must approve")
    expect(author.versions_msg).to_have_attribute("data-code", "own_version")
    shot(author.page, artifacts, "admin-review-own-refused")
    author.sign_out.click()

    second = author  # the same browser, now signed in as Bea
    second.sign_in(second_token)
    expect(second.who_name).to_have_text("Bea (admin)")
    second.tab("Versions")
    row.get_by_role("button", name="Approve").click()
    second.says("versions-msg", f"You approved v{version}")
    expect(row).to_contain_text("approved by Bea")
    row.get_by_role("button", name="Make production").click()
    second.says("versions-msg", f"production is now v{version}")
    shot(second.page, artifacts, "admin-review-approved")
