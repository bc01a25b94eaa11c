"""POST /v1/rewrite (JSON or SSE) and POST /v1/feedback."""

from __future__ import annotations

import contextlib
import json
import queue
import re
import threading
import time
from dataclasses import replace

from flask import Blueprint, Response, current_app, g, jsonify, request
from werkzeug.exceptions import HTTPException

from heard import hitcount, metrics, pipeline, usage
from heard.admission import Admission
from heard.api.bodies import json_body, parse
from heard.errors import ApiError
from heard.samples import Samples
from heard.schema import RewriteRequest
from heard.store import ERRORS as STORE_ERRORS
from heard.store import get_redis
from heard.tokens import DEFAULT_PROFILE

bp = Blueprint("rewrite", __name__, url_prefix="/v1")


# Control characters other than tab and line breaks: text holds a few at most.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _reject_binary(req: RewriteRequest) -> None:
    text = req.draft + req.context.customer_message
    controls = len(_CONTROL.findall(text))  # in C: this ran per character on every request
    if "\x00" in text or controls > max(3, len(text) // 100):
        raise ApiError(400, "binary_input", "The draft contains binary data; send plain text "
                       "or HTML.")


@bp.post("/rewrite")
def rewrite():
    # Parsed first so the admission round trip can read the labels of the profile it names;
    # a bad body is still refused after authentication and the rate limit, as before.
    try:
        req, bad = parse(RewriteRequest, json_body()), None
    except (ApiError, HTTPException) as exc:  # HTTPException: a body over the size limit
        req, bad = None, exc
    admission = current_app.extensions["heard.gate"].admit(req.profile if req else "")
    g.token = admission.token
    if bad is not None:
        raise bad
    _reject_binary(req)
    svc = _voice(req, admission)
    if "text/event-stream" in request.headers.get("Accept", ""):
        response = _stream(req, svc, g.token.id)
    else:
        response = jsonify(_run(req, svc, g.token.id))
    response.headers.update(admission.headers)
    return response


def _voice(req: RewriteRequest, admission: Admission) -> pipeline.Services:
    """The services with this request's prompt version: a token bound to a team gets that
    team's profile; otherwise the request's `profile` picks one (unknown: the default)."""
    token = admission.token
    profile = token.profile if token.profile != DEFAULT_PROFILE else req.profile
    return pipeline.select_voice(current_app.extensions["heard.services"], profile,
                                 token.pilot, agent=token.id, prefetched=admission.labels,
                                 store_down=admission.store_down)


def _run(req: RewriteRequest, svc: pipeline.Services, token_id: str, **callbacks) -> dict:
    tally = hitcount.Tally(token_id)
    verdicts: list[tuple[str, bool]] = []  # (source, passed) for each generated candidate
    masked: list[dict] = []  # filled only when the admins keep samples
    looked_up: list[tuple[str, bool]] = []  # ("hit" or "miss", counted with the lookup)
    samples = Samples(get_redis(), svc.settings.keep_samples_days)
    svc = replace(svc, on_guard=lambda source, broken: verdicts.append((source, not broken)),
                  on_masked=masked.append if samples.enabled else None,
                  on_cache=lambda result, counted: looked_up.append((result, counted)),
                  count_hit=lambda job, key, warnings: tally.count_hit(
                      key, job.answer_id, job.svc.prompt_version, [w.code for w in warnings],
                      job.reading.feeling if job.reading else None))
    answer = pipeline.run(req, svc, **callbacks)
    seconds = time.perf_counter() - tally.started
    metrics.count_answer(answer, svc.llm is not None, seconds)
    result, counted = looked_up[0] if looked_up else (None, False)
    shown = usage.shown_of(answer, token_id, seconds, verdicts,
                           llm_configured=svc.llm is not None, cache_result=result,
                           day=tally.day)
    if tally.settle(get_redis(), shown, counted) and masked:
        with contextlib.suppress(*STORE_ERRORS):
            samples.keep(answer["id"], masked[0], answer["prompt_version"])
    return answer


def _sse(event: str, data: dict) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def _stream(req: RewriteRequest, svc: pipeline.Services, token_id: str) -> Response:
    # Refusals (empty, too many tokens) get their real status, not a 200 stream with an error.
    checked = pipeline.check(req, svc)
    events: queue.Queue[str | None] = queue.Queue()

    def work() -> None:
        try:
            answer = _run(req, svc, token_id, on_delta=lambda t: events.put(_sse("delta", {
                "text": t})), on_reset=lambda: events.put(_sse("reset", {})), checked=checked)
            events.put(_sse("result", answer))
        except ApiError as err:
            events.put(_sse("error", err.body() | {"status": err.status}))
        except Exception:  # the stream must end with an event, never hang the client
            current_app.logger.exception("stream failed")
            events.put(_sse("error", {"error": {"code": "internal", "message":
                                                "Heard failed unexpectedly; retry."}}))
        finally:
            events.put(None)

    app = current_app._get_current_object()

    def run_in_app() -> None:
        with app.app_context():
            work()

    threading.Thread(target=run_in_app, daemon=True).start()

    def generate():
        while (item := events.get()) is not None:
            yield item

    return Response(generate(), mimetype="text/event-stream",
                    headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
