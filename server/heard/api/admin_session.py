"""Sign-in for the /admin page: an admin token in, an HttpOnly session cookie out."""

from __future__ import annotations

from flask import Blueprint, current_app, g, jsonify, request
from pydantic import BaseModel, ConfigDict, Field, StrictStr

from heard.api.bodies import json_body, parse
from heard.audit import AuditLog
from heard.auth import identify_hash, require
from heard.errors import ApiError
from heard.sessions import COOKIE, Sessions
from heard.store import get_redis
from heard.tokens import hash_token

bp = Blueprint("admin_session", __name__, url_prefix="/admin")


class SignIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    token: StrictStr = Field(min_length=1, max_length=500)


def _sessions() -> Sessions:
    return Sessions(get_redis(), current_app.config["HEARD"].admin_session_ttl_s)


@bp.post("/session")
def sign_in():
    token = parse(SignIn, json_body()).token.strip()
    token_hash = hash_token(token)
    info = identify_hash(token_hash)
    if info.role != "admin":
        raise ApiError(403, "forbidden", "This is an agent token; the admin pages need an "
                       "admin token (`heard token create --role admin --name NAME`).")
    session_id = _sessions().open(token_hash, info.id)
    AuditLog(get_redis()).add(info.name or info.id, "session.open")
    response = jsonify({"name": info.name, "role": info.role})
    response.set_cookie(COOKIE, session_id, max_age=current_app.config["HEARD"]
                        .admin_session_ttl_s, httponly=True, samesite="Strict",
                        secure=request.is_secure, path="/")
    return response


@bp.get("/session")
@require("admin")
def who():
    return jsonify({"name": g.token.name, "role": g.token.role})


@bp.delete("/session")
def sign_out():
    session_id = request.cookies.get(COOKIE)
    if session_id:
        _sessions().close(session_id)
    response = jsonify({"signed_out": True})
    response.delete_cookie(COOKIE, path="/", httponly=True, samesite="Strict")
    return response
