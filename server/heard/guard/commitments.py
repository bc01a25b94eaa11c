"""Invariant 2, the words of a promise: where a text promises what, in every language.

The promise patterns and commitment words (lang `commitment_patterns`, `commitment_words` and
the team's own categories) find each promise: its kind (refund, replacement, credit,
deadline, guarantee, escalation…), its words, whether its sentence puts a condition on it
("once we receive the photos", or a question just before) and where it is. A negated one ("we
can't refund") is no promise (the decision check keeps the "no"). commitment_set.py reads each
into a normalised commitment and compares the draft's with the rewrite's. Each sentence is
tested for the text some promise needs (a few substring tests), then scanned once per category
only when it holds some: linear in the draft's length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from heard import vocab
from heard.guard import literals
from heard.guard.text import CLAUSE, cue, excerpt, norm, plain, sentences, stems
from heard.prompts import Phrases

_IF_OR_WHEN = "conditions+temporal_conditions"  # on a promise, "when" is a condition too
_SHARED = 2  # stems two sentences share when they make the same promise
_NEAR = 4  # words before a promise in which a negation negates it
_VOUCHED = 2  # words a guarantee of the draft's own promise may add ("personally", "safely")


@dataclass(frozen=True)
class Promise:
    what: str
    phrase: str  # the words that make it, normalised
    excerpt: str  # the words with some context, for the warning
    conditional: bool
    hedged: bool
    content: frozenset[str]  # the stems and markers of its sentence: what it is about
    clause: frozenset[str] = frozenset()  # …and of its own clause: what exactly it promises
    # Where it is: the sentence's index, the sentence (normalised) and the match's span in it.
    at: int = 0
    sentence: str = ""
    span: tuple[int, int] = (0, 0)


@cache
def _builtin_commitments() -> list[tuple[str, re.Pattern[str]]]:
    """Per category, one alternation of every language's promise patterns: all five languages
    are always checked, so a promise slipped in another language is caught too."""
    return [(category, re.compile("|".join(f"(?:{vocab.expand(p)})" for p in patterns), re.I))
            for category, patterns in vocab.union_map("commitment_patterns").items()]


@lru_cache(maxsize=64)
def _commitment_patterns(team: tuple) -> list[tuple[str, bool, re.Pattern[str]]]:
    """Per category: the commitment words (built-in and the team's), then promise patterns;
    the flag says "a word", which a "no" anywhere in its sentence negates ("as for the refund,
    it cannot be refunded"), where a promise pattern is negated only within its clause."""
    merged = vocab.union_map("commitment_words")
    for _code, categories in team:
        for category, terms in categories:
            merged.setdefault(category, [])
            merged[category] += [t for t in terms if t not in merged[category]]
    out = []
    for category, terms in sorted(merged.items()):
        cleaned = sorted({norm(t).strip() for t in terms if t.strip()}, key=len, reverse=True)
        if cleaned:
            out.append((category, True, re.compile(
                r"(?<!\w)(?:" + "|".join(re.escape(t) for t in cleaned) + ")")))
    out += [(category, False, pattern) for category, pattern in _builtin_commitments()]
    return out


@lru_cache(maxsize=64)
def _needed(team: tuple) -> tuple[tuple[str, ...] | None, list[tuple[str, ...] | None]]:
    """The text some promise word or pattern needs (literals.py), over all of them and per
    category: a sentence with none of it promises nothing and costs a few substring tests,
    and one that has some is scanned only by the categories whose text it holds."""
    each = [literals.needed(p.pattern) for _, _, p in _commitment_patterns(team)]
    return literals.fewest(each), [literals.fewest([n]) for n in each]


def _team(phrases: Phrases) -> tuple:
    """The team's own commitment words, hashable for the pattern caches (the built-in ones
    are the same for every request)."""
    return tuple((code, tuple((c, tuple(terms)) for c, terms in sorted(categories.items())))
                 for code, categories in sorted(phrases.commitment.items()))


def promises(text: str, phrases: Phrases, lang: str | None = None) -> list[Promise]:
    """Every promise in `text` (masked, plain or HTML), negated ones left out."""
    out: list[Promise] = []
    team = _team(phrases)
    patterns, (needed, each) = _commitment_patterns(team), _needed(team)
    previous, promised = "", False
    for at, sentence in enumerate(sentences(norm(plain(text)))):
        folded = sentence.translate(literals.FOLD)
        if needed is not None and not any(t in folded for t in needed):
            previous, promised = sentence, False  # no promise here: nothing to read
            continue
        # A condition may sit in the sentence before ("Does it not move? Reply, and we…"); a
        # "when" or "after" there belongs to that sentence's own promise when it makes one
        # ("send the photos within ⟦3⟧ days after delivery. We'll ship…").
        conditional = bool(cue(_IF_OR_WHEN, lang).search(sentence)
                           or cue(_IF_OR_WHEN if not promised else "conditions",
                                  lang).search(previous)
                           or previous.endswith("?"))
        previous, promised = sentence, False
        content: frozenset[str] | None = None  # stemmed only when the sentence promises
        hedged = bool(cue("hedges", lang).search(sentence))
        negated = bool(vocab.negation(lang).search(sentence))
        for (what, word, pattern), need in zip(patterns, each, strict=True):
            if need is not None and not any(t in folded for t in need):
                continue  # none of what this category's promises are made of
            for m in pattern.finditer(sentence):
                # The few words before it, in its clause: "we cannot refund", not a "don't"
                # far back or in a clause before ("we don't stock it, so we'll refund you").
                clause = " ".join(CLAUSE.split(sentence[:m.start()])[-1].split()[-_NEAR:])
                promised = True
                if what != "deadline" and ((word and negated)
                                           or vocab.negation(lang).search(clause)):
                    continue
                if cue("wishes", lang).search(clause):
                    continue  # "you'd rather have your money back": theirs, not a promise
                if content is None:
                    content = frozenset(stems(sentence, lang))
                left = CLAUSE.split(sentence[:m.start()])[-1]
                right = CLAUSE.split(sentence[m.end():])[0]
                out.append(Promise(what, " ".join(m.group(0).split()),
                                   excerpt(sentence, m.start(), m.end()), conditional, hedged,
                                   content, frozenset(stems(left + m.group(0) + right, lang)),
                                   at, sentence, m.span()))
    return out

