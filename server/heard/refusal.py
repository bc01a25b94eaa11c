"""Refusals: requests Heard will not do, raised by the core and answered by the HTTP layer.

The core (pipeline, versions, evaluation) knows no Flask; it raises `Refused` with the status
an HTTP client should see, and `errors.init_app` turns it into the one JSON error shape.
"""

from __future__ import annotations


class Refused(Exception):
    """A refusal a client can act on; `message` says how to fix it."""

    def __init__(self, status: int, code: str, message: str,
                 headers: dict[str, str] | None = None, **extra: object) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}
        self.extra = extra  # more fields for the error object (e.g. the failing cases)

    def body(self) -> dict:
        return {"error": {"code": self.code, "message": self.message, **self.extra}}
