"""A real HTTP server on 127.0.0.1 speaking the OpenAI chat-completions API.

The openai SDK talks to it over real sockets, so its retries, timeouts and streaming run for
real. Tests script what it does next (`fake.script(...)`); unscripted calls get a good rewrite:
an acknowledgement prepended to the draft, every marker kept.
"""

from __future__ import annotations

import json
import re
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from heard import language


@dataclass
class Reply:
    """A 200 answer whose message content is `content` (str) or a dict dumped as JSON."""

    content: Any = None
    stream_chunk_chars: int = 12
    delay_s: float = 0.0
    prompt_tokens: int = 900
    completion_tokens: int = 120
    cut_after_chars: int | None = None  # the connection drops after this much of the answer


@dataclass
class Status:
    """An HTTP error answer, e.g. 429 or 500."""

    code: int
    message: str = "fake error"
    retry_after: str | None = "0"


@dataclass
class Hang:
    """Never answers within any sane timeout (the SDK's timeout must fire)."""

    seconds: float = 30.0


def draft_of(request_body: dict) -> str:
    content = next((m["content"] for m in reversed(request_body["messages"])
                    if m["role"] == "user" and "</draft>" in m["content"]), "")
    tail = content.rsplit("<draft>", 1)[-1]  # the template names the tag earlier in prose
    return tail.rsplit("</draft>", 1)[0].strip("\n")


# A good model answers in the draft's language (the guard rejects an English sentence in a
# Spanish reply), so the shipped evaluation set passes against this fake as it does offline. It
# acknowledges and takes nothing on ("and I'm on it" would promise an act the draft may refuse)
# and adds no second apology to a draft that has one.
ACKS = {"en": "I can see why this has been stressful for you.",
        "es": "Entiendo lo estresante que ha sido esto para usted.",
        "de": "Ich verstehe, wie belastend das für Sie war.",
        "fr": "Je comprends à quel point cela a été stressant pour vous.",
        "pt": "Entendo como isto tem sido estressante para você."}


_ENGLISH = re.compile(r"\b(?:the|you|your|we|our|is|are|to|and|for|it|this|will|have|"
                      r"please|thanks|hi|hello)\b", re.I)


def _language(draft: str) -> str:
    # English at a glance: lingua loads its models on first use, seconds this process (the
    # e2e tests' pytest, not the server) should not spend on the common case.
    if len(_ENGLISH.findall(draft)) >= 2:
        return "en"
    return language.detect(draft) or "en"


def good_answer(request_body: dict) -> dict:
    draft = draft_of(request_body)
    ack = ACKS.get(_language(draft), ACKS["en"])
    html = draft.lstrip().startswith("<")
    if html:
        rewrite = re.sub(r"^(\s*<p[^>]*>)", lambda m: m.group(1) + ack + " ", draft, count=1)
        if rewrite == draft:
            rewrite = ack + " " + draft
    else:
        rewrite = f"{ack} {draft}"
    return {"rewrite": rewrite,
            "changes": [{"principle": "acknowledge-emotion", "before": "", "after": ack,
                         "explanation": "Names the customer's stress before the answer."},
                        {"principle": "own-it", "before": "nothing", "after": "nothing",
                         "explanation": "An invented change that matches no hunk."}],
            "suggestions": [{"kind": "anticipate-followup", "text": "Say when they will hear "
                             "back."}, {"kind": "not-a-kind", "text": "dropped"}]}


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        # A caller that timed out and hung up (the SDK's timeout on a Hang) is expected here;
        # printing its traceback would land in whichever test is capturing output then.
        if isinstance(sys.exc_info()[1], OSError):
            return
        super().handle_error(request, client_address)


@dataclass
class FakeLLM:
    host: str = "127.0.0.1"
    port: int = 0
    requests: list[dict] = field(default_factory=list)
    reject_formats: set[str] = field(default_factory=set)
    # How it refuses them: OpenAI/vLLM say 400; llama.cpp's servers say 500 with this text.
    reject_status: int = 400
    reject_message: str = "response_format {fmt} is not supported by this server"
    _script: deque = field(default_factory=deque)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/v1"

    def script(self, *behaviours: Any) -> None:
        with self._lock:
            self._script.extend(behaviours)

    def reset(self) -> None:
        with self._lock:
            self._script.clear()
            self.requests.clear()
            self.reject_formats.clear()
            self.reject_status = 400
            self.reject_message = FakeLLM.reject_message

    def next_behaviour(self, body: dict) -> Any:
        with self._lock:
            self.requests.append(body)
            if self._script:
                return self._script.popleft()
        return Reply()

    def start(self) -> FakeLLM:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body are separate writes: no 40 ms stall

            def log_message(self, *args) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                fmt = (body.get("response_format") or {}).get("type")
                if fmt in fake.reject_formats:
                    with fake._lock:
                        fake.requests.append(body)
                    return self._error(fake.reject_status,
                                       fake.reject_message.format(fmt=fmt), None)
                behaviour = fake.next_behaviour(body)
                if isinstance(behaviour, Status):
                    return self._error(behaviour.code, behaviour.message, behaviour.retry_after)
                if isinstance(behaviour, Hang):
                    time.sleep(behaviour.seconds)
                    return self._error(504, "too late", None)
                if behaviour.delay_s:
                    time.sleep(behaviour.delay_s)
                content = behaviour.content
                if content is None:
                    content = good_answer(body)
                if callable(content):
                    content = content(body)
                if not isinstance(content, str):
                    content = json.dumps(content, ensure_ascii=False)
                if body.get("stream"):
                    return self._stream(body, content, behaviour)
                if behaviour.cut_after_chars is not None:
                    return self._cut(content.encode()[:behaviour.cut_after_chars])
                self._json(200, {
                    "id": "chatcmpl-fake", "object": "chat.completion", "created": 0,
                    "model": body.get("model", "fake"),
                    "choices": [{"index": 0, "finish_reason": "stop", "message": {
                        "role": "assistant", "content": content}}],
                    "usage": {"prompt_tokens": behaviour.prompt_tokens,
                              "completion_tokens": behaviour.completion_tokens,
                              "total_tokens": behaviour.prompt_tokens
                              + behaviour.completion_tokens}})

            def _cut(self, partial: bytes) -> None:
                """Promise a whole answer, send part of it, hang up."""
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(partial) + 500))
                self.end_headers()
                self.wfile.write(partial)
                self.close_connection = True

            def _json(self, status: int, data: dict, headers: dict | None = None) -> None:
                raw = json.dumps(data).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(raw)

            def _error(self, status: int, message: str, retry_after: str | None) -> None:
                headers = {"Retry-After": retry_after} if retry_after is not None else {}
                self._json(status, {"error": {"message": message, "type": "fake",
                                              "code": str(status)}}, headers)

            def _stream(self, body: dict, content: str, behaviour: Reply) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()

                def send(obj: Any) -> None:
                    data = obj if isinstance(obj, str) else json.dumps(obj)
                    raw = f"data: {data}\n\n".encode()
                    self.wfile.write(f"{len(raw):x}\r\n".encode() + raw + b"\r\n")
                    self.wfile.flush()

                base = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": 0,
                        "model": body.get("model", "fake")}
                n = behaviour.stream_chunk_chars
                for i in range(0, len(content), n):
                    if behaviour.cut_after_chars is not None and i >= behaviour.cut_after_chars:
                        self.close_connection = True  # mid-stream: no end, no [DONE]
                        return
                    send(base | {"choices": [{"index": 0, "delta": {"content": content[i:i + n]},
                                              "finish_reason": None}]})
                send(base | {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
                send(base | {"choices": [], "usage": {
                    "prompt_tokens": behaviour.prompt_tokens,
                    "completion_tokens": behaviour.completion_tokens,
                    "total_tokens": behaviour.prompt_tokens + behaviour.completion_tokens}})
                send("[DONE]")
                self.wfile.write(b"0\r\n\r\n")

        self._server = _Server((self.host, self.port), Handler)
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
