"""A circuit breaker around the LLM, its state shared by every worker through Redis.

Closed: calls go through; `failures` consecutive failures open it. Open: calls are skipped at
once (the pipeline answers with the offline engine and a warning) for `open_s` seconds. Then
half-open: exactly one caller in the whole fleet (a Redis `SET NX` with expiry) probes the LLM;
success closes the circuit, failure opens it again.

Why shared: with N replicas × W workers, per-process breakers would each pay `failures`
timeouts before opening and each send its own probe; in Redis the first streak opens it
everywhere. When Redis itself is down, each process falls back to its own in-memory state, so
the breaker still protects requests (it just learns per process).

The admin playground and the evaluation call the same model through this breaker, on purpose:
their timeouts are the provider's health too, and an admin's run must not hammer a provider
that agents' requests already found down. They never count in agents' figures (usage.py): only
answers an agent was shown do.
"""

from __future__ import annotations

import logging
import os
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import redis

from heard import metrics
from heard.llm import Completion, LlmError
from heard.store import ERRORS as STORE_ERRORS

log = logging.getLogger(__name__)
KEY = "heard:breaker:{name}"
_REDIS_ERRORS = STORE_ERRORS
# Failures that say nothing about the provider's health: our request was refused as such.
_NOT_OUTAGES = {"llm_rejected"}


@dataclass
class Decision:
    allowed: bool
    state: str  # closed | open | half-open
    dirty: bool = False  # failures recorded: a success must reset them


class _Local:
    """The same state in this process, used while Redis is unreachable."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.failures = 0
        self.open_until = 0.0
        self.probing_until = 0.0


class Breaker:
    def __init__(self, client: redis.Redis, name: str, failures: int, open_s: float,
                 probe_ttl_s: float, clock: Callable[[], float] = time.time) -> None:
        self.client, self.key = client, KEY.format(name=name)
        self.probe_key = self.key + ":probe"
        self.threshold, self.open_s, self.probe_ttl_s = failures, open_s, probe_ttl_s
        self.clock = clock
        self.local = _Local()

    def allow(self) -> Decision:
        now = self.clock()
        try:
            fails, open_until = self.client.hmget(self.key, "failures", "open_until")
            fails, open_until = int(fails or 0), float(open_until or 0)
            if not open_until:
                return Decision(True, "closed", dirty=fails > 0)
            if now < open_until:
                return Decision(False, "open")
            probe = self.client.set(self.probe_key, os.getpid(), nx=True,
                                    px=int(self.probe_ttl_s * 1000))
            return Decision(bool(probe), "half-open", dirty=True)
        except _REDIS_ERRORS:
            return self._allow_local(now)

    def _allow_local(self, now: float) -> Decision:
        s = self.local
        with s.lock:
            if not s.open_until:
                return Decision(True, "closed", dirty=s.failures > 0)
            if now < s.open_until:
                return Decision(False, "open")
            if now < s.probing_until:
                return Decision(False, "half-open")
            s.probing_until = now + self.probe_ttl_s
            return Decision(True, "half-open", dirty=True)

    def success(self, decision: Decision) -> None:
        if not decision.dirty:
            return  # the common case costs no Redis write
        with self.local.lock:
            self.local.failures, self.local.open_until, self.local.probing_until = 0, 0.0, 0.0
        try:
            self.client.delete(self.key)
            self.client.delete(self.probe_key)
        except _REDIS_ERRORS:
            pass
        log.info("llm circuit closed", extra={"breaker": self.key})

    def failure(self) -> None:
        now = self.clock()
        try:
            fails = self.client.hincrby(self.key, "failures", 1)
            self.client.expire(self.key, int(max(3600, self.open_s * 10)))
            if fails >= self.threshold:
                self.client.hset(self.key, "open_until", now + self.open_s)
                self.client.delete(self.probe_key)
                self._opened(fails)
            return
        except _REDIS_ERRORS:
            pass
        s = self.local
        with s.lock:
            s.failures += 1
            if s.failures >= self.threshold:
                s.open_until, s.probing_until = now + self.open_s, 0.0
        if s.failures >= self.threshold:
            self._opened(s.failures)

    def _opened(self, fails: int) -> None:
        metrics.CIRCUIT_OPENED.inc()
        log.warning("llm circuit open", extra={"breaker": self.key, "failures": fails,
                                               "open_s": self.open_s})

    def state(self) -> str:
        """closed | open | half-open, as the next caller would see it (no probe taken)."""
        now = self.clock()
        try:
            open_until = float(self.client.hget(self.key, "open_until") or 0)
        except _REDIS_ERRORS:
            open_until = self.local.open_until
        if not open_until:
            return "closed"
        return "open" if now < open_until else "half-open"


class CircuitLLM:
    """The provider behind the breaker, with retries inside one deadline, and metrics.

    The openai SDK's own retries are switched off: it would honour a provider's Retry-After of
    up to 60 s per retry. Here every attempt gets min(timeout, time left), a retry waits at
    most BACKOFF_CAP_S (Retry-After included), and nothing starts after the deadline, so one
    LLM call never takes longer than `deadline_s` (plus one attempt's connect overhead).
    """

    def __init__(self, provider, breaker: Breaker, retries: int, timeout_s: float,
                 deadline_s: float) -> None:
        self.provider, self.breaker = provider, breaker
        self.retries, self.timeout_s, self.deadline_s = retries, timeout_s, deadline_s
        self.name, self.model = provider.name, provider.model

    def complete(self, messages: list[dict[str, str]],
                 on_delta: Callable[[str], None] | None = None) -> Completion:
        decision = self.breaker.allow()
        if not decision.allowed:
            metrics.LLM_CALLS.labels("llm_circuit_open").inc()
            raise LlmError("llm_circuit_open", "The model provider failed repeatedly, so "
                           "Heard is not calling it for a while.")
        deadline = time.monotonic() + self.deadline_s
        streamed = False

        def sink(text: str) -> None:
            nonlocal streamed
            streamed = True
            on_delta(text)

        attempt = 0
        while True:
            started = time.perf_counter()
            timeout = min(self.timeout_s, max(deadline - time.monotonic(), MIN_ATTEMPT_S))
            try:
                completion = self.provider.complete(
                    messages, on_delta=sink if on_delta else None, timeout_s=timeout)
                break
            except LlmError as exc:
                metrics.LLM_CALLS.labels(exc.code).inc()
                metrics.LLM_SECONDS.observe(time.perf_counter() - started)
                pause = _backoff(exc, attempt)
                # A stream that already reached the user is not silently restarted.
                if (exc.code in RETRYABLE and attempt < self.retries and not streamed
                        and time.monotonic() + pause + MIN_ATTEMPT_S < deadline):
                    attempt += 1
                    time.sleep(pause)
                    continue
                if exc.code in _NOT_OUTAGES:
                    self.breaker.success(decision)
                else:
                    self.breaker.failure()
                raise
        metrics.LLM_SECONDS.observe(time.perf_counter() - started)
        metrics.LLM_CALLS.labels("ok").inc()
        metrics.LLM_TOKENS.labels("prompt").inc(completion.usage.prompt_tokens)
        metrics.LLM_TOKENS.labels("completion").inc(completion.usage.completion_tokens)
        metrics.LLM_COST.inc(completion.usage.cost_usd)
        self.breaker.success(decision)
        return completion


RETRYABLE = {"llm_unavailable", "llm_rate_limited", "llm_unreachable", "llm_timeout"}
BACKOFF_CAP_S = 2.0
MIN_ATTEMPT_S = 0.1  # no attempt starts with less time than this left


def _backoff(exc: LlmError, attempt: int) -> float:
    """The provider's Retry-After when it sends one, else exponential; capped either way."""
    response = getattr(exc.__cause__, "response", None)
    headers = getattr(response, "headers", None) or {}
    try:
        if headers.get("retry-after-ms"):
            wait = float(headers["retry-after-ms"]) / 1000
        else:
            wait = float(headers.get("retry-after") or "nan")
    except ValueError:  # an HTTP date: not worth parsing for a 2 s cap
        wait = BACKOFF_CAP_S
    if not wait > 0:  # missing, NaN or zero
        wait = 0.25 * 2 ** attempt * random.uniform(0.75, 1.0)
    return min(wait, BACKOFF_CAP_S)
