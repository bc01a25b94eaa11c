"""A price per unit stays per unit: "each lamp costs €25" said as "€25 for both lamps", "(12 €
par personne)" as "(12 € au total)" keeps the marker and changes the price, and passed in
five languages. An amount the draft says with a word of one unit in its part of the sentence
(`per_units`) and never as a whole, said by the rewrite as a whole (`totals`) and never per
unit, is a changed fact (`facts.per_units_kept`). The price per unit said in other words, or
kept beside a total the draft also gives, passes.

Sentences written for this rule, none taken from a corpus set. On main the five WHOLE cases
fail (they pass the guard); the rest pass."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

WHOLE = [
    ("en", "Each lamp costs €25, delivery included.",
     "The lamps cost €25 for both, delivery included."),
    ("fr", "La visite guidée coûte 12 € par personne (audioguide compris).",
     "La visite guidée coûte 12 € au total (audioguide compris)."),
    ("es", "Cada silla cuesta 40 € con el montaje.",
     "Las sillas cuestan 40 € en total con el montaje."),
    ("pt", "O aluguer fica em 30 € por bicicleta, com capacete.",
     "O aluguer fica em 30 € pelas duas bicicletas, com capacete."),
    ("de", "Die Reinigung kostet 15 € pro Teppich, abholbereit am Freitag.",
     "Die Reinigung kostet insgesamt 15 €, abholbereit am Freitag."),
]
KEPT = [
    ("en", "Each lamp costs €25, delivery included.",
     "Delivery is included, and the lamps are €25 apiece."),
    ("fr", "La visite guidée coûte 12 € par personne (audioguide compris).",
     "Comptez 12 € pour chaque personne, audioguide compris."),
    ("es", "Cada silla cuesta 40 € con el montaje.", "Son 40 € por silla, montaje incluido."),
    ("pt", "O aluguer fica em 30 € por bicicleta, com capacete.",
     "Cada bicicleta custa 30 € a alugar, com capacete incluído."),
    ("de", "Die Reinigung kostet 15 € pro Teppich, abholbereit am Freitag.",
     "Für jeden Teppich berechnen wir 15 € für die Reinigung; abholbereit ist alles am Freitag."),
]
BOTH = [
    # the draft's price per unit kept, its own total beside it
    ("en", "Each lamp costs €25, so €50 in total.", "At €25 per lamp, you pay €50 in total."),
    ("pt", "Cada bicicleta custa 30 €, ou seja 60 € no total.",
     "São 60 € no total: 30 € por bicicleta."),
]


@pytest.mark.parametrize("lang,draft,rewrite", WHOLE)
def test_a_price_per_unit_made_the_whole_is_caught(lang: str, draft: str, rewrite: str) -> None:
    assert "fact_missing" in labels(draft, rewrite, lang)


@pytest.mark.parametrize("lang,draft,rewrite", KEPT)
def test_the_price_per_unit_in_other_words_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", BOTH)
def test_a_total_beside_the_price_per_unit_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []
