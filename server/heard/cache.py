"""Rewrites cached in Redis on the masked request, so cached values hold no personal data.

Exact match only: the key hashes the masked draft and context with everything that changes the
answer (tone, locale, profile, prompt version, provider, model). A semantic cache could hand
one customer's answer to another's opposite question; a rewriter must never do that.

The customer's mood (heard.customer's feeling and intensity) is in the key, and so is the
customer's masked message itself. So:
- two customers in different moods are always two entries (an angry customer never gets the
  cheerful rewrite made for a delighted one);
- the same mood in other words is also another entry: an acknowledgement quotes the
  customer's own words ("the gift for Saturday"), and a model may use any of them, so an entry
  keyed on the mood alone could show one customer another customer's specifics;
- the same words with other personal data (another order number, name, email, amount, date)
  are ONE entry: the masked message is identical, the cached value holds only markers, and
  each answer is restored and its reading anchored with its own customer's data.
"""

from __future__ import annotations

import hashlib
import json
import logging
from typing import TYPE_CHECKING, NamedTuple

import redis
from redis.client import Pipeline
from redis.cluster import RedisCluster

from heard import metrics
from heard.store import ERRORS as STORE_ERRORS

if TYPE_CHECKING:
    from heard.usage import Writes

log = logging.getLogger(__name__)
PREFIX = "heard:rw:"
STATS = "heard:stats:cache:"  # + prompt version: a hash of hit / miss counts


# GET, and only when the value is there, the writes that count a hit (heard.usage.Writes):
# ARGV is the increments (count, then key index, field, amount each), the hashes to expire
# (count, then key index each), the expiry, then the issued record (key index, value, ttl).
_GET_COUNTED = """
local value = redis.call('GET', KEYS[1])
if not value then return false end
local i = 2
for _ = 1, tonumber(ARGV[1]) do
  redis.call('HINCRBY', KEYS[tonumber(ARGV[i])], ARGV[i + 1], ARGV[i + 2])
  i = i + 3
end
local expires = tonumber(ARGV[i])
for n = 1, expires do redis.call('EXPIRE', KEYS[tonumber(ARGV[i + n])], ARGV[i + expires + 1]) end
i = i + expires + 2
redis.call('SET', KEYS[tonumber(ARGV[i])], ARGV[i + 1], 'EX', ARGV[i + 2])
return value
"""


class Lookup(NamedTuple):
    value: dict | None
    reachable: bool  # Redis answered
    counted: bool = False  # a hit whose counts were written with the lookup


def key(**parts: str) -> str:
    canonical = json.dumps(parts, sort_keys=True, ensure_ascii=False).encode()
    return PREFIX + hashlib.sha256(canonical).hexdigest()


class RewriteCache:
    """Get/put that never raise: a Redis outage means a miss and a warning, not an error."""

    def __init__(self, client: redis.Redis, ttl_s: int) -> None:
        self.client = client
        self.ttl_s = ttl_s
        self._get_counted = client.register_script(_GET_COUNTED)
        # The script touches several keys, which a cluster may keep on several nodes: there
        # a hit is counted in its own round trip, as a miss is everywhere.
        self.counts_hits = not isinstance(client, RedisCluster)

    def get(self, cache_key: str, count: Writes | None = None) -> Lookup:
        """The cached value (or None) and whether Redis answered at all. With `count` (and
        `counts_hits`), a hit's usage counts are written in the same round trip, only when
        the value is there; otherwise the hit/miss count per prompt version (`stats`) rides
        in the answer's usage round trip (heard.usage)."""
        counted = count is not None and self.counts_hits
        try:
            if counted:
                raw = self._get_counted(keys=[cache_key, *_keys(count)], args=_args(count))
            else:
                raw = self.client.get(cache_key)
            result = "hit" if raw else "miss"
        except STORE_ERRORS as exc:
            log.warning("cache unavailable: %s", type(exc).__name__)
            metrics.CACHE.labels("unavailable").inc()
            return Lookup(None, False)
        metrics.CACHE.labels(result).inc()
        return Lookup(json.loads(raw) if raw else None, True, counted and bool(raw))

    def stats(self, prompt_version: str = "") -> dict[str, int]:
        """Hit and miss counts of one prompt version, across every worker and replica."""
        raw = self.client.hgetall(STATS + prompt_version)
        counts = {k.decode(): int(v) for k, v in raw.items()}
        return {"hit": counts.get("hit", 0), "miss": counts.get("miss", 0)}

    def put(self, cache_key: str, value: dict) -> bool:
        if self.ttl_s <= 0:
            return True
        try:
            self.client.set(cache_key, json.dumps(value, ensure_ascii=False), ex=self.ttl_s)
        except STORE_ERRORS as exc:
            log.warning("cache unavailable: %s", type(exc).__name__)
            return False
        return True

    def queue_put(self, pipe: Pipeline, cache_key: str, value: dict) -> bool:
        """`put` as part of the caller's round trip (a miss's single-flight closes with it);
        False when there is nothing to keep (caching switched off)."""
        if self.ttl_s <= 0:
            return False
        pipe.set(cache_key, json.dumps(value, ensure_ascii=False), ex=self.ttl_s)
        return True


def _keys(w: Writes) -> list[str]:
    """The keys the writes touch, in the order `_args` numbers them from 2 (1: the entry)."""
    return list(dict.fromkeys([*(k for k, _ in w.increments), *w.expires, w.issued_key]))


def _args(w: Writes) -> list[str | int]:
    index = {k: n for n, k in enumerate(_keys(w), start=2)}
    args: list[str | int] = [len(w.increments)]
    for (k, field), amount in w.increments.items():
        args += [index[k], field, amount]
    args += [len(w.expires), *(index[k] for k in w.expires), w.keep_s]
    return [*args, index[w.issued_key], w.issued, w.issued_ttl_s]
