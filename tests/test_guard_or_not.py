"""A condition said to hold "or not": "You can return the jacket within 30 days if the tags are
still attached" said as "…within 30 days, tags attached or not" ("tenga o no las etiquetas",
"étiquettes attachées ou non") passed. "Or not" after
the condition's own words is now read as "regardless" (lang `regardless`). The condition kept
still passes, and so does a question put to the customer with "or not".

Sentences written for this rule, none taken from a corpus set. 3 of the 8 tests fail on main
(the conditions dropped but the German one, caught there already); the rest passed there too."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

EN = "You can return the jacket within 30 days if the tags are still attached."
ES = "Puede devolver la chaqueta en 30 días si conserva las etiquetas."
EITHER_WAY = [
    ("en", EN, "You can return the jacket within 30 days, tags attached or not."),
    ("es", ES, "Puede devolver la chaqueta en 30 días, tenga o no las etiquetas."),
    ("fr", "Vous pouvez retourner la veste sous 30 jours si les étiquettes sont encore "
     "attachées.", "Vous pouvez retourner la veste sous 30 jours, étiquettes attachées ou non."),
    ("de", "Sie können die Jacke innerhalb von 30 Tagen zurückgeben, wenn die Etiketten noch "
     "dran sind.", "Sie können die Jacke innerhalb von 30 Tagen zurückgeben, ob die Etiketten "
     "dran sind oder nicht."),
]
KEPT = [
    ("en", EN, "If the tags are still attached, you can return the jacket within 30 days."),
    ("es", ES, "Si conserva las etiquetas, puede devolver la chaqueta en 30 días."),
    ("es", "Dígame si la nueva talla le queda bien; si no, se la cambiamos.",
     "Dígame si la nueva talla le queda bien o no; si no le queda, se la cambiamos."),
    ("pt", "Diga-me se o novo tamanho serve; se não servir, trocamos.",
     "Diga-me se o novo tamanho serve ou não; se não servir, trocamos."),
]


@pytest.mark.parametrize("lang,draft,rewrite", EITHER_WAY)
def test_or_not_drops_the_condition(lang: str, draft: str, rewrite: str) -> None:
    assert new_commitment(labels(draft, rewrite, lang), "condition")


@pytest.mark.parametrize("lang,draft,rewrite", KEPT)
def test_the_condition_kept_or_a_question_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []
