"""A trouble the draft expects not to happen stays expected: "No debería haber problema para
cambiar la correa" said as "No habrá problema" passed in Spanish, where "no debería haber" was
read only as "should not have (happened)", a regret that hedges nothing. It is that only before
a participle ("no debería haber pasado", "no debería haberle cobrado"); before a noun it says
what is expected, and the other four languages already read it so.

Sentences written for this rule, none taken from a corpus set. 3 of the 19 tests fail on main
(the Spanish firmer rewrites); the rest passed there too."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

FIRMER = [
    ("es", "No debería haber problema para cambiar la correa.",
     "No habrá problema para cambiar la correa."),
    ("es", "No debería haber ningún problema con el cambio de talla.",
     "No hay ningún problema con el cambio de talla."),
    ("es", "No debería haber retrasos con el envío de la correa.",
     "No habrá retrasos con el envío de la correa."),
    ("en", "There shouldn't be any problem swapping the strap.",
     "There won't be any problem swapping the strap."),
    ("fr", "Il ne devrait pas y avoir de souci pour changer la sangle.",
     "Il n'y aura pas de souci pour changer la sangle."),
    ("pt", "Não deve haver problema em trocar a alça.", "Não há problema em trocar a alça."),
    ("de", "Es sollte kein Problem geben, den Gurt zu tauschen.",
     "Es gibt kein Problem, den Gurt zu tauschen."),
]
KEPT = [
    ("es", "No debería haber problema para cambiar la correa.",
     "No debería haber ningún problema para cambiar la correa."),
    ("es", "No debería haber problema para cambiar la correa.",
     "Lo normal es que no haya problema para cambiar la correa."),
    ("es", "No debería haber problema para cambiar la correa.",
     "En principio no habrá problema para cambiar la correa."),
    ("es", "Lamento el cobro doble; no debería haber pasado.",
     "Siento mucho el cobro doble; no tendría que haber pasado."),
    ("es", "Lamento el cobro doble; no debería haber ocurrido.",
     "Siento mucho el cobro doble; no debió ocurrir."),
    ("es", "Lamento el cobro doble; no deberíamos haberle cobrado dos veces.",
     "Siento mucho el cobro doble; no tendríamos que haberle cobrado dos veces."),
    ("en", "There shouldn't be any problem swapping the strap.",
     "Normally there won't be any problem swapping the strap."),
    ("fr", "Il ne devrait pas y avoir de souci pour changer la sangle.",
     "Normalement, il n'y aura pas de souci pour changer la sangle."),
    ("pt", "Não deve haver problema em trocar a alça.",
     "Em princípio não haverá problema em trocar a alça."),
    ("de", "Es sollte kein Problem geben, den Gurt zu tauschen.",
     "Normalerweise gibt es kein Problem, den Gurt zu tauschen."),
    ("es", "No debería haber problema para cambiar la correa.",
     "No debería haber ningún inconveniente para cambiar la correa."),
    ("es", "No debería haber retrasos con el envío de la correa.",
     "El envío de la correa no debería sufrir retrasos."),
]


@pytest.mark.parametrize("lang,draft,rewrite", FIRMER)
def test_a_trouble_expected_not_to_happen_said_as_certain_is_firmer(
        lang: str, draft: str, rewrite: str) -> None:
    assert "new_commitment:modality" in labels(draft, rewrite, lang)


@pytest.mark.parametrize("lang,draft,rewrite", KEPT)
def test_the_expectation_or_the_regret_said_again_passes(lang: str, draft: str,
                                                         rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []
