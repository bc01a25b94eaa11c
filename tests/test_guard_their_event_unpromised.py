"""The customer's own event, named in words no fact holds ("your daughter's party", "o casamento
da Rita"), after a deadline word is no deadline of ours where the rewrite denies it before that
word ("I can't promise the stump will be gone before your daughter's party"), thanks them for
what they did ("obrigada por nos avisar a tempo do pedido da banda"), or where a fact of the
draft comes first ("send the form by 4 June and I'll move his tests": the deadline is 4 June,
and the words after it name no event of theirs). The same event made what we will meet ("the
stump will be gone before your daughter's party", "chega a tempo do casamento") is still their
event made a promise. Every case is written for this file, in five languages."""

from __future__ import annotations

import pytest

from tests.masked_guard import as_written

PROMISE = "new_commitment:customer_fact"


@pytest.mark.parametrize("lang,customer,draft,denied,promised", [
    ("en", "We're having my daughter's graduation party in the garden, so the stump must go.",
     "The gas company needs 5 business days to confirm the line, so I can't promise a date.",
     "The gas company needs 5 business days to confirm the line, so I'm not able to promise "
     "the stump will be gone before your daughter's party.",
     "The gas company needs 5 business days to confirm the line, and the stump will be gone "
     "before your daughter's party."),
    ("de", "Die Hochzeit meiner Schwester ist bald, wir brauchen die Tische.",
     "Die Tische sind noch beim Lackierer; einen Termin kann ich Ihnen nicht nennen.",
     "Die Tische sind noch beim Lackierer, und ich kann nicht versprechen, dass sie vor der "
     "Hochzeit Ihrer Schwester fertig sind.",
     "Die Tische sind noch beim Lackierer, aber sie sind rechtzeitig vor der Hochzeit Ihrer "
     "Schwester fertig."),
    ("es", "La comunión de mi hijo es pronto y quiero el traje.",
     "El traje sigue en el taller de costura; no le puedo dar una fecha.",
     "El traje sigue en el taller de costura, así que no le puedo asegurar que esté antes de "
     "la comunión de su hijo.",
     "El traje sigue en el taller de costura y estará listo antes de la comunión de su hijo."),
    ("fr", "Le baptême de ma nièce approche et j'attends la robe.",
     "La robe est encore chez la brodeuse ; je ne peux pas vous donner de date.",
     "La robe est encore chez la brodeuse, et je ne peux pas vous promettre qu'elle arrive "
     "avant le baptême de votre nièce.",
     "La robe est encore chez la brodeuse, et elle arrivera avant le baptême de votre nièce."),
    ("pt", "O casamento da Rita é daqui a pouco e preciso das cadeiras.",
     "As cadeiras ainda estão no estofador; não consigo dar uma data.",
     "As cadeiras ainda estão no estofador, por isso não consigo prometer que cheguem antes "
     "do casamento da Rita.",
     "As cadeiras ainda estão no estofador, mas vão chegar antes do casamento da Rita."),
])
def test_their_event_denied_is_no_deadline(lang, customer, draft, denied, promised):
    assert as_written(draft, denied, customer, lang) == []
    assert PROMISE in as_written(draft, promised, customer, lang)


@pytest.mark.parametrize("lang,customer,draft,thanked,promised", [
    ("en", "The band for the street party says they need two more monitors.",
     "I have one monitor free for the weekend; the second depends on a return.",
     "Thank you for telling us in time for the band's request. I have one monitor free for "
     "the weekend; the second depends on a return.",
     "I have one monitor free for the weekend, and you'll have the second in time for the "
     "band's request."),
    ("pt", "A banda do arraial diz que precisa de mais monitores de palco.",
     "Temos um monitor livre para o fim de semana; o segundo depende de uma devolução.",
     "Obrigada por nos avisar a tempo do pedido da banda. Temos um monitor livre para o fim "
     "de semana; o segundo depende de uma devolução.",
     "Temos um monitor livre para o fim de semana, e o segundo vai chegar a tempo do pedido "
     "da banda."),
])
def test_thanks_for_what_they_did_in_time(lang, customer, draft, thanked, promised):
    assert as_written(draft, thanked, customer, lang) == []
    assert PROMISE in as_written(draft, promised, customer, lang)


def test_a_fact_of_the_draft_first_is_the_deadline():
    customer = "We are moving to Bhopal next month and he cannot attend the tests."
    draft = ("If you submit the transfer form by 4 June, we will shift his remaining 6 tests "
             "to our online batch at no extra cost.")
    said = ("Send me the transfer form by 4 June and I'll move his remaining 6 tests into the "
            "online batch, at no extra cost.")
    assert as_written(draft, said, customer) == []
    aimed = ("If you submit the transfer form by 4 June, we will shift his remaining 6 tests "
             "to our online batch at no extra cost, well before your move to Bhopal.")
    assert PROMISE in as_written(draft, aimed, customer)
