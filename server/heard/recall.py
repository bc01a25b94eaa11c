"""What this process already worked out about a text, remembered without keeping the text.

A cache hit is the same masked request again, and most often the same words again: the agent
asks twice, reopens the panel, retries; and a ticket's customer message comes with every draft
written for it. Each time the draft and the message were scanned for personal data, the draft
for notes to an AI, and both texts scored and diffed anew — the same work, the same results,
about a third of a hit's CPU.

A `Recall` remembers such results keyed on a BLAKE2b digest of the inputs, keyed in turn with
a secret drawn at random when the process starts: the digest cannot be turned back into the
text, nor matched against a guessed text outside this process. Callers keep only results that
hold no text — offsets and kinds of spans, scores, the lengths of diff runs — and rebuild
anything textual from the request in hand, so memory holds no more of the customer's or the
agent's words than before, and nothing is logged. Each Recall keeps its latest `size`
entries; a result depends only on its inputs (and on what the caller puts in the key, such as
a team's phrase lists), so nothing needs invalidating: new inputs are a new key.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

T = TypeVar("T")

_SECRET = secrets.token_bytes(32)  # per process: a digest means nothing outside it
# Keyed once: each digest starts from a copy (the key is a block of its own to hash).
_KEYED = hashlib.blake2b(key=_SECRET, digest_size=16)
# Texts longer than this are worked out each time: the digest would cost as much as it saves
# on few requests, and no draft or message near the token limit repeats often.
MAX_CHARS = 20_000


def digest(*texts: str) -> bytes:
    """A keyed, non-reversible fingerprint of these texts, in order (lengths included, so
    ("ab", "c") and ("a", "bc") differ)."""
    h = _KEYED.copy()
    for text in texts:
        data = text.encode("utf-8", "surrogatepass")
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.digest()


EVERY: list[Recall] = []  # every Recall of the process, one per kind of result


class Recall(Generic[T]):
    """A bounded, thread-safe memory of results, least recently used first out."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._entries: OrderedDict[Hashable, T] = OrderedDict()
        self._lock = threading.Lock()
        EVERY.append(self)

    def get(self, texts: tuple[str, ...], extra: Hashable, compute: Callable[[], T]) -> T:
        """The result for these texts and `extra` (what else it depends on, text-free),
        computed by `compute()` the first time. Never mutate what it returns."""
        if sum(map(len, texts)) > MAX_CHARS:
            return compute()
        key = (digest(*texts), extra)
        with self._lock:
            found = self._entries.get(key, _MISSING)
            if found is not _MISSING:
                self._entries.move_to_end(key)
                return found  # type: ignore[return-value]
        value = compute()
        with self._lock:
            self._entries[key] = value
            if len(self._entries) > self.size:
                self._entries.popitem(last=False)
        return value

    def peek(self, texts: tuple[str, ...], extra: Hashable) -> T | None:
        """The result remembered for these texts and `extra`, or None."""
        if sum(map(len, texts)) > MAX_CHARS:
            return None
        key = (digest(*texts), extra)
        with self._lock:
            found = self._entries.get(key, _MISSING)
            if found is _MISSING:
                return None
            self._entries.move_to_end(key)
            return found  # type: ignore[return-value]

    def put(self, texts: tuple[str, ...], extra: Hashable, value: T) -> None:
        """Remember `value` for these texts and `extra`, replacing what was there."""
        if sum(map(len, texts)) > MAX_CHARS:
            return
        key = (digest(*texts), extra)
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            if len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)

    def entries(self) -> list[tuple[Hashable, T]]:
        """What is remembered, oldest first (for tests and for looking at a process)."""
        with self._lock:
            return list(self._entries.items())

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


_MISSING = object()
