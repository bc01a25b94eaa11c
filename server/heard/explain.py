"""Tie every explanation to a real hunk of the diff, and explain every hunk.

Items the model invents that match no hunk are dropped; hunks nobody explained get one from the
principle catalogue, so the agent sees a reason beside every change.
"""

from __future__ import annotations

import re

from heard.diff import hunks
from heard.schema import Change

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


_GUESSES: list[tuple[str, str, str]] = [
    (r"patien|paciencia|geduld|patience|paciência", "appreciate-patience",
     "Thanks the customer for their patience."),
    (r"frustrat|worr|concern|disappoint|understand|entiendo|verstehe|comprends|compreendo",
     "acknowledge-emotion", "Names how the customer is likely feeling."),
    (r"\bI (?:will|am|have|'ll)\b", "own-it", "Takes personal ownership of the next step."),
    (r"\blet'?s\b|together", "collaborate", "Frames the fix as shared work."),
    (r"polic", "no-policy-wall", "Explains the policy instead of hiding behind it."),
    (r"sorry|apolog", "authentic-not-cliche", "Keeps one sincere apology."),
]


def _guess(before: str, after: str) -> Change:
    text = after or before
    for pattern, principle, explanation in _GUESSES:
        if re.search(pattern, text, re.I):
            return Change(principle=principle, before=before.strip(), after=after.strip(),
                          explanation=explanation)
    if before.strip() and not after.strip():
        return Change(principle="authentic-not-cliche", before=before.strip(), after="",
                      explanation="Removes wording that reads as scripted or adds nothing.")
    return Change(principle="reflect-understanding", before=before.strip(), after=after.strip(),
                  explanation="Makes the reply clearer and more specific to this customer.")


def _inside(part: str, whole: str) -> bool:
    p = _norm(part)
    return bool(p) and p in _norm(whole)


def align(diff_ops: list[dict[str, str]], proposed: list[Change],
          known_principles: set[str]) -> list[Change]:
    """Changes in reading order, each inside a real hunk, every hunk explained at least once."""
    out: list[Change] = []
    unused = [c for c in proposed if c.principle in known_principles]
    for hunk in hunks(diff_ops):
        inside = [c for c in unused if (c.before and _inside(c.before, hunk["before"]))
                  or (c.after and _inside(c.after, hunk["after"]))]
        if not inside:
            inside = [c for c in unused if (c.before and _overlaps(c.before, hunk["before"]))
                      or (c.after and _overlaps(c.after, hunk["after"]))][:1]
            inside = [c.model_copy(update={"before": hunk["before"].strip(),
                                           "after": hunk["after"].strip()}) for c in inside]
        if not inside:
            out.append(_guess(hunk["before"], hunk["after"]))
            continue
        for c in inside:
            unused = [u for u in unused if u is not c and not (
                u.before == c.before and u.after == c.after and u.principle == c.principle)]
            out.append(Change(principle=c.principle, before=c.before.strip(),
                              after=c.after.strip(), explanation=c.explanation.strip()[:300]
                              or _guess(c.before, c.after).explanation))
    return out
