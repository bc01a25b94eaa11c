"""Opt-in samples of rewrites agents dismissed, heavily edited or partly turned down, with why,
to become evaluation cases.

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
WHY = "heard:sample-why:"  # + rewrite id: hash, why it was kept → its figures (JSON)
FLAGGED = "heard:samples:flagged"  # zset: rewrite id → when an agent rejected it
HEAVY_EDIT = 0.5  # an edit distance at least this large counts as "heavily edited"


def reasons(action: str, edit_distance: float | None,
            rejected_principles: list[str]) -> dict[str, dict]:
    """Why a rewrite is worth a look: dismissed, heavily edited (how much), or some of its
    changes turned down (which principles)."""
    why: dict[str, dict] = {}
    if action == "rejected":
        why["dismissed"] = {}
    if edit_distance is not None and edit_distance >= HEAVY_EDIT:
        why["heavily_edited"] = {"edit_distance": round(edit_distance, 3)}
    if rejected_principles:  # a partial Replace, or a Copy of only the ticked changes
        why["principles_rejected"] = {"principles": sorted(set(rejected_principles))[:20]}
    return why


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

    def flag(self, rewrite_id: str, action: str, edit_distance: float | None,
             rejected_principles: list[str] = ()) -> None:
        """Remember a dismissed, heavily edited or partly turned-down rewrite, and why, if
        its sample was kept."""
        why = reasons(action, edit_distance, list(rejected_principles))
        if not (self.enabled and why):
            return
        ttl = self.client.ttl(PREFIX + rewrite_id)
        if ttl is None or ttl <= 0:  # no sample (or one about to go): nothing to show
            return
        with self.client.pipeline(transaction=False) as pipe:
            pipe.hset(WHY + rewrite_id, mapping={k: json.dumps(v) for k, v in why.items()})
            pipe.expire(WHY + rewrite_id, ttl)
            pipe.zadd(FLAGGED, {rewrite_id: time.time()})
            pipe.execute()

    def recent(self, limit: int = 50) -> list[dict]:
        ids = [i.decode() for i in self.client.zrevrange(FLAGGED, 0, limit - 1)]
        if not ids:
            return []
        with self.client.pipeline(transaction=False) as pipe:
            pipe.mget([PREFIX + i for i in ids])
            for i in ids:
                pipe.hgetall(WHY + i)
            raws, *whys = pipe.execute()
        out = []
        for rewrite_id, raw, why in zip(ids, raws, whys, strict=True):
            if raw is None:  # expired: forget it
                self.client.zrem(FLAGGED, rewrite_id)
                continue
            sample = json.loads(raw)
            out.append({"id": rewrite_id, **{k: sample[k] for k in (
                "draft", "customer_message", "rewrite", "format", "lang", "prompt_version",
                "at")}, "why": [{"reason": k.decode(), **json.loads(v)}
                               for k, v in sorted(why.items())]})
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
        everything = keys + list(self.client.scan_iter(WHY + "*", count=500))
        for start in range(0, len(everything), 500):
            self.client.delete(*everything[start:start + 500])
        self.client.delete(FLAGGED)
        return len(keys)
