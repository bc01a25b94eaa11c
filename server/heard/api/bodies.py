"""Request bodies: JSON only, validated by pydantic, every failure a clear 4xx."""

from __future__ import annotations

import json
from typing import TypeVar

from flask import request
from pydantic import BaseModel, ValidationError

from heard.errors import ApiError

M = TypeVar("M", bound=BaseModel)


def json_body() -> dict:
    if not request.is_json:
        raise ApiError(415, "unsupported_media_type", "Send the body as JSON with "
                       "'Content-Type: application/json'.")
    raw = request.get_data(cache=True)
    try:
        body = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ApiError(400, "invalid_json", "The body is not valid UTF-8 JSON.") from None
    if not isinstance(body, dict):
        raise ApiError(400, "invalid_body", "The body must be a JSON object.")
    return body


def validation_message(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors()[:3]:
        where = ".".join(str(p) for p in err["loc"]) or "body"
        parts.append(f"{where}: {err['msg']}")
    return "Invalid request: " + "; ".join(parts) + "."


def parse(model: type[M], body: dict) -> M:
    try:
        return model.model_validate(body)
    except ValidationError as exc:
        raise ApiError(400, "invalid_request", validation_message(exc)) from None
