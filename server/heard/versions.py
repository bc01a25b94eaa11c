"""Prompt versions, profiles and labels, kept in Redis: the team's voice as immutable data.

Version 1 of the `default` profile is the bundle in `prompts/`, seeded on first use; every save
is a new version, never an edit. A profile (a team or brand) stores only the top-level fields
it changes; the rest comes from `default`'s production bundle, so a team changes only what
differs. Labels (`production`, `staging`) name a version per profile and are read on every
request, so moving one is instant for every worker and replica.

Records are immutable, so each process keeps the ones it has read, and the bundles it has
resolved from them (a profile's by the default version it was resolved over). If Redis cannot
be reached,
rewrites carry on with the last version each process resolved (and say so); writes raise the
store's error, which the HTTP layer answers with 503.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from dataclasses import dataclass, field

import redis
from pydantic import ValidationError

from heard.prompts import PromptBundle
from heard.store import ERRORS as STORE_ERRORS
from heard.tokens import DEFAULT_PROFILE

log = logging.getLogger(__name__)
LABELS = ("production", "staging")
PROFILE_PATTERN = r"^[a-z0-9][a-z0-9-]{0,39}$"
BUNDLE_FIELDS = tuple(PromptBundle.model_fields)


class VersionNotFound(LookupError):
    def __init__(self, profile: str, version: int) -> None:
        super().__init__(f"Profile {profile!r} has no version {version}.")
        self.profile, self.version = profile, version


def _key(profile: str, *parts: object) -> str:
    # The braces are a Redis Cluster hash tag: one profile's keys share a slot.
    return ":".join(["heard:pv:{" + profile + "}", *map(str, parts)])


PROFILES = "heard:pv:profiles"


def labels_key(profile: str) -> str:
    """The hash of a profile's labels, read on every request (heard.admission prefetches it)."""
    return _key(profile, "labels")


Prefetched = dict[str, dict[bytes, bytes]]  # raw label hashes by profile, read by the caller


@dataclass(frozen=True)
class Version:
    profile: str
    version: int
    author: str
    created: float
    note: str
    bundle: PromptBundle
    overrides: list[str] = field(default_factory=list)
    parent: int | None = None
    restored_from: int | None = None
    approvals: list[str] = field(default_factory=list)
    digest: str = ""  # the bundle's; computed once here when not given

    def __post_init__(self) -> None:
        if not self.digest:
            object.__setattr__(self, "digest", self.bundle.digest)

    @property
    def key(self) -> str:
        """The prompt version string in answers and cache keys: a label move changes it."""
        return f"{self.profile}@{self.version}:{self.digest}"

    def record(self) -> dict:
        """The JSON-able summary (no bundle)."""
        return {"profile": self.profile, "version": self.version, "author": self.author,
                "created": self.created, "note": self.note, "digest": self.digest,
                "parent": self.parent, "restored_from": self.restored_from,
                "approvals": list(self.approvals), "overrides": list(self.overrides)}


@dataclass(frozen=True)
class Resolved:
    """What one request runs with, and whether it came from memory because Redis was down."""

    version: Version
    label: str
    stale: bool = False


class PromptVersions:
    def __init__(self, client: redis.Redis, files_bundle: PromptBundle) -> None:
        self.client = client
        self.files_bundle = files_bundle
        self._raw: dict[tuple[str, int], dict] = {}  # immutable records, by (profile, n)
        self._last: dict[tuple[str, str], Version] = {}  # last resolution, for outages
        # Resolved bundles and their digests by (profile, version, the default version's key
        # a profile's overrides were laid over): validating a bundle costs more than a rewrite
        # hit, and none of these inputs ever changes.
        self._bundles: dict[tuple[str, int, str], tuple[PromptBundle, str]] = {}
        self._lock = threading.Lock()

    # ---- seeding -------------------------------------------------------------------------
    def seed(self) -> None:
        """Store the files as `default` version 1 if the store has no versions yet."""
        record = {"version": 1, "author": "prompts/ files", "created": time.time(),
                  "note": "The bundle shipped in prompts/.", "parent": None,
                  "restored_from": None, "bundle": self.files_bundle.model_dump(mode="json")}
        if self.client.set(_key(DEFAULT_PROFILE, "v", 1), json.dumps(record), nx=True):
            self.client.set(_key(DEFAULT_PROFILE, "n"), 1, nx=True)
            self.client.sadd(PROFILES, DEFAULT_PROFILE)

    # ---- reading -------------------------------------------------------------------------
    def profiles(self) -> list[str]:
        names = {p.decode() for p in self.client.smembers(PROFILES)} | {DEFAULT_PROFILE}
        return sorted(names, key=lambda p: (p != DEFAULT_PROFILE, p))

    def latest(self, profile: str) -> int:
        raw = self.client.get(_key(profile, "n"))
        return int(raw) if raw else 0

    def labels(self, profile: str, prefetched: Prefetched | None = None
               ) -> dict[str, int | None]:
        """The profile's labels, from `prefetched` when the caller read them already."""
        raw = prefetched.get(profile) if prefetched else None
        if raw is None:
            raw = self.client.hgetall(labels_key(profile))
        found = {k.decode(): int(v) for k, v in raw.items()}
        labels: dict[str, int | None] = {name: found.get(name) for name in LABELS}
        if profile == DEFAULT_PROFILE and labels["production"] is None:
            labels["production"] = 1
        # Share of a profile's agents (0-100) who get staging; pilots always do.
        labels["staging_percent"] = found.get("staging_percent", 0) if labels["staging"] \
            else 0
        return labels

    def set_rollout(self, profile: str, percent: int) -> None:
        self.client.hset(labels_key(profile), "staging_percent", percent)

    def label(self, profile: str, label: str) -> int | None:
        return self.labels(profile).get(label)

    def _record(self, profile: str, version: int) -> dict:
        cached = self._raw.get((profile, version))
        if cached is not None:
            return cached
        raw = self.client.get(_key(profile, "v", version))
        if raw is None:
            if profile == DEFAULT_PROFILE and version == 1:
                self.seed()
                raw = self.client.get(_key(profile, "v", version))
            if raw is None:
                raise VersionNotFound(profile, version)
        record = json.loads(raw)
        with self._lock:
            self._raw[(profile, version)] = record
        return record

    def _approvals(self, profile: str, version: int) -> list[str]:
        return sorted(a.decode() for a in self.client.smembers(_key(profile, "approvals",
                                                                      version)))

    def get(self, profile: str, version: int) -> Version:
        """A version with its resolved bundle (a profile's fields over default's production)."""
        return self._version(profile, version, None, approvals=True)

    def _version(self, profile: str, version: int, prefetched: Prefetched | None,
                 approvals: bool) -> Version:
        record = self._record(profile, version)
        overrides = record.get("overrides")
        base = None if overrides is None else self.resolve(
            DEFAULT_PROFILE, prefetched=prefetched, approvals=False)
        base_key = base.key if base else ""
        cached = self._bundles.get((profile, version, base_key))
        if cached is None:
            if base is None:
                bundle = PromptBundle.model_validate(record["bundle"])
            else:
                bundle = PromptBundle.model_validate(base.bundle.model_dump(mode="json") |
                                                     overrides)
            cached = (bundle, bundle.digest)
            with self._lock:
                if len(self._bundles) > 1024:  # only many default moves under many profiles
                    self._bundles.clear()
                self._bundles[(profile, version, base_key)] = cached
        bundle, digest = cached
        return Version(profile=profile, version=version, author=record["author"],
                       created=record["created"], note=record["note"], bundle=bundle,
                       overrides=sorted(overrides or []), parent=record.get("parent"),
                       restored_from=record.get("restored_from"),
                       approvals=self._approvals(profile, version) if approvals else [],
                       digest=digest)

    def list(self, profile: str) -> list[Version]:
        return [self.get(profile, n) for n in range(self.latest(profile), 0, -1)]

    def resolve(self, profile: str = DEFAULT_PROFILE, label: str = "production",
                prefetched: Prefetched | None = None, approvals: bool = True) -> Version:
        """The version a label names; an unknown profile or an unset label falls back to
        the profile's production, then to default's production."""
        labels = self.labels(profile, prefetched) if profile else {}
        return self._named(profile, label, labels, prefetched, approvals)

    def _named(self, profile: str, label: str, labels: dict[str, int | None],
               prefetched: Prefetched | None, approvals: bool) -> Version:
        number = labels.get(label) or labels.get("production")
        if number is None:
            return self.resolve(DEFAULT_PROFILE, label, prefetched, approvals) \
                if profile != DEFAULT_PROFILE else \
                self._version(DEFAULT_PROFILE, 1, prefetched, approvals)
        return self._version(profile, number, prefetched, approvals)

    def for_request(self, profile: str, label: str, agent: str = "",
                    prefetched: Prefetched | None = None, store_down: bool = False
                    ) -> Resolved:
        """`resolve`, or — when Redis is unreachable — the last version this process used
        for that profile and label (else the files), flagged stale. `agent` (a token id) is
        in a staged rollout when its sticky bucket falls under the staging percentage.
        `prefetched`: label hashes the caller already read in its own round trip;
        `store_down`: that round trip failed, so do not wait for Redis again. The version's
        approvals are not read: a rewrite never needs them."""
        try:
            if store_down:
                raise redis.ConnectionError("the admission round trip failed")
            labels = self.labels(profile, prefetched)
            if label == "production" and agent and in_rollout(labels, profile, agent):
                label = "staging"
            version = self._named(profile, label, labels, prefetched, approvals=False)
        except STORE_ERRORS as exc:
            log.warning("prompt store unavailable: %s", type(exc).__name__)
            last = self._last.get((profile, label)) or self._last.get(
                (DEFAULT_PROFILE, "production"))
            return Resolved(last or self._files_version(), label, stale=True)
        self._last[(profile, label)] = version
        return Resolved(version, label)

    def _files_version(self) -> Version:
        return Version(DEFAULT_PROFILE, 1, "prompts/ files", 0.0, "The bundle shipped in "
                       "prompts/.", self.files_bundle)

    # ---- writing -------------------------------------------------------------------------
    def create(self, profile: str, bundle: PromptBundle, author: str, note: str,
               parent: int | None = None, restored_from: int | None = None) -> Version:
        """A new immutable version. For a profile other than default, only the top-level
        fields that differ from default's production bundle are stored."""
        record: dict = {"author": author, "created": time.time(), "note": note,
                        "parent": parent, "restored_from": restored_from}
        data = bundle.model_dump(mode="json")
        if profile == DEFAULT_PROFILE:
            self.seed()
            record["bundle"] = data
        else:
            base = self.resolve(DEFAULT_PROFILE).bundle.model_dump(mode="json")
            record["overrides"] = {k: v for k, v in data.items() if base.get(k) != v}
        number = int(self.client.incr(_key(profile, "n")))
        record["version"] = number
        self.client.set(_key(profile, "v", number), json.dumps(record, ensure_ascii=False))
        self.client.sadd(PROFILES, profile)
        return self.get(profile, number)

    def restore(self, profile: str, version: int, author: str, note: str) -> Version:
        """Version N+1 equal to `version` (for a profile: the same overridden fields)."""
        old = self._record(profile, version)
        record = {"author": author, "created": time.time(), "note": note,
                  "parent": self.latest(profile), "restored_from": version}
        record |= {k: old[k] for k in ("bundle", "overrides") if k in old}
        number = int(self.client.incr(_key(profile, "n")))
        record["version"] = number
        self.client.set(_key(profile, "v", number), json.dumps(record, ensure_ascii=False))
        return self.get(profile, number)

    def set_label(self, profile: str, label: str, version: int) -> int | None:
        """Point `label` at `version` (which must exist); returns the previous version."""
        self.get(profile, version)
        previous = self.label(profile, label)
        self.client.hset(labels_key(profile), label, version)
        return previous

    def clear_label(self, profile: str, label: str) -> int | None:
        previous = self.label(profile, label)
        self.client.hdel(labels_key(profile), label)
        return previous

    def approve(self, profile: str, version: int, approver: str) -> Version:
        self.get(profile, version)
        self.client.sadd(_key(profile, "approvals", version), approver)
        return self.get(profile, version)

    # ---- evaluations (the publish gate reads the last one) -------------------------------
    def record_eval(self, profile: str, version: int, result: dict) -> None:
        self.client.set(_key(profile, "eval", version), json.dumps(result, ensure_ascii=False))

    def last_eval(self, profile: str, version: int) -> dict | None:
        raw = self.client.get(_key(profile, "eval", version))
        return json.loads(raw) if raw else None


def in_rollout(labels: dict[str, int | None], profile: str, agent: str) -> bool:
    """Sticky: an agent's bucket depends only on who they are and which version is staged,
    so they stay on one version for the whole rollout."""
    percent, staging = labels.get("staging_percent") or 0, labels.get("staging")
    if not staging or percent <= 0:
        return False
    digest = hashlib.sha256(f"{profile}:{staging}:{agent}".encode()).hexdigest()
    return int(digest[:8], 16) % 100 < percent


def parse_bundle(data: object) -> PromptBundle:
    """Validate an admin-supplied bundle; the error names the field (raised as ValueError)."""
    if not isinstance(data, dict):
        raise ValueError("bundle: send the whole bundle as a JSON object (the shape of "
                         "GET /v1/admin/prompts/<n>'s `bundle`).")
    try:
        return PromptBundle.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "bundle"
        raise ValueError(f"bundle.{where}: {err['msg']}") from None
