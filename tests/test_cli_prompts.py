"""`heard prompts …` from the shell, and a label move seen by other processes at once."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import redis
from click.testing import CliRunner

from heard.cli import main
from heard.prompts import load_bundle
from heard.versions import PromptVersions
from tests.conftest import ADMIN_TOKEN
from tests.test_cli import free_port

ROOT = Path(__file__).resolve().parents[1]
PASSED = {"passed": True, "failing": [], "metrics": {"invariant_breaks": 0}}


@pytest.fixture
def heard(redis_url, monkeypatch):
    monkeypatch.setenv("HEARD_REDIS_URL", redis_url)

    def run(*args: str, ok: bool = True) -> str:
        result = CliRunner().invoke(main, list(args), catch_exceptions=False)
        assert (result.exit_code == 0) == ok, result.output
        return result.output
    return run


def store(redis_url: str) -> PromptVersions:
    return PromptVersions(redis.Redis.from_url(redis_url), load_bundle(ROOT / "prompts"))


def test_export_of_version_one_is_the_shipped_files_byte_for_byte(heard, tmp_path):
    out = tmp_path / "v1"
    heard("prompts", "export", "1", str(out))
    for path in out.iterdir():
        assert path.read_bytes() == (ROOT / "prompts" / path.name).read_bytes(), path.name
    assert {p.name for p in out.iterdir()} >= {"system.md", "user.md", "principles.json"}


def test_export_edit_import_diff_and_the_gated_label(heard, redis_url, tmp_path):
    work = tmp_path / "prompts"
    heard("prompts", "export", "1", str(work))
    system = work / "system.md"
    system.write_text(system.read_text() + "\nAlways greet the customer by name.\n")
    out = heard("prompts", "import", str(work), "--note", "greet by name",
                "--author", "lead@example.com")
    assert "version 2" in out
    listed = heard("prompts", "list")
    assert "lead@example.com" in listed and "greet by name" in listed
    assert "production" in listed.splitlines()[-1]  # version 1, the oldest, is live
    shown = heard("prompts", "diff", "1", "2")
    assert "changed: system" in shown and "Always greet the customer by name.+}" in shown
    refused = heard("prompts", "label", "production", "2", ok=False)
    assert "not been evaluated" in refused
    store(redis_url).record_eval("default", 2, PASSED)
    assert "production → version 2 (was 1)" in heard("prompts", "label", "production", "2")
    bundle = json.loads(heard("prompts", "show", "2"))["bundle"]
    assert bundle["system"].endswith("Always greet the customer by name.\n")


def test_a_failing_evaluation_lists_its_cases_and_exits_non_zero(heard, redis_url, tmp_path):
    work = tmp_path / "p"
    heard("prompts", "export", "1", str(work))
    (work / "brand_voice.md").write_text("Short sentences.\n")
    heard("prompts", "import", str(work), "--note", "brand voice")
    store(redis_url).record_eval("default", 2, {"passed": False, "failing": [
        {"id": "eval-07", "reason": "dropped the tracking number"}]})
    out = heard("prompts", "label", "production", "2", ok=False)
    assert "eval-07: dropped the tracking number" in out


def test_a_malformed_import_stores_nothing(heard, redis_url, tmp_path):
    work = tmp_path / "bad"
    heard("prompts", "export", "1", str(work))
    (work / "principles.json").write_text("{not json")
    out = heard("prompts", "import", str(work), "--note", "broken", ok=False)
    assert "principles.json" in out and "nothing imported" in out
    assert store(redis_url).latest("default") == 1


@contextlib.contextmanager
def replica(redis_url: str, data: Path):
    """`heard serve` with one worker: its own process, sharing only Redis with the others."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HEARD_", "OPENAI_"))}
    env.update(HEARD_REDIS_URL=redis_url, HEARD_ADMIN_TOKEN=ADMIN_TOKEN, HEARD_WORKERS="1",
               HEARD_THREADS="4", HEARD_DATA_DIR=str(data))
    proc = subprocess.Popen([sys.executable, "-m", "heard", "serve", "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/healthz", timeout=2):
                    break
            except OSError:
                assert time.monotonic() < deadline and proc.poll() is None, "no start"
                time.sleep(0.05)  # polling interval for the server to listen
        yield url
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(10)


def version_used(url: str) -> str:
    request = urllib.request.Request(
        f"{url}/v1/rewrite", data=json.dumps({"text": "Your order #77 shipped."}).encode(),
        headers={"Authorization": f"Bearer {ADMIN_TOKEN}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as r:
        return json.loads(r.read())["prompt_version"]


def test_a_label_move_reaches_every_process_on_the_next_request(heard, redis_url, tmp_path):
    with replica(redis_url, tmp_path / "a") as a, replica(redis_url, tmp_path / "b") as b:
        assert version_used(a).startswith("default@1:")
        assert version_used(b).startswith("default@1:")
        work = tmp_path / "p"
        heard("prompts", "export", "1", str(work))
        (work / "brand_voice.md").write_text("Plain words.\n")
        heard("prompts", "import", str(work), "--note", "plain words")
        store(redis_url).record_eval("default", 2, PASSED)
        heard("prompts", "label", "production", "2")  # a third process moves the label
        assert version_used(a).startswith("default@2:")
        assert version_used(b).startswith("default@2:")
        heard("prompts", "label", "production", "1")  # rollback: one command, no restart
        assert version_used(b).startswith("default@1:")


def test_heard_stats_prints_kept_rate_with_its_interval(heard, make_app, auth):
    client = make_app().test_client()
    answer = client.post("/v1/rewrite", json={"text": "Your ticket will be forwarded."},
                         headers=auth).get_json()
    client.post("/v1/feedback", json={"id": answer["id"], "action": "copied"}, headers=auth)
    out = heard("stats", "--days", "7")
    row = next(line for line in out.splitlines() if line.startswith("default@1:"))
    assert row.split()[1:3] == ["1", "100%"] and "21–100%" in row
    today = dt.datetime.now(dt.UTC).date().isoformat()
    per_day = out.split("per day (UTC), last 7 days")[1].splitlines()
    assert [line.split() for line in per_day if line.strip().startswith(today)] == [
        [today, "1", "of", "1", "100%", "dismissed", "0"]]
