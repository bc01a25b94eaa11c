"""German foretells the customer's outcome where English says "you'll" or "so you": with
"Sie werden" / "werden Sie", and with a result adverb that puts the verb before "Sie"
("Damit hören Sie …", "So bekommen Sie …", "Dann sind Sie …"). With the customer's own date in
that clause the rewrite promises it, as "so you'll hear every speech on 3 April" does; the
same date in a question, in what they told us or in an acknowledgement stays theirs."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

CUSTOMER = ("Guten Tag, mein neues Hörgerät pfeift ständig. Am 3. April heiratet meine Enkelin, "
            "und ich möchte die Reden verstehen. Wolfgang Richter")
DRAFT = ("Guten Tag Herr Richter, am Dienstag testen wir in der Filiale einen geschlossenen "
         "Schirm. Hilft das nicht, können Sie das Gerät in der Probephase zurückgeben.")
OPENING = ("Guten Tag Herr Richter, am Dienstag testen wir in der Filiale einen geschlossenen "
           "Schirm.")
CLOSING = " Hilft das nicht, können Sie das Gerät in der Probephase zurückgeben."


@pytest.mark.parametrize("promise", [
    " So werden Sie bei der Hochzeit am 3. April jede Rede hören.",
    " Sie werden die Reden am 3. April ohne Pfeifen verstehen.",
    " Damit hören Sie bei der Hochzeit am 3. April jede Rede ohne Pfeifen.",
    " Dann verstehen Sie am 3. April jedes Wort.",
    " So sind Sie für den 3. April bestens gerüstet.",
])
def test_the_customers_date_foretold_is_a_promise(promise: str) -> None:
    found = labels(DRAFT, OPENING + promise + CLOSING, "de", CUSTOMER)
    assert "new_commitment:customer_fact" in found


@pytest.mark.parametrize("told", [
    " Ich weiß, wie wichtig Ihnen die Reden am 3. April sind.",
    " Werden Sie am 3. April in der Stadt sein?",
    " So wie Sie es schildern, soll es am 3. April ohne Pfeifen gehen.",
    " Dann hatten Sie sich den 3. April sicher ganz anders vorgestellt.",
])
def test_the_customers_date_told_back_stays_theirs(told: str) -> None:
    assert labels(DRAFT, OPENING + told + CLOSING, "de", CUSTOMER) == []


def test_our_own_step_with_so_stays_ours() -> None:
    draft = DRAFT + " So können wir das Pfeifen eingrenzen."
    rewrite = OPENING + CLOSING + " So können wir das Pfeifen eingrenzen."
    assert labels(draft, rewrite, "de", CUSTOMER) == []
