"""What a request carries — a JSON body validated by pydantic, query arguments — read so that
every bad value is a clear 4xx in the one error shape, never a 500."""

from __future__ import annotations

import json
import re
from typing import Any, TypeVar

from flask import request
from flask.json.provider import DefaultJSONProvider
from pydantic import BaseModel, ValidationError

from heard.errors import ApiError
from heard.tokens import DEFAULT_PROFILE
from heard.versions import PROFILE_PATTERN

M = TypeVar("M", bound=BaseModel)
TOO_DEEP = "The body nests too deeply; send a flat JSON object."
# ASCII digits only: str.isdigit() also accepts "²" or "߁", which int() then refuses (a 500).
_COUNT = re.compile(r"[0-9]{1,9}")


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


def profile_arg() -> str:
    """`?profile=`, the default profile when absent."""
    profile = request.args.get("profile", DEFAULT_PROFILE) or DEFAULT_PROFILE
    if not re.fullmatch(PROFILE_PATTERN, profile):
        raise ApiError(400, "invalid_profile", "A profile name is 1–40 lowercase letters, "
                       "digits or dashes, e.g. `billing-team`.")
    return profile


def int_arg(name: str, default: int | None = None, low: int = 0,
            high: int | None = None, example: str = "2") -> int:
    """A whole-number query argument: `default` when absent (required when None), at least
    `low`, capped at `high`."""
    raw = request.args.get(name, "")
    if not raw and default is not None:
        return default
    if not _COUNT.fullmatch(raw) or int(raw) < low:
        raise ApiError(400, "invalid_request", f"Give `{name}` as a whole number"
                       f"{f' from {low}' if low else ''}, e.g. ?{name}={example}.")
    return min(int(raw), high) if high is not None else int(raw)
