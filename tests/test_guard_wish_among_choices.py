"""A condition that is only the customer's wish ("if you prefer, you can collect it"), said as
one item of a list the rewrite announces as choices ("Here are your two options:", "Voici les
deux options :", "Deixo-lhe duas opções:"): each item is theirs to take, so the wish may go
(guard/conditions.py). Under a list announced as anything else ("Here is the plan:"), or in a
sentence outside the list, it has become part of what happens, and is still caught.

Each case is written for the reading it proves (none comes from a corpus set).
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

COND = "new_commitment:condition"


@pytest.mark.parametrize("lang,draft,options,plan", [
    ("en", "We can ship the order on Monday. If you prefer, you can collect it from the farm "
           "on Tuesday between 9 and 12.",
     "Here are your two options:\n1. Shipping: on Monday.\n2. Collection: from the farm on "
     "Tuesday, between 9 and 12.",
     "Here is the plan:\n1. Shipping: on Monday.\n2. Collection: from the farm on Tuesday, "
     "between 9 and 12."),
    ("fr", "Nous pouvons expédier la commande lundi. Si vous préférez, vous pouvez la retirer à "
           "la ferme mardi entre 9 h et 12 h.",
     "Voici les deux options :\n1. Envoi : lundi.\n2. Retrait : à la ferme mardi, entre 9 h et "
     "12 h.",
     "Voici le programme :\n1. Envoi : lundi.\n2. Retrait : à la ferme mardi, entre 9 h et "
     "12 h."),
    ("pt", "Podemos enviar a encomenda na segunda. Se preferir, pode levantá-la na quinta entre "
           "as 9h e as 12h.",
     "Deixo-lhe duas opções:\n1) envio na segunda;\n2) levantar a encomenda na quinta, entre "
     "as 9h e as 12h.",
     "Fica assim:\n1) envio na segunda;\n2) levantar a encomenda na quinta, entre as 9h e as "
     "12h."),
    ("es", "Podemos enviar el pedido el lunes. Si lo prefiere, puede recogerlo en la granja el "
           "martes entre las 9 y las 12.",
     "Tiene dos opciones:\n- Envío: el lunes.\n- Recogida: en la granja el martes, entre las 9 "
     "y las 12.",
     "Así queda:\n- Envío: el lunes.\n- Recogida: en la granja el martes, entre las 9 y las "
     "12."),
    ("de", "Wir können die Bestellung am Montag versenden. Wenn Sie möchten, können Sie sie am "
           "Dienstag zwischen 9 und 12 Uhr auf dem Hof abholen.",
     "Sie haben zwei Möglichkeiten:\n1. Versand: am Montag.\n2. Abholung: am Dienstag zwischen "
     "9 und 12 Uhr auf dem Hof.",
     "So sieht es aus:\n1. Versand: am Montag.\n2. Abholung: am Dienstag zwischen 9 und 12 Uhr "
     "auf dem Hof."),
])
def test_a_wish_said_as_one_of_the_choices(lang, draft, options, plan):
    assert COND not in labels(draft, options, lang)
    assert COND in labels(draft, plan, lang)


def test_a_sentence_after_the_list_is_no_choice():
    draft = ("We can ship the order on Monday. If you prefer, you can collect it from the farm "
             "on Tuesday between 9 and 12.")
    rewrite = ("Here are your two options:\n1. Shipping: on Monday.\nWe will bring it to the "
               "farm on Tuesday, between 9 and 12, for collection.")
    assert COND in labels(draft, rewrite, "en")
