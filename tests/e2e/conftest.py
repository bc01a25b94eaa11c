"""End-to-end fixtures: the real Heard server (offline engine) in a subprocess, the fixture
pages on two loopback origins, and Debian's Chromium with the unpacked extension loaded."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from . import helpers
from .fixture_server import EDITORS, FixtureServer

ROOT = Path(__file__).resolve().parents[2]
EXTENSION = ROOT / "extension"
ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM = os.environ.get("HEARD_E2E_CHROMIUM", "/usr/bin/chromium")
TOKEN = "e2e-admin-token-0123456789"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(url: str, proc: subprocess.Popen, timeout_s: float = 240) -> None:
    # A server starts in ~5 s on an idle machine but loads its language models and warms the
    # guard first: at a load of 10 on two cores that took ~55 s, so a 60 s bound made the
    # suite fail on a busy CI host. The wait ends as soon as /healthz answers or the process
    # exits, so a generous bound costs nothing when the server is fine.
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        if proc.poll() is not None:
            raise RuntimeError(f"heard serve exited with {proc.returncode}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"heard serve did not become healthy within {timeout_s:.0f} s")
        time.sleep(0.1)  # polling interval, not a wait for an outcome


@contextlib.contextmanager
def running_server(data: Path, **settings: str):
    """`python -m heard serve` on a free port: offline engine, embedded Redis in `data`."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "HEARD_"))}
    env.update(HEARD_DATA_DIR=str(data), HEARD_ADMIN_TOKEN=TOKEN, HEARD_PROVIDER="offline")
    env.update(settings)
    url = f"http://127.0.0.1:{port}"
    with open(data / "server.log", "wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "heard", "serve", "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_healthy(url, proc)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)


@pytest.fixture(scope="session")
def heard_server(tmp_path_factory):
    with running_server(
        tmp_path_factory.mktemp("heard-data"), HEARD_RATE_LIMIT="1000/minute"
    ) as url:
        yield url


@pytest.fixture(scope="session")
def strict_server(tmp_path_factory):
    """A second server whose rate limit is two rewrites a day. Windows reset on the clock, so
    a minute's window could roll over between the test's requests (it did once, under load);
    a day's rolls over only at midnight UTC."""
    with running_server(
        tmp_path_factory.mktemp("heard-strict"), HEARD_RATE_LIMIT="2/day"
    ) as url:
        yield url


@pytest.fixture(scope="session")
def llm_server(tmp_path_factory, fake_llm_server):
    """A server whose provider is an OpenAI-compatible model: the loopback fake LLM."""
    with running_server(
        tmp_path_factory.mktemp("heard-llm"),
        HEARD_PROVIDER="openai",
        OPENAI_API_KEY="e2e-key",
        OPENAI_BASE_URL=fake_llm_server.base_url,
        HEARD_LLM_MAX_RETRIES="0",
        HEARD_RATE_LIMIT="1000/minute",
    ) as url:
        yield url


@pytest.fixture
def fake_llm(fake_llm_server):
    fake_llm_server.reset()
    yield fake_llm_server
    fake_llm_server.reset()


@pytest.fixture(scope="session")
def site():
    """The fixture pages at one origin…"""
    if not (EDITORS / "dist" / "textarea.html").exists():
        pytest.fail("fixture pages are not built: run tests/e2e/setup.sh")
    with FixtureServer() as server:
        yield server


@pytest.fixture(scope="session")
def other_site():
    """…and the same pages at a second origin (another port), for cross-origin frames."""
    with FixtureServer() as server:
        yield server


@pytest.fixture(scope="session")
def artifacts():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def pw():
    """One Playwright for the session: every Chromium of the run is launched from it."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium")
    with sync_playwright() as playwright:
        yield playwright


def launch(pw, profile: Path):
    """Chromium (new headless mode) with the unpacked extension loaded, in a fresh profile."""
    ext = str(EXTENSION)
    context = pw.chromium.launch_persistent_context(
        str(profile),
        executable_path=CHROMIUM,
        headless=False,  # the extension needs the new headless mode, asked for in args
        ignore_default_args=["--disable-extensions"],
        args=[
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            # helpdesk host names resolve to the loopback fixture server (site adapters)
            "--host-resolver-rules=MAP *.zendesk.com 127.0.0.1",
            f"--disable-extensions-except={ext}",
            f"--load-extension={ext}",
        ],
        viewport={"width": 1100, "height": 900},
    )
    context.set_default_timeout(10_000)
    return context


def service_worker(context):
    return context.service_workers[0] if context.service_workers else \
        context.wait_for_event("serviceworker")


@pytest.fixture(scope="session")
def browser(tmp_path_factory, heard_server, pw):
    """Chromium with the unpacked extension loaded, for the whole session."""
    context = launch(pw, tmp_path_factory.mktemp("profile"))
    yield Browser(context, service_worker(context), heard_server)
    context.close()


@pytest.fixture(scope="session")
def chromium(pw):
    """Chromium without the extension: the admin pages are plain web pages."""
    browser = pw.chromium.launch(
        executable_path=CHROMIUM, args=["--headless=new", "--no-sandbox", "--disable-gpu"]
    )
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def admin_server(tmp_path_factory):
    """A server of its own for the admin tests, so label moves never reach the extension's."""
    with running_server(
        tmp_path_factory.mktemp("heard-admin"), HEARD_RATE_LIMIT="1000/minute"
    ) as url:
        yield url


@pytest.fixture
def admin_context(chromium, request, artifacts):
    """A fresh browser context (no cookie) per test; its pages are photographed if it failed."""
    context = chromium.new_context(viewport={"width": 1200, "height": 900},
                                   accept_downloads=True)
    context.set_default_timeout(10_000)
    yield context
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        for n, page in enumerate(context.pages):
            path = artifacts / f"FAILED-{request.node.name}-{n}.png".replace("/", "_")
            page.screenshot(path=str(path), full_page=True)
            print(f"screenshot: {path}")
    context.close()


class Browser:
    def __init__(self, context, worker, server_url: str) -> None:
        self.context = context
        self.worker = worker
        self.server_url = server_url
        self.extension_id = worker.url.split("/")[2]

    def settings(self, server_url: str, token: str) -> None:
        self.worker.evaluate(
            "([serverUrl, token]) => chrome.storage.local.set({serverUrl, token})",
            [server_url, token],
        )

    def session(self, page) -> dict:
        """The extension's rewrite session for the tab showing page (chrome.storage.session)."""
        return self.worker.evaluate(
            "async (url) => { const [tab] = await chrome.tabs.query({url});"
            " const k = `session:${tab.id}`;"
            " return (await chrome.storage.session.get(k))[k] || {}; }",
            page.url,
        )

    def wait_session(self, page, key: str, want: object, timeout_ms: int = 10_000) -> bool:
        """Waits (on chrome.storage.onChanged, no polling) until session[key] == want."""
        return self.worker.evaluate(
            """async ([url, key, want, timeout]) => {
                const [tab] = await chrome.tabs.query({url});
                const k = `session:${tab.id}`;
                const read = async () => ((await chrome.storage.session.get(k))[k] || {})[key];
                return new Promise((resolve) => {
                  const stop = (ok) => {
                    clearTimeout(timer);
                    chrome.storage.onChanged.removeListener(seen);
                    resolve(ok);
                  };
                  const seen = async () => { if ((await read()) === want) stop(true); };
                  const timer = setTimeout(() => stop(false), timeout);
                  chrome.storage.onChanged.addListener(seen);
                  seen();  // it may already be there
                });
            }""",
            [page.url, key, want, timeout_ms],
        )

    def command(self, page) -> dict:
        """What chrome.commands' listener does for Alt+Shift+E, for the tab showing page."""
        return self.worker.evaluate(
            "async (url) => { const [tab] = await chrome.tabs.query({url});"
            " return heard.entry.onCommand('rewrite', tab); }",
            page.url,
        )


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture
def ext(browser, request, artifacts):
    """The browser with the extension pointed at the real server with a valid token; pages
    opened by the test are closed after it (and photographed when it failed)."""
    browser.settings(browser.server_url, TOKEN)
    yield browser
    failed = (
        getattr(request.node, "report_call", None) is not None and request.node.report_call.failed
    )
    for n, page in enumerate(browser.context.pages[1:]):
        if failed:
            name = f"FAILED-{request.node.name}-{n}.png".replace("/", "_")
            page.screenshot(path=str(artifacts / name))
            print(f"screenshot: {artifacts / name}")
        page.close()


def pytest_terminal_summary(terminalreporter):
    if helpers.MEASURED:
        terminalreporter.section("Heard: editor x (replaced in model, undo restores)")
        terminalreporter.write_line(f"{'editor':<40} {'technique':<16} {'replaced':<9} undo")
        for editor, row in helpers.MEASURED.items():
            terminalreporter.write_line(
                f"{editor:<40} {row.get('technique', '-'):<16} "
                f"{row.get('replaced', 'no'):<9} {row.get('undo', 'no')}"
            )
    if helpers.SCREENSHOTS:
        terminalreporter.section("Heard: screenshots")
        for path in helpers.SCREENSHOTS:
            terminalreporter.write_line(path)
