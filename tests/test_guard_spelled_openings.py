"""A sentence does not open with digits: a reply that opens one with the customer's own number
spells it ("Twelve days without the bike…" for their "12 days", "Vingt-deux personnes…" for
their "22", "Dix-huit convives", "Treinta y dos alumnos", "Vinte e dois convidados"). That is
their number said back, no new one. Spelled as another number, or opening a clause that
promises ("Twelve days of credit will be added"), it is still a new number. Every case is
written for this file, in five languages."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

CASES = [
    ("en", "The bike has been at your workshop for 12 days and nobody answers my emails.",
     "Your bike is ready and can be collected on Monday.",
     "Twelve days without the bike and no answer is too long. Your bike is ready and can be "
     "collected on Monday.",
     "Twenty emails without an answer is too long. Your bike is ready and can be "
     "collected on Monday.",
     "Twelve days of credit will be added to your account. Your bike is ready and can be "
     "collected on Monday."),
    ("fr", "Nous avions réservé pour 22 personnes et la comédienne a été remplacée.",
     "Vous pouvez échanger les billets pour une autre date sans frais.",
     "Vingt-deux personnes qui venaient pour elle, je comprends la déception. Vous pouvez "
     "échanger les billets pour une autre date sans frais.",
     "Vingt-cinq personnes qui venaient pour elle, je comprends la déception. Vous pouvez "
     "échanger les billets pour une autre date sans frais.",
     "Vingt-deux places vous seront offertes pour la prochaine date. Vous pouvez échanger "
     "les billets pour une autre date sans frais."),
    ("es", "Somos 32 alumnos y el autobús no llegó.",
     "Le devolvemos el importe del traslado a la tarjeta.",
     "Treinta y dos alumnos esperando en la puerta, lo entiendo. Le devolvemos el importe "
     "del traslado a la tarjeta.",
     "Treinta y cinco alumnos esperando en la puerta, lo entiendo. Le devolvemos el importe "
     "del traslado a la tarjeta.",
     "Treinta y dos entradas gratis le enviaremos para la próxima visita. Le devolvemos el "
     "importe del traslado a la tarjeta."),
    ("pt", "Éramos 22 convidados e o bolo chegou partido.",
     "Enviamos um vale de desconto para a próxima encomenda.",
     "Vinte e dois convidados à espera do bolo, compreendo bem. Enviamos um vale de desconto "
     "para a próxima encomenda.",
     "Vinte e cinco convidados à espera do bolo, compreendo bem. Enviamos um vale de "
     "desconto para a próxima encomenda.",
     "Vinte e dois bolos vamos oferecer na próxima festa. Enviamos um vale de desconto para "
     "a próxima encomenda."),
    ("de", "Wir haben 3 Mal angerufen und niemand hat zurückgerufen.",
     "Der Techniker kommt am Montag vorbei.",
     "Drei Anrufe ohne Rückruf, das ärgert mich selbst. Der Techniker kommt am Montag vorbei.",
     "Vier Anrufe ohne Rückruf, das ärgert mich selbst. Der Techniker kommt am Montag vorbei.",
     "Drei Monate schenken wir Ihnen dafür. Der Techniker kommt am Montag vorbei."),
]


@pytest.mark.parametrize("lang,customer,draft,theirs,other,promised", CASES)
def test_their_number_spelled_at_a_sentence_start(lang, customer, draft, theirs, other,
                                                  promised):
    assert "new_fact" not in labels(draft, theirs, lang, customer)
    assert "new_fact" in labels(draft, other, lang, customer)
    assert labels(draft, promised, lang, customer) != []
