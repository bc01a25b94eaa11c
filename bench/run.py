"""Reproducible benchmark of a real `heard serve` (gunicorn, gthread) against a fake LLM.

    python bench/run.py [--latency-ms 300] [--workers 2] [--threads 32] [--clients 64]

What it starts: the embedded Redis (a real redis-server), the loopback OpenAI-compatible fake
from tests/fake_llm.py answering every call after a fixed latency, and `heard serve` as a
subprocess. What it measures, over HTTP with keep-alive, as an agent's extension would:
cache-hit latency at 1 and at 8 concurrent clients (closed loop) with the server's CPU per hit,
the service's added time on a miss (its latency minus the LLM's) at 1 and 8 clients, the LLM
calls a burst of identical requests costs, and throughput at N concurrent clients for hits and
for misses. The latency rows run `--repeat` times against the same server and report the
median of each percentile. It prints a Markdown table (bench/README.md records one run).
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import os
import platform
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import redis

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "server")]

from bench.traffic import CUSTOMERS, unique_requests  # noqa: E402
from tests.fake_llm import FakeLLM, Reply  # noqa: E402

from heard.store import ensure_embedded  # noqa: E402
from heard.tokens import TokenStore  # noqa: E402

ADMIN_TOKEN = "bench-admin-token-0123456789"
TOKEN = ""  # an agent's token, created in the store like `heard token create` does
class FixedLatencyLLM(FakeLLM):
    """The test fake, answering unscripted calls after a fixed latency."""

    latency_s: float = 0.3

    def next_behaviour(self, body: dict):
        behaviour = super().next_behaviour(body)
        return Reply(delay_s=self.latency_s) if behaviour == Reply() else behaviour


class Client:
    """One keep-alive HTTP connection, like one agent's browser."""

    def __init__(self, port: int) -> None:
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def healthz(self) -> float:
        started = time.perf_counter()
        self.conn.request("GET", "/healthz")
        self.conn.getresponse().read()
        return time.perf_counter() - started

    def rewrite(self, text: str, message: str = "", name: str = "Dana") -> tuple[float, dict]:
        body = json.dumps({"text": text, "context": {"customer_name": name,
                                                     "customer_message": message}})
        started = time.perf_counter()
        self.conn.request("POST", "/v1/rewrite", body, {
            "Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
        response = self.conn.getresponse()
        data = response.read()
        elapsed = time.perf_counter() - started
        if response.status != 200:
            raise RuntimeError(f"HTTP {response.status}: {data[:200]!r}")
        return elapsed, json.loads(data)


def pct(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(args, fake: FakeLLM, data_dir: Path, redis_url: str) -> subprocess.Popen:
    env = {**os.environ, "HEARD_REDIS_URL": redis_url, "HEARD_ADMIN_TOKEN": ADMIN_TOKEN,
           "OPENAI_API_KEY": "sk-bench", "OPENAI_BASE_URL": fake.base_url,
           "HEARD_LLM_TIMEOUT_S": "30", "HEARD_RATE_LIMIT": "1000000/minute",
           "HEARD_PORT": str(args.port), "HEARD_WORKERS": str(args.workers),
           "HEARD_THREADS": str(args.threads), "HEARD_DATA_DIR": str(data_dir),
           "HEARD_LOG_LEVEL": "WARNING", "PYTHONPATH": str(Path(args.code) / "server")}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    proc = subprocess.Popen([sys.executable, "-m", "heard", "serve"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    deadline = time.monotonic() + 120
    while True:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", args.port, timeout=2)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                return proc
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError("heard serve did not start")
        time.sleep(0.1)


def server_cpu_s(pgid: int) -> float:
    """User + system CPU seconds of every process in the server's group (master, workers)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # gone meanwhile
            continue
        if int(fields[2]) == pgid:  # fields[2] is the process group (field 5 of stat)
            total += int(fields[11]) + int(fields[12])
    return total / tick


def concurrently(n: int, port: int, work) -> list:
    """Run `work(client)` once in each of n threads released together."""
    barrier = threading.Barrier(n)
    clients = [Client(port) for _ in range(n)]

    def run(client: Client):
        barrier.wait()
        return work(client)

    with ThreadPoolExecutor(n) as pool:
        return list(pool.map(run, clients))


def throughput(port: int, clients: int, duration_s: float, next_request) -> tuple[float, list]:
    lock = threading.Lock()
    stop_at = time.perf_counter() + duration_s

    def loop(client: Client) -> list[float]:
        out = []
        while time.perf_counter() < stop_at:
            with lock:
                text, message = next_request()
            out.append(client.rewrite(text, message)[0])
        return out

    started = time.perf_counter()
    samples = [s for per in concurrently(clients, port, loop) for s in per]
    return len(samples) / (time.perf_counter() - started), samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--latency-ms", type=float, default=300)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=32)
    parser.add_argument("--clients", type=int, default=64)
    parser.add_argument("--hits", type=int, default=300)
    parser.add_argument("--misses", type=int, default=40)
    parser.add_argument("--burst", type=int, default=16)
    parser.add_argument("--duration-s", type=float, default=10)
    parser.add_argument("--concurrency", type=int, default=8,
                        help="clients for the concurrent hit and miss latency rows")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of the latency rows; each percentile is their median")
    parser.add_argument("--latency-only", action="store_true",
                        help="skip the burst and throughput rows")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--code", default=str(ROOT),
                        help="the checkout whose server to measure (BEFORE: a worktree of an "
                             "older commit); the client and the fake stay this checkout's")
    args = parser.parse_args()
    args.port = args.port or free_port()
    random.seed(7)
    latency = args.latency_ms / 1000

    fake = FixedLatencyLLM()
    fake.latency_s = latency
    fake.start()
    with tempfile.TemporaryDirectory(prefix="heard-bench-") as tmp:
        redis_url = ensure_embedded(Path(tmp) / "redis")
        global TOKEN
        # An agent's stored token, as agents use (the bootstrap admin token needs no lookup).
        TOKEN, _ = TokenStore(redis.Redis.from_url(redis_url)).create("bench agent", "agent")
        load_at_start = os.getloadavg()[0]
        server = start_server(args, fake, Path(tmp), redis_url)
        try:
            rows = run(args, fake, latency, server.pid)
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(30)
    fake.stop()
    print(f"\nheard bench: {platform.processor() or platform.machine()}, {os.cpu_count()} "
          f"cores, load {load_at_start:.1f} at start, Python {platform.python_version()}; "
          f"fake LLM latency {args.latency_ms:.0f} ms; heard serve {args.workers} workers x "
          f"{args.threads} threads; server code {args.code}\n")
    print("| measure | result |\n|---|---|")
    for name, result in rows:
        print(f"| {name} | {result} |")


def closed_loop(port: int, clients: int, per_client: int, next_request,
                cached: bool, stagger_s: float = 0) -> list[float]:
    """`clients` agents each sending `per_client` requests back to back; their latencies.
    Released together; with `stagger_s`, the n-th agent starts n × stagger_s later."""
    lock = threading.Lock()
    starts = itertools.count()

    def loop(client: Client) -> list[float]:
        out = []
        with lock:
            n = next(starts)
        time.sleep(n * stagger_s)  # pacing the load, not waiting for a result
        for _ in range(per_client):
            with lock:
                text, message = next_request()
            elapsed, answer = client.rewrite(text, message)
            assert answer["customer"], "the customer's message was not read"
            assert answer["cached"] == cached, answer["warnings"]
            if not cached:
                assert answer["provider"] == "openai", answer["warnings"]
            out.append(elapsed)
        return out

    return [s for per in concurrently(clients, port, loop) for s in per]


def median_of(runs: list[list[float]], p: float) -> float:
    return statistics.median(pct(samples, p) for samples in runs)


def run(args, fake: FakeLLM, latency: float, pgid: int) -> list[tuple[str, str]]:
    requests = unique_requests()
    client = Client(args.port)
    for _ in range(5):  # warm up: imports, connections, the language models' first use
        client.rewrite(*next(requests))
    hot = next(requests)
    client.rewrite(*hot)
    c = args.concurrency
    hits1, hits_c, miss1, miss_c, cpu, floor1, floor_c = [], [], [], [], [], [], []
    client_cpu, miss_cpu, miss_s, floor_cpu = [], [], [], []
    for _ in range(args.repeat):
        # The floor: gunicorn, Flask and Heard's request hooks answering GET /healthz.
        cpu_before = server_cpu_s(pgid)
        floor1.append(concurrently(1, args.port, lambda cl: [cl.healthz() for _ in
                                                             range(args.hits)])[0])
        floor_cpu.append((server_cpu_s(pgid) - cpu_before) / args.hits)
        floor_c.append([s for per in concurrently(c, args.port, lambda cl: [
            cl.healthz() for _ in range(max(1, args.hits // c) * 2)]) for s in per])
        cpu_before, client_before = server_cpu_s(pgid), time.process_time()
        hits1.append(closed_loop(args.port, 1, args.hits, lambda: hot, cached=True))
        cpu.append((server_cpu_s(pgid) - cpu_before) / args.hits)
        # This process: the client's threads (the fake LLM idles during hits).
        client_cpu.append((time.process_time() - client_before) / args.hits)
        hits_c.append(closed_loop(args.port, c, max(1, args.hits // c) * 2, lambda: hot,
                                  cached=True))
        cpu_before = server_cpu_s(pgid)
        miss1.append([m - latency for m in closed_loop(
            args.port, 1, args.misses, lambda: next(requests), cached=False)])
        miss_cpu.append((server_cpu_s(pgid) - cpu_before) / args.misses)
        miss_c.append([m - latency for m in closed_loop(
            args.port, c, max(1, args.misses // c) * 2, lambda: next(requests),
            cached=False)])
        # The same agents, not in step: with a fixed LLM latency, clients released together
        # stay together, and every miss queues behind the other seven's CPU at once.
        miss_s.append([m - latency for m in closed_loop(
            args.port, c, max(1, args.misses // c) * 2, lambda: next(requests),
            cached=False, stagger_s=latency / c)])

    def p50_p99(runs: list[list[float]]) -> str:
        return f"{ms(median_of(runs, 50))} / {ms(median_of(runs, 99))}"

    rows = [
        ("floor: GET /healthz, 1 client, p50 / p99", p50_p99(floor1)),
        (f"floor: GET /healthz, {c} clients, p50 / p99", p50_p99(floor_c)),
        ("server CPU per GET /healthz (all processes)", ms(statistics.median(floor_cpu))),
        ("cache hit, 1 client, p50 / p99", p50_p99(hits1)),
        (f"cache hit, {c} clients, p50 / p99", p50_p99(hits_c)),
        ("server CPU per cache hit (all processes)", ms(statistics.median(cpu))),
        ("bench client CPU per cache hit (on the same cores)",
         ms(statistics.median(client_cpu))),
        (f"added by Heard on a miss, 1 client, p50 / p99 (LLM takes {ms(latency)})",
         p50_p99(miss1)),
        (f"added by Heard on a miss, {c} clients, p50 / p99", p50_p99(miss_c)),
        (f"added by Heard on a miss, {c} clients not in step (one starts every "
         f"{ms(latency / c)}), p50 / p99", p50_p99(miss_s)),
        ("server CPU per miss (all processes)", ms(statistics.median(miss_cpu))),
    ]
    if args.latency_only:
        rows.append(("runs (median of each percentile)", str(args.repeat)))
        return rows

    for size in sorted({args.burst, args.clients}):
        # One new macro sent at the same moment by `size` agents for `size` customers.
        macro = next(requests)[0]
        customers = iter(CUSTOMERS * 2)
        lock = threading.Lock()

        def send(c: Client, macro=macro, customers=customers, lock=lock) -> dict:
            with lock:
                name = next(customers)
            answer = c.rewrite(f"Hi {name.split()[0]}, " + macro, "", name)[1]
            assert name.split()[0] in answer["rewrite"]
            return answer

        calls_before = len(fake.requests)
        answers = concurrently(size, args.port, send)
        calls = len(fake.requests) - calls_before
        shared = sum(a["cached"] for a in answers)
        rows.append((f"burst: one new macro for {size} customers at once: LLM calls",
                     f"{calls} ({shared} answered from the shared call)"))

    rps, samples = throughput(args.port, args.clients, args.duration_s, lambda: hot)
    rows.append((f"throughput, {args.clients} clients, cache hits",
                 f"{rps:.0f} req/s (p50 {ms(pct(samples, 50))}, p99 {ms(pct(samples, 99))})"))
    rps, samples = throughput(args.port, args.clients, args.duration_s,
                              lambda: next(requests))
    ceiling = min(args.clients, args.workers * args.threads) / latency
    rows.append((f"throughput, {args.clients} clients, all misses",
                 f"{rps:.0f} req/s (p50 {ms(pct(samples, 50))}, p99 {ms(pct(samples, 99))}; "
                 f"ceiling with a {ms(latency)} LLM: {ceiling:.0f} req/s)"))
    rows.append(("runs of the latency rows (median of each percentile)", str(args.repeat)))
    return rows


if __name__ == "__main__":
    main()
