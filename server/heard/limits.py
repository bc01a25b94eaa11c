"""Per-token rate limits with Flask-Limiter, stored in the same Redis as everything else."""

from __future__ import annotations

import time

from flask import Flask, current_app, jsonify
from flask_limiter import Limiter, RateLimitExceeded
from flask_limiter.util import get_remote_address

limiter = Limiter(key_func=get_remote_address, default_limits=[], headers_enabled=True)


def rewrite_limit() -> str:
    return current_app.config["HEARD"].rate_limit


def storage_uri(redis_url: str, cluster: bool = False) -> str:
    """The `limits` package's spelling of the URL redis-py (or Heard, for Sentinel) reads."""
    scheme, _, rest = redis_url.partition("://")
    if scheme == "unix":
        return "redis+unix://" + rest
    if cluster:
        return "redis+cluster://" + rest.split("/", 1)[0]
    if scheme == "redis+sentinel":  # limits reads the path as the master's name only
        netloc, _, path = rest.partition("/")
        return f"redis+sentinel://{netloc}/{path.split('/', 1)[0]}"
    return redis_url


def init_app(app: Flask, redis_url: str) -> None:
    settings = app.config["HEARD"]
    timeout = settings.redis_timeout_s
    options: dict = {"socket_timeout": timeout, "socket_connect_timeout": timeout}
    if redis_url.startswith("redis+sentinel://") and not settings.redis_cluster:
        options["sentinel_kwargs"] = {"socket_timeout": timeout,
                                      "socket_connect_timeout": timeout}
        options["use_replicas"] = False  # counters read where they are written
    app.config.update(
        RATELIMIT_STORAGE_URI=storage_uri(redis_url, settings.redis_cluster),
        RATELIMIT_STORAGE_OPTIONS=options,
        # Redis down must not take rewrites down: count in memory until it is back.
        RATELIMIT_SWALLOW_ERRORS=True,
        RATELIMIT_IN_MEMORY_FALLBACK_ENABLED=True,
        RATELIMIT_KEY_PREFIX="heard:limit",
        RATELIMIT_HEADERS_ENABLED=True,
    )
    limiter.init_app(app)

    @app.errorhandler(RateLimitExceeded)
    def _refused(err: RateLimitExceeded):
        # Here, not in the limit's error_message: an error raised there is swallowed with
        # RATELIMIT_SWALLOW_ERRORS, and the request would go through unlimited.
        current = limiter.current_limit
        # the same arithmetic as the Retry-After header Flask-Limiter adds
        wait = f"{max(1, int(current.reset_at - time.time()))} seconds" if current else \
            "a minute"
        message = (f"This token has reached its rate limit ({err.description}); try again in "
                   f"{wait}. An admin can raise HEARD_RATE_LIMIT.")
        return jsonify({"error": {"code": "rate_limited", "message": message}}), 429
