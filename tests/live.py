"""A real Heard under gunicorn on a loopback port, for the suites that go over real sockets
(fuzzing, faults): started as operators start it (`gunicorn -c gunicorn.conf.py`), stopped by
the caller, bounded in time either way."""

from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "live-admin-token-0123456789"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveHeard:
    """`with LiveHeard(redis_url, tmp, HEARD_...=...) as heard: heard.url`"""

    def __init__(self, redis_url: str, data_dir: Path, workers: int = 1, threads: int = 16,
                 **settings: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = data_dir / f"heard-{self.port}.log"
        data_dir.mkdir(parents=True, exist_ok=True)
        self.env = {**{k: v for k, v in os.environ.items()
                       if not k.startswith(("HEARD_", "OPENAI_", "PROMETHEUS_"))},
                    "HEARD_REDIS_URL": redis_url, "HEARD_ADMIN_TOKEN": TOKEN,
                    "HEARD_HOST": "127.0.0.1", "HEARD_PORT": str(self.port),
                    "HEARD_WORKERS": str(workers), "HEARD_THREADS": str(threads),
                    "HEARD_DATA_DIR": str(data_dir), "HEARD_RATE_LIMIT": "1000000/minute",
                    "PROMETHEUS_MULTIPROC_DIR": str(data_dir / f"prom-{self.port}"),
                    "PYTHONPATH": os.pathsep.join([str(ROOT / "server"), str(ROOT)]),
                    **settings}
        self.proc: subprocess.Popen | None = None

    def __enter__(self) -> LiveHeard:
        self.out = self.log.open("w")
        self.proc = subprocess.Popen([sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py"],
                                     cwd=ROOT, env=self.env, stdout=self.out,
                                     stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + 90
        while not self._healthy():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"gunicorn did not start; see {self.log}")
            time.sleep(0.05)
        return self

    def _healthy(self) -> bool:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
            conn.request("GET", "/healthz")
            return conn.getresponse().status == 200
        except OSError:
            return False

    def __exit__(self, *exc) -> None:
        self.stop()

    def stop(self) -> None:
        # SIGINT is gunicorn's quick shutdown: tests do not wait out the graceful timeout.
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGINT)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(5)
        self.out.close()

    def output(self) -> str:
        return self.log.read_text(errors="replace")
