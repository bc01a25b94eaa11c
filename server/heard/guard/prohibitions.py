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
    norm,
    patterns,
    plain,
    same_verb,
    sentences,
    stems,
    verb_forms,
)
from heard.guard.violation import Violation


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
                if (verb := WORD.match(clause, m.end())) and (said := verb_forms(verb.group(0),
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
            said = verb_forms(clause, lang)
            first = verb_forms(clause[_imperative_lead(lang).match(clause).end():], lang)[:1]
            for act, rest, drafted in acts:
                if not any(same_verb(act, s) for s in said) or not rest & stems(clause, lang):
                    continue
                if allowed.search(clause) or any(same_verb(act, f) for f in first):
                    return [Violation("decision_changed", "The draft tells the customer not to "
                                      f"do this (“{drafted}”); the rewrite lets them: keep "
                                      "the “don't”.", "prohibition")]
    return []
