"""Facts said otherwise, both ways.

German puts the verb before its subject after a fronted object ("Die 24,90 € bekommst du
zurück"): the customer's amount promised back that way is a promise of their sum, as "du
bekommst die 24,90 € zurück" is; the same amount in their story promises nothing."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

REFUSED = ("Hallo Jonas,\n\ndu kannst jederzeit zum Monatsende kündigen. Die letzten beiden "
           "Monate kann ich dir nicht erstatten, weil die Linsen geliefert wurden.\n\n"
           "Viele Grüße\nLea")
THEIRS = "Hallo, ich will kündigen und die letzten 2 Monate (je 24,90 €) zurück. Jonas"


@pytest.mark.parametrize("said", [
    "Die 24,90 € für einen der Monate bekommst du zurück",
    "Die 24,90 € für einen der Monate zahlen wir dir zurück",
    "Die 24,90 € für einen der Monate erhältst du",
])
def test_german_amount_fronted_before_its_verb_is_a_promise_of_theirs(said):
    rewrite = REFUSED.replace("Die letzten beiden", f"{said}, die letzten beiden")
    assert "new_commitment:customer_fact" in labels(REFUSED, rewrite, "de", THEIRS)


def test_german_amount_fronted_in_their_story_promises_nothing():
    rewrite = REFUSED.replace(
        "du kannst", "die 24,90 € im Monat hast du bisher bezahlt, und du kannst")
    assert labels(REFUSED, rewrite, "de", THEIRS) == []
