"""Invariant 5: about as long as it needs to be; warmer is not wordier."""

from __future__ import annotations

from heard.guard.text import word_count
from heard.guard.violation import Violation

MAX_GROWTH = 1.6


SHORT_DRAFT_SLACK_WORDS = 30


MIN_KEPT_SHARE = 0.4


def sane_length(draft: str, rewrite: str) -> list[Violation]:
    before, after = word_count(draft), word_count(rewrite)
    limit = int(before * MAX_GROWTH + SHORT_DRAFT_SLACK_WORDS)
    if after > limit:
        return [Violation("too_long", f"The rewrite has {after} words for a {before}-word "
                          f"draft (at most {limit}); warmer is not wordier.")]
    if before >= 12 and after < before * MIN_KEPT_SHARE:
        return [Violation("too_short", f"The rewrite has {after} words for a {before}-word "
                          "draft; content was likely dropped.")]
    return []
