"""A sum the draft counts by a period keeps a period: "the plan costs $15 per month" said as
"the plan costs $15 once", "15 € en une fois", "einmalig 15 €" or just "costs $15" keeps the
marker and turns a monthly price into a one-off sum. All of them passed in five languages (a
period turned into another, "per year", was already caught). The period said any other way
anywhere in the rewrite keeps it: "your monthly plan", "la mensualité", "der Monatsbeitrag"
(lang/*.json `period_names`).

Sentences written for this rule, none taken from a corpus set. 10 of the 20 tests fail on
main (the dropped periods); the kept ones passed there too."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

DROPPED = [
    ("en", "The gym plan costs $15 per month.", "The gym plan costs $15 once."),
    ("en", "The gym plan costs $15 per month.", "The gym plan costs $15."),
    ("fr", "L'abonnement à la salle coûte 15 € par mois.",
     "L'abonnement à la salle coûte 15 € en une fois."),
    ("fr", "La location du casier revient à 8 € par semaine.",
     "La location du casier revient à 8 €."),
    ("es", "El plan del gimnasio cuesta 15 € al mes.",
     "El plan del gimnasio cuesta 15 € una sola vez."),
    ("es", "El seguro del móvil sale por 40 € al año.", "El seguro del móvil sale por 40 €."),
    ("pt", "O plano do ginásio custa 15 € por mês.",
     "O plano do ginásio custa 15 € uma única vez."),
    ("pt", "O aluguer do cacifo fica em 8 € por semana.", "O aluguer do cacifo fica em 8 €."),
    ("de", "Der Tarif für das Studio kostet 15 € pro Monat.",
     "Der Tarif für das Studio kostet einmalig 15 €."),
    ("de", "Die Handyversicherung kostet 40 € im Jahr.", "Die Handyversicherung kostet 40 €."),
]
KEPT = [
    ("en", "The gym plan costs $15 per month.", "Your monthly gym plan costs $15."),
    ("en", "The gym plan costs $15 per month.", "The gym plan is $15, billed every month."),
    ("fr", "L'abonnement à la salle coûte 15 € par mois.",
     "La mensualité de l'abonnement à la salle est de 15 €."),
    ("fr", "La location du casier revient à 8 € par semaine.",
     "Chaque semaine de location du casier revient à 8 €."),
    ("es", "El plan del gimnasio cuesta 15 € al mes.",
     "La cuota mensual del plan del gimnasio es de 15 €."),
    ("es", "El seguro del móvil sale por 40 € al año.", "El seguro anual del móvil sale por 40 €."),
    ("pt", "O plano do ginásio custa 15 € por mês.",
     "A mensalidade do plano do ginásio é de 15 €."),
    ("pt", "O aluguer do cacifo fica em 8 € por semana.",
     "O aluguer semanal do cacifo fica em 8 €."),
    ("de", "Der Tarif für das Studio kostet 15 € pro Monat.",
     "Der Monatsbeitrag für das Studio liegt bei 15 €."),
    ("de", "Die Handyversicherung kostet 40 € im Jahr.",
     "Die Handyversicherung kostet jährlich 40 €."),
]


@pytest.mark.parametrize("lang,draft,rewrite", DROPPED)
def test_a_sum_whose_period_is_dropped_is_another_price(lang: str, draft: str,
                                                        rewrite: str) -> None:
    assert "fact_missing" in labels(draft, rewrite, lang)


@pytest.mark.parametrize("lang,draft,rewrite", KEPT)
def test_the_period_said_another_way_keeps_the_price(lang: str, draft: str,
                                                     rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []
