"""The admin's main flow, offline and against the loopback fake LLM: edit the voice, see the
effect side by side, evaluate, publish to production, and roll back in one click."""

from __future__ import annotations

import re
import time

import pytest
from playwright.sync_api import expect

from tests.fake_llm import Reply, draft_of

from .admin_ui import Admin, rewrite_version, saved_version
from .helpers import shot

pytestmark = pytest.mark.e2e

REWORDED = "Name the feeling in the customer's own words, before any fix."
# No number in it: "two weeks" the draft does not say would be an invented fact (guard).
OUR_ACK = "Waiting this long for your parcel is far too much, and I am sorry."
DRAFT = "Your order BL-20931 was returned to us. We will resend it on Monday."
CUSTOMER = "Where is my parcel?? It has been two weeks and nobody answers!"


ENGLISH = re.compile(r"\b(the|your|you|we|is)\b", re.I)


def follows_the_prompt(body: dict) -> dict:
    """The fake model reads the system prompt it was sent: the reworded principle changes
    its acknowledgement, as a real model's would. It writes English only, so it leaves the
    evaluation set's Spanish, German, French and Portuguese drafts as they are."""
    draft = draft_of(body)
    if not ENGLISH.search(draft):
        return {"rewrite": draft, "changes": [], "suggestions": []}
    ack = OUR_ACK if REWORDED in body["messages"][0]["content"] else \
        "I can see why this has been stressful for you."
    return {"rewrite": f"{ack} {draft}", "suggestions": [], "changes": [
        {"principle": "acknowledge-emotion", "before": "", "after": ack,
         "explanation": "Names what the customer feels first."}]}


def edit_voice(admin: Admin) -> int:
    own = admin.page.locator('[data-testid=principle][data-principle="acknowledge-emotion"]')
    own.get_by_label("What it asks for").fill(REWORDED)
    admin.phrases_banned_en.fill("per my last email")
    return saved_version(admin, "Feelings in the customer's words; ban 'per my last email'")


def playground(admin: Admin, version: int, artifacts, name: str):
    admin.tab("Playground")
    admin.pg_candidate.select_option(str(version))
    admin.pg_against.select_option("production")
    admin.page.get_by_test_id("pg-draft").fill(DRAFT)
    admin.page.get_by_test_id("pg-customer").fill(CUSTOMER)
    admin.pg_run.click()
    row = admin.page.get_by_test_id("pg-row")
    expect(row).to_have_count(1, timeout=30_000)
    expect(admin.pg_head_candidate).to_have_text(f"v{version} (candidate)")
    expect(row.get_by_test_id("pg-candidate-cell").get_by_test_id("cell-meta")) \
        .to_contain_text(f"default@{version}:")
    row.scroll_into_view_if_needed()
    shot(admin.page, artifacts, name)
    return row


def evaluate(admin: Admin, version: int, artifacts, name: str) -> float:
    admin.tab("Evaluation")
    admin.eval_version.select_option(str(version))
    admin.eval_against.select_option("production")
    started = time.monotonic()
    admin.eval_run.click()
    admin.says("eval-msg", f"v{version} passed", timeout_ms=120_000)
    elapsed = time.monotonic() - started
    table = admin.eval_metrics
    expect(table.locator('[data-metric="invariant_breaks"] td').first).to_have_text("0")
    expect(table.locator("thead th")).to_have_count(3)  # metric, candidate, production
    table.scroll_into_view_if_needed()
    shot(admin.page, artifacts, name)
    return elapsed


def publish_and_roll_back(admin: Admin, server: str, version: int, artifacts, prefix: str):
    before = rewrite_version(server, DRAFT)
    previous = int(re.match(r"default@(\d+):", before).group(1))
    admin.tab("Versions")
    admin.page.get_by_test_id(f"publish-{version}").click()
    admin.says("versions-msg", f"production is now v{version} \\(was v{previous}\\)")
    expect(admin.page.get_by_test_id(f"version-{version}").get_by_test_id("label-production")) \
        .to_be_visible()
    assert rewrite_version(server, DRAFT).startswith(f"default@{version}:")
    shot(admin.page, artifacts, f"{prefix}-published")

    admin.page.get_by_test_id(f"publish-{previous}").click()  # the rollback: one click
    admin.says("versions-msg", f"production is now v{previous} \\(was v{version}\\)")
    assert rewrite_version(server, DRAFT) == before
    shot(admin.page, artifacts, f"{prefix}-rolled-back")


def test_flow_offline(admin_context, admin_server, artifacts, capsys):
    admin = Admin(admin_context, admin_server).open().sign_in()
    version = edit_voice(admin)
    playground(admin, version, artifacts, "admin-playground-offline")
    elapsed = evaluate(admin, version, artifacts, "admin-evaluation-offline")
    publish_and_roll_back(admin, admin_server, version, artifacts, "admin-offline")
    assert admin.violations() == []
    with capsys.disabled():
        print(f"\nevaluation of the shipped set offline, from the page: {elapsed:.1f} s")


def test_flow_with_a_model(admin_context, llm_server, fake_llm, artifacts, capsys):
    fake_llm.script(*[Reply(content=follows_the_prompt)] * 1000)
    admin = Admin(admin_context, llm_server).open().sign_in()
    version = edit_voice(admin)
    row = playground(admin, version, artifacts, "admin-playground")
    expect(row.get_by_test_id("pg-candidate-cell").locator("ins")).to_contain_text(OUR_ACK)
    expect(row.get_by_test_id("pg-baseline").locator("ins")).to_contain_text("stressful")
    expect(row.get_by_test_id("pg-candidate-cell").get_by_test_id("cell-meta")) \
        .to_contain_text("tokens")
    admin.pg_only_differ.check()
    expect(row).to_be_visible()  # this row differs, so the filter keeps it
    elapsed = evaluate(admin, version, artifacts, "admin-evaluation")
    publish_and_roll_back(admin, llm_server, version, artifacts, "admin-llm")
    with capsys.disabled():
        print(f"\nevaluation of the shipped set (3 runs, against production) with the fake "
              f"model, from the page: {elapsed:.1f} s")
