"""A date given only as the earliest stays a lower bound: in all five languages, "ships on
⟦1⟧" for "ships on ⟦1⟧ at the earliest" is caught as a firmer modality, and the paraphrase
that keeps the bound ("not before ⟦1⟧", "erst am ⟦1⟧") passes (guard/modality.py
`floors_kept`, lang/*.json `floors`, `floors_kept`)."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

FIRMER = "new_commitment:modality"

# (lang, draft, firmer rewrite, faithful rewrite)
EARLIEST = [
    ("en", "Hi Tom, the new frame ships on Thursday 3 June at the earliest. Best, Lee",
     "Hi Tom, the new frame ships on Thursday 3 June. Best, Lee",
     "Hi Tom, the new frame won't ship before Thursday 3 June. Best, Lee"),
    ("en", "Hi Tom, we can fit the boiler on Friday 11 June at the very earliest. Best, Lee",
     "Hi Tom, we will fit the boiler on Friday 11 June. Best, Lee",
     "Hi Tom, the earliest we can fit the boiler is Friday 11 June. Best, Lee"),
    ("fr", "Bonjour Léa, le nouveau cadre part le jeudi 3 juin au plus tôt. Cordialement, Luc",
     "Bonjour Léa, le nouveau cadre part le jeudi 3 juin. Cordialement, Luc",
     "Bonjour Léa, le nouveau cadre ne partira pas avant le jeudi 3 juin. Cordialement, Luc"),
    ("es", "Hola Marta: el marco nuevo sale el jueves 3 de junio como muy pronto. Saludos, Luis",
     "Hola Marta: el marco nuevo sale el jueves 3 de junio. Saludos, Luis",
     "Hola Marta: el marco nuevo sale, como pronto, el jueves 3 de junio. Saludos, Luis"),
    ("pt", "Olá Rita, a moldura nova sai na quinta-feira, 3 de junho, o mais cedo. Abraço, Rui",
     "Olá Rita, a moldura nova sai na quinta-feira, 3 de junho. Abraço, Rui",
     "Olá Rita, a moldura nova não sai antes de quinta-feira, 3 de junho. Abraço, Rui"),
    ("de", "Hallo Jonas, der neue Rahmen geht frühestens am Donnerstag, 3. Juni raus. "
           "Viele Grüße, Lea",
     "Hallo Jonas, der neue Rahmen geht am Donnerstag, 3. Juni raus. Viele Grüße, Lea",
     "Hallo Jonas, der neue Rahmen geht erst am Donnerstag, 3. Juni raus. Viele Grüße, Lea"),
]

@pytest.mark.parametrize(("lang", "draft", "firmer", "_faithful"), EARLIEST)
def test_the_firmer_rewrite_is_caught(lang: str, draft: str, firmer: str,
                                      _faithful: str) -> None:
    assert FIRMER in labels(draft, firmer, lang)


@pytest.mark.parametrize(("lang", "draft", "_firmer", "faithful"), EARLIEST)
def test_the_bound_said_again_passes(lang: str, draft: str, _firmer: str,
                                              faithful: str) -> None:
    assert labels(draft, faithful, lang) == []


def test_an_amount_as_soon_as_possible_is_no_bound() -> None:
    """"Au plus tôt" after an amount says "as soon as possible": no date is bounded."""
    draft = "Bonjour Léa, nous vous rembourserons les 40 euros au plus tôt. Cordialement, Luc"
    rewrite = "Bonjour Léa, nous vous rembourserons les 40 euros. Cordialement, Luc"
    assert FIRMER not in labels(draft, rewrite, "fr")


def test_the_date_said_as_possible_keeps_it_open() -> None:
    draft = "Hi Tom, the new frame ships on Thursday 3 June at the earliest. Best, Lee"
    rewrite = "Hi Tom, the new frame could ship on Thursday 3 June. Best, Lee"
    assert labels(draft, rewrite, "en") == []


def test_the_earliest_said_as_an_adjective_keeps_it() -> None:
    """"Der früheste Termin wäre ⟦1⟧" names the date as the earliest, as "frühestens" did."""
    draft = "Hallo Jonas, unser Techniker könnte frühestens am Mittwoch, 14. April, " \
            "vorbeikommen. Viele Grüße, Lea"
    rewrite = "Hallo Jonas, der früheste Termin für unseren Techniker wäre Mittwoch, " \
              "14. April. Viele Grüße, Lea"
    assert labels(draft, rewrite, "de") == []


def test_a_hedge_on_something_else_keeps_nothing() -> None:
    """"Rund ⟦2⟧ Stunden" hedges how long the fitting takes, not the day it is done."""
    draft = "Hallo Jonas, wir können frühestens am Donnerstag, 25. Februar montieren. " \
            "Die Montage dauert etwa 4 Stunden. Viele Grüße, Lea"
    rewrite = "Hallo Jonas, wir montieren am Donnerstag, 25. Februar; das dauert rund " \
              "4 Stunden. Viele Grüße, Lea"
    assert "new_commitment:modality" in labels(draft, rewrite, "de")
