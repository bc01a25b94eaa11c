"""A condition opening its sentence that takes up the one before ("If so, the pump should
arrive on Monday", "Si es así, debería llegar el lunes", "Falls ja, beginnen wir am Montag",
"Si oui", "Se sim") names nothing of its own: on a plan or a forecast, as on a promise, it is
kept only by a condition or by the word that goes on from the sentence before ("then", "dann",
"alors"), never by what it conditions said again (guard/conditions.py `_conditioned_on`,
`_resumed`). Written for this rule (none comes from a corpus set)."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

CHECKED = {
    "en": "Hi Nora, thanks for checking the parcel. If so, the new pump should reach you on "
          "Monday. Best, Sam",
    "es": "Hola Nora, gracias por revisar el paquete. Si es así, la bomba nueva debería "
          "llegarte el lunes. Saludos, Samuel",
    "de": "Hallo Nora, danke fürs Nachsehen. Falls ja, beginnen wir am Montag mit dem Einbau. "
          "Viele Grüße, Sam",
    "fr": "Bonjour Nora, merci d'avoir vérifié. Si oui, la nouvelle pompe devrait arriver "
          "lundi. Bien à vous, Sam",
    "pt": "Olá Nora, obrigado por verificar. Se sim, a bomba nova deve chegar na segunda-feira. "
          "Abraço, Sam",
}
GATE = {
    "en": "Hi Nora, the courier may not find the gate. If so, we'll deliver again on Monday. "
          "Best, Sam",
    "es": "Hola Nora, puede que el repartidor no encuentre la puerta. Si es así, volveremos a "
          "entregarlo el lunes. Saludos, Samuel",
    "de": "Hallo Nora, der Bote findet das Tor vielleicht nicht. Falls ja, liefern wir am "
          "Montag erneut. Viele Grüße, Sam",
    "fr": "Bonjour Nora, le livreur pourrait ne pas trouver le portail. Si oui, nous livrerons "
          "de nouveau lundi. Bien à vous, Sam",
    "pt": "Olá Nora, o estafeta pode não encontrar o portão. Se sim, voltamos a entregar na "
          "segunda-feira. Abraço, Sam",
}


@pytest.mark.parametrize(("lang", "draft", "rewrite"), [
    ("en", CHECKED["en"], "Hi Nora, thanks for checking the parcel. If that's the case, the "
                          "new pump should reach you on Monday. Best, Sam"),
    ("en", CHECKED["en"], "Hi Nora, thanks for checking the parcel. The new pump should reach "
                          "you on Monday if so. Best, Sam"),
    ("es", CHECKED["es"], "Hola Nora, gracias por revisar el paquete. Si es el caso, la bomba "
                          "nueva debería llegarte el lunes. Saludos, Samuel"),
    ("de", CHECKED["de"], "Hallo Nora, danke fürs Nachsehen. Wenn ja, beginnen wir am Montag "
                          "mit dem Einbau. Viele Grüße, Sam"),
    ("fr", CHECKED["fr"], "Bonjour Nora, merci d'avoir vérifié. Si c'est le cas, la nouvelle "
                          "pompe devrait arriver lundi. Bien à vous, Sam"),
    ("pt", CHECKED["pt"], "Olá Nora, obrigado por verificar. Se for o caso, a bomba nova deve "
                          "chegar na segunda-feira. Abraço, Sam"),
    ("en", GATE["en"], "Hi Nora, the courier may not find the gate. Then we'll deliver again "
                       "on Monday. Best, Sam"),
    ("es", GATE["es"], "Hola Nora, puede que el repartidor no encuentre la puerta. Si pasa "
                       "eso, volveremos a entregarlo el lunes. Saludos, Samuel"),
    ("de", GATE["de"], "Hallo Nora, der Bote findet das Tor vielleicht nicht. Dann liefern wir "
                       "am Montag erneut. Viele Grüße, Sam"),
    ("fr", GATE["fr"], "Bonjour Nora, le livreur pourrait ne pas trouver le portail. Alors "
                       "nous livrerons de nouveau lundi. Bien à vous, Sam"),
    ("pt", GATE["pt"], "Olá Nora, o estafeta pode não encontrar o portão. Se isso acontecer, "
                       "voltamos a entregar na segunda-feira. Abraço, Sam"),
])
def test_a_condition_taking_up_the_sentence_before_said_again_passes_clean(lang, draft,
                                                                          rewrite):
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize(("lang", "draft", "rewrite"), [
    ("en", CHECKED["en"], "Hi Nora, thanks for checking the parcel. The new pump should reach "
                          "you on Monday. Best, Sam"),
    ("es", CHECKED["es"], "Hola Nora, gracias por revisar el paquete. La bomba nueva debería "
                          "llegarte el lunes. Saludos, Samuel"),
    ("de", CHECKED["de"], "Hallo Nora, danke fürs Nachsehen. Wir beginnen am Montag mit dem "
                          "Einbau. Viele Grüße, Sam"),
    ("fr", CHECKED["fr"], "Bonjour Nora, merci d'avoir vérifié. La nouvelle pompe devrait "
                          "arriver lundi. Bien à vous, Sam"),
    ("pt", CHECKED["pt"], "Olá Nora, obrigado por verificar. A bomba nova deve chegar na "
                          "segunda-feira. Abraço, Sam"),
    ("en", GATE["en"], "Hi Nora, the courier may not find the gate. We'll deliver again on "
                       "Monday. Best, Sam"),
    ("es", GATE["es"], "Hola Nora, puede que el repartidor no encuentre la puerta. Volveremos "
                       "a entregarlo el lunes. Saludos, Samuel"),
    ("de", GATE["de"], "Hallo Nora, der Bote findet das Tor vielleicht nicht. Wir liefern am "
                       "Montag erneut. Viele Grüße, Sam"),
    ("fr", GATE["fr"], "Bonjour Nora, le livreur pourrait ne pas trouver le portail. Nous "
                       "livrerons de nouveau lundi. Bien à vous, Sam"),
    ("pt", GATE["pt"], "Olá Nora, o estafeta pode não encontrar o portão. Voltamos a entregar "
                       "na segunda-feira. Abraço, Sam"),
])
def test_a_condition_taking_up_the_sentence_before_dropped_is_caught(lang, draft, rewrite):
    assert "new_commitment:condition" in labels(draft, rewrite, lang)


@pytest.mark.parametrize(("lang", "draft", "rewrite"), [
    # Turned round ("if not", "falls nicht") it is said as "otherwise", which counts as no
    # condition: that reading is left as it was.
    ("en", "Hi Nora, is the pump in stock? If not, we'll order it today. Best, Sam",
     "Hi Nora, is the pump in stock? Otherwise we'll order it today. Best, Sam"),
    # Inside its sentence, a short condition ("s'il est sec") still names what it is on.
    ("fr", "Bonjour Nora, le camion peut passer s'il est sec. Bien à vous, Sam",
     "Bonjour Nora, le camion peut passer uniquement s'il est sec. Bien à vous, Sam"),
])
def test_a_condition_turned_round_or_inside_its_sentence_reads_as_before(lang, draft, rewrite):
    assert labels(draft, rewrite, lang) == []
