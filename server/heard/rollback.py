"""Automatic rollback: a staged rollout stops by itself when staging clearly keeps less.

Off by default, switched per profile by an admin (the Stats tab, or
PUT /v1/admin/rollout/auto-rollback). The rule, stated where an admin reads it:

    staging stops when both versions were shown at least HEARD_AUTO_ROLLBACK_MIN_SHOWN
    rewrites in the last WINDOW_DAYS days and staging's 95% Wilson interval of the kept rate
    lies wholly below production's (the intervals do not overlap).

Stopping means what an admin would do by hand: `staging` is cleared, so the percentage goes to
0 and pilots are back on production; an audit entry holds the figures behind the decision,
and the Stats tab shows the last automatic rollback. Production never moves by itself.

Cheap on the hot path: feedback costs one pipelined call here (the switch, an event count, a
once-a-minute marker); the figures are read only on every CHECK_EVERY-th feedback event or
once a minute per profile, whichever comes first.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass

import redis

from heard.audit import AuditLog
from heard.usage import Usage, wilson
from heard.versions import PromptVersions

KEY = "heard:rollback:"  # + profile: hash {enabled, last (JSON of the last rollback)}
EVENTS = "heard:rollback:events:"  # + profile: feedback events since the last check
CHECKED = "heard:rollback:checked:"  # + profile: set while a check is less than a minute old
WINDOW_DAYS = 30  # the figures compared: the Stats tab's default period
ACTOR = "heard (automatic rollback)"


@dataclass(frozen=True)
class Figures:
    """One version's kept rate over the window, with the number of rewrites behind it."""

    version: int
    shown: int
    kept: int
    rate: float | None
    interval: list[float] | None


@dataclass(frozen=True)
class Rule:
    min_shown: int  # rewrites each version must have been shown before the rule may decide
    check_every: int  # feedback events between checks (besides once a minute)
    check_s: int = 60

    def text(self) -> str:
        return (f"Staging stops when each version was shown at least {self.min_shown} rewrites "
                f"in the last {WINDOW_DAYS} days and staging's 95% interval of the kept rate "
                "lies wholly below production's.")

    def decide(self, production: Figures, staging: Figures) -> bool:
        if min(production.shown, staging.shown) < self.min_shown:
            return False
        if production.interval is None or staging.interval is None:
            return False
        return staging.interval[1] < production.interval[0]


class AutoRollback:
    def __init__(self, client: redis.Redis, versions: PromptVersions, rule: Rule) -> None:
        self.client, self.versions, self.rule = client, versions, rule

    # ---- the admin's switch ------------------------------------------------------------
    def enabled(self, profile: str) -> bool:
        return self.client.hget(KEY + profile, "enabled") == b"1"

    def set_enabled(self, profile: str, enabled: bool) -> None:
        self.client.hset(KEY + profile, "enabled", "1" if enabled else "0")

    def last(self, profile: str) -> dict | None:
        raw = self.client.hget(KEY + profile, "last")
        return json.loads(raw) if raw else None

    def status(self, profile: str) -> dict:
        return {"enabled": self.enabled(profile), "rule": self.rule.text(),
                "min_shown": self.rule.min_shown, "window_days": WINDOW_DAYS,
                "last": self.last(profile)}

    # ---- on feedback ---------------------------------------------------------------------
    def after_feedback(self, profile: str) -> dict | None:
        """Called after a counted feedback event on one of `profile`'s versions; the rollback
        it made, if the check ran and the rule fired."""
        with self.client.pipeline(transaction=False) as pipe:
            pipe.hget(KEY + profile, "enabled")
            pipe.incr(EVENTS + profile)
            pipe.set(CHECKED + profile, 1, nx=True, ex=self.rule.check_s)
            enabled, events, minute = pipe.execute()
        if enabled != b"1" or not (minute or events >= self.rule.check_every):
            return None
        self.client.set(EVENTS + profile, 0)
        return self.check(profile)

    def check(self, profile: str) -> dict | None:
        labels = self.versions.labels(profile)
        staged, production = labels.get("staging"), labels.get("production")
        if staged is None or production is None or staged == production:
            return None
        stats = Usage(self.client).stats(WINDOW_DAYS, profile)
        prod, stag = (figures(stats["versions"], profile, n) for n in (production, staged))
        if not self.rule.decide(prod, stag):
            return None
        if self.versions.label(profile, "staging") != staged:  # an admin moved it meanwhile
            return None
        self.versions.clear_label(profile, "staging")
        self.versions.set_rollout(profile, 0)
        event = {"at": time.time(), "profile": profile, "staging": asdict(stag),
                 "production": asdict(prod), "percent": labels.get("staging_percent", 0),
                 "rule": self.rule.text()}
        self.client.hset(KEY + profile, "last", json.dumps(event))
        AuditLog(self.client).add(
            ACTOR, "label.auto_rollback", profile, label="staging", previous=staged,
            percent=event["percent"], reason=(
                f"Staging v{staged} kept {pct(stag.rate)} of {stag.shown} rewrites (95% "
                f"interval {span(stag.interval)}), production v{production} kept "
                f"{pct(prod.rate)} of {prod.shown} ({span(prod.interval)}): the intervals do "
                "not overlap."), staging_figures=asdict(stag), production_figures=asdict(prod))
        return event


def figures(versions: list[dict], profile: str, number: int) -> Figures:
    """A version number's figures, summed over its digests (an edited record keeps its number)."""
    rows = [v for v in versions
            if v["profile"] == profile and v["version"].startswith(f"{profile}@{number}:")]
    shown = sum(v["shown"] for v in rows)
    kept = sum(v["kept"] for v in rows)
    return Figures(number, shown, kept, round(kept / shown, 4) if shown else None,
                   wilson(kept, shown))


def pct(rate: float | None) -> str:
    return "-" if rate is None else f"{rate * 100:.0f}%"


def span(interval: list[float] | None) -> str:
    return "-" if interval is None else f"{interval[0] * 100:.0f}–{interval[1] * 100:.0f}%"
