"""Per-token rate limits with Flask-Limiter, stored in the same Redis as everything else."""

from __future__ import annotations

from flask import Flask, current_app
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

limiter = Limiter(key_func=get_remote_address, default_limits=[], headers_enabled=True)


def rewrite_limit() -> str:
    return current_app.config["HEARD"].rate_limit


def storage_uri(redis_url: str) -> str:
    # limits spells unix sockets `redis+unix://`; redis-py spells them `unix://`.
    return "redis+unix://" + redis_url[len("unix://"):] if redis_url.startswith("unix://") \
        else redis_url


def init_app(app: Flask, redis_url: str) -> None:
    app.config.update(
        RATELIMIT_STORAGE_URI=storage_uri(redis_url),
        RATELIMIT_STORAGE_OPTIONS={"socket_timeout": 0.5, "socket_connect_timeout": 0.5},
        # Redis down must not take rewrites down: count in memory until it is back.
        RATELIMIT_SWALLOW_ERRORS=True,
        RATELIMIT_IN_MEMORY_FALLBACK_ENABLED=True,
        RATELIMIT_KEY_PREFIX="heard:limit",
    )
    limiter.init_app(app)
