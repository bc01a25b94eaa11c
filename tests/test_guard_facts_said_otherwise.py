"""Facts said otherwise, both ways.

- The customer's own day, time or sum said again in an apology or a thanks ("I'm really
  sorry about Tuesday", "désolée pour mardi", "obrigada por nos ter escrito logo que viu a
  diferença de 40 €") is their situation quoted back, no second fact of the draft's — unless
  the clause goes on to foretell or do something with it ("sorry about Tuesday, and we'll
  refund another $40 for it"). A count said again there ("désolé pour ces 3 jours" beside the
  draft's "les 3 jours de suspension") may count something else: still a second fact.
- The customer's own event dating what a sentence thanks them for, with the thanks set off
  by a comma before it ("danke, dass Sie sich rechtzeitig vor dem Umzug melden") is when
  they wrote, no deadline of ours; a thanks whose next clause promises ("danke, wir liefern
  rechtzeitig vor dem Umzug") still aims a deadline at their event.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

# The customer's own fact said again in an apology or a thanks is their situation quoted back.
RENTAL = ("Hi Sam,\n\nFor Tuesday, I can refund $40, one day of the rental, to the card on "
          "file.\n\nBest,\nKim")
RENTAL_CUSTOMER = "The van broke down twice on Tuesday on the coast road. Sam"


@pytest.mark.parametrize(("lang", "draft", "customer", "opening"), [
    ("en", RENTAL, RENTAL_CUSTOMER, "I'm really sorry about Tuesday. "),
    ("en", RENTAL, RENTAL_CUSTOMER, "Thank you for telling us about Tuesday. "),
    ("fr", "Bonjour Sam,\n\nPour mardi, je peux vous rembourser 40 €, soit un jour de location."
     "\n\nCordialement,\nKim", "La camionnette est tombée en panne deux fois mardi. Sam",
     "Je suis désolée pour mardi. "),
    ("es", "Hola Sam:\n\nPor el martes, puedo devolverle 40 €, un día de alquiler.\n\n"
     "Saludos,\nKim", "La furgoneta se averió dos veces el martes. Sam",
     "Lamento mucho lo del martes. "),
])
def test_their_fact_in_an_apology_or_thanks_is_no_second_fact(lang, draft, customer, opening):
    first = draft.index("\n\n") + 2
    rewrite = draft[:first] + opening + draft[first:]
    assert "fact_duplicated" not in labels(draft, rewrite, lang, customer)


@pytest.mark.parametrize("opening", [
    "I'm sorry about Tuesday, and we'll refund another $40 for it. ",
    "Sorry: Tuesday is when we'll send the new van. ",
])
def test_an_apology_that_goes_on_to_act_on_their_fact_still_counts_it(opening):
    first = RENTAL.index("\n\n") + 2
    rewrite = RENTAL[:first] + opening + RENTAL[first:]
    assert labels(RENTAL, rewrite, "en", RENTAL_CUSTOMER) != []


# A thanks set off by a comma before what the customer did (German "danke, dass …").
MOVE = ("Hallo Frau Weber,\n\nder Umzugskarton-Satz ist auf Lager und kostet 89 €. Wir liefern "
        "innerhalb von 3 Werktagen nach Zahlungseingang.\n\nViele Grüße\nJan")
MOVE_CUSTOMER = "Wir ziehen Ende Mai um und brauchen Kartons vor dem Umzug. Weber"


def test_their_event_in_a_thanks_set_off_by_a_comma_is_no_deadline():
    first = MOVE.index("\n\n") + 2
    rewrite = (MOVE[:first] + "danke, dass Sie sich so rechtzeitig vor dem Umzug melden. "
               + MOVE[first:])
    assert not new_commitment(labels(MOVE, rewrite, "de", MOVE_CUSTOMER), "customer_fact")


def test_a_thanks_whose_next_clause_promises_their_event_still_aims_a_deadline():
    first = MOVE.index("\n\n") + 2
    rewrite = (MOVE[:first] + "danke, wir liefern die Kartons sicher rechtzeitig vor dem "
               "Umzug. " + MOVE[first:])
    assert new_commitment(labels(MOVE, rewrite, "de", MOVE_CUSTOMER))


def test_a_count_said_again_in_an_apology_is_still_a_second_count():
    draft = ("Salut Léa,\n\nLes 3 jours de suspension sont ajoutés à la fin de ton abonnement."
             "\n\nÀ bientôt,\nMalik")
    customer = "Mon compte est bloqué depuis 3 jours. Léa"
    rewrite = draft.replace("Salut Léa,\n\n", "Salut Léa,\n\nDésolé pour ces 3 jours sans accès. ")
    assert "fact_duplicated" in labels(draft, rewrite, "fr", customer)
