"""`make soak`: minutes of steady, mixed traffic against Heard under gunicorn, watching for leaks.

    python -m tests.soak.run [--duration-s 300] [--rate 20] [--sample-s 60] [--workers 3]

Starts a real redis-server, the loopback fake LLM (answering after `--llm-ms`) and Heard under
gunicorn with several workers, then sends a fixed mix at a fixed rate — open loop: a request
leaves on schedule whether or not earlier ones came back — of cache hits, misses, streamed
rewrites, feedback on earlier answers and admin reads. Every `--sample-s` it records each
worker's resident memory, open files and threads, Redis's connected clients and that
interval's latency, prints the table, and fails if requests went unanswered; if memory, open
files or latency grew from the first third of the run to the last beyond TOLERANCES and were
still growing at the end (above every earlier sample: a one-off step, like a worker's first
real traffic, is not a leak); or if threads or Redis connections outgrew the pools.
Loopback only, bounded in count and time; it stops what it started.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import redis

from tests.conftest import RedisServer
from tests.fake_llm import FakeLLM, Reply
from tests.live import TOKEN, LiveHeard

# What may grow from the first third of a soak to the last (the last third's lowest sample
# minus the first third's highest) before it counts as a leak — if it is still growing then.
TOLERANCES = {
    "rss_mb": 30.0,  # per worker: allocator noise and lazily built caches, not a leak
    "fds": 8,  # per worker: a connection or two opened on demand
    "p50_ms": 50.0,  # and at most doubled: latency drifting up under the same load
}
# Pool-bounded counts: gthread's threads grow to the concurrency they meet and Redis
# connections with them, up to the configured threads; beyond that is a leak.
SPARE_THREADS = 4  # per worker: main, heartbeat, the in-memory rate limiter's timer, a stream
SPARE_CLIENTS = 4  # the soak's own Redis client, an admin read in flight
# The mix: kind → weight (per 100 requests).
MIX = {"hit": 50, "miss": 18, "stream": 10, "feedback": 14, "admin": 8}
ADMIN_READS = ["/v1/admin/stats?days=7", "/v1/admin/tokens", "/v1/admin/prompts", "/v1/me"]
WORDS = ["kindly", "calmly", "gladly", "simply", "warmly", "plainly", "briefly", "clearly",
         "gently", "openly", "promptly", "quietly", "rightly", "surely", "truly", "wisely"]
HOT = [f"Hi, thanks for waiting. Your {noun} #{n} ships on Monday and the tracking link "
       "follows by email." for n, noun in enumerate(["order", "parcel", "refund"], 4000)]


class SteadyLLM(FakeLLM):
    """The test fake, answering every unscripted call after a fixed latency."""

    latency_s = 0.05

    def next_behaviour(self, body: dict):
        behaviour = super().next_behaviour(body)
        return Reply(delay_s=self.latency_s) if behaviour == Reply() else behaviour


@dataclass
class Sample:
    at_s: float
    rss_mb: list[float]  # per worker
    fds: list[int]
    threads: list[int]
    workers: list[int]  # their pids: a restarted worker is not a leak, but it is shown
    redis_clients: int
    requests: int = 0
    p50_ms: float = 0.0
    p99_ms: float = 0.0


@dataclass
class Report:
    sent: int = 0
    answered: int = 0
    retried: int = 0  # a keep-alive connection the server had just closed: sent again
    lost: list[str] = field(default_factory=list)
    by_kind: dict[str, int] = field(default_factory=dict)
    samples: list[Sample] = field(default_factory=list)
    growth: dict[str, float] = field(default_factory=dict)
    leaks: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.lost and not self.leaks and self.answered == self.sent

    HEADER = ("| at | answered | p50 / p99 ms | RSS MB per worker | open files | threads | "
              "Redis clients |\n|---|---|---|---|---|---|---|")

    @staticmethod
    def row(s: Sample) -> str:
        return (f"| {s.at_s:.0f} s | {s.requests} | {s.p50_ms:.1f} / {s.p99_ms:.1f} | "
                f"{' '.join(f'{m:.1f}' for m in s.rss_mb)} | {' '.join(map(str, s.fds))} | "
                f"{' '.join(map(str, s.threads))} | {s.redis_clients} |")

    def table(self) -> str:
        rows = [self.HEADER, *map(self.row, self.samples)]
        growth = ", ".join(f"{k} {v:+.1f} (tolerance {TOLERANCES[k]})" if k in TOLERANCES
                           else f"{k} {v:g}" for k, v in self.growth.items())
        rows.append(f"\nsent {self.sent}, answered {self.answered}, lost {len(self.lost)}, "
                    f"retried on a closed keep-alive {self.retried}; by kind {self.by_kind}")
        rows.append(f"growth, first third to last: {growth}")
        rows.append("leaks: " + ("; ".join(self.leaks) if self.leaks else "none"))
        return "\n".join(rows)


def _proc(pid: int) -> tuple[float, int, int]:
    """Resident MB, open file descriptors and threads of one process (from /proc)."""
    status = Path(f"/proc/{pid}/status").read_text()
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    rss_kb = int(fields["VmRSS"].split()[0])
    return rss_kb / 1024, len(os.listdir(f"/proc/{pid}/fd")), int(fields["Threads"])


def worker_pids(master: int) -> list[int]:
    """gunicorn's workers: the master's children."""
    children = Path(f"/proc/{master}/task/{master}/children")
    return sorted(int(p) for p in children.read_text().split())


class Traffic:
    """The open-loop sender: `send(kind)` on a pool of keep-alive connections."""

    def __init__(self, port: int, agent: str, report: Report) -> None:
        self.port, self.agent, self.report = port, agent, report
        self.lock = threading.Lock()
        self.local = threading.local()
        self.latencies: list[float] = []
        self.ids: list[str] = []  # answers to send feedback on
        self.unique = (f"{HOT[n % 3]} Note {a} {b} {c}." for n, (a, b, c) in
                       enumerate(itertools.product(WORDS, WORDS, WORDS)))

    def _conn(self, fresh: bool = False) -> http.client.HTTPConnection:
        if fresh or getattr(self.local, "conn", None) is None:
            self.local.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        return self.local.conn

    def _request(self, method: str, path: str, body: dict | None, token: str,
                 stream: bool = False) -> tuple[int, str]:
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json",
                   **({"Accept": "text/event-stream"} if stream else {})}
        data = json.dumps(body) if body is not None else None
        for attempt in (0, 1):
            conn = self._conn(fresh=attempt == 1)
            try:
                conn.request(method, path, data, headers)
                response = conn.getresponse()
                return response.status, response.read().decode()
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                # gunicorn closed an idle keep-alive as we reused it: a browser resends too
                conn.close()
                if attempt:
                    raise
                with self.lock:
                    self.report.retried += 1
        raise AssertionError("unreachable")

    def send(self, kind: str) -> None:
        started = time.perf_counter()
        try:
            outcome = self._one(kind)
        except (OSError, http.client.HTTPException) as exc:
            self._conn(fresh=True)
            outcome = f"{kind}: no answer ({type(exc).__name__})"
        elapsed = time.perf_counter() - started
        with self.lock:
            self.report.sent += 1
            self.report.by_kind[kind] = self.report.by_kind.get(kind, 0) + 1
            if outcome == "ok":
                self.report.answered += 1
                self.latencies.append(elapsed)
            else:
                self.report.lost.append(outcome)

    def _one(self, kind: str) -> str:
        if kind == "admin":
            with self.lock:
                path = ADMIN_READS[self.report.sent % len(ADMIN_READS)]
            status, body = self._request("GET", path, None, TOKEN)
            return "ok" if status == 200 else f"admin {path}: HTTP {status} {body[:100]}"
        if kind == "feedback":
            with self.lock:
                rid = self.ids.pop() if self.ids else None
            if rid is not None:
                status, body = self._request("POST", "/v1/feedback", {
                    "id": rid, "action": "accepted"}, self.agent)
                return "ok" if status == 200 else f"feedback: HTTP {status} {body[:100]}"
            kind = "hit"  # nothing to give feedback on yet
        with self.lock:
            text = next(self.unique) if kind == "miss" or (
                kind == "stream" and self.report.sent % 2) else HOT[self.report.sent % 3]
        stream = kind == "stream"
        status, body = self._request("POST", "/v1/rewrite", {
            "text": text, "context": {"customer_name": "Dana"}}, self.agent, stream)
        if status != 200:
            return f"{kind}: HTTP {status} {body[:100]}"
        if stream:
            if "event: result" not in body:
                return f"stream: no result event ({body[-100:]!r})"
            answer = json.loads(body.split("event: result\ndata: ", 1)[1].split("\n", 1)[0])
        else:
            answer = json.loads(body)
        with self.lock:
            if len(self.ids) < 1000:
                self.ids.append(answer["id"])
        return "ok"

    def window(self) -> tuple[int, float, float]:
        """Requests answered since the last call, their p50 and p99 in ms."""
        with self.lock:
            lat, self.latencies = sorted(self.latencies), []
        if not lat:
            return 0, 0.0, 0.0
        return (len(lat), statistics.median(lat) * 1000,
                lat[min(len(lat) - 1, round(0.99 * (len(lat) - 1)))] * 1000)


def soak(work: Path, duration_s: float, rate: float, sample_s: float, workers: int = 3,
         threads: int = 16, llm_ms: float = 50, log=print) -> Report:
    report = Report()
    fake = SteadyLLM()
    fake.latency_s = llm_ms / 1000
    fake.start()
    store = RedisServer(work / "redis")
    (work / "redis").mkdir(parents=True)
    store.start()
    client = redis.Redis.from_url(store.url)
    try:
        with LiveHeard(store.url, work / "heard", workers=workers, threads=threads,
                       OPENAI_API_KEY="sk-soak", OPENAI_BASE_URL=fake.base_url,
                       HEARD_LLM_TIMEOUT_S="10", HEARD_LOG_LEVEL="WARNING") as heard:
            conn = http.client.HTTPConnection("127.0.0.1", heard.port, timeout=30)
            conn.request("POST", "/v1/admin/tokens", json.dumps({"name": "soak agent"}),
                         {"Authorization": f"Bearer {TOKEN}",
                          "Content-Type": "application/json"})
            agent = json.loads(conn.getresponse().read())["token"]
            traffic = Traffic(heard.port, agent, report)
            for _ in range(6):  # warm up every worker's imports; answers to give feedback on
                traffic.send("hit")
            report.sent = report.answered = 0
            report.by_kind.clear()
            traffic.window()
            kinds = [k for k, weight in MIX.items() for _ in range(weight)]
            order = itertools.cycle(kinds[i] for i in _spread(len(kinds)))
            master = heard.proc.pid
            started = time.monotonic()
            next_sample = started + sample_s

            def sample() -> None:
                pids = worker_pids(master)
                stats = [_proc(pid) for pid in pids]
                n, p50, p99 = traffic.window()
                report.samples.append(Sample(
                    round(time.monotonic() - started), [s[0] for s in stats],
                    [s[1] for s in stats], [s[2] for s in stats], pids,
                    int(client.info("clients")["connected_clients"]), n, p50, p99))
                log(report.row(report.samples[-1]))

            with ThreadPoolExecutor(max_workers=max(8, int(rate))) as pool:
                for n in itertools.count():
                    due = started + n / rate
                    if due >= started + duration_s:
                        break
                    while (now := time.monotonic()) < due:
                        time.sleep(min(due - now, 0.05))
                        if time.monotonic() >= next_sample:
                            sample()
                            next_sample += sample_s
                    pool.submit(traffic.send, next(order))
            if time.monotonic() >= next_sample - sample_s / 2:
                sample()
    finally:
        store.stop()
        fake.stop()
    judge(report, threads)
    return report


def _spread(n: int) -> list[int]:
    """A fixed interleaving of the mix (every kind throughout, not in blocks)."""
    return sorted(range(n), key=lambda i: (i * 37) % n)


def judge(report: Report, threads: int) -> None:
    """Growth in the last third of the samples over the highest level before it, against
    TOLERANCES; threads and Redis connections against what the pools may hold."""
    samples = report.samples
    if len(samples) < 3:
        report.leaks.append(f"only {len(samples)} samples: run longer than 3 sample intervals")
        return
    if {tuple(s.workers) for s in samples} != {tuple(samples[0].workers)}:
        report.leaks.append("a worker was replaced during the soak (crash or max_requests)")
        return
    third = max(1, len(samples) // 3)
    first = samples[:third]
    workers = len(samples[0].workers)

    def grew(values: list[float], warm: float) -> tuple[float, float]:
        """Growth over the run, and over everything before the last third. `warm`: the level
        some worker already held in the first third — a worker that steps up to it late (its
        first real traffic loads what its peers loaded early) has caught up, not leaked."""
        return (min(values[-third:]) - max(max(values[:third]), warm),
                min(values[-third:]) - max(max(values[:-third]), warm))

    for name, per_worker in (("rss_mb", True), ("fds", True), ("p50_ms", False)):
        series = [[getattr(s, name)[w] for s in samples] for w in range(workers)] \
            if per_worker else [[getattr(s, name) for s in samples]]
        warm = max(max(v[:third]) for v in series)
        overall, still = max(grew(v, warm) for v in series)
        report.growth[name] = round(overall, 1)
        limit = TOLERANCES[name]
        if name == "p50_ms":
            limit = max(limit, max(s.p50_ms for s in first))  # "at most doubled"
        if overall > limit and still > 0:
            report.leaks.append(f"{name} grew by {overall:.1f} (tolerance {limit:.1f}) and "
                                "was still growing")
    most_threads = max(max(s.threads) for s in samples)
    most_clients = max(s.redis_clients for s in samples)
    report.growth["threads_max"] = most_threads
    report.growth["redis_clients_max"] = most_clients
    if most_threads > threads + SPARE_THREADS:
        report.leaks.append(f"a worker ran {most_threads} threads (its pool holds {threads})")
    if most_clients > workers * (threads + 1) + SPARE_CLIENTS:
        report.leaks.append(f"{most_clients} Redis clients for {workers} workers x {threads} "
                            "threads")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration-s", type=float,
                        default=float(os.environ.get("SOAK_S", 300)))
    parser.add_argument("--rate", type=float, default=20, help="requests per second")
    parser.add_argument("--sample-s", type=float, default=60)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--threads", type=int, default=16)
    parser.add_argument("--llm-ms", type=float, default=50)
    args = parser.parse_args()
    print(f"heard soak: {args.duration_s:.0f} s at {args.rate:g} req/s against {args.workers} "
          f"workers x {args.threads} threads; fake LLM {args.llm_ms:g} ms; mix {MIX}",
          flush=True)
    print(Report.HEADER, flush=True)
    with tempfile.TemporaryDirectory(prefix="heard-soak-") as tmp:
        report = soak(Path(tmp), args.duration_s, args.rate, args.sample_s, args.workers,
                      args.threads, args.llm_ms, log=lambda line: print(line, flush=True))
    print(report.table().split("\n\n", 1)[1])
    for what in report.lost[:5]:
        print("   lost:", what)
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
