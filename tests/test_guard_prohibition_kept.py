"""What the draft tells the customer not to do, allowed by the rewrite: "Please don't use the
heater until the technician has checked it" said as "You can keep using the heater while you
wait for the technician", "Feel free to use the heater…" or "Please use the heater…" passed
in all five languages, though it is often what is unsafe. The act right after a prohibition
(lang `forbids`) said again with a word of its clause, no negation in its own clause, as a
permission (lang `permissions`) or a bare imperative, is now a changed decision
(prohibitions.py). Said another way ("please leave the heater off", "wait … before using it",
"please keep the old charger" for "don't throw it away") it passes, and so do "don't worry"
and "don't hesitate to contact us" said as "you can relax", "feel free to contact us".

Sentences written for this rule, none taken from a corpus set. 12 of the 26 tests fail on main
(the prohibitions lifted); the rest passed there too."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

EN = "Please don't use the heater until the technician has checked it."
ES = "No use el calentador hasta que el técnico lo revise."
FR = "N'utilisez pas le radiateur avant le passage du technicien."
PT = "Não use o aquecedor até o técnico o verificar."
DE = "Bitte benutzen Sie das Heizgerät nicht, bis der Techniker es geprüft hat."
ALLOWED = [
    ("en", EN, "You can keep using the heater while you wait for the technician."),
    ("en", EN, "Feel free to use the heater until the technician has checked it."),
    ("en", EN, "Please use the heater until the technician has checked it."),
    ("en", "Please do not open the package before the courier arrives.",
     "Please open the package before the courier arrives."),
    ("en", "Do not wash the jacket in hot water.", "Wash the jacket in hot water."),
    ("es", ES, "Use el calentador hasta que el técnico lo revise."),
    ("es", "No lave la chaqueta con agua caliente.", "Lave la chaqueta con agua caliente."),
    ("fr", FR, "Vous pouvez continuer à utiliser le radiateur en attendant le technicien."),
    ("fr", "Merci de ne pas utiliser le radiateur avant le passage du technicien.",
     "Vous pouvez utiliser le radiateur avant le passage du technicien."),
    ("pt", PT, "Pode continuar a usar o aquecedor até o técnico o verificar."),
    ("de", DE, "Sie können das Heizgerät weiter benutzen, bis der Techniker es geprüft hat."),
    ("de", "Sie sollten das Heizgerät nicht benutzen, bis der Techniker da war.",
     "Sie können das Heizgerät ruhig benutzen, bis der Techniker da war."),
]
KEPT = [
    ("en", EN, "Until the technician has checked it, please leave the heater off."),
    ("en", EN, "Please wait until the technician has checked the heater before using it."),
    ("en", EN, "For your safety, the heater shouldn't be used until the technician has "
     "checked it."),
    ("en", EN, "Please avoid using the heater until the technician has checked it."),
    ("es", ES, "Por seguridad, espere a que el técnico revise el calentador antes de usarlo."),
    ("fr", FR, "Attendez le passage du technicien avant d'utiliser le radiateur."),
    ("pt", PT, "Espere que o técnico verifique o aquecedor antes de o usar."),
    ("de", DE, "Bitte warten Sie mit dem Heizgerät, bis der Techniker es geprüft hat."),
    ("en", "Don't hesitate to contact us if the heater acts up.",
     "Feel free to contact us if the heater acts up."),
    ("en", "Don't worry, we'll send a new charger today.",
     "You can relax: we'll send a new charger today."),
    ("de", "Machen Sie sich keine Sorgen, wir schicken heute ein neues Ladegerät.",
     "Sie können beruhigt sein: Wir schicken heute ein neues Ladegerät."),
    ("en", "Don't throw away the old charger; we'll collect it on Friday.",
     "Please keep the old charger, since we'll collect it on Friday."),
    ("es", "No tire el cargador viejo; lo recogemos el viernes.",
     "Guarde el cargador viejo, por favor: lo recogemos el viernes."),
    ("fr", "Ne jetez pas l'ancien chargeur : nous le récupérons vendredi.",
     "Gardez l'ancien chargeur, nous le récupérons vendredi."),
]


@pytest.mark.parametrize("lang,draft,rewrite", ALLOWED)
def test_a_prohibition_lifted_is_caught(lang: str, draft: str, rewrite: str) -> None:
    assert "decision_changed:prohibition" in labels(draft, rewrite, lang)


@pytest.mark.parametrize("lang,draft,rewrite", KEPT)
def test_a_prohibition_said_another_way_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []
