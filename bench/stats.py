"""How long /v1/admin/stats takes to read 90 days of counters for 50 agents.

Fills a throwaway real Redis (the embedded server) with a fixed-seed synthetic history —
50 agents, 40 rewrites each per day, three prompt versions, two profiles, feedback on half —
through the same `Usage` calls the API makes, then times `Usage.stats(days=90)`.

    python bench/stats.py [--agents 50] [--days 90] [--per-day 40] [--repeat 20]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from pathlib import Path
from unittest import mock

from heard.store import connect, ensure_embedded
from heard.usage import Shown, Usage


def fill(usage: Usage, agents: int, days: int, per_day: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    versions = ["default@1:aaaa", "default@2:bbbb", "billing@1:cccc"]
    count = 0
    today = dt.datetime.now(dt.UTC)
    for d in range(days):
        when = today - dt.timedelta(days=d)
        with mock.patch("heard.usage._day", return_value=when.strftime("%Y-%m-%d")):
            for a in range(agents):
                for _ in range(per_day):
                    count += 1
                    rid = f"{d:03d}{a:03d}{count:08d}"
                    shown = Shown(rid, f"agent{a}", rng.choice(versions), "openai",
                                  rng.random() < 0.3, rng.uniform(3, 900), 900, 120, 0.0005,
                                  ["acknowledge-emotion", "own-it"], [], None)
                    usage.shown(shown)
                    if rng.random() < 0.5:
                        usage.feedback({"version": shown.prompt_version, "provider": "openai",
                                        "principles": shown.principles}, rid,
                                       rng.choice(["accepted", "copied", "rejected"]),
                                       ["own-it"] if rng.random() < 0.2 else [],
                                       rng.random())
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agents", type=int, default=50)
    parser.add_argument("--days", type=int, default=90)
    parser.add_argument("--per-day", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        usage = Usage(connect(ensure_embedded(Path(tmp)), timeout_s=30))
        started = time.perf_counter()
        n = fill(usage, args.agents, args.days, args.per_day)
        fill_s = time.perf_counter() - started
        fields = sum(usage.client.hlen(k) for k in usage.client.scan_iter("heard:usage:*"))
        times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            result = usage.stats(days=args.days)
            times.append((time.perf_counter() - t) * 1000)
        shown = sum(v["shown"] for v in result["versions"])
        print(f"stats bench: {n} rewrites over {args.days} days, {args.agents} agents, "
              f"{fields} counter fields (filled in {fill_s:.1f} s)")
        print(f"Usage.stats(days={args.days}): p50 {statistics.median(times):.1f} ms, "
              f"max {max(times):.1f} ms over {args.repeat} runs; {shown} shown rewrites read")
        usage.client.shutdown(nosave=True)


if __name__ == "__main__":
    main()
