"""GET /v1/admin/stats: usage and what agents kept, per day and per prompt version."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify, request

from heard.api.admin_prompts import _profile
from heard.auth import require
from heard.store import get_redis
from heard.usage import Usage

bp = Blueprint("admin_stats", __name__, url_prefix="/v1/admin")
MAX_DAYS = 90


@bp.get("/stats")
@require("admin")
def stats():
    raw = request.args.get("days", "30")
    days = min(int(raw), MAX_DAYS) if raw.isdigit() and int(raw) > 0 else 30
    profile = _profile() if request.args.get("profile") else None
    result = Usage(get_redis()).stats(days, profile)
    versions = current_app.extensions["heard.services"].versions
    labels = {p: versions.labels(p) for p in ([profile] if profile else versions.profiles())}
    return jsonify(result | {"labels": labels, "period_days": days})
