""""One" said as "a" is one number: "within one month" said as "within a year" passed (the two
words were read as two counts, each with its own unit), and "within one month" said as "within a
month" was rejected as a new deadline (the two phrases were two times). Each language's words
for one (lang/*.json `ones`: "a", "one", "une", "uno", "uma", "eines") count as one.

Sentences written for this rule, none taken from a corpus set. On main 6 of the 13 fail: the 4
changed units ("a year" and "a month" in English, "d'une année", "eine Woche" for "einen Tag")
pass and the 2 English faithful pairs are rejected."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

SAME = [
    ("en", "You can return it within one month of delivery.",
     "You can return it within a month of delivery."),
    ("en", "We will call you back within an hour.", "We will call you back within one hour."),
    ("fr", "La livraison prend une semaine.", "Comptez une semaine pour la livraison."),
    ("es", "El envío tarda una semana.", "El envío tarda una semana en llegar."),
    ("pt", "A entrega demora uma semana.", "A entrega leva uma semana."),
    ("de", "Die Lieferung dauert eine Woche.", "Die Lieferung braucht eine Woche."),
    ("en", "We bill once a month and reply within a day.",
     "We reply within a day and bill once a month."),
]
TURNED = [
    ("en", "You can return it within one month of delivery.",
     "You can return it within a year of delivery."),
    ("en", "The repair takes one week.", "The repair takes a month."),
    ("fr", "Vous pouvez le retourner dans un délai d'un mois.",
     "Vous pouvez le retourner dans un délai d'une année."),
    ("es", "Puede devolverlo en el plazo de un mes.", "Puede devolverlo en el plazo de un año."),
    ("pt", "Pode devolvê-lo no prazo de um mês.", "Pode devolvê-lo no prazo de um ano."),
    ("de", "Die Prüfung dauert einen Tag.", "Die Prüfung dauert eine Woche."),
]


@pytest.mark.parametrize("lang,draft,rewrite", SAME)
def test_one_said_another_way_is_the_same_span(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", TURNED)
def test_one_of_another_unit_is_caught(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) != []
