"""A price keeps the period it is counted by: "$15 per month" said as "$15 per year", "15 € par
mois" as "par an", "15 € al mes" as "al año", "por mês" as "por ano", "pro Monat" as "pro Jahr"
passed in five languages, for the marker of the sum was kept. The period said right after a sum
is read as measures are (vocab `rates`, `facts.rates_kept`); the same period in other words
("a month", "each month", "monthly") passes, and so does one said away from the sum ("the
monthly fee is $15").

Sentences written for this rule, none taken from a corpus set. On main the 10 changed periods
pass (fail here); the faithful ones pass on both."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

CHANGED = [
    ("en", "The fee is $15 per month.", "The fee is $15 per year."),
    ("en", "The plan costs $15/month.", "The plan costs $15/year."),
    ("en", "The plan costs $15 monthly.", "The plan costs $15 a year."),
    ("en", "Parking is 2 euros per day.", "Parking is 2 euros per week."),
    ("fr", "L'abonnement coûte 15 € par mois.", "L'abonnement coûte 15 € par an."),
    ("es", "La cuota es de 15 € al mes.", "La cuota es de 15 € al año."),
    ("pt", "A mensalidade é de 15 € por mês.", "A mensalidade é de 15 € por ano."),
    ("pt", "O aluguer custa 40 € por dia.", "O aluguer custa 40 € por semana."),
    ("de", "Die Gebühr beträgt 15 € pro Monat.", "Die Gebühr beträgt 15 € pro Jahr."),
    ("de", "Die Gebühr beträgt 15 € im Monat.", "Die Gebühr beträgt 15 € jährlich."),
]
KEPT = [
    ("en", "The fee is $15 per month.", "It's $15 a month."),
    ("en", "The fee is $15 per month.", "You pay $15 each month."),
    ("en", "The fee is $15 per month.", "The monthly fee is $15."),
    ("en", "The fee is $15 per month, and the setup costs $40.",
     "Setup is $40, then $15 monthly."),
    ("fr", "L'abonnement coûte 15 € par mois.", "C'est 15 € chaque mois."),
    ("es", "La cuota es de 15 € al mes.", "Son 15 € por mes."),
    ("pt", "A mensalidade é de 15 € por mês.", "Paga 15 € ao mês."),
    ("de", "Die Gebühr beträgt 15 € pro Monat.", "Sie zahlen monatlich 15 €."),
    ("de", "Die Gebühr beträgt 15 € pro Monat.", "Es sind 15 € im Monat."),
]


@pytest.mark.parametrize("lang,draft,rewrite", CHANGED)
def test_a_sum_said_per_another_period_is_caught(lang: str, draft: str, rewrite: str) -> None:
    assert "fact_missing" in labels(draft, rewrite, lang)


@pytest.mark.parametrize("lang,draft,rewrite", KEPT)
def test_the_same_period_in_other_words_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []
