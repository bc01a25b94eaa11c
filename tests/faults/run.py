"""`make faults`: Heard under load while its Redis and its LLM fail, over real sockets.

    python -m tests.faults.run [--requests 400] [--clients 8]

Each scenario starts a real redis-server (on TCP, behind a proxy that can delay or drop), the
loopback fake LLM, and Heard under gunicorn (2 workers), then sends `requests` rewrites from
`clients` keep-alive connections while faults are injected, and counts what came back. Lost
means no answer or an error status: the target is zero. Loopback only, bounded in count and
time; everything started here is stopped here.
"""

from __future__ import annotations

import argparse
import http.client
import json
import re
import select
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import redis

from tests.conftest import redis_binary
from tests.fake_llm import FakeLLM, Hang, Reply, Status
from tests.live import TOKEN, LiveHeard, free_port

DRAFTS = [f"Hi, thanks for waiting. Your {noun} #{n} ships on Monday and the tracking link "
          f"follows by email." for n, noun in enumerate(["order", "parcel", "refund",
                                                         "exchange"] * 3, start=1000)]

# Distinct wording (numbers alone would mask to one cache entry).
WORDS = ["kindly", "calmly", "gladly", "simply", "warmly", "plainly", "briefly", "clearly",
         "gently", "openly", "promptly", "quietly", "rightly", "surely", "truly", "wisely"]


# ── Redis on TCP, and a proxy in front of it ──────────────────────────────────────────────
class TcpRedis:
    def __init__(self, directory: Path, *args: str) -> None:
        self.dir, self.port, self.args = directory, free_port(), args
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        self.proc = subprocess.Popen([redis_binary(), "--port", str(self.port), "--bind",
                                      "127.0.0.1", "--dir", str(self.dir), "--save", "",
                                      "--appendonly", "no", *self.args],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while True:
            try:
                if self.client().ping():
                    return
            except (redis.RedisError, OSError):
                if time.monotonic() > deadline:
                    raise RuntimeError("redis-server did not start") from None
            time.sleep(0.01)

    def client(self) -> redis.Redis:
        return redis.Redis(port=self.port, socket_timeout=2)

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(5)


class Proxy:
    """TCP forwarder to Redis: `delay_s` holds every chunk back; `dropping` hangs up on every
    connection and refuses new ones; `sent` counts the chunks clients sent (one per round trip
    for small commands and pipelines)."""

    def __init__(self, target_port: int) -> None:
        self.target, self.delay_s, self.dropping = target_port, 0.0, False
        self.sent = 0
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.conns: list[socket.socket] = []
        self.lock, self.stopped = threading.Lock(), False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self.stopped:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            if self.dropping:
                client.close()
                continue
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target), timeout=2)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.conns += [client, upstream]
            threading.Thread(target=self._pump, args=(client, upstream), daemon=True).start()

    def _pump(self, a: socket.socket, b: socket.socket) -> None:
        peers = {a: b, b: a}
        try:
            while not self.stopped and not self.dropping:
                ready, _, _ = select.select(list(peers), [], [], 0.2)
                for sock in ready:
                    data = sock.recv(65536)
                    if not data:
                        return
                    if sock is a:
                        self.sent += 1
                    if self.delay_s:
                        time.sleep(self.delay_s)
                    peers[sock].sendall(data)
        except (OSError, ValueError):
            # drop()/stop() close these sockets from the test's thread: select() then meets a
            # closed socket (fd -1) and raises ValueError, not OSError. Either way the pump ends.
            pass
        finally:
            a.close()
            b.close()

    def drop(self, on: bool) -> None:
        self.dropping = on
        if on:
            with self.lock:
                for sock in self.conns:
                    sock.close()
                self.conns.clear()

    def stop(self) -> None:
        self.stopped = True
        self.server.close()
        self.drop(True)


# ── the load ──────────────────────────────────────────────────────────────────────────────
@dataclass
class Report:
    name: str
    sent: int = 0
    answered: int = 0
    lost: list[str] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)
    faults: list[str] = field(default_factory=list)
    warnings: dict[str, int] = field(default_factory=dict)
    checks: dict[str, Any] = field(default_factory=dict)

    def line(self) -> str:
        lat = sorted(self.latencies) or [0.0]
        return (f"{self.name}: sent {self.sent}, answered {self.answered}, lost "
                f"{len(self.lost)}; p50 {statistics.median(lat) * 1000:.0f} ms, max "
                f"{lat[-1] * 1000:.0f} ms; faults: {', '.join(self.faults)}; warnings "
                f"{self.warnings}; {self.checks}")


def load(url: str, report: Report, total: int, clients: int,
         on_progress: Callable[[int], None], stream_every: int = 0,
         unique: bool = False) -> None:
    """`total` rewrites over `clients` connections; on_progress(n) after each answer. Two in
    three repeat a draft (cache hits) unless `unique` (every one reaches the LLM)."""
    port = int(url.rsplit(":", 1)[1])
    lock, counter = threading.Lock(), iter(range(total))

    def one(conn: http.client.HTTPConnection, n: int) -> http.client.HTTPConnection:
        text = DRAFTS[n % len(DRAFTS)] if n % 3 and not unique else (
            f"{DRAFTS[n % 4]} Note {WORDS[n % len(WORDS)]} {WORDS[n // len(WORDS) % len(WORDS)]}"
            f" {WORDS[n // len(WORDS) ** 2 % len(WORDS)]}.")
        stream = bool(stream_every) and n % stream_every == 0
        headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json",
                   **({"Accept": "text/event-stream"} if stream else {})}
        started = time.perf_counter()
        try:
            conn.request("POST", "/v1/rewrite", json.dumps({"text": text}), headers)
            response = conn.getresponse()
            body = response.read().decode()
            ok = response.status == 200 and (not stream or "event: result" in body)
            outcome = "ok" if ok else f"HTTP {response.status}: {body[:120]}"
        except (OSError, http.client.HTTPException) as exc:
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            outcome, body = f"no answer ({type(exc).__name__})", ""
        elapsed = time.perf_counter() - started
        codes = re.findall(r'"code": ?"([a-z_]+)"', body)
        with lock:
            report.sent += 1
            report.latencies.append(elapsed)
            if outcome == "ok":
                report.answered += 1
                for code in codes:
                    report.warnings[code] = report.warnings.get(code, 0) + 1
            else:
                report.lost.append(outcome)
            done = report.sent
        on_progress(done)
        return conn

    def worker() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while True:
            with lock:
                n = next(counter, None)
            if n is None:
                break
            conn = one(conn, n)
        conn.close()

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def rewrite_once(url: str, text: str) -> dict:
    port = int(url.rsplit(":", 1)[1])
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request("POST", "/v1/rewrite", json.dumps({"text": text}),
                 {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    return json.loads(conn.getresponse().read())


def get(url: str, path: str) -> tuple[int, str]:
    port = int(url.rsplit(":", 1)[1])
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", path, headers={"Authorization": f"Bearer {TOKEN}"})
    response = conn.getresponse()
    return response.status, response.read().decode()


def wait_for(what: str, condition: Callable[[], bool], timeout_s: float = 20) -> float:
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > timeout_s:
            raise AssertionError(f"{what}: not within {timeout_s} s")
        time.sleep(0.05)
    return round(time.monotonic() - started, 2)


def caching_resumes(url: str) -> bool:
    text = f"{DRAFTS[0]} Resumed {time.monotonic()}."
    rewrite_once(url, text)
    return rewrite_once(url, text).get("cached") is True


class Stage:
    """Calls `actions[i]` once when the load reaches `at[i]` answers (in order)."""

    def __init__(self, steps: list[tuple[int, Callable[[], None]]]) -> None:
        self.steps, self.lock = list(steps), threading.Lock()

    def __call__(self, done: int) -> None:
        with self.lock:
            while self.steps and done >= self.steps[0][0]:
                self.steps.pop(0)[1]()


# ── scenarios ─────────────────────────────────────────────────────────────────────────────
def redis_killed(work: Path, total: int, clients: int) -> Report:
    report = Report("redis killed mid-load and restarted")
    server = TcpRedis(work / "redis")
    server.start()
    try:
        with LiveHeard(f"redis://127.0.0.1:{server.port}/0", work / "heard", workers=2) as h:
            def kill() -> None:
                server.kill()
                report.faults.append(f"SIGKILL at {report.sent}")

            def restart() -> None:
                server.start()
                report.faults.append(f"restart at {report.sent}")

            load(h.url, report, total, clients, Stage([(total // 3, kill),
                                                      (2 * total // 3, restart)]))
            report.checks["caching resumed after (s)"] = wait_for(
                "caching resumes", lambda: caching_resumes(h.url))
            report.checks["readyz"] = get(h.url, "/readyz")[0]
    finally:
        server.kill()
    return report


def redis_slow_and_dropping(work: Path, total: int, clients: int) -> Report:
    report = Report("redis slowed and dropped by a proxy")
    server = TcpRedis(work / "redis")
    server.start()
    proxy = Proxy(server.port)
    try:
        with LiveHeard(f"redis://127.0.0.1:{proxy.port}/0", work / "heard", workers=2) as h:
            def set_delay(seconds: float) -> Callable[[], None]:
                def act() -> None:
                    proxy.delay_s = seconds
                    report.faults.append(f"delay {seconds * 1000:.0f} ms at {report.sent}")
                return act

            def set_drop(on: bool) -> Callable[[], None]:
                def act() -> None:
                    proxy.drop(on)
                    report.faults.append(f"{'drop' if on else 'heal'} at {report.sent}")
                return act

            q = total // 5
            load(h.url, report, total, clients, Stage([
                (q, set_delay(0.2)), (2 * q, set_delay(0.8)), (3 * q, set_delay(0.0)),
                (3 * q + 1, set_drop(True)), (4 * q, set_drop(False))]))
            report.checks["caching resumed after (s)"] = wait_for(
                "caching resumes", lambda: caching_resumes(h.url))
    finally:
        proxy.stop()
        server.kill()
    return report


def redis_full(work: Path, total: int, clients: int) -> Report:
    report = Report("redis full (maxmemory)")
    server = TcpRedis(work / "redis", "--maxmemory", "4mb", "--maxmemory-policy", "noeviction")
    server.start()
    try:
        with LiveHeard(f"redis://127.0.0.1:{server.port}/0", work / "heard", workers=2) as h:
            admin = server.client()

            def fill() -> None:
                pipe, n = admin.pipeline(transaction=False), 0
                try:
                    while True:
                        for _ in range(50):
                            pipe.set(f"junk:{n}", "x" * 4096, ex=3600)
                            n += 1
                        pipe.execute()
                except redis.exceptions.ResponseError:  # OOM: full
                    pass
                report.faults.append(f"filled (noeviction) at {report.sent}")

            def evict() -> None:
                admin.config_set("maxmemory-policy", "volatile-lru")
                report.faults.append(f"volatile-lru at {report.sent}")

            load(h.url, report, total, clients, Stage([(total // 4, fill),
                                                      (3 * total // 4, evict)]))
            report.checks["caching resumed after (s)"] = wait_for(
                "caching resumes", lambda: caching_resumes(h.url))
            report.checks["evicted keys"] = admin.info("stats")["evicted_keys"]
    finally:
        server.kill()
    return report


class FaultyLLM(FakeLLM):
    """The fake, failing in whatever way `fault` names until it is set back to None."""

    fault: str | None = None
    latency_s: float = 0.05

    def next_behaviour(self, body: dict) -> Any:
        behaviour = super().next_behaviour(body)
        if behaviour != Reply():
            return behaviour
        return {None: Reply(delay_s=self.latency_s), "timeout": Hang(3),
                "429": Status(429, "slow down", retry_after="1"),
                "500": Status(500, "internal error"),
                "garbage": Reply(content="<html>502 Bad Gateway</html>"),
                "cut": Reply(cut_after_chars=30, stream_chunk_chars=10)}[self.fault]


def llm_faults(work: Path, total: int, clients: int) -> Report:
    report = Report("llm timeouts, 429, 500, garbage, cut streams")
    server = TcpRedis(work / "redis")
    server.start()
    fake = FaultyLLM().start()
    deadline_s = 3.0
    try:
        with LiveHeard(f"redis://127.0.0.1:{server.port}/0", work / "heard", workers=2,
                       OPENAI_API_KEY="sk-faults", OPENAI_BASE_URL=fake.base_url,
                       HEARD_LLM_TIMEOUT_S="1", HEARD_LLM_DEADLINE_S=str(deadline_s),
                       HEARD_LLM_MAX_RETRIES="1", HEARD_BREAKER_FAILURES="3",
                       HEARD_BREAKER_OPEN_S="2", HEARD_SINGLEFLIGHT_WAIT_S="8") as h:
            opened: list[bool] = []

            def set_fault(name: str | None) -> Callable[[], None]:
                def act() -> None:
                    fake.fault = name
                    report.faults.append(f"{name or 'healthy'} at {report.sent}")
                    if name is None:
                        return
                    body = get(h.url, "/readyz")[1]
                    opened.append(json.loads(body)["checks"].get("llm_circuit") != "closed")
                return act

            step = total // 7
            load(h.url, report, total, clients, Stage(
                [(step * (i + 1), set_fault(f)) for i, f in enumerate(
                    ["timeout", "429", "500", "garbage", "cut", None])]), stream_every=4,
                unique=True)
            report.checks["circuit was open"] = any(opened) or _opened(h.url)
            # Half-open waits for a caller: the first rewrite after the pause probes and closes.
            report.checks["circuit closed after (s)"] = wait_for(
                "the circuit closes", lambda: rewrite_once(
                    h.url, f"{DRAFTS[1]} Back {time.monotonic()}.")["provider"] == "openai"
                and json.loads(get(h.url, "/readyz")[1])["checks"]["llm_circuit"] == "closed")
            report.checks["latency bound (s)"] = 2 * deadline_s + 3
    finally:
        fake.stop()
        server.kill()
    return report


def _opened(url: str) -> bool:
    text = get(url, "/metrics")[1]
    found = re.search(r"^heard_llm_circuit_opened_total (\S+)", text, re.M)
    return bool(found) and float(found.group(1)) > 0


SCENARIOS = {"redis-killed": redis_killed, "redis-slow": redis_slow_and_dropping,
             "redis-full": redis_full, "llm": llm_faults}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=400, help="per scenario")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--only", choices=sorted(SCENARIOS))
    args = parser.parse_args()
    lost = 0
    sent = 0
    for name, scenario in SCENARIOS.items():
        if args.only and name != args.only:
            continue
        with tempfile.TemporaryDirectory(prefix=f"heard-{name}-") as tmp:
            report = scenario(Path(tmp), args.requests, args.clients)
        print(report.line(), flush=True)
        for what in report.lost[:5]:
            print("   lost:", what)
        lost += len(report.lost)
        sent += report.sent
    print(f"heard faults: {sent} requests, {lost} lost")
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())
