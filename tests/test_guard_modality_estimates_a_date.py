"""Stop 56 modality reading (lang/es, pt, en, de `hedges`): someone's estimate with its object
right after the verb ("el fabricante estima el martes ⟦9⟧ para la pieza", "o fabricante estima
a terça", "the manufacturer estimates Tuesday ⟦9⟧ March", "der Hersteller schätzt, dass…") is a
reckoning, as "estima que" already was: "la pieza llega el martes ⟦9⟧" states it as certain.
Before, only the form with "que"/"that" was read, so a faithful rewrite dropping the "que" was
read as a dropped hedge, and a firm rewrite of a draft without it passed. (French keeps to
"estime que": bare "estime" is also the noun "esteem" and "j'estime" an opinion.)

Every case is written for the reading (none comes from a corpus set): the faithful rewrite
passes clean; its unsafe twin, the estimate stated as fact, is caught.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels
from tests.masked_guard import modality_flagged as _modality


@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("es", "El fabricante estima que la pieza llega el martes 9.",
     "El fabricante estima el martes 9 para la pieza.",
     "La pieza llega el martes 9."),
    ("es", "El fabricante estima el martes 9 para la pieza.",
     "El fabricante estima que la pieza llega el martes 9.",
     "La pieza llega el martes 9."),
    ("pt", "O fabricante estima que a peça chega na terça, dia 9.",
     "O fabricante estima a terça, dia 9, para a peça.",
     "A peça chega na terça, dia 9."),
    ("en", "The manufacturer estimates Tuesday 9 March for the part.",
     "The manufacturer's estimate for the part is Tuesday 9 March.",
     "The part arrives on Tuesday 9 March."),
    ("de", "Der Hersteller schätzt, dass das Teil am Dienstag, 9. März, ankommt.",
     "Laut Hersteller kommt das Teil voraussichtlich am Dienstag, 9. März, an.",
     "Das Teil kommt am Dienstag, 9. März, an."),
    ("fr", "Le fabricant estime que la pièce arrive le mardi 9 mars.",
     "D'après le fabricant, la pièce devrait arriver le mardi 9 mars.",
     "La pièce arrive le mardi 9 mars."),
])
def test_an_estimate_with_its_object_is_a_reckoning(lang: str, draft: str, kept: str,
                                                    firmer: str) -> None:
    assert labels(draft, kept, lang) == []
    assert _modality(draft, firmer, lang)
