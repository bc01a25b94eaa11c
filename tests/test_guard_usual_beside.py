"""A draft's word of how things usually go ("usually", "almost always", "in der Regel",
"suele", "costuma") in a clause of its own beside a promise of money says how that clause's
thing goes, a cause or a delivery time, not whether we give it: "cracks are usually caused by
the reed drying out, but we will replace both reeds free of charge" gives them free firmly.
A draft's promise was read as hedged by any hedge up to a semicolon, so a rewrite that put the
promise in a sentence of its own was read as making it firmer. Such a word (`usual_cases`) now
hedges only its own clause (`_usual_beside`), where that clause says a thing of its own in
three words or more; in the promise's own clause ("we usually refund the fee"), or standing
alone before it ("Usually, we refund the fee"), it still hedges the promise, and a rewrite
dropping it is caught. Money only (free, off, back): "die Sitzung findet meist statt,
garantieren können wir sie aber nicht" vouches for what its "meist" is about.

Sentences written for this rule, none taken from a corpus set. On main, 5 of these tests fail
(the said-again ones)."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

SAID_APART = [
    ("en", "Cracks at the tip are usually caused by the reed drying out, but we will replace "
     "both reeds free of charge.",
     "We will replace both reeds free of charge. Tip cracks are usually caused by the reed "
     "drying out."),
    ("de", "Fehler 5 bedeutet fast immer, dass die Manschette Luft verliert, also ist der "
     "Versand der neuen Manschette für dich kostenlos.",
     "Der Versand der neuen Manschette ist für dich kostenlos. Fehler 5 bedeutet fast immer, "
     "dass die Manschette Luft verliert."),
    ("fr", "La pièce arrive généralement sous trois jours ouvrés, et la pose est offerte.",
     "La pose est offerte. La pièce arrive généralement sous trois jours ouvrés."),
    ("es", "El repuesto suele tardar tres días hábiles, y la instalación es gratis.",
     "La instalación es gratis. El repuesto suele tardar tres días hábiles."),
    ("pt", "A peça costuma demorar três dias úteis, e a instalação é gratuita.",
     "A instalação é gratuita. A peça costuma demorar três dias úteis."),
]
STILL_HEDGED = [
    ("en", "We usually refund the booking fee.", "We refund the booking fee."),
    ("en", "Usually, we refund the booking fee.", "We refund the booking fee."),
    ("fr", "Généralement, nous remboursons les frais de port.",
     "Nous remboursons les frais de port."),
    ("es", "Normalmente, le devolvemos la fianza.", "Le devolvemos la fianza."),
    ("pt", "Normalmente, devolvemos a caução.", "Devolvemos a caução."),
    ("de", "In der Regel erstatten wir die Gebühr.", "Wir erstatten die Gebühr."),
]
FIRMER_ELSEWHERE = [
    # A relative clause tells what the free thing does, softly: said firm, it is caught.
    ("pt", "Pode vir para um polimento sem custo, que costuma aliviar o atrito da peça.",
     "Pode vir para um polimento sem custo, que alivia o atrito da peça."),
    ("en", "You can come in for a free polish, which usually eases the rubbing.",
     "You can come in for a free polish, which eases the rubbing."),
    # The hedge still holds what its own clause says: the time.
    ("en", "We'll send the replacement free of charge, which usually takes three days.",
     "We'll send the replacement free of charge within three days."),
    # Another hedge beside the promise is no word of how things usually go.
    ("en", "The part usually arrives in three days, and the fitting may be free of charge.",
     "The part usually arrives in three days, and the fitting is free of charge."),
]


@pytest.mark.parametrize("lang,draft,rewrite", SAID_APART)
def test_a_promise_beside_a_usual_case_is_firm(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", STILL_HEDGED)
def test_a_usual_case_on_the_promise_still_hedges_it(lang: str, draft: str,
                                                     rewrite: str) -> None:
    assert new_commitment(labels(draft, rewrite, lang))


@pytest.mark.parametrize("lang,draft,rewrite", FIRMER_ELSEWHERE)
def test_what_the_hedges_hold_made_firm_is_caught(lang: str, draft: str, rewrite: str) -> None:
    assert new_commitment(labels(draft, rewrite, lang))
