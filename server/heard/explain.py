"""Tie every explanation to a real hunk of the diff, and explain every hunk.

Items the model invents that match no hunk are dropped; hunks nobody explained get one from the
principle catalogue (in the draft's language for en/es/de/fr/pt), so the agent sees a reason
beside every change.
"""

from __future__ import annotations

import re
from functools import cache

from heard import customer, vocab
from heard.diff import hunks
from heard.schema import Change, Reading

_NORM = re.compile(r"[\W_]+", re.U)


def _norm(text: str) -> str:
    return _NORM.sub(" ", text.lower()).strip()


def _overlaps(part: str, whole: str) -> bool:
    p, w = _norm(part), _norm(whole)
    if not p or not w:
        return False
    if p in w or w in p:
        return True
    pw, ww = set(p.split()), set(w.split())
    return len(pw & ww) >= max(1, min(len(pw), len(ww)) // 2)


# Hunks nobody explained get a reason from the catalogue: the first principle whose cue is in
# the inserted text (or, for a pure deletion, the deleted text) names it.
_GUESSES = ("appreciate-patience", "acknowledge-emotion", "validate-feelings",
            "reflect-understanding", "own-it", "collaborate", "no-policy-wall",
            "authentic-not-cliche", "match-tone", "personalize")


@cache
def _cue(principle: str) -> re.Pattern[str]:
    """What names a change by this principle, in any language (heard/lang `explain_cues`)."""
    return re.compile("|".join(vocab.union_map("explain_cues").get(principle, ["(?!)"])),
                      re.I)


def _reason(key: str, lang: str | None) -> str:
    """The catalogue's reason (heard/lang `explain_reasons`) in the draft's language, so a hunk
    explained by the fallback reads like the rest of the answer; English for a language Heard
    has no words for."""
    return vocab.builtin(lang if lang in vocab.LANGS else "en").explain_reasons[key]


_BLAME = re.compile("|".join(vocab.union("explain_blame")), re.I)


def _guess(before: str, after: str, lang: str | None = None) -> Change:
    before, after = before.strip(), after.strip()
    if before and set(before) <= set("!") and after in (".", ""):
        return Change(principle="match-tone", before=before, after=after,
                      explanation=_reason("steady", lang))
    if before and _BLAME.search(before) and not _BLAME.search(after):
        return Change(principle="no-blame", before=before, after=after,
                      explanation=_reason("no-blame", lang))
    text = after or before
    for principle in _GUESSES:
        if _cue(principle).search(text):
            return Change(principle=principle, before=before, after=after,
                          explanation=_reason(principle, lang))
    if before and not after:
        return Change(principle="authentic-not-cliche", before=before, after="",
                      explanation=_reason("scripted", lang))
    return Change(principle="reflect-understanding", before=before, after=after,
                  explanation=_reason("clearer", lang))


def _inside(part: str, whole: str) -> bool:
    p = _norm(part)
    if not p:  # punctuation alone ("!" → "."): the same marks
        return bool(part.strip()) and part.strip() == whole.strip()
    return bool(p) and p in _norm(whole)


def _span(claimed: str, actual: str) -> str:
    """The model's span when it is really in this hunk, else the hunk's own text."""
    claimed = claimed.strip()
    for span in (claimed, claimed.rstrip(".!?,;:")):  # the diff may leave the full stop equal
        if span and span in actual:
            return span
    return actual.strip()


def align(diff_ops: list[dict[str, str]], proposed: list[Change],
          known_principles: set[str], lang: str | None = None,
          reading: Reading | None = None) -> list[Change]:
    """Changes in reading order, each inside a real hunk, every hunk explained at least once.

    A change's `before` is always text of the draft and its `after` text of the rewrite, both
    within the hunk it explains. Changes that match no hunk, or name no known principle, are
    dropped; a hunk that no change explains gets a reason from the catalogue. With a reading
    of the customer, a catalogue reason for `acknowledge-emotion` or `match-tone` opens with
    what was read ("The customer has written more than once… and sounds very frustrated").
    """
    out = _align(diff_ops, proposed, known_principles, lang)
    if reading is None:
        return out
    read = customer.because(reading, lang)
    return [c.model_copy(update={"explanation": f"{read}: {c.explanation[:1].lower()}"
                                 f"{c.explanation[1:]}"})
            if c.principle in _READ and _generic(c.explanation) else c for c in out]


_READ = ("acknowledge-emotion", "match-tone")


# The catalogue's reasons that say nothing about this customer, in every language: a reading
# of the customer may open them.
_CATALOGUE = frozenset(lang.explain_reasons[key] for lang in vocab.every()
                       for key in (*_GUESSES, "steady"))


def _generic(explanation: str) -> bool:
    """A reason from the catalogue (in any language), which says nothing about this customer."""
    return explanation in _CATALOGUE


def _align(diff_ops: list[dict[str, str]], proposed: list[Change],
           known_principles: set[str], lang: str | None) -> list[Change]:
    out: list[Change] = []
    unused = [c for c in proposed if c.principle in known_principles]
    for hunk in hunks(diff_ops):
        inside = [c for c in unused if (c.before and _inside(c.before, hunk["before"]))
                  or (c.after and _inside(c.after, hunk["after"]))]
        if not inside:
            inside = [c for c in unused if (c.before and _overlaps(c.before, hunk["before"]))
                      or (c.after and _overlaps(c.after, hunk["after"]))][:1]
        if not inside:
            out.append(_guess(hunk["before"], hunk["after"], lang))
            continue
        seen: set[tuple[str, str, str]] = set()
        for c in inside:
            if (c.principle, c.before, c.after) in seen:
                continue  # the same edit proposed twice ("!" → "." in two sentences)
            seen.add((c.principle, c.before, c.after))
            unused = [u for u in unused if u is not c and not (
                u.before == c.before and u.after == c.after and u.principle == c.principle)]
            reason = " ".join(c.explanation.split())[:300]  # one line, bounded
            before, after = _span(c.before, hunk["before"]), _span(c.after, hunk["after"])
            out.append(Change(principle=c.principle, before=before, after=after,
                              explanation=reason or _guess(before, after, lang).explanation))
    return out
