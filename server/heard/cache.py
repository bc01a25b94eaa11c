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

import redis
from redis.client import Pipeline

from heard import metrics
from heard.store import ERRORS as STORE_ERRORS

log = logging.getLogger(__name__)
PREFIX = "heard:rw:"
STATS = "heard:stats:cache:"  # + prompt version: a hash of hit / miss counts


def key(**parts: str) -> str:
    canonical = json.dumps(parts, sort_keys=True, ensure_ascii=False).encode()
    return PREFIX + hashlib.sha256(canonical).hexdigest()


class RewriteCache:
    """Get/put that never raise: a Redis outage means a miss and a warning, not an error."""

    def __init__(self, client: redis.Redis, ttl_s: int) -> None:
        self.client = client
        self.ttl_s = ttl_s

    def get(self, cache_key: str) -> tuple[dict | None, bool]:
        """The cached value (or None) and whether Redis answered at all. The hit/miss count
        per prompt version (`stats`) rides in the answer's usage round trip (heard.usage)."""
        try:
            raw = self.client.get(cache_key)
            result = "hit" if raw else "miss"
        except STORE_ERRORS as exc:
            log.warning("cache unavailable: %s", type(exc).__name__)
            metrics.CACHE.labels("unavailable").inc()
            return None, False
        metrics.CACHE.labels(result).inc()
        return (json.loads(raw) if raw else None), True

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
