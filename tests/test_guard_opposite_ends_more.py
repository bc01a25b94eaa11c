"""More ends of a fact said the other way round (lang `opposites`, `opposite_states`; read by
`facts.opposites_kept`): "until noon" → "until midnight", "the north entrance" → "the south
entrance", "a partial refund" → "a full refund", "working days" → "calendar days", "credit
card" → "debit card" passed in five languages; each keeps every marker and says another fact.
Only where the draft names one end and not the other, and the rewrite the other only.

Sentences written for this rule, none taken from a corpus set; 12 of its 18 tests fail on main."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

TURNED = [
    ("en", "We can hold the room until noon.", "We can hold the room until midnight."),
    ("en", "Please use the north entrance.", "Please use the south entrance."),
    ("en", "We'll issue a partial refund.", "We'll issue a full refund."),
    ("en", "Delivery takes 3 working days.", "Delivery takes 3 calendar days."),
    ("en", "Pay with your credit card.", "Pay with your debit card."),
    ("fr", "Nous gardons la chambre jusqu'à midi.", "Nous gardons la chambre jusqu'à minuit."),
    ("fr", "Nous ferons un remboursement partiel.", "Nous ferons un remboursement intégral."),
    ("es", "Guardamos la habitación hasta el mediodía.",
     "Guardamos la habitación hasta la medianoche."),
    ("es", "Le haremos un reembolso parcial.", "Le haremos un reembolso total."),
    ("pt", "Guardamos o quarto até ao meio-dia.", "Guardamos o quarto até à meia-noite."),
    ("pt", "Faremos um reembolso parcial.", "Faremos um reembolso total."),
    ("de", "Wir halten das Zimmer bis Mittag.", "Wir halten das Zimmer bis Mitternacht."),
    ("de", "Sie erhalten eine Teilerstattung.", "Sie erhalten eine volle Erstattung."),
]
KEPT = [
    ("en", "The ticket is non-refundable.",
     "Unfortunately the ticket can't be refunded; it is not refundable."),
    ("en", "We can hold the room until noon.", "We can keep the room for you until noon."),
    ("en", "Our office in the north of the city is closed.",
     "Our office in the city's north is closed."),
    ("de", "Das Ticket ist leider nicht erstattungsfähig.",
     "Leider ist das Ticket nicht erstattungsfähig."),
    ("es", "El billete no es reembolsable.", "Lamentablemente, el billete no es reembolsable."),
]


@pytest.mark.parametrize("lang,draft,rewrite", TURNED)
def test_the_other_end_is_another_fact(lang: str, draft: str, rewrite: str) -> None:
    assert "fact_missing" in labels(draft, rewrite, lang)


@pytest.mark.parametrize("lang,draft,rewrite", KEPT)
def test_the_same_end_in_other_words_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []
