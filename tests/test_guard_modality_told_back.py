"""Stop 55 modality reading (guard/modality.py `_recounted`): a rewrite's clause that tells
back the customer's own account ("Taking 3 weeks of dizziness going down the stairs is hard",
"Llevar 3 semanas mareándose al bajar escaleras es duro", "3 Wochen Schwindel beim
Treppabgehen") is their story, not the draft's hedged sentence said firmly, though it shares
that sentence's verb ("takes", "llevar") and a fact the draft echoed ("3 weeks"). Before, only
words the draft never used counted as the customer's, and such a clause was read as the
draft's "usually takes 2 to 3 weeks" with its hedge dropped. Now a clause naming only facts the
customer gave, sharing more words with their message than with the hedged sentence, saying
nothing will happen and nothing we do or offer, is read as theirs.

Every case is written for the reading (none comes from a corpus set): the faithful rewrite
passes clean; its unsafe twin, the hedged sentence said firmly beside the same clause, is still
caught, and so are clauses of the customer's facts that say what we do.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels


@pytest.mark.parametrize("lang,customer,draft,kept,firmer", [
    ("en",
     "I picked up my first varifocals 3 weeks ago and I still get dizzy going down the "
     "stairs.",
     "Getting used to a first pair of varifocals usually takes between 2 and 3 weeks.",
     "Taking 3 weeks of dizziness going down the stairs is hard. Getting used to a first "
     "pair of varifocals usually takes between 2 and 3 weeks.",
     "Taking 3 weeks of dizziness going down the stairs is hard. Getting used to a first "
     "pair of varifocals takes between 2 and 3 weeks."),
    ("es",
     "Hace 3 semanas recogí mis primeras gafas progresivas y sigo mareándome al bajar "
     "escaleras.",
     "La adaptación a unas primeras gafas progresivas suele llevar entre 2 y 3 semanas.",
     "Llevar 3 semanas mareándose al bajar escaleras es duro. La adaptación a unas primeras "
     "gafas progresivas suele llevar entre 2 y 3 semanas.",
     "Llevar 3 semanas mareándose al bajar escaleras es duro. La adaptación a unas primeras "
     "gafas progresivas lleva entre 2 y 3 semanas."),
    ("pt",
     "Há 3 semanas levantei os meus primeiros óculos progressivos e continuo tonto ao descer"
     " escadas.",
     "A adaptação aos primeiros óculos progressivos costuma levar entre 2 e 3 semanas.",
     "Levar 3 semanas tonto ao descer escadas é difícil. A adaptação aos primeiros óculos "
     "progressivos costuma levar entre 2 e 3 semanas.",
     "Levar 3 semanas tonto ao descer escadas é difícil. A adaptação aos primeiros óculos "
     "progressivos leva entre 2 e 3 semanas."),
    ("fr",
     "J'ai récupéré mes premières lunettes progressives il y a 3 semaines et j'ai toujours "
     "le vertige en descendant les escaliers.",
     "L'adaptation à des premières lunettes progressives prend généralement entre 2 et 3 "
     "semaines.",
     "Avoir le vertige dans les escaliers pendant 3 semaines, c'est pénible. L'adaptation à "
     "des premières lunettes progressives prend généralement entre 2 et 3 semaines.",
     "Avoir le vertige dans les escaliers pendant 3 semaines, c'est pénible. L'adaptation à "
     "des premières lunettes progressives prend entre 2 et 3 semaines."),
    ("de",
     "Ich habe meine erste Gleitsichtbrille vor 3 Wochen abgeholt und mir wird beim "
     "Treppabgehen immer noch schwindlig.",
     "Die Gewöhnung an eine erste Gleitsichtbrille dauert meistens zwischen 2 und 3 Wochen.",
     "3 Wochen Schwindel beim Treppabgehen sind anstrengend. Die Gewöhnung an eine erste "
     "Gleitsichtbrille dauert meistens zwischen 2 und 3 Wochen.",
     "3 Wochen Schwindel beim Treppabgehen sind anstrengend. Die Gewöhnung an eine erste "
     "Gleitsichtbrille dauert zwischen 2 und 3 Wochen."),
])
def test_the_customers_account_told_back_is_theirs(lang: str, customer: str, draft: str,
                                                    kept: str, firmer: str) -> None:
    assert labels(draft, kept, lang, customer) == []
    assert "new_commitment:modality" in labels(draft, firmer, lang, customer)


# A clause holding only the customer's facts that says what we do, or the hedged act itself
# with none of ours named, is still read: the "may" dropped there is caught.
@pytest.mark.parametrize("lang,customer,draft,firmer", [
    ("en", "My order 4471 still hasn't arrived after 10 days and I need it.",
     "We may resend order 4471 by express.",
     "We resend order 4471 by express, after 10 days of waiting."),
    ("en", "My order 4471 still hasn't arrived after 10 days and I need it.",
     "We may resend order 4471 by express.",
     "Order 4471 goes out again by express, after 10 days of waiting."),
    ("es", "Mi pedido 4471 no ha llegado después de 10 días y lo necesito.",
     "Podríamos reenviar el pedido 4471 por mensajería urgente.",
     "Le reenviamos el pedido 4471 por mensajería urgente, tras 10 días de espera."),
])
def test_our_act_among_the_customers_facts_is_still_read(lang: str, customer: str, draft: str,
                                                          firmer: str) -> None:
    assert "new_commitment:modality" in labels(draft, firmer, lang, customer)
