"""Opt-in samples of rewrites agents dismissed or heavily edited, to become evaluation cases.

Off unless HEARD_KEEP_SAMPLES_DAYS > 0. A sample is stored masked — the customer's personal
data and every fact replaced by markers, as in the cache — and expires after that many days;
an admin can purge them all at once. Turned into a case, each marker becomes a helpdesk-style
placeholder (`{{fact_1}}`), which Heard protects and the case must keep.
"""

from __future__ import annotations

import json
import re
import time

import redis

from heard.protect import MARKER_RE

PREFIX = "heard:sample:"  # + rewrite id: the masked sample
FLAGGED = "heard:samples:flagged"  # zset: rewrite id → when an agent rejected it
HEAVY_EDIT = 0.5  # an edit distance at least this large counts as "heavily edited"


class Samples:
    def __init__(self, client: redis.Redis, keep_days: int) -> None:
        self.client, self.keep_s = client, keep_days * 86400

    @property
    def enabled(self) -> bool:
        return self.keep_s > 0

    def keep(self, rewrite_id: str, sample: dict, prompt_version: str) -> None:
        if self.enabled:
            self.client.set(PREFIX + rewrite_id, json.dumps(
                sample | {"prompt_version": prompt_version, "at": time.time()},
                ensure_ascii=False), ex=self.keep_s)

    def flag(self, rewrite_id: str, action: str, edit_distance: float | None) -> None:
        """Remember a dismissed or heavily edited rewrite, if its sample was kept."""
        heavy = edit_distance is not None and edit_distance >= HEAVY_EDIT
        if self.enabled and (action == "rejected" or heavy) and \
                self.client.exists(PREFIX + rewrite_id):
            self.client.zadd(FLAGGED, {rewrite_id: time.time()})

    def recent(self, limit: int = 50) -> list[dict]:
        ids = [i.decode() for i in self.client.zrevrange(FLAGGED, 0, limit - 1)]
        out = []
        for rewrite_id, raw in zip(ids, self.client.mget([PREFIX + i for i in ids]) if ids
                                   else [], strict=True):
            if raw is None:  # expired: forget it
                self.client.zrem(FLAGGED, rewrite_id)
                continue
            sample = json.loads(raw)
            out.append({"id": rewrite_id, **{k: sample[k] for k in (
                "draft", "customer_message", "rewrite", "format", "lang", "prompt_version",
                "at")}})
        return out

    def as_case(self, rewrite_id: str) -> dict | None:
        raw = self.client.get(PREFIX + rewrite_id)
        if raw is None:
            return None
        sample = json.loads(raw)

        def placeholder(text: str) -> str:
            return MARKER_RE.sub(lambda m: "{{fact_" + re.sub(r"\D", "", m.group(0)) + "}}",
                                 text)

        draft = placeholder(sample["draft"])
        return {"draft": draft, "customer_message": placeholder(sample["customer_message"]),
                "format": sample["format"], "lang": sample["lang"],
                "must_keep": sorted(set(re.findall(r"\{\{fact_\d+\}\}", draft)))}

    def purge(self) -> int:
        keys = list(self.client.scan_iter(PREFIX + "*", count=500))
        for start in range(0, len(keys), 500):
            self.client.delete(*keys[start:start + 500])
        self.client.delete(FLAGGED)
        return len(keys)
