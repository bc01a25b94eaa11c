"""Admitting a rewrite in one Redis round trip: the caller's token, their rate limit and the
prompt labels their voice resolves with, pipelined instead of one round trip each.

A rewrite used to spend a round trip on the token, three on Flask-Limiter and two on labels
before any work; on a cache hit those were most of its time. The pipeline is not a transaction
(the keys may live on different Redis Cluster nodes), so the rate-limit count happens before
the token is known to be valid: an unknown token's count is deleted again, and a 401 costs
one more round trip, a rewrite none.
"""

from __future__ import annotations

import contextlib
import re
import threading
import time
from dataclasses import dataclass

from heard import auth, limits
from heard.errors import ApiError
from heard.store import ERRORS as STORE_ERRORS
from heard.store import get_redis
from heard.tokens import DEFAULT_PROFILE, ID_CHARS, TokenInfo, hash_token
from heard.tokens import PREFIX as TOKEN_PREFIX
from heard.versions import PROFILE_PATTERN, Prefetched, PromptVersions, labels_key


@dataclass(frozen=True)
class Admission:
    token: TokenInfo
    headers: dict[str, str]  # the rate-limit headers for the answer
    labels: Prefetched  # label hashes read in the round trip, by profile
    store_down: bool = False  # the round trip failed: the token came from memory


class Gate:
    """One per app: the rate limit (with its in-memory fallback) and what tokens it saw."""

    # A token's profile never changes, so after its first rewrite a team-bound token's
    # labels ride in the round trip too. Bounded: a flood of tokens only costs a refetch.
    MAX_PROFILES = 10_000
    # A token's first rewrite in this process, before its profile is known, reads the labels
    # of every team profile known here, up to this many, instead of a second round trip.
    MAX_TEAMS_PREFETCHED = 32
    _PROFILE = re.compile(PROFILE_PATTERN)

    def __init__(self, rate: limits.RateLimit, versions: PromptVersions | None) -> None:
        self.rate = rate
        self.versions = versions
        self._profiles: dict[str, str] = {}  # token hash -> its profile (default too)
        self._teams: tuple[str, ...] = ()  # the profiles other than default (replaced whole)
        self._lock = threading.Lock()
        if versions is not None:
            # Once, in gunicorn's master (preload_app): every worker starts knowing them.
            with contextlib.suppress(*STORE_ERRORS):
                self._teams = tuple(p for p in versions.profiles() if p != DEFAULT_PROFILE)

    def admit(self, profile_hint: str = "") -> Admission:
        """The caller's token (401/403/503) within its rate limit (429), with the labels of
        the profiles this rewrite may use. `profile_hint`: the profile the body names."""
        session = auth.from_session()
        if session is not None:  # the admin page signed in: its own lookups, a rare path
            return self._count(auth.has_role(session, "agent"))
        token_hash = hash_token(auth.bearer())
        token_id = token_hash[:ID_CHARS]
        bootstrap = auth.is_bootstrap(token_hash)
        profiles = [DEFAULT_PROFILE]
        remembered = self._profiles.get(token_hash)
        teams = [remembered] if remembered is not None else \
            self._teams[:self.MAX_TEAMS_PREFETCHED] if not bootstrap else ()
        for p in (profile_hint, *teams):
            if p and p not in profiles and self._PROFILE.match(p):
                profiles.append(p)
        if self.versions is None:
            profiles = []
        now = time.time()
        try:
            with get_redis().pipeline(transaction=False) as pipe:
                if not bootstrap:
                    pipe.hgetall(TOKEN_PREFIX + token_hash)
                counted = self.rate.queue(pipe, token_id, now)
                for profile in profiles:
                    pipe.hgetall(labels_key(profile))
                results = pipe.execute()
        except STORE_ERRORS:
            info = auth.has_role(auth.remembered(token_hash), "agent")
            return Admission(info, limits.check(self.rate.in_memory(token_id)), {},
                             store_down=True)
        record = None if bootstrap else results.pop(0)
        try:
            info = auth.has_role(auth.identify_hash(token_hash, record), "agent")
        except ApiError:
            if not record:  # no such token: no counter either
                with contextlib.suppress(*STORE_ERRORS):  # else it expires with its window
                    self.rate.forget(get_redis(), token_id, now)
            raise
        if remembered != info.profile:
            with self._lock:
                if len(self._profiles) >= self.MAX_PROFILES:
                    self._profiles.clear()
                self._profiles[token_hash] = info.profile
                if info.profile not in (DEFAULT_PROFILE, *self._teams) and \
                        len(self._teams) < self.MAX_PROFILES:
                    self._teams = (*self._teams, info.profile)
        headers = limits.check(self.rate.read(results[:counted], now))
        return Admission(info, headers, dict(zip(profiles, results[counted:], strict=True)))

    def _count(self, info: TokenInfo) -> Admission:
        now = time.time()
        try:
            with get_redis().pipeline(transaction=False) as pipe:
                self.rate.queue(pipe, info.id, now)
                windows = self.rate.read(pipe.execute(), now)
        except STORE_ERRORS:
            windows = self.rate.in_memory(info.id)
        return Admission(info, limits.check(windows), {})
