"""What agents kept, from the page: a scripted sequence of rewrites and feedback through the
real API shows up as counts on the Stats tab; a staged rollout at a percentage is compared with
production and promoted; with samples on, a dismissed rewrite becomes an evaluation case in
one click. Each test has a server of its own (fresh store), so its counts are exact."""

from __future__ import annotations

import datetime as dt
import json
import re
import urllib.request

import pytest
from playwright.sync_api import expect

from .admin_ui import Admin, rewrite_version, saved_version
from .conftest import TOKEN, running_server
from .helpers import shot

pytestmark = pytest.mark.e2e

CUSTOMER = "I was charged twice for order A-1029 and nobody answers me. Dana Reyes"
DRAFTS = [
    "That is our policy. Your refund for order #A-1029 will be processed in 5-7 days.",
    "We cannot change the address now. The parcel BL-20931 ships on Monday.",
    "Your card ending 4417 was blocked. Call us to unblock it.",
    "The invoice INV-5512 is attached. It was paid on March 3.",
]


def call(server: str, method: str, path: str, body: dict | None = None,
         token: str = TOKEN) -> dict:
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(f"{server}{path}", data, method=method, headers={
        "Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.load(r)


def agent(server: str, name: str, **extra) -> str:
    return call(server, "POST", "/v1/admin/tokens",
                {"name": name, "role": "agent", **extra})["token"]


def rewrite(server: str, token: str, draft: str) -> dict:
    return call(server, "POST", "/v1/rewrite",
                {"text": draft, "context": {"customer_message": CUSTOMER,
                                            "customer_name": "Dana Reyes"}}, token)


def feedback(server: str, token: str, answer: dict, action: str, **extra) -> None:
    """Sent by the agent's own token, for its own rewrite id: the only feedback that counts."""
    stored = call(server, "POST", "/v1/feedback", {"id": answer["id"], "action": action,
                                                    **extra}, token)
    assert stored["stored"] is True, stored


def today() -> str:
    return dt.datetime.now(dt.UTC).date().isoformat()


@pytest.fixture
def own_server(tmp_path):
    with running_server(tmp_path, HEARD_RATE_LIMIT="1000/minute") as url:
        yield url


@pytest.fixture
def samples_server(tmp_path):
    with running_server(tmp_path, HEARD_RATE_LIMIT="1000/minute",
                        HEARD_KEEP_SAMPLES_DAYS="3") as url:
        yield url


def test_scripted_rewrites_and_feedback_show_as_counts(admin_context, own_server, artifacts):
    ana = agent(own_server, "ana@example.com")
    answers = [rewrite(own_server, ana, d) for d in (DRAFTS[0], DRAFTS[0], *DRAFTS[1:])]
    assert [a["cached"] for a in answers] == [False, True, False, False, False]
    feedback(own_server, ana, answers[0], "accepted")
    principle = answers[1]["changes"][0]["principle"]
    feedback(own_server, ana, answers[1], "partial", rejected_principles=[principle])
    feedback(own_server, ana, answers[2], "copied")
    feedback(own_server, ana, answers[3], "rejected")
    # answers[4]: shown, no feedback — still in the denominator.
    version = answers[0]["prompt_version"]

    admin = Admin(admin_context, own_server).open().sign_in().tab("Stats")
    admin.stats_days.select_option("7")
    expect(admin.page.get_by_test_id("chart-bar")).to_have_count(7)
    expect(admin.stats_summary).to_contain_text("5 rewrites shown")
    expect(admin.stats_summary).to_contain_text("3 kept (60%)")
    expect(admin.stats_summary).to_contain_text("1 dismissed (20%)")
    bar = admin.page.locator(f'[data-testid=chart-bar][data-date="{today()}"]')
    expect(bar).to_have_attribute("data-shown", "5")
    expect(bar).to_have_attribute("data-kept", "3")
    expect(bar).to_have_attribute("data-dismissed", "1")
    expect(bar.locator("rect")).to_have_count(3)  # kept, dismissed, the rest
    day = admin.page.locator(f'[data-testid=stats-day][data-date="{today()}"]')
    expect(day.locator("[data-col=shown]")).to_have_text("5")
    expect(day.locator("[data-col=kept]")).to_have_text("3")

    row = admin.page.locator(f'[data-testid=stats-version][data-version="{version}"]')
    expect(row.locator("[data-col=shown]")).to_have_text("5")
    expect(row.locator("[data-col=kept]")).to_contain_text("60%")
    expect(row.locator("[data-col=kept]")).to_contain_text("3 of 5")
    expect(row.get_by_test_id("interval")).to_have_attribute("data-wide", "true")
    expect(row.locator("[data-col=kept]")).to_contain_text("too few to tell")
    expect(row.locator("[data-col=dismissed]")).to_contain_text("20%")
    expect(row.locator("[data-col=cache]")).to_have_text("20%")
    expect(row.locator(f'[data-testid=rejected-principle][data-principle="{principle}"]')) \
        .to_contain_text("1 of")
    expect(row.get_by_text("production")).to_be_visible()
    expect(admin.compare_none).to_be_visible()  # no rollout yet
    shot(admin.page, artifacts, "admin-stats")

    admin.stats_days.select_option("90")
    expect(admin.page.get_by_test_id("chart-bar")).to_have_count(90)
    admin.stats_profile.select_option("default")
    expect(admin.stats_summary).to_contain_text("default, last 90 days: 5 rewrites shown")

    admin.tab("Samples")  # off by default, and the page says so
    expect(admin.samples_note).to_contain_text("Heard keeps no draft text")
    expect(admin.samples_purge).to_be_disabled()
    assert admin.violations() == [] and admin.dialogs == []


def test_staged_rollout_compared_then_promoted(admin_context, own_server, artifacts):
    admin = Admin(admin_context, own_server).open().sign_in().tab("Voice")
    admin.voice_brand.fill("Plain words; first names.")
    version = saved_version(admin, "Rollout: plainer brand voice")
    admin.tab("Versions")
    expect(admin.rollout_status).to_contain_text("No rollout")
    admin.rollout_percent.fill("30")
    admin.page.get_by_test_id(f"stage-{version}").click()
    admin.says("versions-msg", f"staging is now v{version}.*30% of agents")
    expect(admin.rollout_status).to_contain_text(f"v{version} is on staging for pilot tokens "
                                                 "and 30% of agents")
    expect(admin.labels_summary).to_contain_text("30% of them and the pilots")

    # Eight agents and a pilot, each accepting one rewrite and dismissing the other.
    tokens = [agent(own_server, f"agent{n}@example.com") for n in range(8)]
    tokens.append(agent(own_server, "pilot@example.com", pilot=True))
    on = {"production": 0, "staging": 0}
    for n, token in enumerate(tokens):
        for action, draft in zip(("accepted", "rejected"), DRAFTS[2:], strict=True):
            answer = rewrite(own_server, token, f"{draft} Ref {n}.")
            label = "staging" if answer["prompt_version"].startswith(f"default@{version}:") \
                else "production"
            on[label] += 1
            feedback(own_server, token, answer, action)
    assert on["staging"] >= 2 and on["production"] >= 2, on  # the pilot; 30% is not everyone

    admin.tab("Stats")
    card = admin.page.locator('[data-testid=compare][data-profile="default"]')
    shown = card.locator('[data-figure="Rewrites shown (n)"]')
    expect(shown.locator("[data-label=production]")).to_have_text(str(on["production"]))
    expect(shown.locator("[data-label=staging]")).to_have_text(str(on["staging"]))
    kept = card.locator("[data-figure=Kept]")
    expect(kept.locator("[data-label=staging]")).to_contain_text(
        f"{on['staging'] // 2} of {on['staging']}")
    expect(card.get_by_test_id("compare-verdict")).to_have_attribute("data-kind", "warn")
    expect(card.get_by_test_id("compare-verdict")).to_contain_text("Too early to decide")
    expect(card.get_by_test_id("compare-chart")).to_be_visible()
    card.scroll_into_view_if_needed()
    shot(admin.page, artifacts, "admin-stats-compare")

    # The gate applies to a promotion too: the version was never evaluated.
    admin.tab("Versions")
    admin.promote.click()
    admin.says("versions-msg", "has not been evaluated")
    expect(admin.publish_refused).to_contain_text(f"v{version} was not published")
    admin.tab("Evaluation")
    admin.eval_version.select_option(str(version))
    admin.eval_run.click()
    admin.says("eval-msg", f"v{version} passed", timeout_ms=120_000)
    admin.tab("Versions")
    admin.promote.click()
    admin.says("versions-msg", f"production is now v{version} \\(was v1\\); the rollout is over")
    expect(admin.rollout_status).to_contain_text(f"every agent gets production (v{version})")
    expect(admin.page.get_by_test_id(f"version-{version}").get_by_test_id("label-production")) \
        .to_be_visible()
    expect(admin.promote).to_be_disabled()
    assert all(rewrite_version(own_server, DRAFTS[0], t).startswith(f"default@{version}:")
               for t in tokens[:3])
    shot(admin.page, artifacts, "admin-stats-promoted")
    assert admin.violations() == [] and admin.dialogs == []


def test_a_dismissed_rewrite_becomes_an_evaluation_case(admin_context, samples_server,
                                                        artifacts):
    ana = agent(samples_server, "ana@example.com")
    kept, dismissed = (rewrite(samples_server, ana, d) for d in DRAFTS[:2])
    feedback(samples_server, ana, kept, "accepted")
    feedback(samples_server, ana, dismissed, "rejected")

    admin = Admin(admin_context, samples_server).open().sign_in().tab("Samples")
    expect(admin.samples_note).to_contain_text("kept 3 days")
    expect(admin.samples_note).to_have_attribute("data-enabled", "true")
    rows = admin.page.get_by_test_id("sample-row")
    expect(rows).to_have_count(1)
    row = admin.page.locator(f'[data-testid=sample-row][data-id="{dismissed["id"]}"]')
    draft = row.get_by_test_id("sample-draft")
    expect(draft).to_contain_text("⟦")  # masked, as in the cache
    expect(draft).not_to_contain_text("BL-20931")
    expect(row).not_to_contain_text("Dana")
    expect(row.get_by_test_id("sample-why")).to_have_text("Dismissed by the agent")
    shot(admin.page, artifacts, "admin-stats-samples")

    row.get_by_role("button", name="Add to evaluation set").click()
    text = admin.says("samples-msg", r"Added case team-\d+ to the evaluation set")
    case = re.search(r"team-\d+", text).group(0)
    expect(row.get_by_test_id("sample-to-case")).to_have_text(f"Added as {case}")
    expect(row.get_by_test_id("sample-to-case")).to_be_disabled()

    admin.tab("Evaluation")
    admin.cases_details.locator("summary").click()
    added = admin.page.locator(f'[data-testid=case-row][data-id="{case}"]')
    expect(added).to_contain_text("{{fact_")
    expect(added).to_contain_text("your team")

    admin.tab("Samples")
    admin.samples_purge.click()
    admin.says("samples-msg", r"Purged \d+ sample")
    expect(rows).to_have_count(0)
    assert admin.violations() == [] and admin.dialogs == []


@pytest.fixture
def rollback_server(tmp_path):
    # The smallest minimum the setting allows, checked on every feedback event: a scripted
    # drop of a few dozen rewrites is enough.
    with running_server(tmp_path, HEARD_RATE_LIMIT="1000/minute",
                        HEARD_AUTO_ROLLBACK_MIN_SHOWN="10",
                        HEARD_AUTO_ROLLBACK_CHECK_EVERY="1") as url:
        yield url


def test_a_scripted_drop_rolls_staging_back_by_itself_and_the_page_says_why(
        admin_context, rollback_server, artifacts):
    server = rollback_server
    bundle = call(server, "GET", "/v1/admin/prompts/1")["bundle"]
    bundle["brand_voice"] = "Plain words; first names."
    v2 = call(server, "POST", "/v1/admin/prompts", {"note": "plainer", "bundle": bundle})["version"]
    call(server, "PUT", "/v1/admin/labels/staging", {"version": v2, "percent": 50})

    admin = Admin(admin_context, server).open().sign_in().tab("Stats")
    admin.says("stats-msg", "No rewrite was shown")  # the page has loaded its figures
    switch = admin.page.locator('[data-testid=auto-rollback-switch][data-profile="default"]')
    expect(switch).not_to_be_checked()  # off by default
    expect(admin.auto_rollback).to_contain_text("at least 10 rewrites")
    switch.check()
    admin.says("auto-rollback-msg", "default: automatic rollback on")
    assert call(server, "GET", "/v1/admin/stats")["auto_rollback"]["default"]["enabled"]

    # Agents on both sides of the split: production's rewrites are kept, staging's dismissed.
    sides: dict[str, list[tuple[str, dict]]] = {"production": [], "staging": []}
    n = 0
    while min(len(s) for s in sides.values()) < 12:
        token = agent(server, f"agent{n}@example.com")
        answer = rewrite(server, token, f"{DRAFTS[n % 4]} Ref {n}.")
        side = "staging" if answer["prompt_version"].startswith(f"default@{v2}:") \
            else "production"
        sides[side].append((token, answer))
        for i in range(1, 6):  # the same agent stays on its side (sticky)
            sides[side].append((token, rewrite(server, token, f"{DRAFTS[i % 4]} Ref {n}-{i}.")))
        n += 1
    for token, answer in sides["staging"]:
        feedback(server, token, answer, "rejected")
    # Staging kept none: the rule fires as soon as production's interval clears staging's.
    for token, answer in sides["production"]:
        feedback(server, token, answer, "accepted")
    assert call(server, "GET", "/v1/admin/prompts")["labels"]["staging"] is None

    admin.stats_refresh.click()
    last = admin.page.get_by_test_id("auto-rollback-last")
    expect(last).to_contain_text("Rolled back automatically")
    expect(last).to_contain_text(f"staging v{v2} kept 0% of {len(sides['staging'])} rewrites")
    expect(last).to_contain_text(re.compile(
        rf"production v1 kept \d+% of {len(sides['production'])} rewrites \(95% interval"))
    expect(admin.compare_none).to_be_visible()  # no rollout any more
    expect(admin.labels_summary).not_to_contain_text(f"v{v2}")  # every tab knows
    # The day chart per version: one line each, today's point with its numbers beside it.
    lines = admin.page.get_by_test_id("version-line")
    expect(lines).to_have_count(2)
    point = admin.page.locator(f'[data-testid=version-line][data-version^="default@{v2}:"] '
                               f'[data-testid=version-point][data-date="{today()}"]')
    expect(point).to_have_attribute("data-shown", str(len(sides["staging"])))
    expect(point).to_have_attribute("data-kept", "0")
    cell = admin.page.locator(f'[data-testid=version-day][data-date="{today()}"] '
                              f'td[data-version^="default@1:"]')
    expect(cell).to_contain_text(f"{len(sides['production'])}/{len(sides['production'])}")
    last.scroll_into_view_if_needed()
    shot(admin.page, artifacts, "admin-stats-auto-rollback")
    admin.page.get_by_test_id("version-days-chart").scroll_into_view_if_needed()
    shot(admin.page, artifacts, "admin-stats-per-version-days")

    admin.tab("Audit")
    expect(admin.page.get_by_text("label.auto_rollback").first).to_be_visible()
    assert admin.violations() == [] and admin.dialogs == []


def test_a_period_left_while_loading_neither_draws_nor_frees_refresh(admin_context,
                                                                     admin_server):
    admin = Admin(admin_context, admin_server).open().sign_in()
    expect(admin.voice_brand).to_be_enabled()  # the page has loaded
    month = admin.hold("GET", r"/v1/admin/stats\?days=30$")
    admin.tab("Stats")
    month.wait_held()
    week = admin.hold("GET", r"/v1/admin/stats\?days=7$")
    admin.stats_days.select_option("7")
    week.wait_held()
    month.release()
    expect(admin.stats_refresh).to_be_disabled()  # the week is still on its way
    expect(admin.page.get_by_test_id("chart-bar")).to_have_count(0)
    week.release()
    expect(admin.stats_refresh).to_be_enabled()
    expect(admin.page.get_by_test_id("chart-bar")).to_have_count(7)
