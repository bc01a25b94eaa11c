"""The team's voice as versioned data: /v1/admin/profiles, prompts, labels, audit.

Admin role only. Every write is a new version or a label move, recorded in the audit log;
nothing is edited in place. The rules (the publish gate, review) live in `publish.py`.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from flask import Blueprint, Response, current_app, g, jsonify, request
from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr

from heard.api.bodies import int_arg, json_body, parse, profile_arg
from heard.audit import AuditLog
from heard.auth import require
from heard.bundle_diff import diff
from heard.errors import ApiError
from heard.publish import Publisher
from heard.rollback import AutoRollback, Rule
from heard.shipped import import_shipped, status
from heard.store import get_redis
from heard.tokens import DEFAULT_PROFILE
from heard.versions import PROFILE_PATTERN, PromptVersions, parse_bundle

bp = Blueprint("admin_prompts", __name__, url_prefix="/v1/admin")
Profile = Field(DEFAULT_PROFILE, pattern=PROFILE_PATTERN)


def _versions() -> PromptVersions:
    return current_app.extensions["heard.services"].versions


def _publisher() -> Publisher:
    return Publisher(_versions(), AuditLog(get_redis()),
                     current_app.config["HEARD"].require_review)


def _actor() -> str:
    return g.token.name or g.token.id


@bp.get("/profiles")
@require("admin")
def profiles():
    versions = _versions()
    return jsonify({"profiles": [{"name": p, "labels": versions.labels(p),
                                  "latest": versions.latest(p)}
                                 for p in versions.profiles()]})


@bp.get("/prompts")
@require("admin")
def list_versions():
    profile, versions = profile_arg(), _versions()
    records = []
    for v in versions.list(profile):
        last = versions.last_eval(profile, v.version)
        records.append(v.record() | {"eval": _eval_summary(last)})
    return jsonify({"profile": profile, "labels": versions.labels(profile),
                    "versions": records})


def _eval_summary(result: dict | None) -> dict | None:
    if not result:
        return None
    return {"passed": result.get("passed"), "at": result.get("at"),
            "metrics": result.get("metrics", {}), "failing": len(result.get("failing", []))}


@bp.get("/prompts/<int:number>")
@require("admin")
def show_version(number: int):
    version = _publisher().get(profile_arg(), number)
    return jsonify(version.record() | {"bundle": version.bundle.model_dump(mode="json")})


class NewVersion(BaseModel):
    model_config = ConfigDict(extra="forbid")

    profile: StrictStr = Profile
    note: StrictStr = Field(min_length=1, max_length=1000)
    bundle: Any
    parent: StrictInt | None = Field(None, ge=1)


@bp.post("/prompts")
@require("admin")
def create_version():
    body = json_body()
    if isinstance(body.get("note"), str) and not body["note"].strip():
        raise ApiError(400, "note_required", "Say what changed and why in `note`; every "
                       "version keeps its change note.")
    new = parse(NewVersion, body)
    try:
        bundle = parse_bundle(new.bundle)
    except ValueError as exc:
        raise ApiError(400, "invalid_bundle", str(exc)) from None
    version = _publisher().create(new.profile, bundle, _actor(), new.note.strip(), new.parent)
    return jsonify(version.record()), 201


@bp.get("/prompts/diff")
@require("admin")
def diff_versions():
    profile, publisher = profile_arg(), _publisher()
    old, new = (publisher.get(profile, int_arg(side, low=1)) for side in ("from", "to"))
    return jsonify({"profile": profile, "from": old.version, "to": new.version,
                    "fields": diff(old.bundle, new.bundle)})


@bp.get("/prompts/shipped")
@require("admin")
def shipped():
    return jsonify(status(_versions()))


class ImportShipped(BaseModel):
    model_config = ConfigDict(extra="forbid")

    note: StrictStr = Field("", max_length=1000)


@bp.post("/prompts/shipped")
@require("admin")
def import_shipped_prompts():
    body = parse(ImportShipped, _optional_body())
    version = import_shipped(_publisher(), _actor(), body.note.strip())
    return jsonify(version.record()), 201


class Restore(BaseModel):
    model_config = ConfigDict(extra="forbid")

    profile: StrictStr = Profile
    note: StrictStr = Field("", max_length=1000)


@bp.post("/prompts/<int:number>/restore")
@require("admin")
def restore_version(number: int):
    body = parse(Restore, _optional_body())
    version = _publisher().restore(body.profile, number, _actor(), body.note.strip())
    return jsonify(version.record()), 201


class ProfileOnly(BaseModel):
    model_config = ConfigDict(extra="forbid")

    profile: StrictStr = Profile


@bp.post("/prompts/<int:number>/approve")
@require("admin")
def approve_version(number: int):
    body = parse(ProfileOnly, _optional_body())
    return jsonify(_publisher().approve(body.profile, number, _actor()).record())


def _optional_body() -> dict:
    return json_body() if request.get_data(cache=True).strip() else {}


class MoveLabel(BaseModel):
    model_config = ConfigDict(extra="forbid")

    profile: StrictStr = Profile
    version: StrictInt = Field(ge=1)
    percent: StrictInt | None = Field(None, ge=0, le=100)  # staging: share of agents


@bp.put("/labels/<label>")
@require("admin")
def move_label(label: str):
    body = parse(MoveLabel, json_body())
    return jsonify(_publisher().move_label(body.profile, label, body.version, _actor(),
                                           body.percent))


@bp.post("/labels/staging/promote")
@require("admin")
def promote():
    body = parse(ProfileOnly, _optional_body())
    return jsonify(_publisher().promote(body.profile, _actor()))


class AutoRollbackSwitch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    profile: StrictStr = Profile
    enabled: StrictBool


@bp.put("/labels/staging/auto-rollback")
@require("admin")
def auto_rollback():
    body = parse(AutoRollbackSwitch, json_body())
    roll = auto_rollback_for(get_redis())
    roll.set_enabled(body.profile, body.enabled)
    AuditLog(get_redis()).add(_actor(), "rollout.auto_rollback", body.profile,
                              enabled=body.enabled)
    return jsonify(roll.status(body.profile) | {"profile": body.profile})


def auto_rollback_for(client) -> AutoRollback:
    settings = current_app.config["HEARD"]
    return AutoRollback(client, _versions(), Rule(settings.auto_rollback_min_shown,
                                                  settings.auto_rollback_check_every))


@bp.delete("/labels/<label>")
@require("admin")
def clear_label(label: str):
    return jsonify(_publisher().clear_label(profile_arg(), label, _actor()))


@bp.get("/audit")
@require("admin")
def audit():
    limit = int_arg("limit", default=200, high=10_000, example="200")
    fmt: Literal["json", "jsonl"] = "jsonl" if request.args.get("format") == "jsonl" \
        else "json"
    entries = AuditLog(get_redis()).entries(limit)
    if fmt == "jsonl":
        text = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries)
        return Response(text, mimetype="application/x-ndjson", headers={
            "Content-Disposition": 'attachment; filename="heard-audit.jsonl"'})
    return jsonify({"entries": entries})
