"""Stop 53 reading (guard/commitments.py `_urged`): a word of no delay ("immediately", "dès
maintenant", "sofort", "de inmediato", "imediatamente") that hurries the customer's own step —
a request or instruction to them ("please see a doctor immediately", "coupez dès maintenant
l'alimentation", "gehen Sie bitte sofort zur Ärztin") or advice ("le aconsejo llamar de
inmediato", "recomendamos que ligue imediatamente") — times what they do, not anything we do:
no deadline of ours. Still a deadline of ours: the same word on our act, in its own clause
("…; we'll send a nurse immediately", "und wir schicken sofort einen Techniker"), or on what
the customer may do ("you can collect it right away": how soon our part is ready).

Every case is written for this file (none comes from a corpus set), both ways.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

DEADLINE = "new_commitment:deadline"


@pytest.mark.parametrize("lang,draft,hurried,ours", [
    ("en", "If the rash spreads, see a doctor.",
     "If the rash spreads, please see a doctor immediately.",
     "If the rash spreads, please see a doctor, and we will send a nurse immediately."),
    ("fr", "Pour votre sécurité : coupez l'alimentation électrique du sous-sol.",
     "Pour votre sécurité : coupez dès maintenant l'alimentation électrique du sous-sol.",
     "Coupez l'alimentation électrique du sous-sol ; nous envoyons un technicien "
     "immédiatement."),
    ("de", "Wenn sich der Ausschlag ausbreitet, gehen Sie zur Ärztin.",
     "Wenn sich der Ausschlag ausbreitet, gehen Sie bitte sofort zur Ärztin.",
     "Wenn sich der Ausschlag ausbreitet, gehen Sie zur Ärztin und wir schicken sofort "
     "eine Pflegerin."),
    ("es", "Si el olor sigue, llame al 112.",
     "Si el olor sigue, le aconsejo llamar de inmediato al 112.",
     "Si el olor sigue, le aconsejo llamar al 112; enviaremos un técnico de inmediato."),
    ("pt", "Se o cheiro continuar, ligue para o 112.",
     "Se o cheiro continuar, recomendamos que ligue imediatamente para o 112.",
     "Se o cheiro continuar, ligue para o 112 e nós enviamos um técnico imediatamente."),
])
def test_their_step_hurried_is_no_deadline_of_ours(lang: str, draft: str, hurried: str,
                                                   ours: str) -> None:
    assert DEADLINE not in labels(draft, hurried, lang)
    assert DEADLINE in labels(draft, ours, lang)


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("en", "You can collect it on Friday.", "You can collect it right away."),
    ("fr", "Vous pouvez passer vendredi.", "Vous pouvez passer tout de suite."),
    ("de", "Sie können es am Freitag abholen.", "Sie können es sofort abholen."),
])
def test_what_they_may_do_right_away_is_still_ours(lang: str, draft: str,
                                                   rewrite: str) -> None:
    assert DEADLINE in labels(draft, rewrite, lang)
