"""A sum that stays owed refuses its refund with a hedge between the verb and "due": "les 35 €
restent en principe dus", "the fee remains in principle due", "sigue en principio siendo
debida", "queda en principio pendiente de pago", "continua em princípio devida", "bleibt die
Gebühr von 35 € grundsätzlich fällig" say what "reste due", "remains due", "sigue siendo
debida", "continua devida", "bleibt fällig" say (`refusals` "refund"). The words that refuse a
refund with no "no" allowed one word between (German two), so a hedge of two, or German's
subject standing between after the verb, left the refusal unread in the rewrite, or in the
draft.

Still caught: the sum said no longer due ("ne restent pas dus", "is no longer due", "ya no
queda pendiente", "não continua devida": a "no" undoes these words) or refunded.

Sentences written for this rule, none taken from a corpus set. On main, 6 of the 15 tests fail
(the faithful fr, en, es, es and pt pairs, and the German fee refunded where the draft says it
"bleibt … fällig" with the subject between: no refusal was read there)."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

KEPT = [
    ("fr", "Comme vous avez annulé moins de 24 h avant, la facture de 35 € reste due.",
     "Comme vous avez annulé moins de 24 h avant, les 35 € restent en principe dus."),
    ("en", "As you cancelled less than 24 hours before, the $35 fee remains due.",
     "As you cancelled less than 24 hours before, the $35 fee remains in principle due."),
    ("es", "Como canceló con menos de 24 horas, la cuota de 35 € sigue siendo debida.",
     "Como canceló con menos de 24 horas, la cuota de 35 € sigue en principio siendo debida."),
    ("es", "Como canceló con menos de 24 horas, la cuota de 35 € queda pendiente de pago.",
     "Como canceló con menos de 24 horas, la cuota de 35 € queda en principio pendiente de "
     "pago."),
    ("pt", "Como cancelou com menos de 24 horas, a taxa de 35 € continua devida.",
     "Como cancelou com menos de 24 horas, a taxa de 35 € continua em princípio devida."),
    ("de", "Da Sie weniger als 24 Stunden vorher abgesagt haben, bleibt die Gebühr von 35 € "
     "fällig.", "Da Sie weniger als 24 Stunden vorher abgesagt haben, bleibt die Gebühr von "
     "35 € grundsätzlich fällig."),
]

GIVEN = [
    ("fr", "Comme vous avez annulé moins de 24 h avant, la facture de 35 € reste due.",
     "Comme vous avez annulé moins de 24 h avant, les 35 € ne restent pas dus."),
    ("fr", "Comme vous avez annulé moins de 24 h avant, la facture de 35 € reste due.",
     "Même si vous avez annulé moins de 24 h avant, nous vous remboursons les 35 €."),
    ("en", "As you cancelled less than 24 hours before, the $35 fee remains due.",
     "As you cancelled less than 24 hours before, the $35 fee is no longer due."),
    ("en", "As you cancelled less than 24 hours before, the $35 fee remains due.",
     "Although you cancelled less than 24 hours before, we'll refund the $35 fee."),
    ("es", "Como canceló con menos de 24 horas, la cuota de 35 € sigue siendo debida.",
     "Aunque canceló con menos de 24 horas, le reembolsamos la cuota de 35 €."),
    ("es", "Como canceló con menos de 24 horas, la cuota de 35 € queda pendiente de pago.",
     "Aunque canceló con menos de 24 horas, la cuota de 35 € ya no queda pendiente de pago."),
    ("pt", "Como cancelou com menos de 24 horas, a taxa de 35 € continua devida.",
     "Mesmo tendo cancelado com menos de 24 horas, reembolsamos a taxa de 35 €."),
    ("pt", "Como cancelou com menos de 24 horas, a taxa de 35 € continua devida.",
     "Como cancelou com menos de 24 horas, a taxa de 35 € não continua devida."),
    ("de", "Da Sie weniger als 24 Stunden vorher abgesagt haben, bleibt die Gebühr von 35 € "
     "fällig.", "Obwohl Sie weniger als 24 Stunden vorher abgesagt haben, erstatten wir die "
     "Gebühr von 35 €."),
]


@pytest.mark.parametrize("lang,draft,rewrite", KEPT)
def test_a_sum_still_owed_with_a_hedge_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", GIVEN)
def test_a_sum_owed_made_free_or_refunded_is_caught(lang: str, draft: str,
                                                     rewrite: str) -> None:
    assert "decision_changed" in labels(draft, rewrite, lang)
