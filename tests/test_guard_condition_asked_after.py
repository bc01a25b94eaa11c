"""A condition on the customer's own step, said in the rewrite only as a request after the
promise, no longer holds the promise back: "If you confirm the address by Friday, the courier
will collect the sofa on Monday" → "The courier will collect the sofa on Monday. Please confirm
the address by Friday." makes the collection outright and merely asks for the step
(`conditions._asked_after`). The step said first ("Confirm the address by Friday, and…",
"Please confirm… The courier will then…"), kept as a condition, said as what is required
("you just need to…", "Dafür brauchen wir…") or as a purpose ("To get it replaced, send…")
still passes.

Every sentence written for this file, none taken from a corpus set. On main, the 17 tests of
`test_a_request_after_the_promise_drops_its_condition` fail: 11 of those rewrites pass the guard
outright, 6 (the kettle's, in en, fr, de) are caught only as a new replacement, not for the
condition. The faithful ones pass on main and here."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

SOFA = {
    "en": "If you confirm the address by Friday, the courier will collect the sofa on Monday.",
    "fr": "Si vous confirmez l'adresse avant vendredi, le transporteur récupérera le canapé "
          "lundi.",
    "es": "Si confirma la dirección antes del viernes, el transportista recogerá el sofá el "
          "lunes.",
    "pt": "Se confirmar a morada até sexta-feira, a transportadora recolhe o sofá na "
          "segunda-feira.",
    "de": "Wenn Sie die Adresse bis Freitag bestätigen, holt der Kurier das Sofa am Montag ab.",
}
KETTLE = {
    "en": "If you send us a photo of the label, we'll replace the kettle.",
    "fr": "Si vous nous envoyez une photo de l'étiquette, nous remplacerons la bouilloire.",
    "es": "Si nos envía una foto de la etiqueta, le cambiaremos el hervidor.",
    "pt": "Se nos enviar uma foto da etiqueta, trocamos a chaleira.",
    "de": "Wenn Sie uns ein Foto des Etiketts schicken, ersetzen wir den Wasserkocher.",
}

ASKED_AFTER = [
    ("en", SOFA, "The courier will collect the sofa on Monday. Please confirm the address by "
                 "Friday."),
    ("en", SOFA, "The courier will collect the sofa on Monday. Confirm the address by Friday."),
    ("en", KETTLE, "We'll replace the kettle. Send us a photo of the label when you can."),
    ("en", KETTLE, "I'll replace the kettle. You can also send us a photo of the label."),
    ("fr", SOFA, "Le transporteur récupérera le canapé lundi. Confirmez l'adresse avant "
                 "vendredi."),
    ("fr", KETTLE, "Nous remplacerons la bouilloire. Envoyez-nous une photo de l'étiquette."),
    ("es", SOFA, "El transportista recogerá el sofá el lunes. Confirme la dirección antes del "
                 "viernes."),
    ("es", SOFA, "El transportista recogerá el sofá el lunes. Por favor, confirme la dirección "
                 "antes del viernes."),
    ("es", KETTLE, "Le cambiaremos el hervidor. Envíenos una foto de la etiqueta."),
    ("pt", SOFA, "A transportadora recolhe o sofá na segunda-feira. Confirme a morada até "
                 "sexta-feira."),
    ("pt", SOFA, "A transportadora recolhe o sofá na segunda-feira. Por favor, confirme a "
                 "morada até sexta-feira."),
    ("pt", KETTLE, "Trocamos a chaleira. Envie-nos uma foto da etiqueta."),
    ("de", SOFA, "Der Kurier holt das Sofa am Montag ab. Bitte bestätigen Sie die Adresse bis "
                 "Freitag."),
    ("de", SOFA, "Der Kurier holt das Sofa am Montag ab. Bestätigen Sie die Adresse bis "
                 "Freitag."),
    ("de", KETTLE, "Wir ersetzen den Wasserkocher. Schicken Sie uns ein Foto des Etiketts."),
    ("de", KETTLE, "Wir ersetzen den Wasserkocher. Sie können uns später noch ein Foto des "
                   "Etiketts schicken."),
    ("en", KETTLE, "We'll replace the kettle. Please send us a photo of the label."),
]

STEP_FIRST_OR_TIED = [
    ("en", SOFA, "Confirm the address by Friday and the courier will collect the sofa on "
                 "Monday."),
    ("en", SOFA, "The courier will collect the sofa on Monday, as long as you confirm the "
                 "address by Friday."),
    ("en", SOFA, "Please confirm the address by Friday. The courier will then collect the sofa "
                 "on Monday."),
    ("en", SOFA, "For the courier to collect the sofa on Monday, you just need to confirm the "
                 "address by Friday."),
    ("en", KETTLE, "We'll replace the kettle once you send us a photo of the label."),
    ("en", KETTLE, "Once I have a photo of the label, I'll replace the kettle."),
    ("en", KETTLE, "To get the kettle replaced, send us a photo of the label."),
    ("en", KETTLE, "We can replace the kettle. For that, we need a photo of the label."),
    ("en", KETTLE, "Please send us a photo of the label. We'll replace the kettle as soon as it "
                   "arrives."),
    ("fr", SOFA, "Confirmez l'adresse avant vendredi et le transporteur récupérera le canapé "
                 "lundi."),
    ("fr", SOFA, "Le transporteur récupérera le canapé lundi, à condition que vous confirmiez "
                 "l'adresse avant vendredi."),
    ("fr", KETTLE, "Nous remplacerons la bouilloire dès que vous nous aurez envoyé une photo "
                   "de l'étiquette."),
    ("fr", KETTLE, "Nous pouvons remplacer la bouilloire. Pour cela, il nous faut une photo de "
                   "l'étiquette."),
    ("es", SOFA, "Confirme la dirección antes del viernes y el transportista recogerá el sofá "
                 "el lunes."),
    ("es", SOFA, "El transportista recogerá el sofá el lunes, siempre que confirme la "
                 "dirección antes del viernes."),
    ("es", KETTLE, "Envíenos una foto de la etiqueta. Luego le cambiaremos el hervidor."),
    ("es", KETTLE, "Podemos cambiarle el hervidor. Para ello necesitamos una foto de la "
                   "etiqueta."),
    ("pt", SOFA, "Confirme a morada até sexta-feira e a transportadora recolhe o sofá na "
                 "segunda-feira."),
    ("pt", SOFA, "A transportadora recolhe o sofá na segunda-feira, desde que confirme a morada "
                 "até sexta-feira."),
    ("pt", KETTLE, "Envie-nos uma foto da etiqueta. Depois disso, trocamos a chaleira."),
    ("pt", KETTLE, "Para trocarmos a chaleira, envie-nos uma foto da etiqueta."),
    ("de", SOFA, "Bestätigen Sie die Adresse bis Freitag, dann holt der Kurier das Sofa am "
                 "Montag ab."),
    ("de", SOFA, "Der Kurier holt das Sofa am Montag ab, sofern Sie die Adresse bis Freitag "
                 "bestätigen."),
    ("de", KETTLE, "Wir ersetzen den Wasserkocher, sobald wir ein Foto des Etiketts haben."),
    ("de", KETTLE, "Wir können den Wasserkocher ersetzen. Dafür brauchen wir ein Foto des "
                   "Etiketts."),
]


NOTES_ES = "Si vuelves a entrar con tu contraseña, deberían aparecer tus notas."


def test_a_request_going_on_to_what_it_brings_passes() -> None:
    """The request after is tied by "y" to what the step brings (`_instructed`)."""
    assert labels(NOTES_ES, "Tus notas no se han perdido. Vuelve a entrar con tu contraseña y "
                            "deberían aparecer.", "es") == []


@pytest.mark.parametrize("lang,draft,rewrite", ASKED_AFTER)
def test_a_request_after_the_promise_drops_its_condition(lang: str, draft: dict[str, str],
                                                         rewrite: str) -> None:
    assert "new_commitment:condition" in labels(draft[lang], rewrite, lang)


@pytest.mark.parametrize("lang,draft,rewrite", STEP_FIRST_OR_TIED)
def test_the_step_said_first_or_tied_to_the_promise_passes(lang: str, draft: dict[str, str],
                                                           rewrite: str) -> None:
    assert labels(draft[lang], rewrite, lang) == []
