"""A cache hit counted in its own lookup: one round trip fewer for every hit.

A shown answer's counters (heard.usage) were written in a round trip of their own after the
answer was built. On a hit they ride in the lookup instead (heard.cache's script writes them
only when the value is there), but three of them depend on the answer, which is built after
the lookup: the principles its changes name (kept in the issued record that feedback reads),
the customer's feeling it shows, and its latency. This process remembers, per cache key, what
the last answer built for that key showed — principle ids, a feeling label and how long the
answer took after its lookup: no text, under a keyed digest (heard.recall) — and counts the
hit with those. Once the answer is built, its real counts are compared with what was written:
- a different record or feeling (another answer under the key, another customer's data) is
  corrected in one more round trip before the answer leaves, so feedback, which needs the
  answer's id, always finds the right record;
- a latency that fell in another bucket of the histogram than expected is moved with this
  process's next rewrite (its lookup or its counters), not in a round trip of its own: the
  hit is counted at once either way, only its bucket may wait for that next rewrite (or for
  the process to stop). Latency jitters across bucket bounds too often to pay a round trip
  each time.
A wrong guess never leaves a wrong figure: counts stay exact and a hit is counted once.
"""

from __future__ import annotations

import atexit
import contextlib
import threading
import time
from typing import NamedTuple

import redis

from heard import usage
from heard.recall import Recall
from heard.store import ERRORS as STORE_ERRORS


class Shows(NamedTuple):
    """What an answer for one cache key showed, as the counters see it."""

    principles: tuple[str, ...]
    feeling: str | None
    build_s: float  # from its lookup to the answer built


_SHOWN: Recall[Shows] = Recall(4096)


class _Moves:
    """Latency histogram moves not written yet, by (day hash, field): taken whole by the
    next rewrite that writes counts, given back when its write did not happen."""

    def __init__(self) -> None:
        self._counts: dict[tuple[str, str], int] = {}
        self._lock = threading.Lock()
        self.client: redis.Redis | None = None  # where to write what is left at exit

    def take(self) -> dict[tuple[str, str], int]:
        with self._lock:
            taken, self._counts = self._counts, {}
        return taken

    def give(self, counts: dict[tuple[str, str], int], client: redis.Redis) -> None:
        with self._lock:
            self.client = client
            for k, n in counts.items():
                self._counts[k] = self._counts.get(k, 0) + n
                if not self._counts[k]:
                    del self._counts[k]

    def flush(self) -> None:
        taken = self.take()
        if taken and self.client is not None:
            with contextlib.suppress(*STORE_ERRORS), \
                    self.client.pipeline(transaction=False) as pipe:
                for (key, field), n in taken.items():
                    pipe.hincrby(key, field, n)
                pipe.execute()


PENDING = _Moves()
atexit.register(PENDING.flush)  # a worker that stops (recycled, SIGTERM) leaves none behind


def _latency(increments: dict[tuple[str, str], int]) -> bool:
    return all(field.startswith("lat:") for _, field in increments)


class Tally:
    """One rewrite's counts: those of a hit written with its lookup, the rest after."""

    def __init__(self, token_id: str) -> None:
        self.token_id = token_id
        self.started = time.perf_counter()
        self.day = usage.today()
        self.cache_key = ""
        self.looked_at = 0.0
        self.counts: usage.Writes | None = None  # the hit's counts as expected
        self.moves: dict[tuple[str, str], int] = {}  # PENDING, sent with this lookup

    def count_hit(self, cache_key: str, answer_id: str, prompt_version: str,
                  warnings: list[str], feeling: str | None) -> usage.Writes:
        """What the lookup writes when it finds the value: this hit's counts as expected
        (what the last answer for `cache_key` showed, else no principles and the customer's
        offline reading `feeling`; `warnings`: those known before the lookup), and the
        latency moves this process owes."""
        self.cache_key, self.looked_at = cache_key, time.perf_counter()
        last = _SHOWN.peek((cache_key,), None)
        if last is not None:
            feeling = last.feeling
        elapsed_s = self.looked_at - self.started + (last.build_s if last else 0.0)
        self.counts = usage.writes(usage.Shown(
            id=answer_id, token_id=self.token_id, prompt_version=prompt_version,
            provider="cache", cached=True, latency_ms=elapsed_s * 1000, prompt_tokens=0,
            completion_tokens=0, cost_usd=0.0,
            principles=list(last.principles) if last else [], warnings=warnings,
            discarded=None, feeling=feeling, cache_result="hit", day=self.day))
        self.moves = PENDING.take()
        return usage.plus(self.counts, self.moves)

    def settle(self, client: redis.Redis, shown: usage.Shown, counted: bool) -> bool:
        """Write what the lookup did not (`counted`: it wrote this hit's counts); False when
        the answer could not be counted at all."""
        ended = time.perf_counter()
        if self.cache_key:
            last = _SHOWN.peek((self.cache_key,), None)
            build_s = ended - self.looked_at if counted else (last.build_s if last else 0.0)
            _SHOWN.put((self.cache_key,), None,
                       Shows(tuple(shown.principles), shown.feeling, build_s))
        actual = usage.writes(shown)
        if counted and self.counts is not None:
            todo = usage.correction(self.counts, actual)
            if todo is None:
                return True
            if todo.issued == self.counts.issued and _latency(todo.increments):
                PENDING.give(todo.increments, client)
                return True
        else:
            if self.counts is None:  # no lookup took them
                self.moves = PENDING.take()
            todo = usage.plus(actual, self.moves)  # the moves no lookup wrote
        try:
            usage.Usage(client).write(todo)
        except STORE_ERRORS:
            if not counted:
                PENDING.give(self.moves, client)
            return counted
        return True
