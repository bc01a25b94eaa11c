"""A refusal of an act at a time ("the technician can't come tonight", "no podemos enviarlo
hoy") is a decision: a rewrite that now does the act at that very time, or makes an exception
of ours, has reversed it, though every word of the time is the draft's own. The refusal said
again, or the time refused and another one offered, keeps it."""

from __future__ import annotations

import pytest

from tests.masked_guard import eval_codes

CHANGED = "decision_changed"

# (lang, draft, faithful restatements, the refusal turned into a promise at the same time)
TONIGHT = [
    ("en", "Thank you for the photos. Our technician can't come tonight; the first free slot is "
     "tomorrow morning between 8 and 10.",
     ["Thank you for the photos. Tonight isn't possible, I'm afraid: the first free slot is "
      "tomorrow morning between 8 and 10.",
      "Thank you for the photos. We can't send a technician tonight. The first free slot is "
      "tomorrow morning between 8 and 10."],
     ["Thank you for the photos. I'll send a technician tonight; the first free slot is "
      "tomorrow morning between 8 and 10.",
      "Thank you for the photos. We can come tonight; the first free slot is tomorrow "
      "morning between 8 and 10."]),
    ("es", "Gracias por las fotos. No podemos enviar al técnico hoy; el primer hueco libre es "
     "mañana entre las 8 y las 10.",
     ["Gracias por las fotos. Hoy no podemos mandarle al técnico: el primer hueco libre es "
      "mañana entre las 8 y las 10.",
      "Gracias por las fotos. Lamentablemente, hoy no es posible enviar al técnico. El primer "
      "hueco libre es mañana entre las 8 y las 10."],
     ["Gracias por las fotos. Le enviamos al técnico hoy; el primer hueco libre es mañana "
      "entre las 8 y las 10.",
      "Gracias por las fotos. Podemos enviar al técnico hoy; el primer hueco libre es mañana "
      "entre las 8 y las 10."]),
    ("de", "Danke für die Fotos. Unser Techniker kann heute Abend nicht kommen; der erste freie "
     "Termin ist morgen zwischen 8 und 10 Uhr.",
     ["Danke für die Fotos. Heute Abend kann unser Techniker leider nicht kommen. Der erste "
      "freie Termin ist morgen zwischen 8 und 10 Uhr.",
      "Danke für die Fotos. Heute Abend ist es nicht möglich, einen Techniker zu schicken; "
      "der erste freie Termin ist morgen zwischen 8 und 10 Uhr."],
     ["Danke für die Fotos. Wir können heute Abend kommen; der erste freie Termin ist morgen "
      "zwischen 8 und 10 Uhr.",
      "Danke für die Fotos. Ich werde heute Abend einen Techniker schicken; der erste freie "
      "Termin ist morgen zwischen 8 und 10 Uhr."]),
    ("fr", "Merci pour les photos. Notre technicien ne peut pas passer ce soir ; le premier "
     "créneau libre est demain entre 8 h et 10 h.",
     ["Merci pour les photos. Ce soir, ce n'est malheureusement pas possible : le premier "
      "créneau libre est demain entre 8 h et 10 h.",
      "Merci pour les photos. Je ne peux pas vous envoyer de technicien ce soir. Le premier "
      "créneau libre est demain entre 8 h et 10 h."],
     ["Merci pour les photos. Je vous envoie un technicien ce soir ; le premier créneau libre "
      "est demain entre 8 h et 10 h.",
      "Merci pour les photos. Nous pouvons passer ce soir ; le premier créneau libre est "
      "demain entre 8 h et 10 h."]),
    ("pt", "Obrigado pelas fotos. Não conseguimos enviar o técnico hoje; o primeiro horário "
     "livre é amanhã entre as 8 e as 10.",
     ["Obrigado pelas fotos. Hoje não é possível enviar o técnico: o primeiro horário livre "
      "é amanhã entre as 8 e as 10.",
      "Obrigado pelas fotos. Infelizmente, não conseguimos mandar o técnico hoje. O primeiro "
      "horário livre é amanhã entre as 8 e as 10."],
     ["Obrigado pelas fotos. Enviamos o técnico hoje; o primeiro horário livre é amanhã "
      "entre as 8 e as 10.",
      "Obrigado pelas fotos. Podemos enviar o técnico hoje; o primeiro horário livre é "
      "amanhã entre as 8 e as 10."]),
]


@pytest.mark.parametrize("lang, draft, faithful, unsafe", TONIGHT)
def test_refusal_at_a_time_restated_passes_and_reversed_is_caught(lang, draft, faithful,
                                                                 unsafe):
    for kept in faithful:
        assert eval_codes(draft, kept, "", lang) == set(), kept
    for turned in unsafe:
        assert CHANGED in eval_codes(draft, turned, "", lang), turned


# The draft keeps the act at that time for others ("only for contract customers"): an
# exception of ours gives the refusal up, whatever else the rewrite says.
# (lang, draft, faithful, the exception made)
EXCEPTION = [
    ("en", "Our on-call service can't come out tonight to customers without a maintenance "
     "contract. The first slot is tomorrow between 8 and 10.",
     "Tonight our on-call service can't come out to customers without a maintenance "
     "contract. The first slot is tomorrow between 8 and 10.",
     "The on-call service is for customers with a maintenance contract, but I'll make an "
     "exception for you. The first slot is tomorrow between 8 and 10."),
    ("es", "Nuestro servicio de guardia no puede salir esta noche para clientes sin contrato "
     "de mantenimiento. El primer hueco es mañana entre las 8 y las 10.",
     "Esta noche, nuestro servicio de guardia no puede salir para clientes sin contrato de "
     "mantenimiento. El primer hueco es mañana entre las 8 y las 10.",
     "Nuestro servicio de guardia es para clientes con contrato de mantenimiento, pero "
     "haremos una excepción con usted. El primer hueco es mañana entre las 8 y las 10."),
    ("de", "Unser Notdienst kann heute Abend nicht zu Kunden ohne Wartungsvertrag kommen. Der "
     "erste Termin ist morgen zwischen 8 und 10 Uhr.",
     "Heute Abend kann unser Notdienst nicht zu Kunden ohne Wartungsvertrag kommen. Der erste "
     "Termin ist morgen zwischen 8 und 10 Uhr.",
     "Unser Notdienst ist für Kunden mit Wartungsvertrag da, aber bei Ihnen machen wir eine "
     "Ausnahme. Der erste Termin ist morgen zwischen 8 und 10 Uhr."),
    ("fr", "Notre service d'astreinte ne peut intervenir ce soir que pour les clients sous "
     "contrat d'entretien, ce qui n'est pas votre cas. Le premier créneau est demain entre "
     "8 h et 10 h.",
     "Ce soir, notre astreinte n'intervient que pour les clients sous contrat d'entretien, ce "
     "qui n'est pas votre cas. Le premier créneau est demain entre 8 h et 10 h.",
     "L'astreinte est réservée aux clients sous contrat d'entretien, mais je fais une "
     "exception et je vous envoie quelqu'un ce soir. Le premier créneau est demain entre 8 h "
     "et 10 h."),
    ("pt", "O nosso serviço de urgência não pode ir hoje à noite a clientes sem contrato de "
     "manutenção. O primeiro horário é amanhã entre as 8 e as 10.",
     "Hoje à noite, o nosso serviço de urgência não pode ir a clientes sem contrato de "
     "manutenção. O primeiro horário é amanhã entre as 8 e as 10.",
     "O nosso serviço de urgência é para clientes com contrato de manutenção, mas vamos "
     "abrir uma exceção para si. O primeiro horário é amanhã entre as 8 e as 10."),
]


@pytest.mark.parametrize("lang, draft, faithful, unsafe", EXCEPTION)
def test_exception_made_to_a_refusal_is_caught(lang, draft, faithful, unsafe):
    assert eval_codes(draft, faithful, "", lang) == set()
    assert CHANGED in eval_codes(draft, unsafe, "", lang)


# A day the draft names as a bound, or in what happened, refuses no act on it: the rewrite
# that does the act on that day says what the draft says.
# (lang, draft, faithful)
NOT_REFUSED = [
    ("en", "We can't deliver before Friday. We will deliver on Friday between 8 and 10.",
     "We will deliver on Friday between 8 and 10; it can't be earlier than Friday."),
    ("es", "No podemos entregarlo antes del viernes. Se lo entregamos el viernes entre las 8 "
     "y las 10.",
     "Se lo entregamos el viernes entre las 8 y las 10; antes del viernes no podemos."),
    ("de", "Vor Freitag können wir nicht liefern. Wir liefern am Freitag zwischen 8 und 10 "
     "Uhr.",
     "Wir liefern am Freitag zwischen 8 und 10 Uhr; vor Freitag können wir nicht liefern."),
    ("fr", "Nous ne pouvons pas livrer avant vendredi. Nous livrons vendredi entre 8 h et "
     "10 h.",
     "Nous livrons vendredi entre 8 h et 10 h ; avant vendredi, ce n'est pas possible."),
    ("pt", "Não conseguimos entregar antes de sexta-feira. Entregamos na sexta-feira entre as "
     "8 e as 10.",
     "Entregamos na sexta-feira entre as 8 e as 10; antes de sexta-feira não conseguimos."),
]


@pytest.mark.parametrize("lang, draft, faithful", NOT_REFUSED)
def test_day_named_as_a_bound_is_no_refusal(lang, draft, faithful):
    assert eval_codes(draft, faithful, "", lang) == set()
