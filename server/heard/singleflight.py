"""Single-flight across processes: identical concurrent rewrites share one LLM call.

The first request for a key takes a Redis lock (`SET NX` with an expiry, so a worker that dies
mid-call frees it) and becomes the leader: it produces the value, publishes it under a short-
lived result key, then releases the lock. Followers poll for that result (a few ms apart) for
at most `wait_s`; if the leader's lock vanishes without a result, or the wait runs out, they
produce their own. Redis unreachable: everyone produces their own, nothing fails.

Values are the pipeline's masked results, so the result key holds no personal data.
"""

from __future__ import annotations

import contextlib
import json
import logging
import time
import uuid
from collections.abc import Callable

import redis

from heard import metrics
from heard.store import ERRORS as STORE_ERRORS

log = logging.getLogger(__name__)
LOCK = "heard:sf:lock:"
RESULT = "heard:sf:result:"
RESULT_TTL_MS = 10_000
_REDIS_ERRORS = STORE_ERRORS
# Delete the lock only if it is still ours (it may have expired and been taken by another).
_RELEASE = """
if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end
return 0
"""


class SingleFlight:
    def __init__(self, client: redis.Redis, lock_ttl_s: float, wait_s: float) -> None:
        self.client, self.lock_ttl_ms, self.wait_s = client, int(lock_ttl_s * 1000), wait_s

    def run(self, key: str, produce: Callable[[], dict]) -> tuple[dict, bool]:
        """The value for `key` and whether it came from another request's call."""
        suffix = key.rsplit(":", 1)[-1]
        lock, result = LOCK + suffix, RESULT + suffix
        owner = uuid.uuid4().hex
        try:
            leader = self.client.set(lock, owner, nx=True, px=self.lock_ttl_ms)
        except _REDIS_ERRORS:
            metrics.SINGLEFLIGHT.labels("solo").inc()
            return produce(), False
        if leader:
            metrics.SINGLEFLIGHT.labels("leader").inc()
            try:
                value = produce()
                self._publish(result, value)
            finally:
                self._release(lock, owner)
            return value, False
        shared = self._wait(lock, result)
        if shared is not None:
            metrics.SINGLEFLIGHT.labels("follower").inc()
            return shared, True
        metrics.SINGLEFLIGHT.labels("gave_up").inc()
        return produce(), False

    def _wait(self, lock: str, result: str) -> dict | None:
        deadline = time.monotonic() + self.wait_s
        pause = 0.005
        metrics.SINGLEFLIGHT_WAITING.inc()
        try:
            while True:
                raw = self.client.get(result)
                if raw:
                    return json.loads(raw)
                if not self.client.exists(lock):  # leader gone: one last look, then alone
                    raw = self.client.get(result)
                    return json.loads(raw) if raw else None
                if time.monotonic() + pause > deadline:
                    log.warning("single-flight wait ran out", extra={"wait_s": self.wait_s})
                    return None
                time.sleep(pause)
                pause = min(pause * 1.5, 0.05)
        except _REDIS_ERRORS:
            return None
        finally:
            metrics.SINGLEFLIGHT_WAITING.dec()

    def _publish(self, result: str, value: dict) -> None:
        with contextlib.suppress(_REDIS_ERRORS):
            self.client.set(result, json.dumps(value, ensure_ascii=False), px=RESULT_TTL_MS)

    def _release(self, lock: str, owner: str) -> None:
        with contextlib.suppress(_REDIS_ERRORS):
            self.client.eval(_RELEASE, 1, lock, owner)
