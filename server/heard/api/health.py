"""Liveness, readiness and the principle catalogue."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify

from heard.pipeline import select_voice
from heard.store import ERRORS as STORE_ERRORS
from heard.store import get_redis
from heard.tokens import DEFAULT_PROFILE

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz():
    return jsonify({"status": "ok"})


@bp.get("/readyz")
def readyz():
    """503 when Redis is unreachable (this replica cannot cache, share calls or check new
    tokens); an open LLM circuit is reported but stays 200: every replica shares the same
    provider, and the offline engine still answers, so pulling replicas would only hurt.
    Degraded means rewrites skip the model now (an open circuit); a half-open one is only
    reported: the next rewrite tries the model, and an idle server stays half-open until one
    comes, which is no fault."""
    svc = current_app.extensions["heard.services"]
    checks = {"redis": "ok", "provider": svc.llm.name if svc.llm else "offline"}
    try:
        get_redis().ping()
    except STORE_ERRORS as exc:
        checks["redis"] = f"unreachable ({type(exc).__name__})"
    if svc.llm is not None:
        checks["llm_circuit"] = svc.llm.breaker.state()
    ready = checks["redis"] == "ok"
    degraded = not ready or checks.get("llm_circuit") == "open"
    return jsonify({"status": "degraded" if degraded else "ready", "checks": checks}), (
        200 if ready else 503)


@bp.get("/v1/principles")
def principles():
    svc = select_voice(current_app.extensions["heard.services"], DEFAULT_PROFILE)
    return jsonify({
        "prompt_version": svc.prompt_version,
        "principles": [p.model_dump() for p in svc.bundle.principles if p.enabled],
        "suggestions": [s.model_dump() for s in svc.bundle.suggestions],
        "layers": [layer.model_dump() for layer in svc.bundle.layers],
    })
