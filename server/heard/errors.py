"""One JSON error shape for every endpoint: `{"error": {"code", "message"}}`."""

from __future__ import annotations

import logging

from flask import Flask, jsonify, request
from werkzeug.exceptions import HTTPException

from heard.refusal import Refused

log = logging.getLogger(__name__)


class ApiError(Refused):
    """A refusal raised by the HTTP layer itself (auth, body parsing); same shape."""


_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported_media_type",
    429: "rate_limited",
}


def init_app(app: Flask) -> None:
    @app.errorhandler(Refused)
    def _refused(err: Refused):
        return jsonify(err.body()), err.status, err.headers

    @app.errorhandler(HTTPException)
    def _http_error(err: HTTPException):
        status = err.code or 500
        code = _HTTP_CODES.get(status, "http_error")
        message = err.description or err.name
        if status == 413:
            limit = app.config["HEARD"].max_body_bytes
            message = (f"The request body is larger than {limit} bytes; send a shorter draft."
                       if not request.path.startswith(("/v1/admin", "/admin")) else
                       f"The request body is larger than {limit} bytes (HEARD_MAX_BODY_BYTES); "
                       "nothing was saved. Trim the bundle or import, or split it.")
        headers = dict(err.get_headers()) if status == 429 else {}
        headers.pop("Content-Type", None)
        return jsonify({"error": {"code": code, "message": message}}), status, headers

    @app.errorhandler(Exception)
    def _unexpected(err: Exception):
        # Last resort: never leak a stack trace or the draft; the log has the exception type.
        log.exception("unhandled error: %s", type(err).__name__)
        body = {"error": {"code": "internal", "message": "Heard failed unexpectedly; retry."}}
        return jsonify(body), 500
