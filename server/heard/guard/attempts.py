"""Invariant 1, keep the facts: what the draft says was only tried stays tried.

"The courier attempted delivery on Monday" said as "The courier delivered the parcel on
Monday", "We tried to call you yesterday" as "We called you yesterday", tells the customer
something happened that did not: the parcel is not there, and nobody reached them. The act
right after a past attempt (lang `tried`) said again as done, in a clause telling what
happened, in a sentence with no attempt, negation or "but" of its own ("…but nobody was
home") and with a word of the draft's sentence beside it, changes the fact. Said as tried
("we tried calling you"), or as what we will do ("we'll call you again tomorrow"), it passes.
"""

from __future__ import annotations

import re
from functools import cache

from heard import vocab
from heard.guard.text import (
    CLAUSE_MARKS,
    WORD,
    cue,
    norm,
    patterns,
    plain,
    same_verb,
    sentences,
    stems,
    verb_forms,
    words_pattern,
)
from heard.guard.violation import Violation


def _tried(draft: str, lang: str | None) -> list[tuple[str, set[str], str]]:
    """Each act the draft says was tried as (its verb form, the stems of the rest of its
    sentence, the sentence)."""
    out = []
    for sentence in sentences(norm(plain(draft))):
        for m in patterns("tried", lang).finditer(sentence):
            if (act := WORD.match(sentence, m.end())) and (forms := verb_forms(act.group(0),
                                                                                lang)):
                rest = stems(sentence[:m.start()] + " " + sentence[act.end():], lang)
                out.append((forms[0], rest, sentence.strip()))
    return out


@cache
def _told_how(lang: str | None) -> re.Pattern[str]:
    """A negation or a "but": a sentence saying how it went ("…but nobody was home", "…but we
    couldn't reach you") keeps the attempt, however the act is said."""
    but = vocab.alternation(vocab.union("contrasts", vocab.codes(lang)))
    return re.compile(rf"{vocab.negation(lang).pattern}|\b(?:{but})\b", re.I)


def attempts_kept(draft: str, rewrite: str, lang: str | None) -> list[Violation]:
    """The rewrite says done what the draft says was only tried."""
    acts = _tried(draft, lang)
    if not acts:
        return []
    trying = patterns("tried", lang)
    tries = words_pattern("tries+attempts", lang)
    ahead = [patterns("future", lang), patterns("our_future", lang), cue("conditions", lang)]
    for sentence in sentences(norm(plain(rewrite))):
        if trying.search(sentence) or tries.search(sentence) or _told_how(lang).search(sentence):
            continue
        for clause in CLAUSE_MARKS.split(sentence):
            if any(p.search(clause) for p in ahead):
                continue
            forms = verb_forms(clause, lang)
            for act, rest, said in acts:
                if any(same_verb(act, f) for f in forms) and rest & stems(clause, lang):
                    return [Violation("new_fact", f"The draft says this was only tried "
                                      f"(“{said}”); the rewrite says it was done: keep the "
                                      "“tried”.", "attempt")]
    return []
