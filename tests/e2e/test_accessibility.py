"""The panel and the options page pass an axe-core audit (the npm package, injected into the
page) with no serious or critical finding, on a helpdesk-like page; the keyboard still reaches
every control of the panel."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from .conftest import TOKEN
from .fixture_server import EDITORS
from .helpers import TWO_CHANGES, Panel, open_fixture, replace_held_then, rewrite_in_panel, shot

pytestmark = pytest.mark.e2e

AXE = EDITORS / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = {"serious", "critical"}
FINDINGS: dict[str, list[dict]] = {}  # printed with the run, for the record
MEASURED: dict[str, int] = {}  # how many of the panel's texts axe measured the contrast of


def audit(page, name: str) -> list[dict]:
    """Every axe finding on the page (all its rules), with the nodes it names."""
    if not AXE.exists():
        pytest.fail("axe-core is not installed: run tests/e2e/setup.sh")
    page.evaluate(AXE.read_text())  # evaluated, not a <script>: extension pages forbid inline
    found, measured, unmeasured = page.evaluate(
        """async () => {
            const r = await axe.run(document);
            const brief = (v) => ({id: v.id, impact: v.impact, help: v.help,
                                   nodes: v.nodes.map((n) => n.target.flat().join(' > '))});
            const panel = (kind) => r[kind].filter((v) => v.id === 'color-contrast')
                .flatMap((v) => brief(v).nodes).filter((n) => n.includes('heard-panel-host'));
            return [r.violations.map(brief), [...panel('passes'), ...panel('violations')].length,
                    panel('incomplete').length];
        }"""
    )
    FINDINGS[name] = found
    MEASURED[name] = measured
    print(f"axe {name}: {json.dumps(found, indent=1)}\npanel texts whose contrast axe "
          f"measured: {measured}, could not measure: {unmeasured}")
    return found


def blocking(found: list[dict]) -> list[dict]:
    return [f for f in found if f["impact"] in BLOCKING]


def in_panel(found: list[dict]) -> list[dict]:
    """The findings on Heard's panel (the fixture page's own are not Heard's to fix)."""
    kept = [{**f, "nodes": [n for n in f["nodes"] if "heard-panel-host" in n]} for f in found]
    return [f for f in kept if f["nodes"]]


def open_panel(ext, site, scheme: str = "light"):
    page = open_fixture(ext.context.new_page(), site.url("textarea.html"))
    # a helpdesk has its own banner (a top-level <header>), and may be dark
    page.evaluate("""(dark) => {
        const banner = document.createElement('header');
        banner.textContent = 'Acme Support';
        document.body.prepend(banner);
        if (dark) document.body.style.cssText += 'background:#14161b;color:#e6e6e6';
    }""", scheme == "dark")
    panel = rewrite_in_panel(page, TWO_CHANGES)
    panel.wait_result()
    return page, panel


def test_the_page_alone_passes_so_findings_below_are_heard_s(ext, site):
    page = open_fixture(ext.context.new_page(), site.url("textarea.html"))
    assert blocking(audit(page, "fixture page without the panel")) == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_panel_with_its_result_passes_axe(ext, site, artifacts, scheme):
    page, panel = open_panel(ext, site, scheme)
    panel.hunk.first.click()  # one change rejected: both hunk states are audited
    shot(page, artifacts, f"a11y-panel-{scheme}")
    name = f"panel with a result, {scheme} page"
    assert blocking(in_panel(audit(page, name))) == []
    assert MEASURED[name] > 0  # in <body>, its contrast is measured
    expect(page.get_by_role("banner")).to_have_count(1)  # the helpdesk's own, not a second


def test_the_panel_showing_an_error_passes_axe(ext, site):
    ext.settings(ext.server_url, "not-a-valid-token")
    page = open_fixture(ext.context.new_page(), site.url("textarea.html"))
    page.locator("#editor").click()
    page.keyboard.press("Alt+Shift+E")
    Panel(page).wait_error("token")
    assert blocking(in_panel(audit(page, "panel with an error"))) == []


def test_the_panel_opened_for_a_failed_replace_passes_axe(ext, site):
    """The panel that opens only to say a Replace did not go in (its own panel was closed)."""
    page = open_fixture(ext.context.new_page(), site.url("textarea.html"))
    page.locator("#editor").fill(TWO_CHANGES)
    page.locator("#editor").click()
    replace_held_then(ext, page, lambda panel: panel.close.click())
    expect(page.get_by_role("alert").filter(has_text="changed since Heard read it")).to_be_visible()
    name = "panel opened for a failed Replace"
    assert blocking(in_panel(audit(page, name))) == []
    assert MEASURED[name] > 0


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("verdict", ["connected", "problem"])
def test_the_options_page_passes_axe(ext, artifacts, verdict, scheme):
    options = ext.context.new_page()
    options.emulate_media(color_scheme=scheme)
    options.goto(f"chrome-extension://{ext.extension_id}/options/options.html")
    options.get_by_test_id("api-token").fill(TOKEN if verdict == "connected" else "hrd_wrong")
    options.get_by_test_id("save").click()
    expect(options.locator("#result")).to_have_attribute(
        "data-state", "ok" if verdict == "connected" else "problem")
    assert blocking(audit(options, f"options page, {verdict}, {scheme}")) == []


def test_tab_reaches_every_panel_control_and_escape_returns(ext, site):
    page, panel = open_panel(ext, site)
    mark = """(root) => [...root.querySelectorAll('button, select, summary, [tabindex="0"]')]
        .filter((el) => !el.disabled && el.getClientRects().length)
        .map((el, i) => { el.dataset.a11yN = i; return i; })"""
    controls = set(panel.panel.evaluate(mark))
    reached = set()
    focused_n = ("() => document.querySelector('heard-panel-host')?.shadowRoot?.activeElement"
                 "?.dataset.a11yN ?? null")
    for _ in range(len(controls) + 10):  # the page's own fields come round too
        page.keyboard.press("Tab")
        n = page.evaluate(focused_n)
        if n is not None:
            reached.add(int(n))
        if reached == controls:
            break
    assert reached == controls
    page.keyboard.press("Escape")
    expect(panel.panel).to_have_count(0)
    expect(page.locator("#editor")).to_be_focused()
