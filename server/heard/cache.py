"""Rewrites cached in Redis on the masked request, so cached values hold no personal data.

Exact match only: the key hashes the masked draft and context with everything that changes the
answer (tone, locale, profile, prompt version, provider, model). A semantic cache could hand
one customer's answer to another's opposite question; a rewriter must never do that.
"""

from __future__ import annotations

import hashlib
import json
import logging

import redis

log = logging.getLogger(__name__)
PREFIX = "heard:rw:"


def key(**parts: str) -> str:
    canonical = json.dumps(parts, sort_keys=True, ensure_ascii=False).encode()
    return PREFIX + hashlib.sha256(canonical).hexdigest()


class RewriteCache:
    """Get/put that never raise: a Redis outage means a miss and a warning, not an error."""

    def __init__(self, client: redis.Redis, ttl_s: int) -> None:
        self.client = client
        self.ttl_s = ttl_s

    def get(self, cache_key: str) -> tuple[dict | None, bool]:
        """The cached value (or None) and whether Redis answered at all."""
        try:
            raw = self.client.get(cache_key)
        except (redis.RedisError, OSError) as exc:
            log.warning("cache unavailable: %s", type(exc).__name__)
            return None, False
        return (json.loads(raw) if raw else None), True

    def put(self, cache_key: str, value: dict) -> bool:
        if self.ttl_s <= 0:
            return True
        try:
            self.client.set(cache_key, json.dumps(value, ensure_ascii=False), ex=self.ttl_s)
        except (redis.RedisError, OSError) as exc:
            log.warning("cache unavailable: %s", type(exc).__name__)
            return False
        return True
