"""Faults under load, the short version (`make faults` runs the long one): a live Heard under
gunicorn loses no request while its Redis is killed, slowed, dropped or full, or while its LLM
times out, rate-limits, fails, answers garbage or hangs up mid-stream."""

from __future__ import annotations

import pytest

from tests.faults import run

SCENARIOS = {"redis-killed": 2, "redis-slow": 5, "redis-full": 2, "llm": 6}


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_no_request_is_lost(tmp_path, name):
    report = run.SCENARIOS[name](tmp_path, 70, 4)
    assert report.sent == 70 and report.answered == 70, report.lost[:5]
    assert len(report.faults) == SCENARIOS[name], report.faults  # every fault was injected
    if name.startswith("redis"):
        assert report.checks["caching resumed after (s)"] < 20
    if name != "redis-full":  # a full Redis still answers reads: nothing to warn about
        assert set(report.warnings) & {"cache_unavailable", "llm_timeout",
                                       "llm_circuit_open", "llm_unavailable"}, report.warnings
    if name == "llm":
        assert report.checks["circuit was open"] is True
        assert max(report.latencies) < report.checks["latency bound (s)"]
    else:
        assert max(report.latencies) < 10  # a dead or slow Redis costs a timeout, not a hang
