"""CORS for the browser extension: only the configured origins get CORS headers.

HEARD_ALLOWED_ORIGINS lists exact origins; `*` may stand for one host label or an extension
id (`chrome-extension://*`, `https://*.zendesk.com`), never for a scheme, a dot or a port, and
a bare `*` is refused by the settings. Any other origin gets an answer without CORS headers,
which the browser then withholds from the calling page. Preflights are answered here, before
authentication, because browsers send them without the Authorization header.
"""

from __future__ import annotations

import re

from flask import Flask, Response, request

ALLOW_METHODS = "GET, POST, PUT, DELETE, OPTIONS"
ALLOW_HEADERS = "Authorization, Content-Type, Accept, X-Request-Id"
EXPOSE_HEADERS = ("Retry-After, X-Request-Id, X-RateLimit-Limit, X-RateLimit-Remaining, "
                  "X-RateLimit-Reset")
MAX_AGE_S = "600"


def compile_origins(origins: list[str]) -> re.Pattern:
    parts = [re.escape(o.rstrip("/")).replace(r"\*", "[A-Za-z0-9-]+") for o in origins]
    return re.compile("|".join(f"(?:{p})" for p in parts) or "(?!)")


def init_app(app: Flask) -> None:
    allowed = compile_origins(app.config["HEARD"].origins)

    def origin_ok() -> str | None:
        origin = request.headers.get("Origin", "")
        return origin if origin and allowed.fullmatch(origin) else None

    @app.before_request
    def _preflight():
        if request.method != "OPTIONS" or "Access-Control-Request-Method" not in request.headers:
            return None
        response = Response(status=204)
        if origin_ok():
            response.headers["Access-Control-Allow-Methods"] = ALLOW_METHODS
            response.headers["Access-Control-Allow-Headers"] = ALLOW_HEADERS
            response.headers["Access-Control-Max-Age"] = MAX_AGE_S
        return response

    @app.after_request
    def _headers(response: Response) -> Response:
        response.vary.add("Origin")
        origin = origin_ok()
        if origin:
            response.headers["Access-Control-Allow-Origin"] = origin
            if request.method != "OPTIONS":
                response.headers["Access-Control-Expose-Headers"] = EXPOSE_HEADERS
        return response
