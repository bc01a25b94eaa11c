"""A span of time said in words keeps its unit: "two to three working days" said as "two to three
days", "within one month" as "within one year", "dans un délai d'un mois" as "d'un an", "innerhalb
eines Monats" as "eines Jahres" passed, for the guard read a unit only after a number in digits
(`day_counts_kept`, `measures_kept` on a marker). A number word before a unit of time is read
the same way now; a unit of length or weight after a word is not ("a m" is seldom a number).
The same span in other words or another order passes.

Sentences written for this rule, none taken from a corpus set. On main the 10 changed spans
pass (fail here); the faithful ones pass on both."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

CHANGED = [
    ("en", "Delivery takes two to three working days.", "Delivery takes two to three days."),
    ("en", "You can return it within one month.", "You can return it within one year."),
    ("en", "We'll call you back in a few hours.", "We'll call you back in a few days."),
    ("fr", "La livraison prend deux à trois jours ouvrés.",
     "La livraison prend deux à trois jours."),
    ("fr", "Vous pouvez le retourner dans un délai d'un mois.",
     "Vous pouvez le retourner dans un délai d'un an."),
    ("es", "El envío tarda dos o tres días hábiles.", "El envío tarda dos o tres días."),
    ("es", "Puede devolverlo en un plazo de un mes.", "Puede devolverlo en un plazo de un año."),
    ("pt", "A entrega demora dois a três dias úteis.", "A entrega demora dois a três dias."),
    ("pt", "Pode devolvê-lo no prazo de um mês.", "Pode devolvê-lo no prazo de um ano."),
    ("de", "Sie können es innerhalb eines Monats zurückgeben.",
     "Sie können es innerhalb eines Jahres zurückgeben."),
]
KEPT = [
    ("en", "Delivery takes two to three working days.",
     "It'll be with you in two to three working days."),
    ("en", "You can return it within one month.", "You have one month to send it back."),
    ("en", "Refunds take five to seven business days, and the label is valid for one month.",
     "The label stays valid for one month; the refund itself takes five to seven business days."),
    ("en", "The repair takes two weeks. Shipping adds two days.",
     "Shipping adds two days to the two weeks the repair takes."),
    ("fr", "La livraison prend deux à trois jours ouvrés.",
     "Vous la recevrez sous deux à trois jours ouvrés."),
    ("fr", "Vous avez un mois pour le retourner.",
     "Vous disposez d'un mois pour nous le renvoyer."),
    ("es", "El reembolso tarda cinco días hábiles y el cupón vale un año.",
     "El cupón vale un año y el reembolso tarda cinco días hábiles."),
    ("pt", "O cupão é válido por um ano.", "Tem um ano para usar o cupão."),
    ("de", "Die Reparatur dauert zwei Wochen, der Versand zwei Tage.",
     "Der Versand dauert zwei Tage und die Reparatur zwei Wochen."),
    ("de", "Sie können es innerhalb eines Monats zurückgeben.",
     "Innerhalb eines Monats können Sie es zurückschicken."),
]


@pytest.mark.parametrize("lang,draft,rewrite", CHANGED)
def test_a_span_in_words_said_in_another_unit_is_caught(lang: str, draft: str,
                                                         rewrite: str) -> None:
    assert "fact_missing" in labels(draft, rewrite, lang)


@pytest.mark.parametrize("lang,draft,rewrite", KEPT)
def test_the_same_span_in_other_words_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []
