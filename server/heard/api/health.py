"""Liveness, readiness and the principle catalogue."""

from __future__ import annotations

import redis
from flask import Blueprint, current_app, jsonify

from heard.store import get_redis

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz():
    return jsonify({"status": "ok"})


@bp.get("/readyz")
def readyz():
    svc = current_app.extensions["heard.services"]
    checks = {"redis": "ok", "provider": svc.llm.name if svc.llm else "offline"}
    try:
        get_redis().ping()
    except (redis.RedisError, OSError) as exc:
        checks["redis"] = f"unreachable ({type(exc).__name__})"
    ready = checks["redis"] == "ok"
    return jsonify({"status": "ready" if ready else "degraded", "checks": checks}), (
        200 if ready else 503)


@bp.get("/v1/principles")
def principles():
    svc = current_app.extensions["heard.services"]
    return jsonify({
        "prompt_version": svc.prompt_version,
        "principles": [p.model_dump() for p in svc.bundle.principles],
        "suggestions": [s.model_dump() for s in svc.bundle.suggestions],
        "layers": [layer.model_dump() for layer in svc.bundle.layers],
    })
