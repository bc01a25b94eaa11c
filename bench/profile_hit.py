"""Where a cache hit (or a miss) spends its time, in one process: the Flask app on a real Redis.

    python bench/profile_hit.py [--requests 500] [--miss | --healthz] [--top 30]
                                [--sort tottime] [--code PATH] [--no-profile | --callgrind]

Starts the embedded Redis and the loopback fake LLM (answering at once), builds the app as
`heard serve` does, creates an agent's token in the store, warms up, then sends `--requests`
rewrites (each with a customer's message, bench/traffic.py) through Flask's test client: once
without the profiler, for the CPU time per request (the figure to compare: it needs no HTTP,
no gunicorn and no second process, so a busy machine changes it far less than it changes
latency), then again under cProfile. It prints that CPU time, the Redis commands per request
from Redis's own counters, and the profile's top functions. `--code PATH` imports the server
from another checkout (BEFORE/AFTER on one machine); the traffic and the fake stay this one's.
`--callgrind` counts instructions per request instead (valgrind, switched on for the requests
only): the same figure however loaded the machine is. `--healthz` sends `GET /healthz`
instead, the floor: what Flask, its test client and Heard's request hooks cost with no work.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def command_counts(client) -> tuple[int, dict[str, int]]:
    """Commands Redis has executed, in total and by name (INFO commandstats)."""
    stats = client.info("commandstats")
    by_name = {name.removeprefix("cmdstat_"): int(v["calls"]) for name, v in stats.items()}
    return sum(by_name.values()), by_name


def handshake(signal_dir: str | None, mine: str, theirs: str) -> None:
    """Under --callgrind: say where this process is, then wait for the parent's word."""
    if signal_dir:
        (Path(signal_dir) / mine).touch()
        while not (Path(signal_dir) / theirs).exists():
            time.sleep(0.05)


def callgrind(args) -> None:
    """The requests alone, counted in instructions: the run starts uninstrumented (imports,
    Redis, warm-up at native speed), callgrind is switched on just before the requests and
    off just after. The count does not depend on the machine's load, unlike CPU time."""
    kind, kinds = _kinds(args)
    with tempfile.TemporaryDirectory(prefix="heard-callgrind-") as tmp:
        out = Path(tmp) / "callgrind.out"
        child = subprocess.Popen(
            ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}",
             sys.executable, __file__, "--no-profile", "--requests", str(args.requests),
             "--code", args.code, "--signal-dir", tmp, *(["--miss"] if args.miss else []),
             *(["--healthz"] if args.healthz else [])],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

        def step(wait_for: str, switch: str, then: str) -> None:
            while not (Path(tmp) / wait_for).exists():
                if child.poll() is not None:
                    raise SystemExit(f"the run under callgrind ended early ({child.returncode})")
                time.sleep(0.2)
            subprocess.run(["callgrind_control", "-i", switch, str(child.pid)], check=True,
                           capture_output=True)
            (Path(tmp) / then).touch()

        step("warm", "on", "go")
        step("done", "off", "end")
        child.wait()
        total = int(re.search(r"^totals: (\d+)", out.read_text(), re.M).group(1))
    print(f"{args.requests} {kinds}: {total / args.requests / 1e6:.2f} M instructions per "
          f"{kind} (callgrind; this process: the app and the test client; server code "
          f"{args.code})")


def _kinds(args) -> tuple[str, str]:
    if args.healthz:
        return "GET /healthz", "GET /healthz"
    return ("miss", "misses") if args.miss else ("hit", "hits")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--miss", action="store_true", help="profile misses, not hits")
    parser.add_argument("--healthz", action="store_true",
                        help="GET /healthz, not rewrites: the floor")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--sort", default="tottime", choices=("tottime", "cumulative"))
    parser.add_argument("--code", default=str(ROOT), help="the checkout whose server to load")
    parser.add_argument("--no-profile", action="store_true", help="the CPU time only")
    parser.add_argument("--save", metavar="PATH", help="also write the profile (pstats) there")
    parser.add_argument("--callgrind", action="store_true",
                        help="instructions per request under valgrind's callgrind instead")
    parser.add_argument("--signal-dir", help=argparse.SUPPRESS)  # --callgrind's own child
    args = parser.parse_args()
    if args.callgrind:
        return callgrind(args)
    # The server's checkout first, so `heard` comes from it; then this one for the traffic.
    sys.path[:0] = [str(Path(args.code) / "server"), str(ROOT)]

    import redis
    from bench.traffic import unique_requests
    from tests.fake_llm import FakeLLM

    from heard.app import create_app
    from heard.store import ensure_embedded
    from heard.tokens import TokenStore

    fake = FakeLLM().start()
    with tempfile.TemporaryDirectory(prefix="heard-profile-") as tmp:
        url = ensure_embedded(Path(tmp) / "redis")
        client = redis.Redis.from_url(url)
        app = create_app({"redis_url": url, "openai_api_key": "sk-profile",
                          "openai_base_url": fake.base_url, "rate_limit": "1000000/minute",
                          "data_dir": tmp, "log_level": "WARNING"})
        secret, _ = TokenStore(client).create("profile agent", "agent")
        http = app.test_client()
        headers = {"Authorization": f"Bearer {secret}"}
        requests = unique_requests()
        hot = next(requests)

        def send(pair: tuple[str, str]) -> None:
            if args.healthz:
                assert http.get("/healthz").status_code == 200
                return
            text, message = pair
            response = http.post("/v1/rewrite", json={
                "text": text, "context": {"customer_name": "Dana", "customer_message": message}},
                headers=headers)
            assert response.status_code == 200, response.get_data(as_text=True)
            # Plain json: the app's JSON provider checks every string (a server's cost).
            assert json.loads(response.get_data())["cached"] is not args.miss

        def batch() -> list[tuple[str, str]]:
            return [next(requests) for _ in range(args.requests)] if args.miss \
                else [hot] * args.requests

        for _ in range(5):
            http.post("/v1/rewrite", json={"text": next(requests)[0]}, headers=headers)
        http.post("/v1/rewrite", json={"text": hot[0], "context": {
            "customer_name": "Dana", "customer_message": hot[1]}}, headers=headers)
        kind, kinds = _kinds(args)
        import heard
        code = Path(heard.__file__).resolve().parents[2]  # what was really imported

        work = batch()
        handshake(args.signal_dir, "warm", "go")
        cpu_started = time.process_time()
        for pair in work:
            send(pair)
        cpu = time.process_time() - cpu_started
        handshake(args.signal_dir, "done", "end")
        print(f"{args.requests} {kinds}, no profiler: {cpu / args.requests * 1000:.2f} ms CPU "
              f"per {kind} (this process: the app and the test client; server code {code})")
        if args.no_profile:
            fake.stop()
            return

        work = batch()
        before, by_name_before = command_counts(client)
        profiler = cProfile.Profile(time.process_time)  # CPU, not wall: the machine is shared
        started, cpu_started = time.perf_counter(), time.process_time()
        profiler.enable()
        for pair in work:
            send(pair)
        profiler.disable()
        cpu = time.process_time() - cpu_started
        wall = time.perf_counter() - started
        after, by_name_after = command_counts(client)
        # INFO itself is one command, run once after the loop.
        per = (after - before - 1) / args.requests
        names = {n: (by_name_after[n] - by_name_before.get(n, 0)) / args.requests
                 for n in by_name_after if by_name_after[n] != by_name_before.get(n, 0)}
        names["info"] = names.get("info", 1 / args.requests) - 1 / args.requests
        print(f"{args.requests} {kinds} under cProfile: {cpu / args.requests * 1000:.2f} ms "
              f"CPU, {wall / args.requests * 1000:.2f} ms wall per request (profiling inflates "
              "both)")
        print(f"Redis commands per {kind}: {per:.2f} — " + ", ".join(
            f"{n} {v:.2f}" for n, v in sorted(names.items(), key=lambda kv: -kv[1]) if v))
        if args.save:
            profiler.dump_stats(args.save)
        pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.top)
    fake.stop()


if __name__ == "__main__":
    main()
