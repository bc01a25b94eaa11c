"""Invariant 2: no commitment the draft does not make, compared by meaning, not by words.

Draft and rewrite are each read as a set of promises: what (refund, replacement, credit,
deadline, guarantee, escalation, and the team's own categories), whether it is conditional
("once we receive the photos"), hedged ("we may", "we'll try") and, for a deadline, the time
itself. A restatement in the agent's own voice or in active voice is the same element: "A
replacement can be shipped once we receive the photos" and "I'll ship your replacement as soon
as I have the photos" are one promise. A violation is a promise whose kind the draft does not
make, a deadline the draft does not set, a dropped condition or a firmer modality. A negated
one ("we can't refund") is no promise (the decision check keeps the "no"). Each sentence is
scanned once per pattern: linear in the draft's length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from heard import vocab
from heard.guard.text import excerpt, norm, plain, sentences, stems
from heard.guard.violation import Violation
from heard.prompts import Phrases

# A clause ends at punctuation or a coordinating word: a negation before it does not negate
# what follows ("we don't stock it, so we'll refund you" is a refund).
_CLAUSE = re.compile(r"[,;:]|\b(?:but|so|and|pero|y|aber|und|doch|mais|et|donc|mas|e|então)\b")


_SHARED = 2  # stems two sentences share when they make the same promise
_NEAR = 4  # words before a promise in which a negation negates it


@dataclass(frozen=True)
class Promise:
    what: str
    phrase: str  # the words that make it, normalised
    excerpt: str  # the words with some context, for the warning
    conditional: bool
    hedged: bool
    content: frozenset[str]  # the stems and markers of its sentence: what it is about


@cache
def _builtin_commitments() -> list[tuple[str, re.Pattern[str]]]:
    """Per category, one alternation of every language's promise patterns: all five languages
    are always checked, so a promise slipped in another language is caught too."""
    return [(category, re.compile("|".join(f"(?:{vocab.expand(p)})" for p in patterns), re.I))
            for category, patterns in vocab.union_map("commitment_patterns").items()]


@lru_cache(maxsize=64)
def _commitment_patterns(phrases_key: tuple) -> list[tuple[str, bool, re.Pattern[str]]]:
    """Per category: the commitment words (built-in and the team's), then promise patterns;
    the flag says "a word", which a "no" anywhere in its sentence negates ("as for the refund,
    it cannot be refunded"), where a promise pattern is negated only within its clause."""
    out = []
    for category, terms in phrases_key:
        cleaned = sorted({norm(t).strip() for t in terms if t.strip()}, key=len, reverse=True)
        if cleaned:
            out.append((category, True, re.compile(
                r"(?<!\w)(?:" + "|".join(re.escape(t) for t in cleaned) + ")")))
    out += [(category, False, pattern) for category, pattern in _builtin_commitments()]
    return out


def _phrase_key(phrases: Phrases) -> tuple:
    """Every language's commitment words and the team's, hashable for the pattern cache."""
    merged = vocab.commitment_words(phrases)
    return tuple((c, tuple(sorted(set(w)))) for c, w in sorted(merged.items()))


@cache
def _cue(field: str, lang: str | None) -> re.Pattern[str]:
    """Condition or hedge words of the draft's language ("se" is "if" in Portuguese only);
    of every language when it is unknown."""
    codes = [lang] if lang in vocab.LANGS else list(vocab.LANGS)
    return re.compile(r"(?<!\w)(?:" + vocab.words(vocab.union(field, codes), longest_first=True)
                      + r")(?!\w)", re.I)


def promises(text: str, phrases: Phrases, lang: str | None = None) -> list[Promise]:
    """Every promise in `text` (masked, plain or HTML), negated ones left out."""
    out: list[Promise] = []
    patterns = _commitment_patterns(_phrase_key(phrases))
    previous = ""
    for sentence in sentences(norm(plain(text))):
        # A condition may sit in the sentence before ("Does it not move? Reply, and we…").
        conditional = bool(_cue("conditions", lang).search(sentence)
                           or _cue("conditions", lang).search(previous)
                           or previous.endswith("?"))
        previous = sentence
        content: frozenset[str] | None = None  # stemmed only when the sentence promises
        hedged = bool(_cue("hedges", lang).search(sentence))
        negated = bool(vocab.negation().search(sentence))
        for what, word, pattern in patterns:
            for m in pattern.finditer(sentence):
                # The few words before it: "we cannot refund", not a "don't" far back.
                clause = " ".join(_CLAUSE.split(sentence[:m.start()])[-1].split()[-_NEAR:])
                if what != "deadline" and ((word and negated)
                                           or vocab.negation().search(clause)):
                    continue
                if content is None:
                    content = frozenset(stems(sentence, lang))
                out.append(Promise(what, " ".join(m.group(0).split()),
                                   excerpt(sentence, m.start(), m.end()), conditional, hedged,
                                   content))
    return out


def new_commitments(draft: str, rewrite: str, phrases: Phrases, lang: str | None = None
                    ) -> list[Violation]:
    made = promises(draft, phrases, lang)
    out: list[Violation] = []
    flagged: set[str] = set()
    for p in promises(rewrite, phrases, lang):
        if p.what in flagged:
            continue
        # The same promise restated shares its words (stems) or its very phrase with one of
        # the draft's; a promise of the same kind about something else is a new one.
        same = [q for q in made if q.what == p.what
                and (q.phrase == p.phrase or len(q.content & p.content) >= _SHARED)]
        problem = ""
        if p.what == "deadline" and p.phrase not in {q.phrase for q in same}:
            problem = (f"It adds a deadline commitment the draft does not make "
                       f"(“{p.excerpt}”).")
        elif not same:
            problem = (f"It adds a {p.what} commitment the draft does not make "
                       f"(“{p.excerpt}”).")
        elif p.what != "deadline" and all(q.conditional for q in same) and not p.conditional:
            problem = (f"It drops the condition the draft puts on the {p.what} "
                       f"(“{p.excerpt}”); keep the “if” or “once”.")
        elif all(q.hedged for q in same) and not p.hedged:
            problem = (f"It makes the {p.what} firmer than the draft does (“{p.excerpt}”); "
                       "the draft only says it may happen.")
        if problem:
            flagged.add(p.what)
            out.append(Violation("new_commitment", problem, p.what))
    return out
