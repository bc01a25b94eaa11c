"""The team's evaluation cases from the page: add one, import a file, see a bad file refused
whole, delete one."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

from .admin_ui import Admin
from .helpers import shot

pytestmark = pytest.mark.e2e


def count(admin: Admin) -> tuple[int, int]:
    text = admin.cases_summary.text_content()
    total, team = re.search(r"(\d+) cases: \d+ from Heard, (\d+) from your team", text).groups()
    return int(total), int(team)


def test_add_import_and_delete_team_cases(admin_context, admin_server, artifacts):
    admin = Admin(admin_context, admin_server).open().sign_in().tab("Evaluation")
    expect(admin.cases_summary).to_contain_text("from your team")
    total, team = count(admin)

    admin.case_draft.fill("Your refund of $20 for order 7781 was sent today.")
    admin.case_keep.fill("$20\n7781")
    admin.case_add.click()
    admin.says("cases-msg", r"Added case team-\d+")
    expect(admin.cases_summary).to_contain_text(f"{total + 1} cases")

    lines = [{"draft": f"Order {n} ships on Monday.", "must_keep": [str(n)]} for n in (4401, 4402)]
    admin.import_file.set_input_files(files=[{
        "name": "ours.jsonl", "mimeType": "application/x-ndjson",
        "buffer": "\n".join(json.dumps(x) for x in lines).encode()}])
    admin.import_submit.click()
    admin.says("cases-msg", "Imported 2 case")
    expect(admin.cases_summary).to_contain_text(f"{total + 3} cases")

    admin.import_file.set_input_files(files=[{
        "name": "broken.csv", "mimeType": "text/csv",
        "buffer": b'draft,must_keep\nOrder 1 ships today.,1\n,"2"\n'}])
    admin.import_submit.click()
    admin.says("cases-msg", "Nothing was imported from broken.csv: line 3")
    assert count(admin) == (total + 3, team + 3)  # not one row of the bad file
    admin.cases_details.locator("summary").click()
    shot(admin.page, artifacts, "admin-cases-import-refused")

    row = admin.page.get_by_test_id("case-row").filter(has_text="Order 4401 ships")
    row.get_by_role("button", name="Delete").click()
    admin.says("cases-msg", "Deleted case")
    expect(row).to_have_count(0)
    assert count(admin) == (total + 2, team + 2)


def test_a_list_asked_before_an_added_case_does_not_hide_it(admin_context, admin_server):
    """The tab's first list answering after the one read since the add leaves the new case in
    the table and in the Playground's set."""
    admin = Admin(admin_context, admin_server).open().sign_in()
    first = admin.hold("GET", r"/v1/admin/eval/cases$")
    admin.tab("Evaluation")
    first.wait_held()
    admin.case_draft.fill("Your voucher 3310 for $15 was emailed to you today.")
    admin.case_keep.fill("3310\n$15")
    admin.case_add.click()
    added = re.search(r"team-\d+", admin.says("cases-msg", r"Added case team-\d+")).group(0)
    row = admin.page.locator(f'[data-testid=case-row][data-id="{added}"]')
    expect(row).to_have_count(1)
    first.release()
    expect(row).to_have_count(1)
    admin.tab("Playground")
    expect(admin.page.get_by_test_id(f"pg-case-{added}")).to_have_count(1)
