"""Facts said otherwise, both ways.

The customer's own event dating what a sentence thanks them for, with the thanks set off
by a comma before it ("danke, dass Sie sich rechtzeitig vor dem Umzug melden") is when
they wrote, no deadline of ours; a thanks whose next clause promises ("danke, wir liefern
rechtzeitig vor dem Umzug") still aims a deadline at their event.
"""

from __future__ import annotations

from tests.masked_guard import labels, new_commitment

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

