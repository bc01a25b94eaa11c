"""What a clause tells: what has happened, or what is still to come.

A time word dates whatever its clause tells. In "I'm sorry you were stuck at the airport
tonight", "Sie haben heute dreimal angerufen" or "que haya esperado toda la tarde de hoy" it
dates the customer's own story, which a rewrite is asked to reflect: no deadline of ours and no
new date. In "we'll have it fixed by tonight", "hoy mismo te lo enviamos" or "ainda hoje envio"
it times something we will do. A clause is the customer's story only when it tells what has
happened (a past or perfect verb, a state they are in, "since this morning") and says nothing
of what we will, can or did do ourselves: our own act said as done ("we refunded it today") is
a claim the other checks still judge.
"""

from __future__ import annotations

from heard.guard.text import cue, patterns


def happened(clause: str, lang: str | None) -> bool:
    """`clause` (normalised) tells what has happened or how things stand for the customer,
    and nothing we will, can or did do."""
    if not patterns("happened", lang).search(clause):
        return False
    return not (patterns("ours_done", lang).search(clause)
                or patterns("future", lang).search(clause)
                or patterns("our_future", lang).search(clause)
                or cue("options", lang).search(clause))
