"""Invariants 2 and 3 at the sentence level: every condition, limit and hedge of the draft
still qualifies what it qualified, in the rewrite.

A promise the category patterns (commitments.py) do not know ("the fee is waived", "it can be
fixed by the update") still must not lose its "if" or its "may": a customer told "we'll refund
you" where the agent wrote "if the parcel is lost, we'll refund you" holds the company to
something the agent never agreed to. Each draft sentence carrying a condition or a hedge is
found again in the rewrite by the content it shares (stems and markers, so a reordered or
merged sentence is still found); the rewrite's sentences saying it must carry at least as many
conditions and hedges. Counting, not matching words, lets "if" become "once" while "if the
reset fails, we'll send a label" losing its "if" is caught even when an "after" elsewhere in
it stays.
"""

from __future__ import annotations

import re
from functools import cache

from heard import vocab
from heard.guard.modality import hedges_in
from heard.guard.text import cue, norm, plain, sentences, stems
from heard.guard.violation import Violation

_SAYS = 2  # stems a rewrite sentence shares with a draft sentence to be saying part of it
_COVER = 0.6  # share of the draft sentence's content those rewrite sentences must hold
_ADDRESSEE = re.compile(r"\s+(?:you|sie|vous|usted|ustedes|você|vocês|tu|o senhor|a senhora)\b")


def _hedges(sentence: str, lang: str | None) -> int:
    """Hedges on what will happen; "could you send…" is a polite request, not a hedge."""
    if sentence.rstrip().endswith("?"):
        return 0
    return sum(1 for m in hedges_in(sentence, lang)
               if not _ADDRESSEE.match(sentence, m.end()))


def _conditions(sentence: str, lang: str | None) -> int:
    """"If", "unless", "once", not "when" or "after": in a plain sentence those tell time
    ("blocked after an attempted payment")."""
    return len(cue("conditions", lang).findall(sentence))


_CLAUSE_END = re.compile(r"[,;:.!?]")


@cache
def _reason(lang: str | None) -> re.Pattern[str]:
    codes = [lang] if lang in vocab.LANGS else list(vocab.LANGS)
    return re.compile("|".join(vocab.union("reason_openers", codes)), re.I)


def _condition_words(sentence: str, lang: str | None) -> set[str]:
    """The stems of what the sentence's conditions are about ("the reset fails")."""
    out: set[str] = set()
    for m in cue("conditions", lang).finditer(sentence):
        end = _CLAUSE_END.search(sentence, m.end() + 1)
        out |= stems(sentence[m.end():end.start() if end else None], lang)
    return out


def _gist(sentence: str, words: int = 12) -> str:
    cut = sentence.split()
    return " ".join(cut[:words]) + ("…" if len(cut) > words else "")


def qualifiers_kept(draft: str, rewrite: str, lang: str | None = None) -> list[Violation]:
    """Every condition and hedge of the draft still on what it qualifies, in the rewrite."""
    r_sents = sentences(norm(plain(rewrite)))
    r_stems = [stems(s, lang) for s in r_sents]
    everywhere = set().union(*r_stems)
    out: list[Violation] = []
    drafted = sentences(norm(plain(draft)))
    conditioned = [(d, stems(d, lang)) for d in drafted if _conditions(d, lang)]
    for s in drafted:
        cond, hedge = _conditions(s, lang), _hedges(s, lang)
        if not (cond or hedge):
            continue
        mine, about = stems(s, lang), _condition_words(s, lang)
        said = mine - about if cond else mine  # what the condition is on
        saying = [i for i, r in enumerate(r_stems) if len(said & r) >= _SAYS]
        held = set().union(*(r_stems[i] for i in saying)) & said if saying else set()
        if not saying or len(held) < _COVER * len(said):
            continue  # left out or said in other words: the fact and promise checks judge it
        # A condition may open the sentence before ("Still not there by Friday? Then we…"),
        # unless that sentence says another of the draft's conditional sentences again: its
        # "once the battery arrives, we'll fit it" keeps its "once" for itself.
        before = [b for b in (r_sents[i - 1] for i in saying if i and (i - 1) not in saying)
                  if b.endswith("?") or not any(
                      d != s and len(stems(b, lang) & ds) >= _SAYS for d, ds in conditioned)]
        fewer = cond > sum(_conditions(r_sents[i], lang) for i in saying) + sum(
            _conditions(b, lang) + b.endswith("?") for b in before)
        # …and what it was about is gone too (not "send it back, and we'll repair it"), or
        # is now the reason for it: "the reset won't fix it, so we'll send a label".
        premise = any(about & r_stems[i] and (cue("causes", lang).search(r_sents[i])
                                              or _reason(lang).search(r_sents[i]))
                      for i in saying)
        if fewer and (len(about & everywhere) < len(about) / 2 or premise):
            out.append(Violation("new_commitment", "It drops a condition the draft puts on "
                                 f"what it says (“{_gist(s)}”); keep the “if” "
                                 "or “once”.", "condition"))
        elif hedge > sum(_hedges(r_sents[i], lang) for i in saying):
            out.append(Violation("new_commitment", "It states as certain what the draft only "
                                 f"says may happen (“{_gist(s)}”); keep the "
                                 "“may” or “try”.", "modality"))
    return out
