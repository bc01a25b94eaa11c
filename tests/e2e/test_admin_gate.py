"""The publish gate from the page: a version whose evaluation broke an invariant cannot become
production, and the page lists the failing cases and says what to do."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.fake_llm import Reply, draft_of

from .admin_ui import Admin, saved_version
from .helpers import shot

pytestmark = pytest.mark.e2e


def drops_a_fact(body: dict) -> dict:
    """A model that quietly loses the first protected fact (an order number, a price…)."""
    return {"rewrite": re.sub(r"⟦\d+⟧", "", draft_of(body), count=1), "changes": [],
            "suggestions": []}


def test_a_version_that_lost_facts_is_refused(admin_context, llm_server, fake_llm, artifacts):
    fake_llm.script(*[Reply(content=drops_a_fact)] * 400)
    admin = Admin(admin_context, llm_server).open().sign_in()
    admin.voice_brand.fill("Short sentences. Never more than one apology.")
    version = saved_version(admin, "Brand voice: short sentences")

    admin.tab("Evaluation")
    admin.eval_version.select_option(str(version))
    admin.eval_against.select_option("")
    admin.eval_runs.fill("1")
    admin.eval_run.click()
    admin.says("eval-msg", f"v{version} failed: \\d+ case\\(s\\) broke a rule", 120_000)
    expect(admin.page.get_by_test_id("eval-failing").get_by_test_id("failing-case").first) \
        .to_contain_text("fact_missing")

    admin.tab("Versions")
    row = admin.page.get_by_test_id(f"version-{version}")
    expect(row.get_by_test_id("last-eval")).to_contain_text("failed")
    row.get_by_role("button", name="Make production").click()
    refused = admin.publish_refused
    expect(refused).to_contain_text(f"v{version} was not published")
    expect(refused).to_contain_text("Fix the version on the Voice tab")
    expect(refused.get_by_test_id("failing-case").first).to_contain_text("fact_missing")
    expect(admin.versions_msg).to_have_attribute("data-code", "eval_failed")
    expect(row.get_by_test_id("label-production")).to_have_count(0)  # agents keep what they had
    shot(admin.page, artifacts, "admin-publish-refused")
