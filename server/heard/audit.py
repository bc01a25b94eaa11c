"""The audit log: every admin action (who, what, when, before/after), newest first, in Redis.

Entries hold ids, labels and notes, never a draft or a token's secret.
"""

from __future__ import annotations

import json
import time
import uuid

import redis

KEY = "heard:audit"
KEEP = 10_000  # entries kept; older ones fall off the end


class AuditLog:
    def __init__(self, client: redis.Redis) -> None:
        self.client = client

    def add(self, actor: str, action: str, profile: str = "", **details: object) -> dict:
        entry = {"id": uuid.uuid4().hex[:16], "at": time.time(), "actor": actor,
                 "action": action, "profile": profile, "details": details}
        with self.client.pipeline(transaction=False) as pipe:
            pipe.lpush(KEY, json.dumps(entry, ensure_ascii=False))
            pipe.ltrim(KEY, 0, KEEP - 1)
            pipe.execute()
        return entry

    def entries(self, limit: int = 200) -> list[dict]:
        return [json.loads(raw) for raw in self.client.lrange(KEY, 0, max(0, limit - 1))]
