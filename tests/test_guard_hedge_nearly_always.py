""""Usually" said as "nearly always" keeps the hedge (stop 59, helper hm).

"Nearly always" and "virtually always" are on the step "almost always" is on (en `hedges`), as
"fast immer", "presque toujours", "casi siempre" and "quase sempre" already are: "error 5
usually means the cuff is leaking" said as "error 5 nearly always points to a leak" keeps its
hedge. Dropped, it is still caught.

Sentences written for this rule, none taken from a corpus set."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, letter

CASES = [
    # (lang, draft, the hedge as "nearly always", the hedge dropped)
    ("en", "Error 5 usually means the cuff is leaking air.",
     "Error 5 nearly always points to an air leak in the cuff.",
     "Error 5 means the cuff is leaking air."),
    ("de", "Fehler 5 bedeutet meistens, dass die Manschette Luft verliert.",
     "Fehler 5 heißt fast immer, dass die Manschette Luft verliert.",
     "Fehler 5 bedeutet, dass die Manschette Luft verliert."),
    ("fr", "L'erreur 5 signifie généralement que le brassard perd de l'air.",
     "L'erreur 5 signifie presque toujours que le brassard perd de l'air.",
     "L'erreur 5 signifie que le brassard perd de l'air."),
    ("es", "El error 5 normalmente significa que el manguito pierde aire.",
     "El error 5 casi siempre significa que el manguito pierde aire.",
     "El error 5 significa que el manguito pierde aire."),
    ("pt", "O erro 5 normalmente significa que a braçadeira perde ar.",
     "O erro 5 quase sempre significa que a braçadeira perde ar.",
     "O erro 5 significa que a braçadeira perde ar."),
]


@pytest.mark.parametrize("lang,draft,kept,dropped", [pytest.param(*c, id=c[0]) for c in CASES])
def test_nearly_always_keeps_usually(lang, draft, kept, dropped):
    assert labels(letter(lang, draft), letter(lang, kept), lang) == []
    assert "new_commitment:modality" in labels(letter(lang, draft), letter(lang, dropped), lang)
