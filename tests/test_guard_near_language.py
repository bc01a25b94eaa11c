"""A sentence in a near language the detector does not know, read as the draft's with
certainty: a Catalan paragraph in a Spanish reply ("el vam comparar amb la mostra i coincideix")
passed, its "el", "la", "de" being Spanish too. Catalan's own little words (lang es
`near_words`: "amb", "els", "perquè", "vam"), three or more in a sentence or paragraph, tell it.
A Spanish reply naming a Catalan place or quoting the customer keeps passing.

Sentences written for this rule, none taken from a corpus set; 2 of its 5 tests fail on main."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

DRAFT = "Hemos comparado la tela con la muestra y el tono coincide. No se pueden devolver."
CATALAN = [
    "Hemos comparado la tela con la muestra. Pel que fa al color: el vam comparar amb la mostra "
    "i coincideix. No se pueden devolver.",
    "Hemos comparado la tela con la muestra y el tono coincide. Ho sentim molt, però no es poden "
    "tornar perquè estan brodades.",
]
SPANISH = [
    "Comparamos la tela con la muestra, y el tono coincide. No se pueden devolver, lo siento.",
    "Hemos comparado la tela con la muestra de Teixits Roca y el tono coincide. No se pueden "
    "devolver.",
    "Usted escribió “us ho agraïm molt, però”: hemos comparado la tela con la muestra y el tono "
    "coincide. No se pueden devolver.",
]


@pytest.mark.parametrize("rewrite", CATALAN)
def test_a_catalan_sentence_in_a_spanish_reply_is_a_switch(rewrite: str) -> None:
    assert "language_changed" in labels(DRAFT, rewrite, "es")


@pytest.mark.parametrize("rewrite", SPANISH)
def test_spanish_with_catalan_names_or_quotes_passes(rewrite: str) -> None:
    assert labels(DRAFT, rewrite, "es") == []
