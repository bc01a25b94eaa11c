"""Usage and what agents kept (/v1/admin/stats), and the opt-in samples of rejected
rewrites that become evaluation cases (/v1/admin/samples)."""

from __future__ import annotations

from flask import Blueprint, current_app, g, jsonify, request

from heard.api.admin_prompts import auto_rollback_for
from heard.api.bodies import int_arg, profile_arg
from heard.audit import AuditLog
from heard.auth import require
from heard.errors import ApiError
from heard.evalset import EvalSet, parse_case
from heard.samples import Samples
from heard.store import get_redis
from heard.usage import Usage

bp = Blueprint("admin_stats", __name__, url_prefix="/v1/admin")
MAX_DAYS = 90


@bp.get("/stats")
@require("admin")
def stats():
    days = int_arg("days", default=30, low=1, high=MAX_DAYS, example="30")
    profile = profile_arg() if request.args.get("profile") else None
    result = Usage(get_redis()).stats(days, profile)
    versions = current_app.extensions["heard.services"].versions
    profiles = [profile] if profile else versions.profiles()
    roll = auto_rollback_for(get_redis())
    return jsonify(result | {"labels": {p: versions.labels(p) for p in profiles},
                             "auto_rollback": {p: roll.status(p) for p in profiles},
                             "period_days": days})


def _samples() -> Samples:
    return Samples(get_redis(), current_app.config["HEARD"].keep_samples_days)


@bp.get("/samples")
@require("admin")
def samples():
    store = _samples()
    days = current_app.config["HEARD"].keep_samples_days
    note = (f"Masked samples of dismissed or heavily edited rewrites are kept {days} days "
            "(HEARD_KEEP_SAMPLES_DAYS); personal data is replaced as in the cache."
            if store.enabled else "Heard keeps no draft text: set HEARD_KEEP_SAMPLES_DAYS to "
            "keep masked samples of rejected rewrites for a few days.")
    return jsonify({"enabled": store.enabled, "keep_days": days, "note": note,
                    "samples": store.recent() if store.enabled else []})


@bp.post("/samples/<rewrite_id>/eval-case")
@require("admin")
def sample_to_case(rewrite_id: str):
    case = _samples().as_case(rewrite_id)
    if case is None:
        raise ApiError(404, "sample_not_found", "No sample with this id (samples expire "
                       "after HEARD_KEEP_SAMPLES_DAYS, or were purged).")
    evalset = EvalSet(get_redis(), current_app.config["HEARD"].prompts_dir)
    (stored,) = evalset.add([parse_case(case)], g.token.name or g.token.id)
    AuditLog(get_redis()).add(g.token.name or g.token.id, "sample.to_eval_case",
                              case=stored.id, sample=rewrite_id)
    return jsonify(stored.model_dump()), 201


@bp.delete("/samples")
@require("admin")
def purge_samples():
    purged = _samples().purge()
    AuditLog(get_redis()).add(g.token.name or g.token.id, "samples.purge", count=purged)
    return jsonify({"purged": purged})
