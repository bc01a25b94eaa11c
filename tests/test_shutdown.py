"""SIGTERM stops Heard in seconds, not gunicorn's 30 s graceful timeout.

The 30 s came from a race: a worker still booting had the master's signal handlers, which only
file a signal in the master's queue, so a SIGTERM reaching it then was lost and the master
waited the whole graceful timeout before killing it. `serving.post_worker_init` now honours
such a signal as soon as the worker's own handlers are in place.
"""

from __future__ import annotations

import os
import queue
import signal
import time
from types import SimpleNamespace

from heard import serving
from heard.config import load_settings
from tests.live import LiveHeard


class Log:
    def info(self, *args) -> None:
        pass


def booted(pending: list[int]) -> SimpleNamespace:
    """A worker through post_fork and post_worker_init, with `pending` filed while booting."""
    master_queue: queue.SimpleQueue = queue.SimpleQueue()
    for sig in pending:
        master_queue.put_nowait(sig)
    worker = SimpleNamespace(alive=True, pid=os.getpid(), log=Log())
    serving.post_fork(SimpleNamespace(SIG_QUEUE=master_queue), worker)
    serving.post_worker_init(worker)
    return worker


def test_a_stop_signal_that_arrived_while_booting_stops_the_worker():
    assert booted([signal.SIGTERM]).alive is False
    assert booted([signal.SIGCHLD, signal.SIGQUIT]).alive is False
    assert booted([]).alive is True
    assert booted([signal.SIGHUP, signal.SIGCHLD]).alive is True


def test_gunicorn_runs_the_hooks():
    options = serving.options(load_settings())
    assert options["post_fork"] is serving.post_fork
    assert options["post_worker_init"] is serving.post_worker_init


def test_sigterm_right_after_start_stops_gunicorn_in_seconds(redis_url, tmp_path):
    heard = LiveHeard(redis_url, tmp_path, workers=2).__enter__()
    try:
        started = time.monotonic()
        heard.proc.send_signal(signal.SIGTERM)  # the master only, as docker stop does
        heard.proc.wait(25)
        assert time.monotonic() - started < 15
    finally:
        heard.stop()
