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


# Hunks nobody explained get a reason from the catalogue: the first rule whose pattern is in
# the inserted text (or, for a pure deletion, the deleted text) names the principle.
_GUESSES: list[tuple[str, str, str]] = [
    (r"patien|paciencia|geduld|paciência|for waiting|por esperar|warten", "appreciate-patience",
     "Thanks the customer for their patience."),
    (r"frustrat|worr|concern|disappoint|upset|stress|annoy|letdown|preocup|decepcion|ärger|"
     r"beunruhig|enttäusch|inquiét|décevant|preocupa|dececion|frustrante",
     "acknowledge-emotion", "Names how the customer is likely feeling."),
    (r"makes sense|understandable|of course|es normal|tiene sentido|verständlich|"
     r"c'est normal|compréhensible|é compreensível|faz sentido", "validate-feelings",
     "Treats the customer's reaction as reasonable."),
    (r"understand|i can see|entiendo|comprendo|verstehe|comprends|compreendo|entendo",
     "reflect-understanding", "Shows the customer their situation was understood."),
    (r"\bI (?:will|am|have|'ll|'m|can)\b|\bI’(?:ll|m)\b|\bso I can\b", "own-it",
     "Takes personal ownership of the next step."),
    (r"\blet'?s\b|together|juntos|gemeinsam|ensemble|vamos", "collaborate",
     "Frames the fix as shared work."),
    (r"polic|política|richtlinie|politique", "no-policy-wall",
     "Explains the policy instead of hiding behind it."),
    (r"sorry|apolog|lo siento|disculp|leid|entschuldig|désolé|excus|desculp|lamento",
     "authentic-not-cliche", "Keeps one sincere apology."),
    (r"glad|wonderful|great to hear|qué bien|alegr|schön|freut|ravi|génial|que bom|ótimo",
     "match-tone", "Shares the customer's good news in a matching tone."),
    (r"thank|gracias|danke|merci|obrigad", "personalize",
     "Speaks to this customer instead of a script line."),
]
_BLAME = re.compile(r"as (?:i|we) (?:already |previously )?(?:said|mentioned|stated|explained)|"
                    r"you should have|you failed|you didn't|your fault|como ya|wie bereits|"
                    r"comme je vous|como já", re.I)


def _guess(before: str, after: str) -> Change:
    before, after = before.strip(), after.strip()
    if before and _BLAME.search(before) and not _BLAME.search(after):
        return Change(principle="no-blame", before=before, after=after,
                      explanation="Drops wording that blames the customer.")
    text = after or before
    for pattern, principle, explanation in _GUESSES:
        if re.search(pattern, text, re.I):
            return Change(principle=principle, before=before, after=after,
                          explanation=explanation)
    if before and not after:
        return Change(principle="authentic-not-cliche", before=before, after="",
                      explanation="Removes wording that reads as scripted or adds nothing.")
    return Change(principle="reflect-understanding", before=before, after=after,
                  explanation="Makes the reply clearer and more specific to this customer.")


def _inside(part: str, whole: str) -> bool:
    p = _norm(part)
    return bool(p) and p in _norm(whole)


def _span(claimed: str, actual: str) -> str:
    """The model's span when it is really in this hunk, else the hunk's own text."""
    claimed = claimed.strip()
    for span in (claimed, claimed.rstrip(".!?,;:")):  # the diff may leave the full stop equal
        if span and span in actual:
            return span
    return actual.strip()


def align(diff_ops: list[dict[str, str]], proposed: list[Change],
          known_principles: set[str]) -> list[Change]:
    """Changes in reading order, each inside a real hunk, every hunk explained at least once.

    A change's `before` is always text of the draft and its `after` text of the rewrite, both
    within the hunk it explains. Changes that match no hunk, or name no known principle, are
    dropped; a hunk that no change explains gets a reason from the catalogue.
    """
    out: list[Change] = []
    unused = [c for c in proposed if c.principle in known_principles]
    for hunk in hunks(diff_ops):
        inside = [c for c in unused if (c.before and _inside(c.before, hunk["before"]))
                  or (c.after and _inside(c.after, hunk["after"]))]
        if not inside:
            inside = [c for c in unused if (c.before and _overlaps(c.before, hunk["before"]))
                      or (c.after and _overlaps(c.after, hunk["after"]))][:1]
        if not inside:
            out.append(_guess(hunk["before"], hunk["after"]))
            continue
        for c in inside:
            unused = [u for u in unused if u is not c and not (
                u.before == c.before and u.after == c.after and u.principle == c.principle)]
            reason = " ".join(c.explanation.split())[:300]  # one line, bounded
            before, after = _span(c.before, hunk["before"]), _span(c.after, hunk["after"])
            out.append(Change(principle=c.principle, before=before, after=after,
                              explanation=reason or _guess(before, after).explanation))
    return out
