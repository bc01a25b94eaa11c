"""`make fuzz`: schemathesis against a live gunicorn on loopback, every route in /openapi.json.

    python -m tests.fuzz.run [--max-time 300] [--max-examples 200] [--workers 2]

Starts a real redis-server and Heard under gunicorn (offline engine, no rate limit), runs the
schemathesis CLI with the admin token, and prints how many cases ran and what failed. Checks:
no 5xx, every status, content type, header and body as documented, auth not ignored, no
answer slower than --max-response-time (a hang), and ours: no traceback or token in a body.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import RedisServer
from tests.live import ROOT, TOKEN, LiveHeard

CHECKS = ("not_a_server_error,status_code_conformance,content_type_conformance,"
          "response_headers_conformance,response_schema_conformance,ignored_auth,"
          "no_traceback_or_token")


@dataclass
class Result:
    returncode: int
    cases: int
    operations: int
    output: str
    server_log: str


def fuzz(work: Path, max_time_s: int, max_examples: int, workers: int = 1,
         max_response_time_s: float = 10.0, seed: int | None = None,
         skip: tuple[str, ...] = (), phases: str = "examples,coverage,fuzzing") -> Result:
    """`skip`: operation ids left out (each with its reason where it is passed). `phases`:
    "coverage" alone is bounded by work (boundary and invalid values for every parameter of
    every operation), not by the clock; "fuzzing" goes on until `max_time_s`."""
    redis_server = RedisServer(work / "redis")
    (work / "redis").mkdir(parents=True, exist_ok=True)
    redis_server.start()
    try:
        with LiveHeard(redis_server.url, work / "heard", threads=16) as heard:
            report = work / "report.ndjson"
            cmd = [sys.executable, "-m", "schemathesis.cli", "run", f"{heard.url}/openapi.json",
                   "--checks", CHECKS, "--max-examples", str(max_examples),
                   "--max-time", str(max_time_s), "--workers", str(workers),
                   "--max-response-time", str(max_response_time_s),
                   "--request-timeout", str(max_response_time_s + 5),
                   "--header", f"Authorization: Bearer {TOKEN}",
                   "--phases", phases,
                   "--generation-database", "none", "--no-color",
                   "--report", "ndjson", "--report-ndjson-path", str(report)]
            if seed is not None:
                cmd += ["--seed", str(seed)]
            for operation_id in skip:
                cmd += ["--exclude-operation-id", operation_id]
            env = {**os.environ, "SCHEMATHESIS_HOOKS": "tests.fuzz.hooks",
                   "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "server")])}
            done = subprocess.run(cmd, cwd=work, env=env, capture_output=True, text=True,
                                  timeout=max_time_s + 120)
            cases, operations = _count(report)
            return Result(done.returncode, cases, operations, done.stdout + done.stderr,
                          heard.output())
    finally:
        redis_server.stop()


def _count(report: Path) -> tuple[int, int]:
    """Requests sent and operations tested, from schemathesis' ndjson events."""
    cases, operations = 0, set()
    if not report.exists():
        return 0, 0
    for line in report.read_text().splitlines():
        event = json.loads(line)
        for name, body in event.items():
            if name == "ScenarioFinished":
                recorder = body.get("recorder") or {}
                cases += len(recorder.get("interactions") or {})
                label = recorder.get("label")
                if label:
                    operations.add(label)
    return cases, len(operations)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-time", type=int, default=300)
    parser.add_argument("--max-examples", type=int, default=300)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="heard-fuzz-") as tmp:
        result = fuzz(Path(tmp), args.max_time, args.max_examples, args.workers,
                      seed=args.seed)
    print(result.output[-6000:])
    print(f"heard fuzz: {result.cases} requests over {result.operations} operations, "
          f"schemathesis exit {result.returncode}")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
