"""Token management for admins: /v1/admin/tokens (list, create, revoke). Admin role only."""

from __future__ import annotations

from dataclasses import asdict
from typing import Literal

from flask import Blueprint, current_app, g, jsonify
from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictStr

from heard.api.bodies import json_body, parse
from heard.audit import AuditLog
from heard.auth import require
from heard.errors import ApiError
from heard.store import get_redis
from heard.tokens import DEFAULT_PROFILE, ID_CHARS, TokenStore, hash_token
from heard.versions import PROFILE_PATTERN

bp = Blueprint("admin_tokens", __name__, url_prefix="/v1/admin/tokens")


class NewToken(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: StrictStr = Field(min_length=1, max_length=200)
    role: Literal["agent", "admin"] = "agent"
    profile: StrictStr = Field(DEFAULT_PROFILE, pattern=PROFILE_PATTERN)
    pilot: StrictBool = False


def settings_token_id() -> str | None:
    secret = current_app.config["HEARD"].admin_token
    return hash_token(secret)[:ID_CHARS] if secret else None


@bp.get("")
@require("admin")
def list_tokens():
    return jsonify({"tokens": [asdict(t) for t in TokenStore(get_redis()).list()]})


@bp.post("")
@require("admin")
def create_token():
    new = parse(NewToken, json_body())  # 415 unless JSON, 400 naming the bad field
    secret, info = TokenStore(get_redis()).create(new.name, new.role, profile=new.profile,
                                                  pilot=new.pilot)
    AuditLog(get_redis()).add(g.token.name or g.token.id, "token.create", new.profile,
                              token=info.id, role=new.role, name=new.name, pilot=new.pilot)
    return jsonify({"token": secret, **asdict(info),
                    "note": "Shown once; Heard stores only its hash."}), 201


@bp.delete("/<token_id>")
@require("admin")
def revoke_token(token_id: str):
    if token_id == g.token.id:
        raise ApiError(409, "own_token", "You cannot revoke the token you are using; use "
                       "another admin token.")
    if settings_token_id() == token_id:
        raise ApiError(409, "bootstrap_token", "This is HEARD_ADMIN_TOKEN from the server's "
                       "configuration; change or unset it there and restart.")
    if not TokenStore(get_redis()).revoke(token_id):
        raise ApiError(404, "not_found", f"No token with id {token_id}; list them with GET "
                       "/v1/admin/tokens.")
    AuditLog(get_redis()).add(g.token.name or g.token.id, "token.revoke", token=token_id)
    return jsonify({"revoked": token_id})
