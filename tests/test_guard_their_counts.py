"""A number the customer wrote in digits ("3 payments", "6 couverts") said back as a word in what
happened to them ("you've been charged three times", "la réservation était pour six couverts")
is their number quoted back, not a new fact; the same word in what we do or will do ("will stay
free for three months", "ships today in three boxes") is still a number the draft does not
have. Every case is written for this file, in five languages."""

from __future__ import annotations

import pytest

from tests.masked_guard import verdict


@pytest.mark.parametrize("lang,customer,draft,quoted,ahead", [
    ("en", "I cancelled in March and you've still taken 3 payments since then.",
     "Your cancellation was not completed because the form was not confirmed. I have "
     "cancelled the membership today.",
     "You've been charged three times since March, which is frustrating. Your cancellation "
     "was not completed because the form was not confirmed; I have cancelled the membership "
     "today.",
     "Your cancellation was not completed because the form was not confirmed. I have "
     "cancelled the membership today, and the app will stay free for three months."),
    ("de", "Ich habe Ihnen schon 5 Mails wegen der defekten Pumpe geschrieben.",
     "Die Ersatzpumpe ist bestellt und wird nächste Woche geliefert.",
     "Sie haben uns fünf Nachrichten geschrieben, das tut mir leid. Die Ersatzpumpe ist "
     "bestellt und wird nächste Woche geliefert.",
     "Die Ersatzpumpe ist bestellt und wird nächste Woche geliefert. Wir werden Ihnen fünf "
     "Filter dazulegen."),
    ("es", "Somos 4 en casa y llevamos sin agua caliente desde el lunes.",
     "El técnico ha pedido la pieza y la instala en cuanto llegue.",
     "Estuvieron cuatro personas sin agua caliente desde el lunes, lo siento. El técnico ha "
     "pedido la pieza y la instala en cuanto llegue.",
     "El técnico ha pedido la pieza y la instala en cuanto llegue; le descontaremos cuatro "
     "semanas de la cuota."),
    ("fr", "Nous serons 8 à table et la réservation indique 6 couverts.",
     "La réservation est bien modifiée pour votre groupe. La salle du fond est libre à 20 h.",
     "La réservation était pour six couverts. Elle est bien modifiée pour votre groupe, et "
     "la salle du fond est libre à 20 h.",
     "La réservation est bien modifiée, et les huit convives auront le menu offert. La salle "
     "du fond est libre à 20 h."),
    ("pt", "Já liguei 4 vezes e ninguém resolve o problema da fatura.",
     "A fatura foi corrigida e o valor certo aparece na próxima cobrança.",
     "Foram quatro chamadas sem solução, peço desculpa. A fatura foi corrigida e o valor "
     "certo aparece na próxima cobrança.",
     "A fatura foi corrigida e vai receber quatro meses de desconto na próxima cobrança."),
])
def test_the_customers_number_said_as_a_word(lang, customer, draft, quoted, ahead):
    assert verdict(draft, quoted, customer, lang) == {}
    assert "new_fact" in verdict(draft, ahead, customer, lang)


def test_a_number_word_the_customer_never_gave_is_still_new():
    customer = "You've taken 3 payments since I cancelled."
    draft = "I have cancelled the membership today."
    said = verdict(draft, "I have cancelled the membership today, five days late.", customer)
    assert "new_fact" in said
