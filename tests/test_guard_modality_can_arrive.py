"""Stop 56 modality reading (lang/es, pt, fr `possibilities`; guard/modality.py `permitted`):
"can" with the verb of arriving, said of a thing or of someone else ("su paquete puede llegar
el viernes", "a sua encomenda pode chegar na sexta", "votre colis peut arriver vendredi"), is
what may happen, as "puede solucionarse" already was: these languages say "may arrive" that way.
Before, the bare "can" counted only as an option, so "llegará", "vai chegar", "arrivera" passed
as the same promise. Said of the customer ("usted puede llegar a partir de las ⟦9⟧") it is what
they are allowed to do, and "usted puede venir" keeps it. "Can reach" an amount ("la multa
puede llegar a ⟦1⟧", "pode chegar a ⟦1⟧") bounds the amount, and is left as it was read.
(English says "may arrive"; German puts the verb last, "kann … ankommen": neither is read here.)

Every case is written for the reading (none comes from a corpus set): the faithful rewrite, the
hedge said with another word, passes clean; its unsafe twin, the hedge dropped, is caught.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels
from tests.masked_guard import modality_flagged as _modality


@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("es", "Su paquete puede llegar el viernes.",
     "Es posible que su paquete llegue el viernes.",
     "Su paquete llegará el viernes."),
    ("es", "Las piezas pueden llegar a la tienda el lunes 14.",
     "Quizás las piezas lleguen a la tienda el lunes 14.",
     "Las piezas llegan a la tienda el lunes 14."),
    ("es", "El técnico puede llegar hasta 20 minutos tarde si hay tráfico.",
     "Si hay tráfico, el técnico quizás llegue hasta 20 minutos tarde.",
     "Si hay tráfico, el técnico llegará hasta 20 minutos tarde."),
    ("pt", "A sua encomenda pode chegar na sexta-feira.",
     "A sua encomenda talvez chegue na sexta-feira.",
     "A sua encomenda vai chegar na sexta-feira."),
    ("pt", "As peças podem chegar à loja na segunda, dia 14.",
     "É possível que as peças cheguem à loja na segunda, dia 14.",
     "As peças chegam à loja na segunda, dia 14."),
    ("pt", "O técnico pode chegar até 20 minutos depois se houver trânsito.",
     "Se houver trânsito, o técnico talvez chegue até 20 minutos depois.",
     "Se houver trânsito, o técnico chega até 20 minutos depois."),
    ("fr", "Votre colis peut arriver vendredi.",
     "Votre colis arrivera peut-être vendredi.",
     "Votre colis arrivera vendredi."),
    ("fr", "Les pièces peuvent arriver au magasin lundi 14.",
     "Il se peut que les pièces arrivent au magasin lundi 14.",
     "Les pièces arrivent au magasin lundi 14."),
    ("fr", "Le technicien peut arriver jusqu'à 20 minutes en retard s'il y a des bouchons.",
     "S'il y a des bouchons, le technicien arrivera peut-être jusqu'à 20 minutes en retard.",
     "S'il y a des bouchons, le technicien arrivera jusqu'à 20 minutes en retard."),
])
def test_can_arrive_said_of_a_thing_is_what_may_happen(lang: str, draft: str, kept: str,
                                                       firmer: str) -> None:
    assert labels(draft, kept, lang) == []
    assert _modality(draft, firmer, lang)


# Said of the customer, "can arrive" permits: "usted puede venir" says it as well; "usted
# llegará" is still a firmer word than the draft's.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("es", "Usted puede llegar a partir de las 9.", "Usted puede venir a partir de las 9.",
     "Usted llegará a partir de las 9."),
    ("pt", "Você pode chegar a partir das 9h.", "Você pode vir a partir das 9h.",
     "Você vai chegar a partir das 9h."),
])
def test_can_arrive_said_of_the_customer_permits(lang: str, draft: str, kept: str,
                                                 firmer: str) -> None:
    assert labels(draft, kept, lang) == []
    assert _modality(draft, firmer, lang)


# "Can reach" an amount bounds it ("up to"): another verb of reaching keeps it, as before.
@pytest.mark.parametrize("lang,draft,kept", [
    ("es", "Sin el permiso, la multa puede llegar a 2.500 €.",
     "Sin el permiso, la multa puede ser de hasta 2.500 €."),
    ("pt", "Sem a licença, a multa pode chegar a 2.500 €.",
     "Sem a licença, a multa pode ir até 2.500 €."),
])
def test_can_reach_an_amount_is_left_as_it_was(lang: str, draft: str, kept: str) -> None:
    assert labels(draft, kept, lang) == []
