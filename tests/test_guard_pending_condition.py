"""A condition said as "pending": "Pending approval from our warranty team, we'll replace the
blender" said as "We'll replace the blender" passed, and so did "pendiente de la aprobación",
"en attente de la validation", "pendente de aprovação", "vorbehaltlich der Freigabe": none was
read as a condition. Opening a clause (or, in German, anywhere), each is now a condition (lang
`condition_patterns`). Said another way ("once our warranty team approves it", "subject to a
final review") it passes; a state ("your refund is pending review") is no condition.

Sentences written for this rule, none taken from a corpus set. 5 of the 13 tests fail on main
(the conditions dropped); the rest passed there too."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

TAIL = {"en": " Thank you for bearing with us while the blender is checked.",
        "es": " Gracias por su paciencia mientras revisamos la batidora.",
        "fr": " Merci de votre patience pendant que nous vérifions le mixeur.",
        "pt": " Obrigado pela sua paciência enquanto verificamos a liquidificadora.",
        "de": " Danke für Ihre Geduld, während wir den Mixer prüfen."}
DROPPED = [
    ("en", "Pending approval from our warranty team, we'll replace the blender.",
     "We'll replace the blender."),
    ("en", "We'll replace the blender, pending a final review by our warranty team.",
     "We'll replace the blender."),
    ("es", "Cambiaremos la batidora, pendiente de la aprobación del equipo de garantías.",
     "Cambiaremos la batidora."),
    ("fr", "En attente de la validation de notre service garantie, nous remplacerons le mixeur.",
     "Nous remplacerons le mixeur."),
    ("pt", "Pendente de aprovação da equipa de garantias, vamos trocar a liquidificadora.",
     "Vamos trocar a liquidificadora."),
    ("de", "Vorbehaltlich der Freigabe durch unser Garantieteam ersetzen wir den Mixer.",
     "Wir ersetzen den Mixer."),
]
KEPT = [
    ("en", "Pending approval from our warranty team, we'll replace the blender.",
     "Once our warranty team approves it, we'll replace the blender."),
    ("en", "We'll replace the blender, pending a final review by our warranty team.",
     "Subject to a final review by our warranty team, we'll replace the blender."),
    ("es", "Cambiaremos la batidora, pendiente de la aprobación del equipo de garantías.",
     "Cuando el equipo de garantías lo apruebe, cambiaremos la batidora."),
    ("fr", "En attente de la validation de notre service garantie, nous remplacerons le mixeur.",
     "Dès que notre service garantie aura validé, nous remplacerons le mixeur."),
    ("pt", "Pendente de aprovação da equipa de garantias, vamos trocar a liquidificadora.",
     "Assim que a equipa de garantias aprovar, vamos trocar a liquidificadora."),
    ("de", "Vorbehaltlich der Freigabe durch unser Garantieteam ersetzen wir den Mixer.",
     "Sobald unser Garantieteam zustimmt, ersetzen wir den Mixer."),
    ("en", "Your refund is pending review and we'll email you this week.",
     "Your refund is waiting for review, and we'll email you this week."),
]


@pytest.mark.parametrize("lang,draft,rewrite", DROPPED)
def test_a_pending_condition_dropped_is_caught(lang: str, draft: str, rewrite: str) -> None:
    assert new_commitment(labels(draft + TAIL[lang], rewrite + TAIL[lang], lang))


@pytest.mark.parametrize("lang,draft,rewrite", KEPT)
def test_the_condition_said_another_way_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []
