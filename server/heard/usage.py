"""What agents were shown and what they kept, per day, profile, prompt version and provider.

Redis holds one hash per UTC day; each field is `<metric>|<prompt version>|<provider>`
(the prompt version names its profile: `billing@3:…`). A rewrite costs one pipelined call:
its counters, the cache's hit or miss count for its prompt version, and the record of the id
Heard issued, which feedback must name — so figures count only rewrites Heard really made,
once per id and action, from the token that asked.
No text is stored here.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections import defaultdict
from dataclasses import dataclass, replace

import redis
from redis.client import Pipeline

from heard.cache import STATS as CACHE_STATS

DAY = "heard:usage:"  # + YYYY-MM-DD
ISSUED = "heard:issued:"  # + rewrite id
DONE = "heard:fb-done:"  # + rewrite id + ":" + action
KEEP_DAYS = 100  # day hashes expire after this many days
ISSUED_TTL_S = 7 * 24 * 3600  # feedback may arrive this long after the rewrite
# Latency buckets (ms) for p50/p95 per day and version without storing every sample.
BUCKETS_MS = (5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, math.inf)
ACTIONS = ("accepted", "copied", "partial", "rejected", "sent")
KEPT = ("accepted", "copied", "partial")  # the agent took the rewrite (counted once per id)
DAILY = {"shown": "shown", "kept": "kept", "fb:rejected": "dismissed"}  # per version per day


def today() -> str:
    """The day (UTC, YYYY-MM-DD) a rewrite shown now is counted on."""
    return _day()


def _day(ts: dt.datetime | None = None) -> str:
    return (ts or dt.datetime.now(dt.UTC)).strftime("%Y-%m-%d")


@dataclass(frozen=True)
class Shown:
    """One answer an agent was shown (what the counters need, no text)."""

    id: str
    token_id: str
    prompt_version: str
    provider: str
    cached: bool
    latency_ms: float
    prompt_tokens: int
    completion_tokens: int
    cost_usd: float
    principles: list[str]
    warnings: list[str]
    discarded: str | None  # why the model's answer was not used: fallback, draft, retry
    feeling: str | None = None  # how the customer read (heard.customer); None: no message
    cache_result: str | None = None  # "hit" / "miss" when the cache answered the lookup
    day: str = ""  # YYYY-MM-DD (UTC) it is counted on; "": today


@dataclass(frozen=True)
class Writes:
    """What counting one shown answer writes, as data: so a cache hit can send it with its
    own lookup (heard.cache) and the view can correct it once the answer is built."""

    increments: dict[tuple[str, str], int]  # (hash key, field) -> amount
    expires: tuple[str, ...]  # the day hashes, kept KEEP_DAYS
    issued_key: str
    issued: str  # the issued record, JSON
    keep_s: int = KEEP_DAYS * 86400  # the day hashes' expiry
    issued_ttl_s: int = ISSUED_TTL_S


def writes(s: Shown) -> Writes:
    dim = f"{s.prompt_version}|{s.provider}"
    day = DAY + (s.day or _day())
    counts: dict[str, int] = {f"shown|{dim}": 1}
    if s.cached:
        counts[f"cached|{dim}"] = 1
    bucket = next(b for b in BUCKETS_MS if s.latency_ms <= b)
    counts[f"lat:{bucket}|{dim}"] = 1
    if s.prompt_tokens or s.completion_tokens:
        counts[f"tokens|{dim}"] = s.prompt_tokens + s.completion_tokens
        counts[f"cost_micro_usd|{dim}"] = round(s.cost_usd * 1e6)
    for code in s.warnings:
        counts[f"warning:{code}|{dim}"] = counts.get(f"warning:{code}|{dim}", 0) + 1
    if s.discarded:
        counts[f"discarded:{s.discarded}|{dim}"] = 1
    if s.feeling:
        counts[f"feeling:{s.feeling}|{dim}"] = 1
    increments = {(day, f): n for f, n in counts.items()}
    if s.cache_result:
        increments[(CACHE_STATS + s.prompt_version, s.cache_result)] = 1
    return Writes(increments, (day,), ISSUED + s.id, json.dumps({
        "token": s.token_id, "version": s.prompt_version, "provider": s.provider,
        "principles": s.principles, "day": day.removeprefix(DAY)}))


def queue(pipe: Pipeline, w: Writes) -> None:
    for (key, field), amount in w.increments.items():
        pipe.hincrby(key, field, amount)
    for key in w.expires:
        pipe.expire(key, w.keep_s)
    pipe.set(w.issued_key, w.issued, ex=w.issued_ttl_s)


def correction(counted: Writes, actual: Writes) -> Writes | None:
    """What turns the counts written for `counted` into those of `actual` (None: nothing):
    the increments' differences, and the issued record when it differs."""
    keys = counted.increments.keys() | actual.increments.keys()
    delta = {k: actual.increments.get(k, 0) - counted.increments.get(k, 0) for k in keys}
    delta = {k: n for k, n in delta.items() if n}
    same_record = (counted.issued_key, counted.issued) == (actual.issued_key, actual.issued)
    if not delta and same_record:
        return None
    return Writes(delta, tuple(k for k in actual.expires if k not in counted.expires),
                  actual.issued_key, actual.issued)


def plus(w: Writes, increments: dict[tuple[str, str], int]) -> Writes:
    """`w` with more increments (of hashes already kept: no expiry of their own)."""
    if not increments:
        return w
    total = dict(w.increments)
    for k, n in increments.items():
        total[k] = total.get(k, 0) + n
    return replace(w, increments=total)


class Usage:
    def __init__(self, client: redis.Redis) -> None:
        self.client = client

    def shown(self, s: Shown) -> None:
        self.write(writes(s))

    def write(self, w: Writes) -> None:
        with self.client.pipeline(transaction=False) as pipe:
            queue(pipe, w)
            pipe.execute()

    def issued(self, rewrite_id: str) -> dict | None:
        raw = self.client.get(ISSUED + rewrite_id)
        return json.loads(raw) if raw else None

    def feedback(self, issued: dict, rewrite_id: str, action: str,
                 rejected_principles: list[str], edit_distance: float | None) -> bool:
        """Count one action on one issued rewrite; False when it was already counted."""
        if not self.client.set(f"{DONE}{rewrite_id}:{action}", 1, nx=True, ex=ISSUED_TTL_S):
            return False
        # Replace then Copy on one rewrite is one rewrite kept: a rate over rewrites shown
        # must never count a rewrite twice (it went above 100%, and its interval failed).
        first_kept = action in KEPT and self._first(rewrite_id, "kept")
        verdicts = (self._verdicts(rewrite_id, issued["principles"], rejected_principles)
                    if action in (*KEPT, "sent") else {})
        dim = f"{issued['version']}|{issued['provider']}"
        # Counted on the day the rewrite was shown, so each day's rates divide like by like.
        day = DAY + issued.get("day", _day())
        with self.client.pipeline(transaction=False) as pipe:
            pipe.hincrby(day, f"fb:{action}|{dim}", 1)
            if first_kept:
                pipe.hincrby(day, f"kept|{dim}", 1)
            for (principle, verdict), amount in verdicts.items():
                pipe.hincrby(day, f"principle:{verdict}:{principle}|{dim}", amount)
            if edit_distance is not None:
                pipe.hincrby(day, f"edit_milli|{dim}", round(edit_distance * 1000))
                pipe.hincrby(day, f"edited|{dim}", 1)
                if edit_distance == 0:
                    pipe.hincrby(day, f"sent_unchanged|{dim}", 1)
            pipe.expire(day, KEEP_DAYS * 86400)
            pipe.execute()
        return True

    def _verdicts(self, rewrite_id: str, principles: list[str],
                  rejected: list[str]) -> dict[tuple[str, str], int]:
        """What this action changes in the per-principle counts of one rewrite.

        A principle counts once per rewrite: rejected when any action on it rejected it (the
        partial Replace), kept otherwise — whichever order the actions arrive in, also at once
        (a "sent" racing its "partial"). Each principle's verdict is one key, moved only
        kept → rejected by an atomic swap, so the counts follow the key's transitions."""
        with self.client.pipeline(transaction=False) as pipe:
            for principle in principles:
                key = f"{DONE}{rewrite_id}:principle:{principle}"
                if principle in rejected:
                    pipe.set(key, "rejected", ex=ISSUED_TTL_S, get=True)
                else:
                    pipe.set(key, "kept", ex=ISSUED_TTL_S, nx=True)
            before = pipe.execute()
        change: dict[tuple[str, str], int] = {}
        for principle, was in zip(principles, before, strict=True):
            if principle not in rejected:
                if was:  # nx: this action set it, first to judge the principle
                    change[(principle, "kept")] = 1
            elif was is None:
                change[(principle, "rejected")] = 1
            elif was == b"kept":  # an earlier action counted it kept
                change[(principle, "kept")] = -1
                change[(principle, "rejected")] = 1
        return change

    def _first(self, rewrite_id: str, what: str) -> bool:
        return bool(self.client.set(f"{DONE}{rewrite_id}:{what}", 1, nx=True,
                                    ex=ISSUED_TTL_S))

    # ---- reading ---------------------------------------------------------------------------
    def stats(self, days: int = 30, profile: str | None = None,
              today: dt.date | None = None) -> dict:
        """Per-day series and per-version totals over the last `days` days."""
        end = today or dt.datetime.now(dt.UTC).date()
        dates = [(end - dt.timedelta(days=n)).isoformat() for n in range(days - 1, -1, -1)]
        with self.client.pipeline(transaction=False) as pipe:
            for d in dates:
                pipe.hgetall(DAY + d)
            raw_days = pipe.execute()
        per_day: list[dict] = []
        versions: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        # version → date → the day's figures (what the per-version day chart draws)
        daily: dict[str, dict[str, dict[str, int]]] = defaultdict(dict)
        for d, raw in zip(dates, raw_days, strict=True):
            day_total: dict[str, float] = defaultdict(float)
            for field, value in raw.items():
                parts = field.decode(errors="replace").split("|", 2)
                if len(parts) != 3:  # not ours (another writer's field): never a 500
                    continue
                metric, version, provider = parts
                if profile and not version.startswith(profile + "@"):
                    continue
                count = float(value)
                versions[version][metric] += count
                if metric in DAILY:
                    day_of = daily[version].setdefault(d, dict.fromkeys(DAILY.values(), 0))
                    day_of[DAILY[metric]] += int(count)
                versions[version][f"provider:{provider}"] += (
                    count if metric == "shown" else 0)
                if metric in ("shown", "kept", "cached", "tokens", "cost_micro_usd") or \
                        metric.startswith(("fb:", "discarded:")):
                    day_total[metric] += count
            per_day.append({"date": d, "shown": int(day_total["shown"]),
                            "kept": int(day_total["kept"]),
                            "cached": int(day_total["cached"]),
                            "tokens": int(day_total["tokens"]),
                            "cost_usd": day_total["cost_micro_usd"] / 1e6,
                            "discarded": int(sum(v for k, v in day_total.items()
                                                 if k.startswith("discarded:"))),
                            "feedback": {a: int(day_total[f"fb:{a}"]) for a in ACTIONS}})
        return {"days": per_day, "versions": [
            summarise(v, m) | {"days": [day_figures(d, daily[v].get(d)) for d in dates]}
            for v, m in sorted(versions.items())]}


def day_figures(date: str, counts: dict[str, int] | None) -> dict:
    counts = counts or dict.fromkeys(DAILY.values(), 0)
    return {"date": date, **counts, "kept_rate": ratio(min(counts["kept"], counts["shown"]),
                                                        counts["shown"])}


def summarise(version: str, m: dict[str, float]) -> dict:
    shown = int(m.get("shown", 0))
    kept = min(int(m.get("kept", 0)), shown)
    principles: dict[str, dict[str, int]] = defaultdict(lambda: {"kept": 0, "rejected": 0})
    for key, value in m.items():
        if key.startswith("principle:"):
            _, verdict, pid = key.split(":", 2)
            principles[pid][verdict] += int(value)
    edited = int(m.get("edited", 0))
    return {
        "version": version,
        "profile": version.split("@", 1)[0],
        "shown": shown,
        "kept": kept,
        "cache_hit_rate": ratio(m.get("cached", 0), shown),
        "providers": {k.split(":", 1)[1]: int(v) for k, v in m.items()
                      if k.startswith("provider:") and v},
        "tokens": int(m.get("tokens", 0)),
        "cost_usd": m.get("cost_micro_usd", 0) / 1e6,
        "latency_ms_p50": percentile(m, 0.50),
        "latency_ms_p95": percentile(m, 0.95),
        "warnings": {k.split(":", 1)[1]: int(v) for k, v in m.items()
                     if k.startswith("warning:")},
        "discarded": {k.split(":", 1)[1]: int(v) for k, v in m.items()
                      if k.startswith("discarded:")},
        # How the customers of this team and version read, per feeling (rewrites that came
        # with the customer's message).
        "feelings": {k.split(":", 1)[1]: int(v) for k, v in m.items()
                     if k.startswith("feeling:")},
        "feedback": {a: int(m.get(f"fb:{a}", 0)) for a in ACTIONS},
        # The denominator is every rewrite shown, not only those that got feedback.
        "kept_rate": ratio(kept, shown),
        "kept_interval": wilson(kept, shown),
        "dismissed_rate": ratio(m.get("fb:rejected", 0), shown),
        "sent_unchanged": int(m.get("sent_unchanged", 0)),
        "edit_distance_mean": ratio(m.get("edit_milli", 0) / 1000, edited),
        "principles": dict(sorted(principles.items(), key=lambda kv: -kv[1]["rejected"])),
    }


def ratio(part: float, whole: float) -> float | None:
    return round(part / whole, 4) if whole else None


def wilson(successes: int, n: int, z: float = 1.96) -> list[float] | None:
    """95% Wilson score interval: honest on small samples (twelve rewrites prove little)."""
    if n <= 0:
        return None
    p = min(max(successes, 0), n) / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return [round(max(0.0, centre - half), 4), round(min(1.0, centre + half), 4)]


def percentile(m: dict[str, float], q: float) -> float | None:
    counts = [(b, m.get(f"lat:{b}", 0)) for b in BUCKETS_MS]
    total = sum(c for _, c in counts)
    if not total:
        return None
    seen = 0.0
    for bound, count in counts:
        seen += count
        if seen >= q * total:
            return bound if bound != math.inf else None
    return None


def shown_of(answer: dict, token_id: str, seconds: float, verdicts: list[tuple[str, bool]],
             llm_configured: bool, cache_result: str | None = None, day: str = "") -> Shown:
    """What the counters need of an answer that was shown."""
    model_tries = [passed for source, passed in verdicts if source == "openai"]
    discarded = None
    if [source for source, passed in verdicts if source == "offline" and not passed]:
        discarded = "draft_returned"
    elif llm_configured and answer["provider"] == "offline" and not answer["cached"]:
        discarded = "offline_fallback"
    elif len(model_tries) > 1:
        discarded = "retry"
    usage = answer.get("usage", {})
    return Shown(
        id=answer["id"], token_id=token_id, prompt_version=answer["prompt_version"],
        provider="cache" if answer["cached"] else answer["provider"],
        cached=answer["cached"], latency_ms=seconds * 1000,
        prompt_tokens=usage.get("prompt_tokens", 0),
        completion_tokens=usage.get("completion_tokens", 0),
        cost_usd=usage.get("cost_usd", 0.0),
        principles=sorted({c["principle"] for c in answer["changes"]}),
        warnings=[w["code"] for w in answer["warnings"]], discarded=discarded,
        feeling=(answer.get("customer") or {}).get("feeling"),
        cache_result=cache_result, day=day)
