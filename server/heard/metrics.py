"""Prometheus metrics: what an operator needs to see Heard's speed, spend and health.

Metric objects are module-level, as prometheus-client expects. With gunicorn's several worker
processes, PROMETHEUS_MULTIPROC_DIR must be set before this module is imported (the gunicorn
config and `heard serve` do it); /metrics then adds up every worker's files.
"""

from __future__ import annotations

import functools
import hmac
import ipaddress
import os
import time
from collections.abc import Callable

from flask import Blueprint, Flask, Response, current_app, g, request
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)

from heard.auth import require

# Rewrites take from milliseconds (cache hits) to tens of seconds (slow models).
_LATENCY_BUCKETS = (.005, .01, .025, .05, .1, .25, .5, 1, 2, 4, 8, 15, 30, 60)

REQUESTS = Counter("heard_http_requests_total", "HTTP requests answered.",
                   ["method", "endpoint", "status"])
REQUEST_SECONDS = Histogram("heard_http_request_duration_seconds",
                            "Time to answer an HTTP request.", ["endpoint"],
                            buckets=_LATENCY_BUCKETS)
REWRITE_SECONDS = Histogram("heard_rewrite_duration_seconds",
                            "Time of one rewrite through the pipeline.", ["source"],
                            buckets=_LATENCY_BUCKETS)
CACHE = Counter("heard_cache_requests_total", "Cache lookups by result.", ["result"])
SINGLEFLIGHT = Counter("heard_singleflight_total",
                       "Rewrites by single-flight role (leader calls, followers share).",
                       ["role"])
SINGLEFLIGHT_WAITING = Gauge("heard_singleflight_waiting",
                             "Requests waiting right now for an identical one's answer.",
                             multiprocess_mode="livesum")
LLM_CALLS = Counter("heard_llm_calls_total", "LLM calls by outcome (ok or a warning code).",
                    ["outcome"])
LLM_SECONDS = Histogram("heard_llm_call_duration_seconds", "Time of one LLM call.",
                        buckets=_LATENCY_BUCKETS)
LLM_TOKENS = Counter("heard_llm_tokens_total", "Tokens the LLM consumed and produced.",
                     ["kind"])
LLM_COST = Counter("heard_llm_cost_usd_total", "LLM spend in USD at the configured prices.")
GUARD_VIOLATIONS = Counter("heard_guard_violations_total",
                           "Invariant violations caught by the guard, by code.", ["code"])
FALLBACKS = Counter("heard_fallbacks_total",
                    "Rewrites served by the offline engine although an LLM is configured, by "
                    "reason.", ["reason"])
CIRCUIT_OPENED = Counter("heard_llm_circuit_opened_total",
                         "Times this process saw the LLM circuit breaker open.")

bp = Blueprint("metrics", __name__)


def _scrapers(view: Callable) -> Callable:
    """/metrics shows traffic, spend and errors: an admin token, HEARD_METRICS_TOKEN, or a
    request from one of HEARD_METRICS_NETWORKS. The token check needs no Redis, so Prometheus
    keeps scraping through a Redis outage."""
    as_admin = require("admin")(view)

    @functools.wraps(view)
    def wrapped():
        settings = current_app.config["HEARD"]
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        if settings.metrics_token and scheme.lower() == "bearer" and hmac.compare_digest(
                token.strip().encode(), settings.metrics_token.encode()):
            return view()
        if _from(request.remote_addr, settings.metrics_cidrs):
            return view()
        return as_admin()
    return wrapped


def _from(address: str | None, networks: list[str]) -> bool:
    if not address or not networks:
        return False
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:  # a unix socket peer has no IP address
        return False
    return any(ip in ipaddress.ip_network(n, strict=False) for n in networks)


@bp.get("/metrics")
@_scrapers
def metrics() -> Response:
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        data = generate_latest(registry)
    else:
        from prometheus_client import REGISTRY

        data = generate_latest(REGISTRY)
    return Response(data, mimetype=CONTENT_TYPE_LATEST)


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)

    @app.before_request
    def _start() -> None:
        g.metrics_started = time.perf_counter()

    @app.after_request
    def _count(response):
        # The route's pattern, not the raw path: ids in paths must not explode the labels.
        endpoint = request.url_rule.rule if request.url_rule else "unmatched"
        _child(REQUESTS, request.method, endpoint, str(response.status_code)).inc()
        started = g.get("metrics_started")
        if started is not None:
            _child(REQUEST_SECONDS, endpoint).observe(time.perf_counter() - started)
        return response


@functools.lru_cache(maxsize=1024)
def _child(metric, *values: str):
    """The metric's child for these label values: `labels()` takes a lock and checks every
    value on each call, twice for every request. The same object either way."""
    return metric.labels(*values)


def count_answer(answer: dict, llm_configured: bool, seconds: float) -> None:
    """Record one finished rewrite: its latency by source, and why it fell back, if it did."""
    source = "cache" if answer.get("cached") else answer.get("provider", "unknown")
    REWRITE_SECONDS.labels(source).observe(seconds)
    if llm_configured and answer.get("provider") == "offline" and not answer.get("cached"):
        codes = [w["code"] for w in answer.get("warnings", []) if w["code"].startswith("llm_")]
        FALLBACKS.labels(codes[0] if codes else "guard").inc()
