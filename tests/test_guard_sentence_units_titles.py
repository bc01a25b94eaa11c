"""Where a sentence ends (guard/text.py `sentences`): a title's stop does not end one ("el Ing.
Quispe", "a Eng. Marta Reis", "Herr Ing. Huber"), but the same letters after a number are a
unit's, which may ("Der Raum misst 6 × 4 m. Ist Ihnen das zu klein, …": "m." is metres there,
not "M." for Monsieur).

Each case is written for the reading it proves (none comes from a corpus set).
"""

from __future__ import annotations

import pytest

from heard.guard.text import sentences
from tests.masked_guard import labels

COND = "new_commitment:condition"


@pytest.mark.parametrize("text", [
    "Si el Ing. Raúl Quispe aprueba el plano, instalamos el lunes.",
    "El Lic. Ortiz y la Arq. Vega revisan el plano el martes.",
    "Se a Eng. Marta Reis aprovar o projeto, começamos na segunda.",
    "A Arq. Sofia Lopes revê a planta amanhã.",
    "Wenn Herr Ing. Huber den Plan freigibt, montieren wir am Montag.",
])
def test_a_title_does_not_end_the_sentence(text):
    assert len(sentences(text)) == 1


@pytest.mark.parametrize("text", [
    "Der Raum misst 6 × 4 m. Ist Ihnen das zu klein, buchen wir um.",
    "La pièce fait 12 m. Si c'est trop petit, nous changeons de salle.",
    "La sala mide 6 m. Si le queda pequeña, cambiamos de sala.",
])
def test_a_unit_after_a_number_may_end_it(text):
    assert len(sentences(text)) == 2


def test_a_condition_after_a_unit_is_still_read():
    draft = "Der Raum misst 6 × 4 m. Ist Ihnen das zu klein, buchen wir Ihnen den großen Saal um."
    kept = ("Der Raum misst 6 × 4 m. Falls Ihnen das zu klein ist, buchen wir Ihnen den großen "
            "Saal um.")
    dropped = "Der Raum misst 6 × 4 m. Wir buchen Ihnen den großen Saal um."
    assert COND not in labels(draft, kept, "de")
    assert COND in labels(draft, dropped, "de")
