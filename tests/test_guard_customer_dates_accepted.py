"""The customer's own date taken up as ours without a verb of bringing: a delivery named bare
as a heading with their date ("Delivery on Saturday 21 January.", "Lieferung am Samstag, 21.
Januar.") is the reply's plan, and their date said to suit us ("Saturday 21 January works for
us", "Der Samstag, 21. Januar klappt", "el sábado 21 de enero nos va bien") agrees to it: each
is a promise of their date, as "we deliver on …" already was. Whether it suits (still open),
or the delivery named with an article as what they asked for, only describes.

Each unsafe form is caught as a promise of their fact; its faithful neighbour passes clean.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import eval_codes

PROMISED = "new_commitment:customer_fact"

ASKED = {
    "en": ("Could you bring the sofa on Saturday 21 January? I'm away on the other days.",
           "We will call you next week to agree a delivery day."),
    "de": ("Können Sie das Sofa am Samstag, 21. Januar bringen? An den anderen Tagen bin ich "
           "weg.", "Wir rufen Sie nächste Woche an, um einen Liefertag zu vereinbaren."),
    "es": ("¿Pueden traer el sofá el sábado 21 de enero? Los demás días no estoy.",
           "Le llamaremos la semana que viene para acordar el día de entrega."),
    "fr": ("Pouvez-vous livrer le canapé le samedi 21 janvier ? Les autres jours je suis "
           "absente.", "Nous vous appellerons la semaine prochaine pour convenir d'un jour de "
           "livraison."),
    "pt": ("Podem entregar o sofá no sábado, 21 de janeiro? Nos outros dias estou fora.",
           "Vamos ligar-lhe na próxima semana para combinar o dia da entrega."),
}

CASES = [
    ("en", "Delivery on Saturday 21 January.",
     "The delivery on Saturday 21 January is what you asked for."),
    ("en", "Saturday 21 January works for us.",
     "We are checking whether Saturday 21 January works for us."),
    ("de", "Lieferung am Samstag, 21. Januar.",
     "Wir prüfen gerade, ob der Samstag, 21. Januar klappt."),
    ("de", "Der Samstag, 21. Januar klappt.",
     "Wir prüfen gerade, ob der Samstag, 21. Januar klappt."),
    ("es", "Entrega el sábado 21 de enero.",
     "Estamos mirando si el sábado 21 de enero nos va bien."),
    ("es", "El sábado 21 de enero nos va bien.",
     "Estamos mirando si el sábado 21 de enero nos va bien."),
    ("fr", "Livraison le samedi 21 janvier.",
     "La livraison le samedi 21 janvier, c'est ce que vous demandez."),
    ("fr", "Le samedi 21 janvier nous convient.",
     "Reste à savoir si le samedi 21 janvier nous convient."),
    ("pt", "Entrega no sábado, 21 de janeiro.",
     "A entrega no sábado, 21 de janeiro, foi o que pediu."),
    ("pt", "O sábado, 21 de janeiro serve-nos.",
     "Estamos a ver se o sábado, 21 de janeiro nos serve."),
]


@pytest.mark.parametrize("lang, unsafe, faithful", CASES)
def test_their_date_taken_up_is_a_promise(lang, unsafe, faithful):
    customer, draft = ASKED[lang]
    assert PROMISED in eval_codes(draft, f"{draft} {unsafe}", customer, lang)
    assert eval_codes(draft, f"{draft} {faithful}", customer, lang) == set()
