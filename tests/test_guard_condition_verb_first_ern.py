"""A German condition said by its verb first is read as one when the verb ends in "-ern" or
"-eln" ("Dauern die Arbeiten länger, …", "Ändert sich…" already was): the infinitive-like
plural ("dauern", "verzögern", "handeln") is a finite verb there (lang/de.json
`condition_patterns`). "Gestern", "sondern", "gern" opening a sentence are no verbs. Every case
is written for this file."""

from __future__ import annotations

import pytest

from heard.guard.conditions import _conditions
from tests.masked_guard import labels

DRAFT = ("Hallo Mia,\n\nwegen der Bauarbeiten ist der Hof bis Ende Januar gesperrt. Wenn die "
         "Arbeiten länger dauern, sprechen wir für den März neu über die Miete.\n\nViele Grüße\n"
         "Jan")


@pytest.mark.parametrize("sentence", [
    "dauern die arbeiten länger, reden wir über märz neu.",
    "verzögern sich die arbeiten, melden wir uns.",
    "handeln sie bis freitag, erstatten wir alles.",
])
def test_verb_first_in_ern_is_a_condition(sentence: str) -> None:
    assert _conditions(sentence, "de") == 1


@pytest.mark.parametrize("sentence", [
    "gestern die lieferung, heute die rechnung.",
    "sondern die koppel, nicht der paddock, ist gesperrt.",
])
def test_no_verb_is_no_condition(sentence: str) -> None:
    assert _conditions(sentence, "de") == 0


def test_condition_said_verb_first_passes() -> None:
    rewrite = ("Hallo Mia,\n\nder Hof ist wegen der Bauarbeiten bis Ende Januar gesperrt. "
               "Dauern die Arbeiten länger, reden wir für den März neu über die Miete.\n\n"
               "Viele Grüße\nJan")
    assert not any(x.endswith(":condition") for x in labels(DRAFT, rewrite, "de"))


def test_condition_dropped_is_caught() -> None:
    rewrite = ("Hallo Mia,\n\nder Hof ist wegen der Bauarbeiten bis Ende Januar gesperrt. "
               "Für den März reden wir neu über die Miete.\n\nViele Grüße\nJan")
    assert "new_commitment:condition" in labels(DRAFT, rewrite, "de")
