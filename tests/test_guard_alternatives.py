"""An "alternative" offers what it names, as "another option" does (lang/*.json options).

A draft offering something only if the customer would like it ("if you'd rather not wait, we
have a grey shawl ready on Tuesday") may be rewritten as a labelled line offering it ("An
alternative: a grey shawl ready on Tuesday"): the wish is still the customer's to take up, so
the rewrite passes clean. The same line for a draft whose condition is ours ("if the dye takes
well, …") drops that condition and is still caught. Every case is written for the reading it
proves (none comes from a corpus set).
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

COND = "new_commitment:condition"

CASES = [
    ("en", "If you'd rather not wait, we have a grey wool shawl ready on Tuesday at the same "
           "price.",
     "An alternative: a grey wool shawl ready on Tuesday, at the same price.",
     "If the dye takes well, we have a grey wool shawl ready on Tuesday at the same price."),
    ("es", "Si prefiere no esperar, tenemos un chal de lana gris listo el martes al mismo precio.",
     "Alternativa: un chal de lana gris listo el martes, al mismo precio.",
     "Si el tinte sale bien, tenemos un chal de lana gris listo el martes al mismo precio."),
    ("pt", "Se preferir não esperar, temos um xale de lã cinzento pronto na terça pelo mesmo "
           "preço.",
     "Alternativa: um xale de lã cinzento pronto na terça, pelo mesmo preço.",
     "Se a tinta correr bem, temos um xale de lã cinzento pronto na terça pelo mesmo preço."),
    ("fr", "Si vous préférez ne pas attendre, nous avons un châle en laine grise prêt mardi au "
           "même prix.",
     "Alternative : un châle en laine grise prêt mardi, au même prix.",
     "Si la teinture réussit, nous avons un châle en laine grise prêt mardi au même prix."),
    ("de", "Falls gewünscht, haben wir einen grauen Wollschal am Dienstag fertig zum gleichen "
           "Preis.",
     "Alternative: ein grauer Wollschal, am Dienstag fertig, zum gleichen Preis.",
     "Wenn die Färbung gelingt, haben wir einen grauen Wollschal am Dienstag fertig zum "
     "gleichen Preis."),
]


@pytest.mark.parametrize("lang,wished,offered,ours", CASES)
def test_a_wish_offered_as_an_alternative_passes(lang, wished, offered, ours):
    assert COND not in labels(wished, offered, lang)


@pytest.mark.parametrize("lang,wished,offered,ours", CASES)
def test_our_own_condition_dropped_under_an_alternative_is_caught(lang, wished, offered, ours):
    assert COND in labels(ours, offered, lang)
