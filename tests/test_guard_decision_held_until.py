"""A refusal held until an event, said again as the act waiting for it, keeps the decision.

"We can't send the replacement before the old unit arrives" is kept by "we'll send the
replacement only once the old unit is here", "ne peut partir qu'une fois l'ancien reçu",
"erst, wenn das alte Gerät da ist", or "I need the old unit first, before the replacement
goes out": the act still waits for the same event. Sending it at once, or waiting for another
event ("only once you've paid"), is still caught. Every case is written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

DRAFTS = {
    "en": "We can't send the replacement before the old unit arrives.",
    "es": "No podemos enviar el reemplazo antes de recibir la unidad vieja.",
    "fr": "Nous ne pouvons pas envoyer le remplacement avant d'avoir reçu l'ancien appareil.",
    "pt": "Não podemos enviar a substituição antes de receber o aparelho antigo.",
    "de": "Den Ersatz können wir nicht schicken, bevor das alte Gerät bei uns ist.",
}

WAITING = [
    ("en", "We'll send the replacement only once the old unit is here."),
    ("en", "I need the old unit back first, before the replacement goes out."),
    ("es", "Enviaremos el reemplazo solo cuando recibamos la unidad vieja."),
    ("fr", "Le remplacement ne peut partir qu'une fois l'ancien appareil reçu."),
    ("fr", "Je dois d'abord recevoir l'ancien appareil avant d'envoyer le remplacement."),
    ("pt", "Enviamos a substituição só depois de receber o aparelho antigo."),
    ("de", "Den Ersatz schicken wir erst, wenn das alte Gerät bei uns ist."),
    ("de", "Den Ersatz schicken wir erst nach Eingang des alten Geräts."),
]


@pytest.mark.parametrize("lang,rewrite", WAITING)
def test_a_held_refusal_said_as_waiting_passes(lang: str, rewrite: str):
    assert "decision_changed" not in labels(DRAFTS[lang], rewrite, lang)


NOT_WAITING = [
    ("en", "We'll send the replacement right away; please return the old unit."),
    ("en", "We'll send the replacement only once you've paid the fee."),
    ("es", "Le enviamos el reemplazo ya; devuélvanos la unidad vieja."),
    ("fr", "Nous envoyons le remplacement tout de suite ; renvoyez l'ancien appareil."),
    ("pt", "Enviamos a substituição já; devolva o aparelho antigo."),
    ("de", "Den Ersatz schicken wir sofort; bitte senden Sie das alte Gerät zurück."),
]


@pytest.mark.parametrize("lang,rewrite", NOT_WAITING)
def test_a_held_refusal_dropped_is_caught(lang: str, rewrite: str):
    assert "decision_changed" in labels(DRAFTS[lang], rewrite, lang)
