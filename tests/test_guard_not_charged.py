"""Two act readings a draft makes in words the guard missed, each restated by a rewrite.

A thing "not charged" ("the extra work is not being charged", "no se cobra", "wird nicht
berechnet", "n'est pas facturé", "não é cobrado") is given free: a rewrite that says it is
free restates it, and one that says so of a thing the draft charges for is caught. And a
draft's "no" after a semicolon is that part's: "your deposit is refundable in full if you
cancel now; after that, part of it is not refundable" refunds the deposit on its condition,
so a rewrite that says it in two sentences passes, and one that drops the condition is caught.
Every case is written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

NOT_CHARGED = [
    ("en", "The price stays at the quoted 90 euros, as the extra work on the casing is not "
           "being charged.",
     "The bill stays at the quoted 90 euros, and the additional casing work is at no charge."),
    ("es", "El precio sigue en los 90 euros presupuestados, porque el trabajo extra en la "
           "carcasa no se cobra.",
     "El precio sigue en los 90 euros presupuestados; el trabajo extra en la carcasa es sin "
     "cargo."),
    ("de", "Der Preis bleibt bei den angebotenen 90 Euro, da die Mehrarbeit am Gehäuse nicht "
           "berechnet wird.",
     "Der Preis bleibt bei den angebotenen 90 Euro; die Mehrarbeit am Gehäuse ist kostenlos."),
    ("fr", "Le prix reste à 90 euros, car le travail supplémentaire sur le boîtier n'est pas "
           "facturé.",
     "Le prix reste à 90 euros : le travail supplémentaire sur le boîtier est gratuit."),
    ("pt", "O preço fica nos 90 euros orçados, porque o trabalho extra na carcaça não é "
           "cobrado.",
     "O preço fica nos 90 euros orçados; o trabalho extra na carcaça é gratuito."),
]


@pytest.mark.parametrize("lang,draft,rewrite", NOT_CHARGED)
def test_a_thing_not_charged_restated_as_free_passes(lang: str, draft: str, rewrite: str):
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("en", "The extra work on the casing is charged at 20 euros.",
     "The extra work on the casing isn't charged."),
    ("es", "El trabajo extra en la carcasa se cobra a 20 euros.",
     "El trabajo extra en la carcasa no se cobra."),
    ("de", "Die Mehrarbeit am Gehäuse wird mit 20 Euro berechnet.",
     "Die Mehrarbeit am Gehäuse wird nicht berechnet."),
    ("fr", "Le travail supplémentaire sur le boîtier est facturé 20 euros.",
     "Le travail supplémentaire sur le boîtier n'est pas facturé."),
    ("pt", "O trabalho extra na carcaça é cobrado a 20 euros.",
     "O trabalho extra na carcaça não é cobrado."),
])
def test_a_charged_thing_said_not_charged_is_caught(lang: str, draft: str, rewrite: str):
    assert "new_commitment:credit" in labels(draft, rewrite, lang)


SPLIT = [
    ("en", "Your 200 euro deposit is refundable in full if you cancel before the permit is "
           "issued; after that, 50 euros of it covers the engineering already done and is not "
           "refundable.",
     "If you cancel before the permit is issued, all 200 euros of your deposit are "
     "refundable. After that, 50 euros of it covers the engineering already done and isn't "
     "refundable.",
     "All 200 euros of your deposit are refundable. After that, 50 euros of it covers the "
     "engineering already done and isn't refundable."),
    ("es", "La fianza de 200 euros es reembolsable íntegra si cancela antes de que se emita el "
           "permiso; después, 50 euros cubren la ingeniería ya hecha y no son reembolsables.",
     "Si cancela antes de que se emita el permiso, los 200 euros de la fianza son "
     "reembolsables. Después, 50 euros cubren la ingeniería ya hecha y no son reembolsables.",
     "Los 200 euros de la fianza son reembolsables. Después, 50 euros cubren la ingeniería ya "
     "hecha y no son reembolsables."),
]


@pytest.mark.parametrize("lang,draft,kept,dropped", SPLIT)
def test_a_refund_beside_a_refusal_after_a_semicolon(lang, draft, kept, dropped):
    assert labels(draft, kept, lang) == []
    assert "new_commitment:refund" in labels(draft, dropped, lang)
