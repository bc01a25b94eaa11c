"""The soak, short (`make soak` runs it for minutes): steady mixed traffic against several
gunicorn workers answers every request, and memory, open files, threads, Redis connections
and latency stay flat."""

from __future__ import annotations

from tests.soak import run


def test_a_steady_load_leaks_nothing(tmp_path):
    report = run.soak(tmp_path, duration_s=36, rate=12, sample_s=4, workers=2, threads=8,
                      log=lambda line: None)
    summary = report.table()
    assert report.sent >= 400 and report.answered == report.sent, summary
    assert set(report.by_kind) == set(run.MIX), summary  # hits, misses, streams, feedback, admin
    assert len(report.samples) >= 8 and len(report.samples[0].workers) == 2, summary
    assert not report.leaks, summary
    assert set(run.TOLERANCES) <= set(report.growth), summary
    assert report.growth["threads_max"] <= 8 + run.SPARE_THREADS, summary
