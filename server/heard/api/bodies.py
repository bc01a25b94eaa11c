"""Request bodies: JSON only, validated by pydantic, every failure a clear 4xx."""

from __future__ import annotations

import json
from typing import Any, TypeVar

from flask import request
from flask.json.provider import DefaultJSONProvider
from pydantic import BaseModel, ValidationError

from heard.errors import ApiError

M = TypeVar("M", bound=BaseModel)
TOO_DEEP = "The body nests too deeply; send a flat JSON object."


def json_body() -> dict:
    if not request.is_json:
        raise ApiError(415, "unsupported_media_type", "Send the body as JSON with "
                       "'Content-Type: application/json'.")
    raw = request.get_data(cache=True)
    try:
        body = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ApiError(400, "invalid_json", "The body is not valid UTF-8 JSON.") from None
    except RecursionError:
        raise ApiError(400, "invalid_json", TOO_DEEP) from None
    reject_lone_surrogates(body)
    if not isinstance(body, dict):
        raise ApiError(400, "invalid_body", "The body must be a JSON object.")
    return body


def reject_lone_surrogates(value: Any) -> None:
    """JSON may spell half a UTF-16 pair (`"\\ud800"`) and Python decodes it to a string no
    encoder, Redis or tokenizer accepts; refuse it at the door, naming the field. Iterative:
    a deeply nested body must not exhaust the stack here either."""
    todo: list[tuple[str, Any]] = [("", value)]
    while todo:
        where, item = todo.pop()
        if isinstance(item, str):
            if not item.isascii() and not _encodable(item):
                raise ApiError(400, "invalid_unicode", f"`{where or 'body'}` holds a lone "
                               "UTF-16 surrogate escape (\\ud800–\\udfff without its "
                               "pair); send the text as valid Unicode.")
        elif isinstance(item, dict):
            for key, sub in item.items():
                todo.append((where or "body", key))
                todo.append((f"{where}.{key}" if where else str(key), sub))
        elif isinstance(item, list):
            todo.extend((f"{where}.{i}" if where else str(i), sub) for i, sub in enumerate(item))


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class JSONProvider(DefaultJSONProvider):
    """Flask's JSON with the same check, for views that read `request.get_json()`."""

    def loads(self, s: str | bytes, **kwargs: Any) -> Any:
        try:
            value = super().loads(s, **kwargs)
        except RecursionError:
            raise ApiError(400, "invalid_json", TOO_DEEP) from None
        reject_lone_surrogates(value)
        return value


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
