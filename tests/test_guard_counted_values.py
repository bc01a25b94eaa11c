"""Two readings of a number written as words, both ways, written for this file in five
languages.

- Before a noun the customer counted in digits, a number word is theirs said back only when it
  is the value they wrote: "twelve days without the bike" for their "12 days" passes, "twenty
  days" for it is a changed fact, as is a wrong number at a sentence's start.
- A count that names again the facts the draft has just named one by one ("the cameras ⟦3⟧ and
  ⟦4⟧ … the two are not recording", "as duas", "les trois") is those facts: a rewrite that keeps
  each of them may leave the count out; one that drops a fact, or says another count, is caught.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

THEIR_VALUE = [
    ("en", "The bike has been with you for 12 days and nobody answers my emails.",
     "Your bike is ready and can be collected on Monday.",
     "I know twelve days without the bike is far too long. Your bike is ready and can be "
     "collected on Monday.",
     "I know twenty days without the bike is far too long. Your bike is ready and can be "
     "collected on Monday."),
    ("fr", "Nous étions 22 personnes inscrites et la visite a été annulée.",
     "Vous pouvez réserver une autre date sans frais.",
     "Je comprends la déception de vingt-deux personnes inscrites pour rien. Vous pouvez "
     "réserver une autre date sans frais.",
     "Je comprends la déception de trente personnes inscrites pour rien. Vous pouvez "
     "réserver une autre date sans frais."),
    ("es", "Llevo 3 semanas esperando la lavadora.",
     "El técnico irá el martes por la mañana.",
     "Entiendo que tres semanas esperando la lavadora es demasiado. El técnico irá el martes "
     "por la mañana.",
     "Entiendo que cinco semanas esperando la lavadora es demasiado. El técnico irá el "
     "martes por la mañana."),
    ("de", "Wir waren 12 Personen und das Essen kam kalt an.",
     "Wir erstatten Ihnen die Liefergebühr.",
     "Dass zwölf Personen kaltes Essen bekommen haben, tut mir leid. Wir erstatten Ihnen die "
     "Liefergebühr.",
     "Dass zwanzig Personen kaltes Essen bekommen haben, tut mir leid. Wir erstatten Ihnen "
     "die Liefergebühr."),
    ("pt", "Esperei 4 dias pela resposta e nada.",
     "A encomenda sai hoje do armazém.",
     "Sei que quatro dias à espera de resposta é muito. A encomenda sai hoje do armazém.",
     "Sei que seis dias à espera de resposta é muito. A encomenda sai hoje do armazém."),
]


@pytest.mark.parametrize("lang,customer,draft,theirs,changed", THEIR_VALUE)
def test_a_number_word_before_their_noun_says_their_value(lang, customer, draft, theirs,
                                                          changed):
    assert labels(draft, theirs, lang, customer) == []
    assert "new_fact" in labels(draft, changed, lang, customer)


NAMED = [
    ("pt", "Recebemos o chamado sobre as câmeras CAM-31 e CAM-32. Pelo relatório, as duas "
           "estão sem gravar desde 14/03.",
     "Pelo relatório do chamado, as câmeras CAM-31 e CAM-32 estão sem gravar desde 14/03.",
     "Pelo relatório do chamado, a câmera CAM-31 está sem gravar desde 14/03.",
     "Pelo relatório do chamado, as câmeras CAM-31 e CAM-32 estão sem gravar desde 14/03; "
     "as três precisam de visita."),
    ("en", "Parcels PK-2210 and PK-2211 left our depot today. The two should reach you by "
           "Friday.",
     "Parcels PK-2210 and PK-2211 left our depot today and should reach you by Friday.",
     "Parcel PK-2210 left our depot today and should reach you by Friday.",
     "Parcels PK-2210 and PK-2211 left our depot today; the three should reach you by "
     "Friday."),
    ("fr", "Les modèles RX-40, RX-41 et RX-42 sont revenus de l'atelier. Les trois sont "
           "disponibles en boutique.",
     "Les modèles RX-40, RX-41 et RX-42 sont revenus de l'atelier et sont disponibles en "
     "boutique.",
     "Les modèles RX-40 et RX-41 sont revenus de l'atelier et sont disponibles en boutique.",
     "Les modèles RX-40, RX-41 et RX-42 sont revenus de l'atelier ; les quatre sont "
     "disponibles en boutique."),
    ("es", "Revisamos los pedidos PX-118 y PX-119. Los dos salen mañana del almacén.",
     "Revisamos los pedidos PX-118 y PX-119, que salen mañana del almacén.",
     "Revisamos el pedido PX-118, que sale mañana del almacén.",
     "Revisamos los pedidos PX-118 y PX-119; los tres salen mañana del almacén."),
    ("de", "Die Zimmer 204 und 205 sind für Sie reserviert. Die zwei liegen zum Garten hin.",
     "Die Zimmer 204 und 205 sind für Sie reserviert und liegen zum Garten hin.",
     "Das Zimmer 204 ist für Sie reserviert und liegt zum Garten hin.",
     "Die Zimmer 204 und 205 sind für Sie reserviert; die drei liegen zum Garten hin."),
]


@pytest.mark.parametrize("lang,draft,kept,dropped,recounted", NAMED)
def test_a_count_of_the_facts_just_named_is_those_facts(lang, draft, kept, dropped, recounted):
    assert labels(draft, kept, lang) == []
    assert "fact_missing" in labels(draft, dropped, lang)
    assert labels(draft, recounted, lang) != []


MADE_GOOD = [
    ("Ich warte seit 3 Wochen auf meine Bestellung.", "Ihre Bestellung ist heute verschickt "
     "worden.", "Ihre Bestellung ist heute verschickt worden; drei Wochen Warten sind "
     "ärgerlich, das weiß ich.", "Ihre Bestellung ist heute verschickt worden. Die 3 Wochen "
     "machen wir wieder gut."),
    ("Die Lampe kam zum zweiten Mal kaputt an.", "Wir schicken Ihnen morgen eine neue Lampe.",
     "Zweimal eine kaputte Lampe, das ist ärgerlich. Wir schicken Ihnen morgen eine neue Lampe.",
     "Wir schicken Ihnen morgen eine neue Lampe, und den Ärger machen wir wieder gut."),
]


@pytest.mark.parametrize("customer,draft,faithful,made_good", MADE_GOOD)
def test_making_it_good_again_is_a_compensation(customer, draft, faithful, made_good):
    """German "machen wir wieder gut" ("we'll make it up to you": "die 3 Wochen machen wir
    wieder gut", "den Ärger machen wir wieder gut") promises a compensation the draft does not
    make, as English "make it up to you" does."""
    assert labels(draft, faithful, "de", customer) == []
    assert "new_commitment:credit" in labels(draft, made_good, "de", customer)
