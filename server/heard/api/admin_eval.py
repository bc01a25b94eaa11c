"""The playground, the evaluation and the team's evaluation cases, under /v1/admin. Admins only.

Every run here is rehearsal: it never writes the rewrite cache nor counts in agents' statistics.
"""

from __future__ import annotations

import re
from typing import Literal

from flask import Blueprint, current_app, g, jsonify, request
from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr, model_validator
from werkzeug.exceptions import RequestEntityTooLarge

from heard import evaluate, fanout, playground
from heard.api.bodies import json_body, parse
from heard.audit import AuditLog
from heard.auth import require
from heard.errors import ApiError
from heard.evalset import MAX_IMPORT_ROWS, EvalSet, parse_case, parse_import
from heard.pipeline import Services
from heard.schema import RewriteRequest, Tone
from heard.store import get_redis
from heard.versions import PROFILE_PATTERN, VersionNotFound

bp = Blueprint("admin_eval", __name__, url_prefix="/v1/admin")
Profile = Field("default", pattern=PROFILE_PATTERN)
Label = Literal["production", "staging"]
MAX_IMPORT_BYTES = 200_000


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PlaygroundDraft(_Body):
    text: StrictStr | None = Field(None, max_length=100_000)
    html: StrictStr | None = Field(None, max_length=100_000)
    customer_message: StrictStr = Field("", max_length=50_000)
    tone: Tone = ""


class PlaygroundBody(_Body):
    version: StrictInt = Field(ge=1)
    against: Label | StrictInt = "production"
    profile: StrictStr = Profile
    drafts: list[PlaygroundDraft] = Field(default_factory=list)
    cases: list[StrictStr] = Field(default_factory=list)

    @model_validator(mode="after")
    def _bounded(self) -> PlaygroundBody:
        n = len(self.drafts) + len(self.cases)
        if not 1 <= n <= playground.MAX_DRAFTS:
            raise ValueError(f"send 1 to {playground.MAX_DRAFTS} drafts and case ids in all "
                             f"(got {n})")
        return self


class EvalBody(_Body):
    version: StrictInt = Field(ge=1)
    profile: StrictStr = Profile
    runs: StrictInt = Field(evaluate.DEFAULT_RUNS, ge=1, le=evaluate.MAX_RUNS)
    against: Label | StrictInt | None = None


class ImportBody(_Body):
    format: Literal["jsonl", "csv"]
    content: StrictStr


def _services() -> Services:
    return current_app.extensions["heard.services"]


def _evalset() -> EvalSet:
    return EvalSet(get_redis(), current_app.config["HEARD"].prompts_dir)


def _audit(action: str, profile: str = "", **details: object) -> None:
    AuditLog(get_redis()).add(g.token.name or g.token.id, action, profile, **details)


@bp.errorhandler(VersionNotFound)
def _no_version(err: VersionNotFound):
    return jsonify(ApiError(404, "version_not_found", f"{err} List them with GET "
                            "/v1/admin/prompts.").body()), 404


@bp.errorhandler(RequestEntityTooLarge)
def _too_large(err: RequestEntityTooLarge):
    limit = current_app.config["MAX_CONTENT_LENGTH"]
    return jsonify(ApiError(413, "too_large", f"The request is larger than {limit} bytes; "
                            f"split an import into files of at most {MAX_IMPORT_BYTES} bytes "
                            f"and {MAX_IMPORT_ROWS} cases.").body()), 413


def _rows(body: PlaygroundBody) -> list[playground.Row]:
    rows = []
    for i, d in enumerate(body.drafts):
        if (d.text is None) == (d.html is None):
            raise ApiError(400, "invalid_request", f"drafts[{i}]: send exactly one of `text` "
                           "or `html`.")
        rows.append(playground.Row(RewriteRequest(
            text=d.text, html=d.html, tone=d.tone, profile=body.profile,
            context={"customer_message": d.customer_message})))
    known = {c.id: c for c in _evalset().all()} if body.cases else {}
    for case_id in body.cases:
        case = known.get(case_id)
        if case is None:
            raise ApiError(404, "case_not_found", f"No evaluation case {case_id!r}; list them "
                           "with GET /v1/admin/eval/cases.")
        rows.append(playground.Row(evaluate.request_for(case).model_copy(
            update={"profile": body.profile}), case=case_id))
    return rows


@bp.post("/playground")
@require("admin")
def run_playground():
    body = parse(PlaygroundBody, json_body())
    svc = _services()
    candidate = svc.versions.get(body.profile, body.version)
    baseline = evaluate.pick(svc.versions, body.profile, body.against)
    return jsonify(playground.compare(svc, baseline, candidate, _rows(body),
                                      fanout.HTTP_DEADLINE_S))


@bp.post("/eval")
@require("admin")
def run_eval():
    body = parse(EvalBody, json_body())
    result = evaluate.evaluate_version(_services(), _evalset().all(), body.profile,
                                       body.version, body.runs, body.against,
                                       fanout.HTTP_DEADLINE_S)
    _audit("eval.run", body.profile, version=body.version, passed=result["passed"],
           failing=[f["id"] for f in result["failing"]], runs=result["runs"],
           against=result.get("against", {}).get("version"))
    return jsonify(result)


@bp.get("/eval/last")
@require("admin")
def last_eval():
    profile = request.args.get("profile", "default")
    try:
        version = int(request.args.get("version", ""))
    except ValueError:
        raise ApiError(400, "invalid_request", "Pass ?version=<n> (and ?profile=).") from None
    if not re.fullmatch(PROFILE_PATTERN, profile):
        raise ApiError(400, "invalid_request", "profile: lowercase letters, digits and '-', "
                       "at most 40.")
    result = _services().versions.last_eval(profile, version)
    if result is None:
        raise ApiError(404, "not_evaluated", f"Version {version} of '{profile}' has not been "
                       "evaluated; run POST /v1/admin/eval.")
    return jsonify(result)


@bp.get("/eval/cases")
@require("admin")
def list_cases():
    return jsonify({"cases": _evalset().listing()})


@bp.post("/eval/cases")
@require("admin")
def add_cases():
    body = json_body()
    if "content" in body:
        spec = parse(ImportBody, body)
        if len(spec.content.encode()) > MAX_IMPORT_BYTES:
            raise ApiError(413, "too_large", f"The file is {len(spec.content.encode())} bytes;"
                           f" the limit is {MAX_IMPORT_BYTES}. Split it into smaller files.")
        cases = parse_import(spec.format, spec.content)
    else:
        cases = [parse_case(body)]
    stored = _evalset().add(cases, g.token.name)
    _audit("eval_case.import" if "content" in body else "eval_case.add",
           cases=[c.id for c in stored])
    return jsonify({"added": len(stored), "cases": [c.model_dump() for c in stored]}), 201


@bp.delete("/eval/cases/<case_id>")
@require("admin")
def delete_case(case_id: str):
    if not _evalset().delete(case_id):
        raise ApiError(404, "case_not_found", f"No team case {case_id!r}.")
    _audit("eval_case.delete", case=case_id)
    return jsonify({"deleted": case_id})
