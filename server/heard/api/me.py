"""GET /v1/me: who a token belongs to, the extension's connection check."""

from __future__ import annotations

from flask import Blueprint, g, jsonify

from heard.auth import require

bp = Blueprint("me", __name__, url_prefix="/v1")


@bp.get("/me")
@require("agent")
def me():
    info = g.token
    return jsonify({"name": info.name, "role": info.role, "profile": info.profile})
