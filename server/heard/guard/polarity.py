"""Invariant 1, facts: a fact said with a "not" keeps its "not".

"Your account is not eligible for the upgrade" said as "your account is eligible for the
upgrade" keeps every word of the draft's and turns the fact over; the marker comparison
sees nothing and the decision check reads only refusals of what we do (a refund, a
replacement). Read where the rewrite says all the draft sentence names and no "no" at all:
a paraphrase that keeps the "no" in other words ("ineligible", "is impossible", "sadly")
names other words or keeps a negation, and passes.
"""

from __future__ import annotations

import re
from functools import cache

from heard import vocab
from heard.guard.text import excerpt, plain, sentences, stems
from heard.guard.violation import Violation
from heard.protect import MARKER_RE

# Content words at least of a draft sentence: "the item is not in stock" names two, which a
# rewrite's unrelated sentence ("I checked the item's stock") may hold too.
_NAMED = 3
# Content words at most a rewrite sentence adds: a fact turned over is the same sentence
# without its "not"; "has not been dispatched from our warehouse" said as "is still waiting
# in our warehouse to be dispatched" says the same with words of its own.
_MORE = 1


@cache
def _soft(lang: str | None) -> re.Pattern[str]:
    """A "no" that turns no fact over: a regret ("unfortunately", "leider") or a "no" said of
    a noun ("at no charge", "kein Aufpreis"), which a rewrite says without one ("free")."""
    words = vocab.union("regrets", vocab.codes(lang)) + vocab.union("noun_negations",
                                                                     vocab.codes(lang))
    return re.compile(r"(?:" + "|".join(words) + r")\Z", re.I)


def _denials(sentence: str, lang: str | None) -> list[re.Match[str]]:
    soft = _soft(lang)
    return [m for m in vocab.negation(lang).finditer(sentence) if not soft.match(m.group(0))]


def polarity_kept(draft: str, rewrite: str, lang: str | None = None) -> list[Violation]:
    """A draft sentence with a "not" whose every content word a rewrite sentence says with
    no "no" of any kind in it."""
    no = vocab.negation(lang)
    said = [{w for w in stems(s, lang) if not MARKER_RE.fullmatch(w)}
            for s in sentences(plain(rewrite)) if not no.search(s)]
    if not said:
        return []
    for sentence in sentences(plain(draft)):
        denied = _denials(sentence, lang)
        if not denied:
            continue
        named = {w for w in stems(sentence, lang) if not MARKER_RE.fullmatch(w)}
        if len(named) < _NAMED:
            continue
        # The word that carries the "not" goes with it ("does not receive" → "receives").
        carrier = re.search(r"(\w+)\W*\Z", sentence[:denied[0].start()])
        named -= stems(carrier.group(1), lang) if carrier else set()
        if any(named <= words and len(words - named) <= _MORE for words in said):
            m = denied[0]
            return [Violation("fact_missing", "The draft says “"
                              f"{excerpt(sentence, m.start(), m.end())}”; the rewrite says "
                              f"it without the “{m.group(0)}”: the opposite fact.")]
    return []
