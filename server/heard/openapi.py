"""GET /openapi.json: the whole HTTP API as an OpenAPI 3.1 document.

Request bodies are the very pydantic models the views validate with (`model_json_schema`), so
the document cannot drift from what the server accepts. Paths come from the app's own url_map;
each view's endpoint name has one entry in OPERATIONS below, and `tests/test_openapi.py` fails
when a route has none. Every error answer is the one shape `{"error": {"code", "message"}}`.

A new route: add `"blueprint.view": Op(...)` to OPERATIONS, naming its body model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

from flask import Blueprint, Flask, current_app, jsonify
from pydantic import BaseModel, ConfigDict
from pydantic.json_schema import models_json_schema

from heard import schema
from heard.api import admin_eval, admin_prompts, admin_session, admin_tokens, feedback
from heard.evalset import Case
from heard.sessions import COOKIE, CSRF_HEADER

Auth = Literal["none", "agent", "admin", "session"]


class ErrorDetail(BaseModel):
    model_config = ConfigDict(extra="allow", title="ErrorDetail")

    code: str
    message: str


class Error(BaseModel):
    """Every error Heard answers, whatever the status."""

    error: ErrorDetail


class DiffOp(BaseModel):
    op: Literal["equal", "insert", "delete"]
    text: str


class Scores(BaseModel):
    model_config = ConfigDict(extra="allow")

    before: float | int
    after: float | int


class RewriteAnswer(BaseModel):
    """The answer to POST /v1/rewrite (and the SSE stream's `result` event)."""

    model_config = ConfigDict(extra="allow")

    id: str
    rewrite: str
    html: str | None = None
    diff: list[DiffOp]
    changes: list[schema.Change]
    suggestions: list[schema.Suggestion]
    scores: Scores
    # How the customer reads (the model's reading, else Heard's offline one); null when the
    # request carried no `context.customer_message`. Signal offsets index that message.
    customer: schema.Reading | None
    warnings: list[schema.Warning]
    provider: str
    model: str
    prompt_version: str
    cached: bool
    usage: schema.Usage


class Me(BaseModel):
    name: str
    role: Literal["agent", "admin"]
    profile: str


class Health(BaseModel):
    status: Literal["ok"]


class Ready(BaseModel):
    status: Literal["ready", "degraded"]
    checks: dict[str, str]


@dataclass(frozen=True)
class Param:
    name: str
    description: str
    schema: dict = field(default_factory=lambda: {"type": "string"})


@dataclass(frozen=True)
class Op:
    summary: str
    auth: Auth = "none"
    body: type[BaseModel] | tuple[type[BaseModel], ...] | None = None  # a tuple: one of
    body_required: bool = True
    query: tuple[Param, ...] = ()
    status: int = 200
    answer: type[BaseModel] | None = None  # None: a JSON object described in the docs
    media: str = "application/json"
    errors: tuple[int, ...] = ()
    also: tuple[str, ...] = ()  # other media types of the success answer (SSE, JSON lines)


PROFILE_Q = Param("profile", "The profile (team voice); default `default`.",
                  {"type": "string", "pattern": "^[a-z0-9-]{1,40}$"})
VERSION_Q = {"type": "integer", "minimum": 1}
ADMIN_ERRORS = (400, 404, 409)

OPERATIONS: dict[str, Op] = {
    "health.healthz": Op("Liveness: the process answers.", answer=Health),
    "health.readyz": Op("Readiness: Redis reachable (503 when not), the LLM circuit state.",
                        answer=Ready, errors=(503,)),
    "health.principles": Op("The active principle catalogue, suggestion kinds and layers."),
    "metrics.metrics": Op("Prometheus metrics summed over the workers (text format).",
                          auth="admin", media="text/plain"),
    "openapi.document": Op("This document."),
    "me.me": Op("Who this token belongs to (the extension's connection check).",
                auth="agent", answer=Me),
    "rewrite.rewrite": Op("Rewrite a draft: diff, explanations, scores, warnings. With "
                          "`Accept: text/event-stream`, the same streamed as SSE.",
                          auth="agent", body=schema.RewriteRequest, answer=RewriteAnswer,
                          errors=(400, 413, 429), also=("text/event-stream",)),
    "feedback.feedback": Op("What the agent did with a rewrite; counted, no text stored.",
                            auth="agent", body=feedback.Feedback, errors=(400, 403, 404)),
    "admin_tokens.list_tokens": Op("List tokens (id, name, role, profile, last used).",
                                   auth="admin"),
    "admin_tokens.create_token": Op("Create a token; its secret is in this answer, once.",
                                    auth="admin", body=admin_tokens.NewToken, status=201,
                                    errors=(400,)),
    "admin_tokens.revoke_token": Op("Revoke a token at once, everywhere.", auth="admin",
                                    errors=(404, 409)),
    "admin_prompts.profiles": Op("Profiles with their labels and latest version.",
                                 auth="admin"),
    "admin_prompts.list_versions": Op("A profile's versions, newest first, and its labels.",
                                      auth="admin", query=(PROFILE_Q,), errors=(400,)),
    "admin_prompts.show_version": Op("One version's record and resolved bundle.",
                                     auth="admin", query=(PROFILE_Q,), errors=ADMIN_ERRORS),
    "admin_prompts.create_version": Op("A new immutable version from a full bundle.",
                                       auth="admin", body=admin_prompts.NewVersion,
                                       status=201, errors=ADMIN_ERRORS),
    "admin_prompts.diff_versions": Op(
        "Word-level diff between two versions.", auth="admin",
        query=(PROFILE_Q, Param("from", "The older version.", VERSION_Q),
               Param("to", "The newer version.", VERSION_Q)), errors=ADMIN_ERRORS),
    "admin_prompts.shipped": Op(
        "Whether a version of `default` holds the prompts this release ships, and if none does, "
        "what they would change against production.", auth="admin"),
    "admin_prompts.import_shipped_prompts": Op(
        "A new, unlabelled version of `default` from the shipped prompts (409 if one exists).",
        auth="admin", body=admin_prompts.ImportShipped, body_required=False, status=201,
        errors=ADMIN_ERRORS),
    "admin_prompts.restore_version": Op("A new version equal to an older one.", auth="admin",
                                        body=admin_prompts.Restore, body_required=False,
                                        status=201, errors=ADMIN_ERRORS),
    "admin_prompts.approve_version": Op("Approve another admin's version (review).",
                                        auth="admin", body=admin_prompts.ProfileOnly,
                                        body_required=False, errors=ADMIN_ERRORS),
    "admin_prompts.move_label": Op("Point `production` or `staging` at a version (the "
                                   "publish gate may refuse with 409).", auth="admin",
                                   body=admin_prompts.MoveLabel, errors=ADMIN_ERRORS),
    "admin_prompts.promote": Op("Move `production` to what `staging` names, in one step.",
                                auth="admin", body=admin_prompts.ProfileOnly,
                                body_required=False, errors=ADMIN_ERRORS),
    "admin_eval.run_playground": Op("Two versions side by side on drafts or evaluation "
                                    "cases; never cached, never counted.", auth="admin",
                                    body=admin_eval.PlaygroundBody, errors=ADMIN_ERRORS),
    "admin_eval.run_eval": Op("Evaluate a version on the evaluation set (pass^N, invariant "
                              "breaks); the publish gate reads the result.", auth="admin",
                              body=admin_eval.EvalBody, errors=ADMIN_ERRORS),
    "admin_eval.last_eval": Op("The last evaluation of a version.", auth="admin",
                               query=(PROFILE_Q, Param("version", "The version.", VERSION_Q)),
                               errors=(400, 404)),
    "admin_eval.list_cases": Op("The shipped evaluation cases and the team's.", auth="admin"),
    "admin_eval.add_cases": Op("Add one case, or import a JSONL or CSV file of them.",
                               auth="admin", body=(Case, admin_eval.ImportBody), status=201,
                               errors=(400,)),
    "admin_eval.delete_case": Op("Delete one of the team's cases.", auth="admin",
                                 errors=(404,)),
    "admin_stats.stats": Op("Usage, cache hits and what agents kept, per prompt version.",
                            auth="admin", query=(PROFILE_Q, Param(
                                "days", "The period, in days (1 to 90; more is read as 90; "
                                "default 30).", {"type": "integer", "minimum": 1}),),
                            errors=(400,)),
    "admin_stats.samples": Op("Masked samples of dismissed rewrites (when kept).",
                              auth="admin"),
    "admin_stats.sample_to_case": Op("Make a sample an evaluation case.", auth="admin",
                                     status=201, errors=(400, 404)),
    "admin_stats.purge_samples": Op("Delete every kept sample now.", auth="admin"),
    "admin_prompts.auto_rollback": Op(
        "Switch the automatic rollback of a profile's staged rollout on or off; the answer "
        "states the rule and the last automatic rollback.", auth="admin",
        body=admin_prompts.AutoRollbackSwitch, errors=(400,)),
    "admin_prompts.clear_label": Op("Clear `staging`.", auth="admin", query=(PROFILE_Q,),
                                    errors=ADMIN_ERRORS),
    "admin_prompts.audit": Op(
        "The audit log, newest first (JSON, or JSON lines to download).", auth="admin",
        query=(Param("limit", "At most this many entries (default 200).",
                     {"type": "integer", "minimum": 0}),
               Param("format", "`json` (default) or `jsonl`.",
                     {"type": "string", "enum": ["json", "jsonl"]})),
        also=("application/x-ndjson",), errors=(400,)),
    "admin_session.sign_in": Op("Sign in to /admin with an admin token: an HttpOnly session "
                                "cookie.", body=admin_session.SignIn, errors=(400, 401, 403,
                                                                             503)),
    "admin_session.who": Op("Who is signed in.", auth="admin"),
    "admin_session.sign_out": Op("Sign out of /admin."),
    "web.index": Op("What this server is, its health, where next (a page).",
                    media="text/html"),
    "web.admin": Op("The admin pages (sign in with an admin token).", media="text/html"),
    "web.static": Op("The pages' scripts and styles.", media="*/*", errors=(404,)),
}

_CONVERTER = re.compile(r"<(?:(\w+):)?(\w+)>")


def _path(rule: str) -> tuple[str, list[dict]]:
    params = []
    for converter, name in _CONVERTER.findall(rule):
        kind = {"type": "integer", "minimum": 0} if converter == "int" else {"type": "string"}
        params.append({"name": name, "in": "path", "required": True, "schema": kind})
    return _CONVERTER.sub(r"{\2}", rule), params


def _content(media: str, ref: dict) -> dict:
    return {media: {"schema": ref}}


def _operation(op: Op, method: str, path_params: list[dict], ref) -> dict:
    out: dict[str, Any] = {"summary": op.summary, "operationId": None}
    params = path_params + [{"name": p.name, "in": "query", "required": False,
                             "description": p.description, "schema": p.schema}
                            for p in op.query]
    if params:
        out["parameters"] = params
    if op.body is not None:
        body = ({"oneOf": [ref(m) for m in op.body]} if isinstance(op.body, tuple)
                else ref(op.body))
        out["requestBody"] = {"required": op.body_required,
                              "content": _content("application/json", body)}
    ok_schema = ref(op.answer) if op.answer else (
        {"type": "object"} if op.media == "application/json" else {"type": "string"})
    ok = {"description": "OK", "content": _content(op.media, ok_schema)}
    for media in op.also:
        ok["content"][media] = {"schema": {"type": "string"}}
    responses: dict[str, Any] = {str(op.status): ok}
    statuses = set(op.errors) | {405}
    if op.body is not None:
        statuses |= {400, 413, 415}
    if op.auth != "none":
        statuses |= {401, 503}
        if op.auth == "admin":
            statuses.add(403)
    for status in sorted(statuses):
        responses[str(status)] = {"description": _REASONS.get(status, "Refused"),
                                  "content": _content("application/json", ref(Error))}
    out["responses"] = responses
    if op.auth == "agent":
        out["security"] = [{"bearer": []}]
    elif op.auth == "admin":
        out["security"] = [{"bearer": []}, {"adminSession": [], "adminHeader": []}]
    else:
        out["security"] = []
    return out


_REASONS = {400: "Bad body or parameters", 401: "No or bad token", 403: "Wrong role",
            404: "Not found", 405: "Method not allowed", 409: "Conflict (the publish gate, "
            "review, or your own token)", 413: "Body too large or over the token limit",
            415: "Not JSON", 429: "Rate limited (with Retry-After)",
            503: "Redis unreachable (cannot check the token or store the change)"}


def _models() -> list[type[BaseModel]]:
    seen: dict[type[BaseModel], None] = {Error: None}
    for op in OPERATIONS.values():
        bodies = op.body if isinstance(op.body, tuple) else (op.body,)
        for model in (*bodies, op.answer):
            if model is not None:
                seen[model] = None
    return list(seen)


def build(app: Flask) -> dict:
    """The document for this app's routes (only those with an entry in OPERATIONS)."""
    models = _models()
    keys = [(m, "validation") for m in models]
    names, top = models_json_schema(keys, ref_template="#/components/schemas/{model}")
    components = top.get("$defs", {})

    def ref(model: type[BaseModel]) -> dict:
        return names[(model, "validation")]

    paths: dict[str, dict] = {}
    for rule in sorted(app.url_map.iter_rules(), key=lambda r: r.rule):
        op = OPERATIONS.get(rule.endpoint)
        if op is None:
            continue
        path, params = _path(rule.rule)
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            item = _operation(op, method, params, ref)
            item["operationId"] = rule.endpoint.replace(".", "_")
            paths.setdefault(path, {})[method.lower()] = item
    return {
        "openapi": "3.1.0",
        "info": {"title": "Heard", "version": _version(),
                 "description": "An empathy co-writer for customer support. Errors are "
                 "always `{\"error\": {\"code\", \"message\"}}`."},
        "paths": paths,
        "components": {"schemas": components, "securitySchemes": {
            "bearer": {"type": "http", "scheme": "bearer",
                       "description": "A Heard token (`heard token create`)."},
            "adminSession": {"type": "apiKey", "in": "cookie", "name": COOKIE,
                             "description": "The /admin page's session (POST /admin/session)."},
            "adminHeader": {"type": "apiKey", "in": "header", "name": CSRF_HEADER,
                            "description": "Must be `1` alongside the session cookie."}}},
    }


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("heard")
    except PackageNotFoundError:
        return "0"


bp = Blueprint("openapi", __name__)


@bp.get("/openapi.json")
def document():
    doc = current_app.extensions.get("heard.openapi")
    if doc is None:
        doc = current_app.extensions["heard.openapi"] = build(current_app)
    return jsonify(doc)
