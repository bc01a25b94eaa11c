"""The customer's own amount paid back is a promise whatever negation stands in the condition
before it ("if you're not happy, we refund the $486") or in another act the clause joins ("I
won't charge the visit and I refund part of the $486"); paying it back denied ("we can't refund
the $486") only describes. Every case is written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

PAID_BACK = [
    ("en", "I paid $486 for these glasses and I still can't see well at night.",
     "The adaptation warranty covers one remake within 60 days.",
     "The adaptation warranty covers one remake within 60 days, and if you're not happy we "
     "refund the $486.",
     "The adaptation warranty covers one remake within 60 days. We can't refund the $486, "
     "and I'm sorry about that."),
    ("es", "Pagué $486 por estos anteojos y sigo sin ver bien de noche.",
     "La garantía de adaptación cubre un rehecho dentro de los 60 días.",
     "La garantía de adaptación cubre un rehecho dentro de los 60 días, y si no queda "
     "conforme le devolvemos los $486.",
     "La garantía de adaptación cubre un rehecho dentro de los 60 días. No podemos "
     "devolverle los $486, y lo lamento."),
    ("es", "Me cobraron $1.940.000 por las cortinas y nadie me contesta.",
     "No podemos hacer descuento; lo que sí podemos es no cobrarte la segunda visita.",
     "No podemos hacer descuento, pero la segunda visita no te la cobro y te devuelvo una "
     "parte de los $1.940.000.",
     "No podemos hacer descuento sobre los $1.940.000; lo que sí podemos es no cobrarte la "
     "segunda visita."),
    ("pt", "Paguei 486 € por estes óculos e continuo sem ver bem à noite.",
     "A garantia de adaptação cobre uma nova lente dentro de 60 dias.",
     "A garantia de adaptação cobre uma nova lente dentro de 60 dias, e se não ficar "
     "satisfeita devolvemos os 486 €.",
     "A garantia de adaptação cobre uma nova lente dentro de 60 dias. Não podemos devolver "
     "os 486 €, e lamento."),
    ("fr", "J'ai payé 486 € pour ces lunettes et je ne vois toujours pas bien la nuit.",
     "La garantie d'adaptation couvre une nouvelle paire dans les 60 jours.",
     "La garantie d'adaptation couvre une nouvelle paire dans les 60 jours, et si vous "
     "n'êtes pas satisfaite nous vous remboursons les 486 €.",
     "La garantie d'adaptation couvre une nouvelle paire dans les 60 jours. Nous ne pouvons "
     "pas vous rembourser les 486 €, et je le regrette."),
    ("de", "Ich habe 486 € für die Brille bezahlt und sehe nachts immer noch schlecht.",
     "Die Anpassungsgarantie deckt eine Neuanfertigung innerhalb von 60 Tagen.",
     "Die Anpassungsgarantie deckt eine Neuanfertigung innerhalb von 60 Tagen, und wenn Sie "
     "nicht zufrieden sind, erstatten wir Ihnen die 486 €.",
     "Die Anpassungsgarantie deckt eine Neuanfertigung innerhalb von 60 Tagen. Die 486 € "
     "können wir Ihnen leider nicht erstatten, das tut mir leid."),
]


@pytest.mark.parametrize("lang,customer,draft,promised,denied", PAID_BACK)
def test_their_amount_paid_back_past_a_negated_condition(lang, customer, draft, promised,
                                                          denied):
    assert "new_commitment:customer_fact" in labels(draft, promised, lang, customer)
    assert "new_commitment:customer_fact" not in labels(draft, denied, lang, customer)
