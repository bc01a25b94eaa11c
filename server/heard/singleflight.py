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
from typing import NamedTuple

import redis
from redis.client import Pipeline
from redis.cluster import RedisCluster

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


class Flight(NamedTuple):
    value: dict
    shared: bool  # from another request's call
    kept: bool = True  # the producer's own writes (`keep`) reached Redis; True when none


class SingleFlight:
    def __init__(self, client: redis.Redis, lock_ttl_s: float, wait_s: float) -> None:
        self.client, self.lock_ttl_ms, self.wait_s = client, int(lock_ttl_s * 1000), wait_s
        # Sent by its digest (EVALSHA), not as the whole script on every release; loaded
        # again by itself after a Redis restart or SCRIPT FLUSH.
        self._release_script = client.register_script(_RELEASE)
        # A cluster's pipelines refuse scripts: there the release is its own round trip.
        self._release_in_pipeline = not isinstance(client, RedisCluster)

    def run(self, key: str, produce: Callable[[], dict],
            keep: Callable[[dict, Pipeline], bool] | None = None) -> Flight:
        """The value for `key`, whether it came from another request's call, and whether the
        producer's own writes were kept. `keep(value, pipe)` queues those writes (the cache
        put) and says whether it queued any: a leader sends them with its result and the
        lock's release, one round trip after the call instead of three."""
        suffix = key.rsplit(":", 1)[-1]
        lock, result = LOCK + suffix, RESULT + suffix
        owner = uuid.uuid4().hex
        try:
            leader = self.client.set(lock, owner, nx=True, px=self.lock_ttl_ms)
        except _REDIS_ERRORS:
            metrics.SINGLEFLIGHT.labels("solo").inc()
            return self._alone(produce, keep)
        if leader:
            metrics.SINGLEFLIGHT.labels("leader").inc()
            try:
                value = produce()
            except BaseException:
                self._release(lock, owner)
                raise
            return Flight(value, False, self._close(value, keep, result, lock, owner))
        shared = self._wait(lock, result)
        if shared is not None:
            metrics.SINGLEFLIGHT.labels("follower").inc()
            return Flight(shared, True)
        metrics.SINGLEFLIGHT.labels("gave_up").inc()
        return self._alone(produce, keep)

    def _alone(self, produce: Callable[[], dict],
               keep: Callable[[dict, Pipeline], bool] | None) -> Flight:
        value = produce()
        return Flight(value, False, self._close(value, keep))

    def _close(self, value: dict, keep: Callable[[dict, Pipeline], bool] | None,
               result: str = "", lock: str = "", owner: str = "") -> bool:
        """One round trip: the producer's writes, then (a leader's) the published result and
        the lock's release. False when writes were queued and Redis did not take them all."""
        kept, answers = 0, None
        try:
            with self.client.pipeline(transaction=False) as pipe:
                kept = len(pipe) if keep and keep(value, pipe) else 0
                if lock:
                    pipe.set(result, json.dumps(value, ensure_ascii=False), px=RESULT_TTL_MS)
                    if self._release_in_pipeline:
                        pipe.evalsha(self._release_script.sha, 1, lock, owner)
                answers = pipe.execute(raise_on_error=False) if len(pipe) else []
        except _REDIS_ERRORS:
            pass
        # Not released yet: a cluster, Redis unreachable, or Redis lost its scripts (a restart
        # answers NoScriptError; the script call loads it again).
        if lock and not (self._release_in_pipeline and answers
                         and not isinstance(answers[-1], Exception)):
            self._release(lock, owner)
        if answers is None:
            return not kept
        return not any(isinstance(a, Exception) for a in answers[:kept])

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

    def _release(self, lock: str, owner: str) -> None:
        with contextlib.suppress(_REDIS_ERRORS):
            self._release_script(keys=[lock], args=[owner])
