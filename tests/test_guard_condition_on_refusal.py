"""A condition on what the draft only refuses ("we can't refund the ticket once the tour has
started", "if the seal is broken, we can't accept a return of the box") is no commitment's
condition: a rewrite that keeps the refusal and says the condition another way ("now that the
tour has started", "a box whose seal is broken", "nach Kursbeginn", "con el curso ya
empezado") gives the customer nothing the draft did not (guard/conditions.py `_refused_only`).
A rewrite that gives what was refused, or drops a condition from a promise beside the
refusal, or from a denial that gives ("we won't charge you", "at no charge"), is still caught.

Each case is written for the reading it proves (none comes from a corpus set).
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

COND = "new_commitment:condition"


@pytest.mark.parametrize("lang,draft,refused,given", [
    ("en", "We can't refund the ticket once the tour has started, because the guide is paid "
           "in advance.",
     "I can't refund the ticket now that the tour has started, since the guide is paid in "
     "advance.",
     "We'll refund the ticket, because the guide is paid in advance."),
    ("en", "If the seal is broken, we can't accept a return of the box.",
     "We can't accept the return of a box whose seal is broken.",
     "We'll accept the return of the box."),
    ("de", "Sobald der Kurs begonnen hat, können wir die Gebühr nicht erstatten.",
     "Die Gebühr können wir nach Kursbeginn nicht erstatten.",
     "Wir erstatten die Gebühr."),
    ("es", "No hacemos reembolsos una vez empezado el curso, porque las plazas son limitadas.",
     "Con el curso ya empezado no hacemos reembolsos, porque las plazas son limitadas.",
     "Le hacemos el reembolso, porque las plazas son limitadas."),
    ("fr", "Nous ne pouvons pas rembourser le stage une fois qu'il a commencé.",
     "Le stage ayant commencé, nous ne pouvons pas le rembourser.",
     "Nous pouvons rembourser le stage."),
    ("pt", "Se o selo estiver rompido, não aceitamos a devolução da caixa.",
     "Não aceitamos a devolução de uma caixa com o selo rompido.",
     "Aceitamos a devolução da caixa."),
])
def test_a_condition_on_a_refusal_said_otherwise(lang, draft, refused, given):
    assert COND not in labels(draft, refused, lang)
    assert COND in labels(draft, given, lang)


def test_a_promise_beside_the_refusal_keeps_its_condition():
    draft = "If the seal is broken, we can't refund the box, but we will send a new one."
    assert COND in labels(draft, "We can't refund the box, but we will send a new one.")


@pytest.mark.parametrize("lang,draft,dropped", [
    # Not refusals: what they deny is a cost or a need, so they give.
    ("en", "If the part is covered, we won't charge you for the labour.",
     "We won't charge you for the labour."),
    ("pt", "Não será preciso repetir os exames se a cirurgia for até sexta.",
     "Não será preciso repetir os exames."),
])
def test_what_a_denial_gives_keeps_its_condition(lang, draft, dropped):
    assert COND in labels(draft, dropped, lang)


@pytest.mark.parametrize("lang,draft,dropped", [
    ("en", "If the hinges arrive by Friday, we'll fit them on Monday at no charge.",
     "We'll fit the hinges on Monday at no charge."),
    ("de", "Wenn die Scharniere bis Freitag kommen, bauen wir sie am Montag ohne Aufpreis ein, "
           "und es fallen keine Kosten an.",
     "Wir bauen die Scharniere am Montag ohne Aufpreis ein, und es fallen keine Kosten an."),
    ("es", "Si las bisagras llegan el viernes, las montamos el lunes sin ningún coste.",
     "Montamos las bisagras el lunes sin ningún coste."),
])
def test_a_negation_of_a_noun_refuses_nothing(lang, draft, dropped):
    # "at no charge", "keine Kosten", "ningún coste" say the promise is free: its condition
    # must stay.
    assert COND in labels(draft, dropped, lang)
