"""Per-token rate limits of /v1/rewrite: fixed windows counted in Redis, so every worker and
replica counts together.

The count rides in the rewrite's one admission round trip (heard.admission) instead of a
request hook with round trips of its own. The notation and the in-memory fallback are the
`limits` package's: "120/minute", or several limits as "10/second;1000/day". While Redis is
unreachable each process counts in memory, so an outage never takes rewrites down.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

import redis
from limits import RateLimitItem, parse_many
from limits.storage import MemoryStorage
from limits.strategies import FixedWindowRateLimiter

from heard.errors import ApiError

PREFIX = "heard:limit:"


def parse(spec: str) -> list[RateLimitItem]:
    """The limits in HEARD_RATE_LIMIT; a ValueError names the bad notation."""
    try:
        items = parse_many(spec)
    except ValueError:
        items = []
    if not items:
        raise ValueError(f"HEARD_RATE_LIMIT: {spec!r} is not a rate limit; write it like "
                         "120/minute, or 10/second;1000/day for several.")
    return items


@dataclass(frozen=True)
class Window:
    """One limit's window after this request: how many it counted and when it resets."""

    item: RateLimitItem
    count: int
    reset_at: float  # epoch seconds

    @property
    def remaining(self) -> int:
        return max(0, self.item.amount - self.count)

    @property
    def exceeded(self) -> bool:
        return self.count > self.item.amount

    def headers(self, now: float) -> dict[str, str]:
        """What Flask-Limiter used to send, so clients that read these keep working."""
        out = {"X-RateLimit-Limit": str(self.item.amount),
               "X-RateLimit-Remaining": str(self.remaining),
               "X-RateLimit-Reset": str(math.ceil(self.reset_at))}
        if self.exceeded:
            out["Retry-After"] = str(self.wait_s(now))
        return out

    def wait_s(self, now: float) -> int:
        return max(1, math.ceil(self.reset_at - now))


class RateLimit:
    def __init__(self, spec: str) -> None:
        self.items = parse(spec)
        self._memory = FixedWindowRateLimiter(MemoryStorage())

    def _key(self, token_id: str, item: RateLimitItem, now: float) -> tuple[str, float]:
        period = item.get_expiry()
        index = int(now // period)
        return (f"{PREFIX}{token_id}:{item.amount}/{item.multiples}{item.GRANULARITY.name}:"
                f"{index}", (index + 1) * period)

    def queue(self, pipe: redis.client.Pipeline, token_id: str, now: float) -> int:
        """Count one request for `token_id` in `pipe`; returns how many results it adds."""
        for item in self.items:
            key, _ = self._key(token_id, item, now)
            pipe.incr(key)
            pipe.expire(key, item.get_expiry())
        return 2 * len(self.items)

    def read(self, results: list, now: float) -> list[Window]:
        """The windows from `queue`'s results (incr, expire for each limit)."""
        return [Window(item, int(results[2 * i]), self._key("", item, now)[1])
                for i, item in enumerate(self.items)]

    def forget(self, client: redis.Redis, token_id: str, now: float) -> None:
        """Undo a count made before the token turned out invalid (no keys for made-up ids)."""
        client.delete(*(self._key(token_id, item, now)[0] for item in self.items))

    def in_memory(self, token_id: str) -> list[Window]:
        """Count in this process only: Redis is unreachable."""
        out = []
        for item in self.items:
            allowed = self._memory.hit(item, token_id)
            reset_at, remaining = self._memory.get_window_stats(item, token_id)
            count = item.amount - remaining if allowed else item.amount + 1
            out.append(Window(item, count, reset_at))
        return out


def binding(windows: list[Window]) -> Window:
    """The window that decides: an exceeded one, else the one with least room left."""
    return min(windows, key=lambda w: (not w.exceeded, w.remaining, -w.reset_at))


def check(windows: list[Window]) -> dict[str, str]:
    """The rate-limit headers for the answer; a 429 that says how long to wait if over."""
    now = time.time()
    window = binding(windows)
    headers = window.headers(now)
    if window.exceeded:
        raise ApiError(429, "rate_limited", f"This token has reached its rate limit "
                       f"({window.item}); try again in {window.wait_s(now)} seconds. An admin "
                       "can raise HEARD_RATE_LIMIT.", headers=headers)
    return headers
