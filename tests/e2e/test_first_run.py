"""A newcomer's first ten minutes: `heard serve` on its defaults, the unpacked extension with
no setting changed but the token pasted into its options page, a rewrite in a real editor.

`heard serve` listens on its default port, 8750, the extension's default address: runs of this
test on one machine take turns through a lock file, and a port held by anything else fails the
test with what to stop."""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from playwright.sync_api import expect

from .conftest import EXTENSION, launch, service_worker, wait_healthy
from .helpers import Panel, open_fixture, shot, wait_model

pytestmark = pytest.mark.e2e

DEFAULT_URL = "http://127.0.0.1:8750"
LOCK = Path(tempfile.gettempdir()) / "heard-e2e-port-8750.lock"


@contextlib.contextmanager
def default_port():
    with open(LOCK, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another worktree's run of this test: wait for it
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", 8750)) == 0:
                pytest.fail("port 8750 is in use (a `make run` or `heard serve`?): stop it to "
                            "run the first-run test, which needs the default port")
        yield


@pytest.fixture
def heard_serve(tmp_path):
    """`heard serve` as a newcomer runs it: only the data dir is set; its output is kept."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "HEARD_"))}
    env["HEARD_DATA_DIR"] = str(tmp_path / "data")
    out = tmp_path / "serve.out"
    with default_port(), open(out, "wb") as log:
        proc = subprocess.Popen([sys.executable, "-m", "heard", "serve"], env=env, stdout=log,
                                stderr=subprocess.STDOUT)
        try:
            wait_healthy(DEFAULT_URL, proc)
            yield out.read_text()
        finally:
            proc.terminate()
            proc.wait(30)


def test_from_heard_serve_to_a_rewrite_in_a_helpdesk_editor(pw, heard_serve, site, tmp_path,
                                                            artifacts):
    printed = heard_serve
    assert f"Heard listening on {DEFAULT_URL}" in printed
    assert f"load {EXTENSION} unpacked" in printed and "Your token" in printed
    token = re.search(r"Admin token \(shown once, stored hashed\): (\S+)", printed).group(1)

    context = launch(pw, tmp_path / "profile")  # a fresh profile: nothing configured
    try:
        worker = service_worker(context)
        options_url = f"chrome-extension://{worker.url.split('/')[2]}/options/options.html"
        # It opens by itself, in the fresh profile's blank first tab (as Chrome does).
        options = context.pages[0]
        options.wait_for_url(options_url)
        expect(options.get_by_test_id("server-url")).to_have_value(DEFAULT_URL)
        options.get_by_test_id("api-token").fill(token)
        options.get_by_test_id("save").click()
        expect(options.get_by_test_id("connection")).to_have_text(
            f"Connected to Heard at {DEFAULT_URL} as generated-admin (admin).")
        shot(options, artifacts, "first-run-options-connected")

        port = site.origin.rsplit(":", 1)[1]
        page = open_fixture(context.new_page(), f"http://acme.zendesk.com:{port}/zendesk.html")
        page.locator(".ck-editor__editable").click()
        page.keyboard.press("Alt+Shift+E")
        panel = Panel(page)
        rewrite = panel.wait_result()
        expect(panel.change.first).to_be_visible()
        shot(page, artifacts, "first-run-panel")
        panel.replace.click()
        wait_model(page, rewrite)
        shot(page, artifacts, "first-run-replaced")
    finally:
        context.close()
