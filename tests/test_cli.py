"""The `heard` command (tokens, serve under gunicorn) and the deployment files."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from heard.cli import main
from tests.conftest import ADMIN_TOKEN

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def heard(redis_url, monkeypatch):
    monkeypatch.setenv("HEARD_REDIS_URL", redis_url)
    monkeypatch.setenv("HEARD_ADMIN_TOKEN", ADMIN_TOKEN)
    runner = CliRunner()

    def run(*args: str, ok: bool = True):
        result = runner.invoke(main, list(args), catch_exceptions=False)
        assert (result.exit_code == 0) == ok, result.output
        return result.output
    return run


def test_token_create_list_use_revoke(heard, make_app):
    out = heard("token", "create", "--role", "agent", "--name", "dana@support.example")
    secret = out.split()[0]
    token_id = re.search(r"id ([0-9a-f]{12})", out).group(1)
    assert secret.startswith("hrd_") and "shown once" in out

    listed = heard("token", "list")
    line = next(row for row in listed.splitlines() if row.startswith(token_id))
    assert "agent" in line and "dana@support.example" in line and line.endswith("last used -")
    assert secret not in listed

    client = make_app().test_client()
    headers = {"Authorization": f"Bearer {secret}"}
    assert client.post("/v1/rewrite", json={"text": "Order #5 shipped."},
                       headers=headers).status_code == 200
    line = next(r for r in heard("token", "list").splitlines() if r.startswith(token_id))
    assert not line.endswith("last used -")

    assert f"Revoked {token_id}" in heard("token", "revoke", token_id)
    assert client.post("/v1/rewrite", json={"text": "Order #5 shipped."},
                       headers=headers).status_code == 401  # at once, same running app
    assert "No token" in heard("token", "revoke", token_id, ok=False)


def test_admin_tokens_from_the_cli_reach_admin_endpoints(heard, make_app):
    secret = heard("token", "create", "--role", "admin", "--name", "lead").split()[0]
    r = make_app().test_client().get("/v1/admin/tokens",
                                     headers={"Authorization": f"Bearer {secret}"})
    assert r.status_code == 200 and any(t["name"] == "lead" for t in r.get_json()["tokens"])


def test_the_bootstrap_token_is_revoked_in_the_configuration_not_the_cli(heard, make_app):
    make_app()  # registers the bootstrap token
    bootstrap = next(r for r in heard("token", "list").splitlines() if "bootstrap" in r)
    out = heard("token", "revoke", bootstrap.split()[0], ok=False)
    assert "HEARD_ADMIN_TOKEN" in out


def test_token_commands_say_when_redis_is_unreachable(monkeypatch, tmp_path):
    monkeypatch.setenv("HEARD_REDIS_URL", f"unix://{tmp_path / 'none.sock'}")
    result = CliRunner().invoke(main, ["token", "list"])
    assert result.exit_code == 1 and "Cannot reach Redis" in result.output
    assert "HEARD_REDIS_URL" in result.output


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str, token: str | None = None) -> tuple[int, str]:
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"}
                                     if token else {})
    try:
        with urllib.request.urlopen(request, timeout=10) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode()


def test_gunicorn_conf_serves_with_several_workers_and_one_metrics_view(redis_url, tmp_path):
    """gunicorn.conf.py as the Docker image runs it: 2 gthread workers, multiprocess metrics."""
    port = free_port()
    metrics_dir = tmp_path / "prom"
    env = {**os.environ, "HEARD_REDIS_URL": redis_url, "HEARD_ADMIN_TOKEN": ADMIN_TOKEN,
           "HEARD_HOST": "127.0.0.1", "HEARD_PORT": str(port), "HEARD_WORKERS": "2",
           "HEARD_THREADS": "4", "PROMETHEUS_MULTIPROC_DIR": str(metrics_dir),
           "HEARD_DATA_DIR": str(tmp_path)}
    proc = subprocess.Popen([sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if get(f"http://127.0.0.1:{port}/healthz")[0] == 200:
                    break
            except OSError:
                assert time.monotonic() < deadline and proc.poll() is None, "no start"
                time.sleep(0.05)
        for _ in range(20):
            assert get(f"http://127.0.0.1:{port}/healthz")[0] == 200
        status, body = get(f"http://127.0.0.1:{port}/readyz")
        assert status == 200 and json.loads(body)["checks"]["redis"] == "ok"
        assert get(f"http://127.0.0.1:{port}/metrics")[0] == 401  # no token: refused
        status, text = get(f"http://127.0.0.1:{port}/metrics", ADMIN_TOKEN)
        assert status == 200
        served = re.search(r'heard_http_requests_total\{endpoint="/healthz",method="GET",'
                           r'status="200"\} (\S+)', text)
        assert served and float(served.group(1)) >= 21  # summed over both workers
    finally:
        proc.send_signal(signal.SIGTERM)
        # gunicorn kills a worker still busy after graceful_timeout (30 s): wait past that.
        output = proc.communicate(timeout=75)[0]
    assert output.count("Booting worker") == 2 and "gthread" in output
    lines = [json.loads(line) for line in output.splitlines() if line.strip()]  # all JSON
    assert {e["logger"] for e in lines} >= {"gunicorn.error", "heard.access"}
    assert len({p.name.rsplit("_", 1)[-1] for p in metrics_dir.glob("counter_*.db")}) >= 2


def test_docker_compose_runs_the_app_against_redis7_with_aof_and_health_checks():
    # docker is not runnable here; the file is checked for what the deployment relies on.
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    redis, app = compose["services"]["redis"], compose["services"]["app"]
    assert redis["image"].startswith("redis:7")
    assert "--appendonly" in redis["command"] and "yes" in redis["command"]
    assert redis["healthcheck"]["test"][-1] == "ping" and redis["volumes"]
    assert app["depends_on"]["redis"]["condition"] == "service_healthy"
    assert app["environment"]["HEARD_REDIS_URL"] == "redis://redis:6379/0"
    assert "readyz" in " ".join(app["healthcheck"]["test"])
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert 'CMD ["gunicorn", "-c", "gunicorn.conf.py"]' in dockerfile
    assert "PROMETHEUS_MULTIPROC_DIR" in dockerfile and "USER heard" in dockerfile


def test_serve_says_where_the_extension_is_and_what_to_paste():
    from heard.cli import _extension_steps

    default = _extension_steps("127.0.0.1", 8750)
    assert f"load {ROOT / 'extension'} unpacked" in default and '"Your token"' in default
    assert "http://127.0.0.1:8750 (already the extension's default)" in default
    # another port (or all interfaces): the one setting to change, with its value
    assert "set Server address to http://127.0.0.1:9000" in _extension_steps("0.0.0.0", 9000)
