"""Invariant 3, keep the decision: what the draft tells the customer not to do stays forbidden.

"Please don't use the heater until the technician has checked it" said as "You can keep using
the heater while you wait for the technician", or as "Please use the heater until…", lets the
customer do what the draft forbids, often what is unsafe. The refusal checks read what we
refuse to do; this reads what the customer is told not to do: the act right after a
prohibition (lang `forbids`: "don't", "never", "no lo use", "n'utilisez pas", "não use",
"benutzen Sie … nicht"), said again in the rewrite with a word of its clause, with no negation
in its own clause, as a permission (lang `permissions`: "you can", "feel free to", "puede
seguir", "vous pouvez") or as a bare imperative. Said another way ("keep the heater off",
"wait until the technician has checked it before using it") it stays forbidden.
"""

from __future__ import annotations

import re
from functools import cache

from heard import vocab
from heard.guard.text import (
    CLAUSE_MARKS,
    WORD,
    generic_words,
    norm,
    patterns,
    plain,
    sentences,
    stems,
    word_stem,
)
from heard.guard.violation import Violation


def _verbs(text: str, lang: str | None) -> list[str]:
    """What each word of `text` but the generic ones says as a verb, in order: its stem, or,
    in a language that lists its verb endings, the word without its pronoun and ending (the
    stemmer leaves "use", "usar", "usando" apart, and `stems` skips words under four
    letters)."""
    codes = vocab.codes(lang)
    endings = sorted(vocab.union("verb_endings", codes), key=len, reverse=True)
    clitics = sorted(vocab.union("verb_clitics", codes), key=len, reverse=True)
    out = []
    for word in WORD.findall(norm(text)):
        if word in generic_words():
            continue
        if not endings:
            out.append(word_stem(word, lang))
            continue
        for cut in (clitics, endings):
            word = next((word[:-len(e)] for e in cut if word.endswith(e)
                         and len(word) - len(e) >= 2), word)
        out.append(word)
    return out


def _same_verb(a: str, b: str) -> bool:
    """Two forms of one verb: the same, or sharing five letters ("utilic", "utiliz")."""
    return a == b or (len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5])


@cache
def _imperative_lead(lang: str | None) -> re.Pattern[str]:
    """What may open an imperative before its verb: "please", "por favor", "bitte"."""
    leads = vocab.alternation(vocab.union("imperative_leads", vocab.codes(lang)))
    return re.compile(rf"\s*(?:(?:{leads})\W+)*", re.I)


def _forbidden(draft: str, lang: str | None) -> list[tuple[str, set[str], str]]:
    """Each act the draft forbids the customer as (its verb's stem, the stems of the rest of
    its clause, the clause). One with nothing else in its clause ("don't worry") is none."""
    forbids, negated = patterns("forbids", lang), vocab.negation(lang)
    out = []
    for sentence in sentences(norm(plain(draft))):
        for clause in CLAUSE_MARKS.split(sentence):
            for m in forbids.finditer(clause):
                if (verb := WORD.match(clause, m.end())) and (said := _verbs(verb.group(0),
                                                                             lang)):
                    act = said[0]
                    rest = stems(negated.sub(" ", clause), lang) - {act}
                    if rest:
                        out.append((act, rest, clause.strip()))
    return out


def prohibitions_kept(draft: str, rewrite: str, lang: str | None) -> list[Violation]:
    """The rewrite lets the customer do what the draft tells them not to."""
    acts = _forbidden(draft, lang)
    if not acts:
        return []
    negated, allowed = vocab.negation(lang), patterns("permissions", lang)
    forbids = patterns("forbids", lang)
    for sentence in sentences(norm(plain(rewrite))):
        for clause in CLAUSE_MARKS.split(sentence):
            if negated.search(clause) or forbids.search(clause):
                continue
            said = _verbs(clause, lang)
            first = _verbs(clause[_imperative_lead(lang).match(clause).end():], lang)[:1]
            for act, rest, drafted in acts:
                if not any(_same_verb(act, s) for s in said) or not rest & stems(clause, lang):
                    continue
                if allowed.search(clause) or any(_same_verb(act, f) for f in first):
                    return [Violation("decision_changed", "The draft tells the customer not to "
                                      f"do this (“{drafted}”); the rewrite lets them: keep "
                                      "the “don't”.", "prohibition")]
    return []
