"""The LLM provider: any OpenAI-compatible server through the official openai SDK.

Structured output (JSON schema) where the server supports it, JSON mode where it does not,
plain JSON in the message otherwise; the SDK's own timeouts and retries; usage and cost.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import openai
from openai.types.chat import ChatCompletion, ChatCompletionChunk

from heard.config import Settings
from heard.schema import Candidate, Usage
from heard.vocab import FEELINGS, SIGNAL_KINDS

log = logging.getLogger(__name__)

RESPONSE_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["rewrite", "changes", "suggestions", "customer"],
    "properties": {
        "rewrite": {"type": "string"},
        "changes": {"type": "array", "items": {
            "type": "object", "additionalProperties": False,
            "required": ["principle", "before", "after", "explanation"],
            "properties": {k: {"type": "string"} for k in
                           ("principle", "before", "after", "explanation")}}},
        "suggestions": {"type": "array", "items": {
            "type": "object", "additionalProperties": False, "required": ["kind", "text"],
            "properties": {"kind": {"type": "string"}, "text": {"type": "string"}}}},
        "customer": {
            "type": "object", "additionalProperties": False,
            "required": ["feeling", "intensity", "at_stake", "signals"],
            "properties": {
                "feeling": {"type": "string", "enum": list(FEELINGS)},
                "intensity": {"type": "string", "enum": ["low", "medium", "high"]},
                "at_stake": {"type": "string"},
                "signals": {"type": "array", "items": {
                    "type": "object", "additionalProperties": False,
                    "required": ["kind", "text"],
                    "properties": {"kind": {"type": "string",
                                            "enum": [*SIGNAL_KINDS, "feeling"]},
                                   "text": {"type": "string"}}}}}},
    },
}

_MODES = ("json_schema", "json_object", "plain")
# How servers refuse an output mode: OpenAI and vLLM answer 400, FastAPI-based ones 422, and
# llama.cpp's servers 500 ('response_format type must be one of "text" or "json_object", but
# got: json_schema'). A refusal is such a status AND a message about the output format; any
# other 500 is an outage, left to the breaker.
_REFUSAL_STATUSES = {400, 422, 500, 501}
_REFUSAL = {
    "json_schema": re.compile(r"response_format|json_schema|structured output|"
                              r"schema.*not supported", re.I),
    "json_object": re.compile(r"response_format|json_object|json mode", re.I),
}


class _Accepted:
    """The best output mode each server (base URL and model) accepts, learned once per
    process: a refusal steps every later call down at once, whichever thread hits it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._mode: dict[tuple[str, str], int] = {}

    def get(self, key: tuple[str, str]) -> int:
        return self._mode.get(key, 0)

    def refused(self, key: tuple[str, str], mode: int) -> None:
        with self._lock:
            self._mode[key] = max(self._mode.get(key, 0), mode + 1)

    def forget(self) -> None:
        with self._lock:
            self._mode.clear()


ACCEPTED = _Accepted()


def refuses_mode(exc: openai.APIStatusError, mode: str) -> bool:
    """Whether this error is the server saying it cannot produce output in `mode`."""
    pattern = _REFUSAL.get(mode)
    return bool(pattern) and exc.status_code in _REFUSAL_STATUSES and bool(
        pattern.search(_message(exc)))


def _message(exc: openai.APIStatusError) -> str:
    body = exc.body
    if isinstance(body, dict):
        inner = body.get("error", body)
        detail = inner.get("message") if isinstance(inner, dict) else inner
        return str(detail or body)
    return str(body or exc.message)


class LlmError(Exception):
    """The provider gave no usable answer; `code` goes into the warning the user sees."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class Completion:
    raw: str
    usage: Usage
    model: str


def parse_answer(raw: str) -> Candidate:
    """The model's JSON answer, tolerating code fences and prose around the object."""
    text = raw.strip()
    fenced = re.search(r"```(?:json)?\s*(.*?)```", text, re.S)
    if fenced:
        text = fenced.group(1).strip()
    if not text.startswith("{"):
        start, end = text.find("{"), text.rfind("}")
        if start < 0 or end <= start:
            raise ValueError("the model's answer holds no JSON object")
        text = text[start : end + 1]
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"the model's answer is not valid JSON ({exc.msg})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("rewrite"), str):
        raise ValueError("the model's answer has no `rewrite` string")
    # Keep only well-formed items: a model that returns less or more is still usable.
    data["changes"] = [c for c in data.get("changes") or [] if isinstance(c, dict)
                       and isinstance(c.get("principle"), str)]
    data["suggestions"] = [s for s in data.get("suggestions") or [] if isinstance(s, dict)
                           and isinstance(s.get("kind"), str) and isinstance(s.get("text"), str)]
    for c in data["changes"]:
        for key in ("before", "after", "explanation"):
            if not isinstance(c.get(key), str):
                c[key] = ""
    # The reading is checked later (heard.customer.from_model): a garbled one costs only it.
    if not isinstance(data.get("customer"), dict):
        data["customer"] = None
    return Candidate.model_validate(data)


class RewriteFieldStream:
    """Decodes the `rewrite` string of a JSON object as its characters stream in."""

    _START = re.compile(r'"rewrite"\s*:\s*"')

    def __init__(self) -> None:
        self._buf = ""
        self._pos: int | None = None
        self._done = False

    def feed(self, chunk: str) -> str:
        self._buf += chunk
        if self._done:
            return ""
        if self._pos is None:
            m = self._START.search(self._buf)
            if not m:
                return ""
            self._pos = m.end()
        out = []
        i = self._pos
        while i < len(self._buf):
            ch = self._buf[i]
            if ch == '"':
                self._done = True
                break
            if ch == "\\":
                if i + 1 >= len(self._buf):
                    break
                if self._buf[i + 1] == "u":
                    if i + 6 > len(self._buf):
                        break
                    try:
                        out.append(json.loads(f'"{self._buf[i:i + 6]}"'))
                    except json.JSONDecodeError:
                        out.append("")
                    i += 6
                    continue
                out.append(json.loads(f'"{self._buf[i:i + 2]}"') if self._buf[i + 1] in
                           '"\\/bfnrt' else self._buf[i + 1])
                i += 2
                continue
            out.append(ch)
            i += 1
        self._pos = i
        return "".join(out)


class Provider(Protocol):
    """What the pipeline needs of a model: the OpenAI provider, or it behind the breaker."""

    name: str
    model: str

    def complete(self, messages: list[dict[str, str]],
                 on_delta: Callable[[str], None] | None = None) -> Completion: ...


def as_llm_error(exc: openai.OpenAIError) -> LlmError:
    """The SDK's error as the warning a user sees (most specific class first)."""
    if isinstance(exc, openai.BadRequestError):
        return LlmError("llm_rejected", "The model server rejected the request.")
    if isinstance(exc, openai.APITimeoutError):
        return LlmError("llm_timeout", "The model did not answer in time.")
    if isinstance(exc, openai.RateLimitError):
        return LlmError("llm_rate_limited", "The model provider is rate limiting.")
    if isinstance(exc, openai.AuthenticationError):
        return LlmError("llm_auth", "The model provider refused the API key; check "
                        "OPENAI_API_KEY.")
    if isinstance(exc, openai.APIStatusError):
        return LlmError("llm_unavailable",
                        f"The model provider failed (HTTP {exc.status_code}).")
    if isinstance(exc, openai.APIConnectionError):
        return LlmError("llm_unreachable", "The model provider is unreachable; check "
                        "OPENAI_BASE_URL.")
    return LlmError("llm_error", f"The model call failed ({type(exc).__name__}).")


class OpenAIProvider:
    """One client per app; it remembers which output mode the server accepted."""

    name = "openai"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.model = settings.model
        self.client = openai.OpenAI(
            api_key=settings.openai_api_key or "unset",
            base_url=settings.openai_base_url or None,
            timeout=settings.llm_timeout_s,
            max_retries=settings.llm_max_retries,
        )
        self._key = (str(self.client.base_url), self.model)

    def cost(self, prompt_tokens: int, completion_tokens: int) -> float:
        s = self.settings
        return round(prompt_tokens * s.price_input_per_mtok_usd / 1e6
                     + completion_tokens * s.price_output_per_mtok_usd / 1e6, 8)

    def complete(self, messages: list[dict[str, str]],
                 on_delta: Callable[[str], None] | None = None,
                 timeout_s: float | None = None) -> Completion:
        """One answer; `timeout_s` overrides the client's timeout for this call."""
        while True:
            index = ACCEPTED.get(self._key)
            mode = _MODES[index]
            try:
                return self._call(messages, mode, on_delta, timeout_s)
            except openai.APIStatusError as exc:
                if refuses_mode(exc, mode):
                    log.info("the model server refuses %s output; using %s from now on",
                             mode, _MODES[index + 1], extra={"status": exc.status_code})
                    ACCEPTED.refused(self._key, index)
                    continue
                raise as_llm_error(exc) from exc
            except openai.OpenAIError as exc:
                raise as_llm_error(exc) from exc

    def _call(self, messages, mode: str, on_delta, timeout_s: float | None = None) -> Completion:
        body: dict = {"model": self.model, "messages": messages,
                      "max_tokens": self.settings.llm_max_output_tokens, "temperature": 0.3}
        if mode == "json_schema":
            body["response_format"] = {"type": "json_schema", "json_schema": {
                "name": "heard_rewrite", "strict": True, "schema": RESPONSE_SCHEMA}}
        elif mode == "json_object":
            body["response_format"] = {"type": "json_object"}
        # The SDK's own request path (auth, timeouts, errors, response parsing) without
        # `create()`'s walk of every message through its TypedDict transform: that walk was
        # ~40% of a miss's CPU, and on messages of plain strings it changes nothing.
        options: dict = {"security": {"bearer_auth": True}}
        if timeout_s is not None:
            options["timeout"] = timeout_s
        if on_delta is None:
            resp = self.client.post("/chat/completions", cast_to=ChatCompletion, body=body,
                                    options=options)
            raw = (resp.choices[0].message.content or "") if resp.choices else ""
            return Completion(raw, self._usage(resp.usage), resp.model or self.model)
        stream = self.client.post(
            "/chat/completions", cast_to=ChatCompletion, options=options, stream=True,
            stream_cls=openai.Stream[ChatCompletionChunk],
            body=body | {"stream": True, "stream_options": {"include_usage": True}})
        parts, usage, model = [], None, self.model
        for chunk in stream:
            model = chunk.model or model
            if chunk.usage:
                usage = chunk.usage
            for choice in chunk.choices or []:
                piece = choice.delta.content if choice.delta else None
                if piece:
                    parts.append(piece)
                    on_delta(piece)
        return Completion("".join(parts), self._usage(usage), model)

    def _usage(self, usage) -> Usage:
        if usage is None:
            return Usage()
        p, c = usage.prompt_tokens or 0, usage.completion_tokens or 0
        return Usage(prompt_tokens=p, completion_tokens=c, cost_usd=self.cost(p, c))
