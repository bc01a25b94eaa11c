"""Invariant 1, facts: a fact stays with what it is about.

"Refunds take ⟦1⟧ days, exchanges ⟦2⟧ days" said as "refunds take ⟦2⟧ days, exchanges ⟦1⟧
days" keeps every marker once and swaps the two facts: the marker comparison counts markers,
not what each is said of. Each marker is read with the words of its clause that no other
marker's clause has ("refund", "exchange"); two markers each said with the other's words and
none of their own have swapped.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from heard import vocab
from heard.guard.text import blocks, sentences, stems
from heard.guard.violation import Violation
from heard.protect import MARKER_RE


@cache
def _clause(lang: str | None) -> re.Pattern[str]:
    """Where a fact's clause ends: a comma, a semicolon, a dash or a joining word ("and",
    "et", "und"). Not a colon: "Refund: ⟦1⟧ days" says what the fact is of before it."""
    joins = vocab.words(vocab.union("clause_joins", vocab.codes(lang)))
    return re.compile(r"[,;—–]|\b(?:" + joins + r")\b", re.I)


def _contexts(text: str, lang: str | None) -> dict[str, set[str]]:
    """Each marker said once in `text`, with the content words and the other markers of its
    clause ("order ⟦1⟧ ships ⟦2⟧": the order is what the day is said of)."""
    seen: Counter[str] = Counter()
    out: dict[str, set[str]] = {}
    split = _clause(lang)
    for sentence in sentences(blocks(text)):
        for clause in split.split(sentence):
            found = [m.group(0) for m in MARKER_RE.finditer(clause)]
            if not found:
                continue
            words = stems(clause, lang)
            for marker in found:
                seen[marker] += 1
                out[marker] = words - {marker}
    return {m: words for m, words in out.items() if seen[m] == 1}


def bindings_kept(draft: str, rewrite: str, lang: str | None = None,
                  kinds: dict[str, str] | None = None) -> list[Violation]:
    """No two facts of one kind (`kinds`: protect.Masker.kinds, two amounts, two dates) said
    each with what the other was said of, and neither with its own. Facts of two kinds
    cannot swap: a time said where a date was is the rewrite's sentences cut otherwise."""
    kinds = kinds or {}
    was = _contexts(draft, lang)
    if len(was) < 2:
        return []
    shared = Counter(w for words in was.values() for w in words)
    own = {m: {w for w in words if shared[w] == 1} for m, words in was.items()}
    by_word: dict[str, str] = {w: m for m, words in own.items() for w in words}
    now = _contexts(rewrite, lang)

    def moved_to(marker: str) -> set[str]:
        """The markers whose own words `marker` is now said with, if none of its own."""
        said = now.get(marker)
        if not said or said & own.get(marker, set()):
            return set()
        return {by_word[w] for w in said if w in by_word
                and kinds.get(by_word[w]) == kinds.get(marker)} - {marker}

    moved = {m: moved_to(m) for m in now}
    for marker, others in moved.items():
        for other in others:
            if marker in moved.get(other, set()):
                return [Violation("fact_missing", f"The draft says {marker} of “"
                                  f"{' '.join(sorted(own[marker]))}” and {other} of “"
                                  f"{' '.join(sorted(own[other]))}”; the rewrite swaps them.")]
    return []
