"""Invariant 3: the decision stays; a 'no' is still a 'no'."""

from __future__ import annotations

import re
from functools import cache

from heard import vocab
from heard.guard.text import norm, sentences
from heard.guard.violation import Violation


@cache
def _decisions() -> dict[str, re.Pattern[str]]:
    return {category: re.compile("|".join(patterns))
            for category, patterns in vocab.union_map("decisions").items() if patterns}


def decision_kept(draft: str, rewrite: str) -> list[Violation]:
    """A 'no' stays a 'no': a refused refund must still be refused in the rewrite."""
    out = []
    d_sents, r_sents = sentences(norm(draft)), sentences(norm(rewrite))
    for category, pattern in _decisions().items():
        pats = [pattern]
        refused = sum(1 for s in d_sents if any(p.search(s) for p in pats) and
                      vocab.negation().search(s))
        still = sum(1 for s in r_sents if any(p.search(s) for p in pats) and
                    vocab.negation().search(s))
        if refused and still < refused:
            out.append(Violation("decision_changed", f"The draft declines a {category}, but the "
                                 "rewrite no longer says so; the decision must stay."))
    return out
