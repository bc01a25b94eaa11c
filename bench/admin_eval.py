"""How long an admin waits for an evaluation of the shipped set (prompts/eval.json).

    python bench/admin_eval.py [--runs 3] [--latency-ms 0,300] [--repeat 3]

Runs what `POST /v1/admin/eval` and `heard eval` run, in this process: the offline engine
(deterministic, each case once), then the loopback OpenAI-compatible fake from
tests/fake_llm.py answering every call after a fixed latency (each case `--runs` times, 8
rewrites in flight). Redis is a throwaway embedded redis-server. Prints a Markdown table of
wall-clock seconds (the median of `--repeat` evaluations) and the evaluation's own metrics.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "server")]

from tests.fake_llm import FakeLLM, Reply  # noqa: E402

from heard import evaluate  # noqa: E402
from heard.app import create_app  # noqa: E402
from heard.evalset import shipped_cases  # noqa: E402


class FixedLatencyLLM(FakeLLM):
    latency_s: float = 0.0

    def next_behaviour(self, body: dict):
        behaviour = super().next_behaviour(body)
        return Reply(delay_s=self.latency_s) if behaviour == Reply() else behaviour


def measure(app, runs: int, repeat: int) -> tuple[list[float], dict]:
    svc = app.extensions["heard.services"]
    cases = shipped_cases(app.config["HEARD"].prompts_dir)
    seconds, result = [], {}
    for _ in range(repeat):
        started = time.perf_counter()
        result = evaluate.evaluate_version(svc, cases, "default", 1, runs)
        seconds.append(time.perf_counter() - started)
    return seconds, result


def row(name: str, seconds: list[float], result: dict) -> str:
    m = result["metrics"]
    rewrites = m["cases"] * m["runs"]
    return (f"| {name} | {m['cases']} × {m['runs']} | {statistics.median(seconds):.2f} s "
            f"({min(seconds):.2f}–{max(seconds):.2f}) | {m['latency_ms_p50']} / "
            f"{m['latency_ms_p95']} ms | {1000 * statistics.median(seconds) / rewrites:.1f} ms "
            f"| {m['guard_pass_rate']:.0%} | {m['facts_kept']:.0%} | {m['invariant_breaks']} "
            f"| {m['score_before']} → {m['score_after']} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=evaluate.DEFAULT_RUNS)
    parser.add_argument("--latency-ms", default="0,300",
                        help="comma-separated fake LLM latencies to measure")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    logging.getLogger("heard").setLevel(logging.WARNING)
    fake = FixedLatencyLLM().start()
    lines = ["| engine | cases × runs | evaluation, median (min–max) | rewrite p50 / p95 | "
             "wall per rewrite | first-try guard pass | facts kept | invariant breaks | "
             "score |", "|---|---|---|---|---|---|---|---|---|"]
    with tempfile.TemporaryDirectory() as data:
        base = {"data_dir": Path(data), "log_level": "WARNING", "admin_token": "x" * 24}
        seconds, result = measure(create_app({**base, "provider": "offline"}), 1, args.repeat)
        lines.append(row("offline", seconds, result))
        for ms in (float(x) for x in args.latency_ms.split(",")):
            fake.latency_s = ms / 1000
            app = create_app({**base, "openai_api_key": "sk-bench",
                              "openai_base_url": fake.base_url})
            seconds, result = measure(app, args.runs, args.repeat)
            lines.append(row(f"fake LLM, {ms:.0f} ms/call", seconds, result))
    fake.stop()
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
