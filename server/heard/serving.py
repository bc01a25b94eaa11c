"""How Heard runs under gunicorn: one place for `heard serve` and gunicorn.conf.py.

gthread workers: a rewrite spends almost all its time waiting on the LLM (I/O), so threads,
not processes, carry the concurrency. On 2 cores, 2 processes × 32 threads hold 64 requests
in flight while using both cores for the CPU part (masking, language detection, diffing).
No monkey-patching (gevent), so the openai SDK's HTTP stack and redis-py run unmodified.
"""

from __future__ import annotations

import atexit
import os
import queue
import shutil
import signal
import tempfile
from pathlib import Path

from heard.config import Settings


def prepare_metrics_dir(settings: Settings) -> Path:
    """Point prometheus-client at a fresh directory shared by all workers.

    Must run before `prometheus_client` is imported (it picks its storage at import time).
    """
    configured = settings.prometheus_multiproc_dir
    path = Path(configured) if configured else Path(tempfile.mkdtemp(prefix="heard-metrics-"))
    if not configured:  # ours: removed when the master exits (workers inherit atexit too)
        master = os.getpid()
        atexit.register(lambda: os.getpid() == master and shutil.rmtree(path, True))
    path.mkdir(parents=True, exist_ok=True)
    for stale in path.glob("*.db"):  # a previous run's workers are gone
        stale.unlink()
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(path)
    return path


def options(settings: Settings) -> dict:
    from gunicorn.config import Config

    known = Config().settings  # skip what an older gunicorn does not know
    return {k: v for k, v in _options(settings).items() if k in known}


def _options(settings: Settings) -> dict:
    return {
        "bind": f"{settings.host}:{settings.port}",
        "worker_class": "gthread",
        "workers": settings.workers,
        "threads": settings.threads,
        # Load the app once in the master; workers share its memory (the language models)
        # copy-on-write. Redis pools and the HTTP client reconnect after the fork by themselves.
        "preload_app": True,
        # A worker that stops heartbeating this long is restarted; LLM waits happen in threads
        # and do not block the heartbeat, so this only catches a truly stuck process.
        "timeout": 120,
        "graceful_timeout": 30,
        "keepalive": 5,
        "max_requests": 20_000,
        "max_requests_jitter": 2_000,
        "worker_tmp_dir": "/dev/shm" if Path("/dev/shm").is_dir() else None,
        "accesslog": None,  # Heard writes its own JSON access log line per request
        "errorlog": "-",
        "logconfig_dict": LOGGING,
        "control_socket_disable": True,  # not used; several servers on one host would clash
        "post_fork": post_fork,
        "post_worker_init": post_worker_init,
    }


# gunicorn's own lines (boot, worker exits, errors) as JSON too, like Heard's; its access log
# stays off (a logging config would switch it on; Heard's access line has the request id).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "heard.logs.JsonFormatter"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "json",
                    "stream": "ext://sys.stderr"},
        "error_console": {"class": "logging.StreamHandler", "formatter": "json",
                          "stream": "ext://sys.stderr"},
    },
    "root": {"level": "WARNING", "handlers": ["console"]},
    "loggers": {
        "gunicorn.error": {"level": "INFO", "handlers": ["error_console"], "propagate": False},
        "gunicorn.access": {"level": "WARNING", "handlers": [], "propagate": False},
    },
}


def child_exit(server, worker) -> None:
    """gunicorn hook: drop a dead worker's live gauges from /metrics."""
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)


_STOP = {signal.SIGTERM, signal.SIGINT, signal.SIGQUIT}


def post_fork(server, worker) -> None:
    """gunicorn hook, in the new worker: remember where a signal lands before it is ready.

    Until the worker installs its own handlers, it has the master's, which only file a signal
    in the master's queue (this process's copy of it). A SIGTERM arriving then (the master
    stopping while it still spawns, `docker stop` just after a start, a recycled worker) was
    lost, and the master waited its whole graceful timeout (30 s) before killing the worker.
    """
    worker.heard_boot_signals = server.SIG_QUEUE


def post_worker_init(worker) -> None:
    """gunicorn hook, once the worker's own handlers are in place: honour a stop signal that
    arrived while it booted, instead of serving until the master kills it."""
    if _STOP & _drain(getattr(worker, "heard_boot_signals", None)):
        worker.log.info("Worker asked to stop while booting (pid: %s)", worker.pid)
        worker.alive = False


def _drain(signals) -> set:
    """What the inherited handler filed: a list in older gunicorns, a SimpleQueue in newer."""
    if signals is None:
        return set()
    if isinstance(signals, list):
        return set(signals)
    got = set()
    try:
        while True:
            got.add(signals.get_nowait())
    except queue.Empty:
        return got
