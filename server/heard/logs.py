"""Structured JSON logs with request ids; draft and customer text are never logged."""

from __future__ import annotations

import json
import logging
import time
import uuid

from flask import Flask, g, has_request_context, request

_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}
_ACCESS = logging.getLogger("heard.access")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {"ts": round(record.created, 3), "level": record.levelname,
                 "logger": record.name, "msg": record.getMessage()}
        if has_request_context():
            entry["request_id"] = getattr(g, "request_id", None)
        entry.update({k: v for k, v in vars(record).items() if k not in _STANDARD})
        if record.exc_info:
            entry["exc_type"] = record.exc_info[0].__name__ if record.exc_info[0] else None
        return json.dumps(entry, default=str)


def init_app(app: Flask, level: str) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger("heard")
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    root.propagate = False

    @app.before_request
    def _start() -> None:
        g.request_id = request.headers.get("X-Request-Id", "")[:64] or uuid.uuid4().hex
        g.started = time.perf_counter()

    @app.after_request
    def _finish(response):
        response.headers["X-Request-Id"] = g.get("request_id", "")
        if _ACCESS.isEnabledFor(logging.INFO):  # the record is built only when it is written
            _ACCESS.info("request", extra={
                "method": request.method, "path": request.path, "status": response.status_code,
                "token": getattr(g.get("token"), "id", None),
                "ms": round((time.perf_counter() - g.get("started", 0)) * 1000, 1)})
        return response
