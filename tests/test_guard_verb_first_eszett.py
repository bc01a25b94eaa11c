"""A German condition said by its verb first, the verb spelt with "ß" ("Reißt dabei nichts,
können wir am Freitag liefern", "Fließt danach kein Wasser mehr, …"), says the draft's "wenn
dabei nichts reißt" again: `verb_first_conditions` read no "ß" in the verb (its letters were
[a-zäöü]), so the shape was found for "klappt" but not for "reißt", and a faithful rewrite
was rejected. Said again only denied as the draft's condition is (conditions._echoed,
conditions._stated): "Reißt dabei etwas, …" names the same words and says the opposite, and
is caught as the condition's words told, not kept. (Where the turned condition drops words
besides its "kein", "Fließt danach Wasser, ist sie dicht" for "wenn danach kein Wasser mehr
fließt", it passes here as "wenn danach Wasser fließt" does on main: a gap of the condition
check, which reads what a condition names, not whether it is denied.)

Sentences written for this rule, none taken from a corpus set. On main, the 2 faithful pairs
fail (new_commitment:condition); the unsafe ones are caught on main and here."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

BEFORE = "Die Teile trocknen bis Mittwoch nach. "
DRAFT = BEFORE + "Wenn dabei nichts reißt, können wir am Freitag liefern."
PIPE = "Wir spülen die Leitung am Montag. Wenn danach kein Wasser mehr fließt, ist sie dicht."

FAITHFUL = [
    (DRAFT, BEFORE + "Reißt dabei nichts, können wir am Freitag liefern."),
    (PIPE, "Wir spülen die Leitung am Montag. Fließt danach kein Wasser mehr, ist sie dicht."),
]

UNSAFE = [
    # The condition turned round, its words all kept.
    (DRAFT, BEFORE + "Reißt dabei etwas, können wir am Freitag liefern."),
    # Told as a fact, or gone.
    (DRAFT, BEFORE + "Dabei reißt nichts, und wir können am Freitag liefern."),
    (DRAFT, BEFORE + "Wir können am Freitag liefern."),
    (PIPE, "Wir spülen die Leitung am Montag. Danach ist sie dicht."),
]


@pytest.mark.parametrize("draft,rewrite", FAITHFUL)
def test_a_verb_first_condition_with_eszett_passes(draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, "de") == []


@pytest.mark.parametrize("draft,rewrite", UNSAFE)
def test_a_verb_first_condition_turned_round_or_dropped_is_caught(draft: str,
                                                                  rewrite: str) -> None:
    assert "new_commitment:condition" in labels(draft, rewrite, "de")
