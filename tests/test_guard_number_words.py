"""The tens written as words are numbers like the units: "ninety minutes", "neunzig Minuten",
"noventa minutos", "nonante minutes" (the Belgian and Swiss tens too: "septante", "huitante",
"nonante"). Kept when the rewrite keeps them, caught when it changes them."""

from __future__ import annotations

import pytest

from tests.masked_guard import verdict

FACTS = {"new_fact", "fact_missing"}


def facts(draft: str, rewrite: str, lang: str) -> set[str]:
    return set(verdict(draft, rewrite, "", lang)) & FACTS


@pytest.mark.parametrize("lang, draft, kept, changed", [
    ("en", "The visit takes about ninety minutes.", "Plan on roughly ninety minutes.",
     "The visit takes about seventy minutes."),
    ("de", "Der Besuch dauert etwa neunzig Minuten.", "Rechnen Sie mit rund neunzig Minuten.",
     "Der Besuch dauert etwa siebzig Minuten."),
    ("es", "La visita dura unos noventa minutos.", "Cuente con unos noventa minutos.",
     "La visita dura unos setenta minutos."),
    ("fr", "La visite dure environ nonante minutes.", "Comptez environ nonante minutes.",
     "La visite dure environ septante minutes."),
    ("fr", "La visite dure environ quatre-vingt-dix minutes.",
     "Comptez environ quatre-vingt-dix minutes.", "La visite dure environ soixante minutes."),
    ("pt", "A visita dura cerca de noventa minutos.", "Conte com cerca de noventa minutos.",
     "A visita dura cerca de setenta minutos."),
])
def test_the_tens_are_numbers_kept_or_caught(lang, draft, kept, changed):
    assert not facts(draft, kept, lang)
    assert facts(draft, changed, lang)


def test_a_ten_inside_a_compound_is_read_whole():
    """"quatre-vingt-dix" is ninety, not a "quatre" and a "dix" to keep apart."""
    assert "fact_missing" in verdict("Comptez quatre-vingt-dix minutes.",
                                     "Comptez quatre minutes.", "", "fr")


# A count of times in one word holds its cardinal: "two missed pick-ups" is "missed twice".
# Only where the rewrite says the draft's number so: a count of times of the rewrite's own is
# read as before, and the draft's "twice" asks for no "two".
@pytest.mark.parametrize("lang, draft, kept, changed", [
    ("en", "Sorry about the two missed pick-ups.", "Sorry we missed you twice.",
     "Sorry we missed you thrice."),
    ("de", "Entschuldige die zwei ausgefallenen Abholungen.",
     "Entschuldige, dass du zweimal vergeblich gewartet hast.",
     "Entschuldige, dass du dreimal vergeblich gewartet hast."),
])
def test_a_count_of_times_in_one_word_is_its_cardinal(lang, draft, kept, changed):
    assert not facts(draft, kept, lang)
    assert "fact_missing" in facts(draft, changed, lang)
