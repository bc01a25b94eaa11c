"""German verb-second after a fronted condition (stop 55, helper hc).

After the comma closing a fronted condition ("Wenn die Lieferung bis Mittwoch bei uns ist, …")
the main clause opens on its verb: "…, sollte die Uhr vor dem Fest fertig sein" is what the
condition conditions, not a second condition said by its verb first ("Sollte es regnen, …").
Read as one, it made the draft hold two conditions, and a rewrite keeping the one there is
("Die Uhr sollte … fertig sein, wenn die Lieferung … bei uns ist") was rejected. New key
`fronted_main_verbs` (de only: the rule is German word order). A "sollte" after a comma with no
condition word opening its part before it ("Wir bringen die Tische am Montag, sollte es aber
regnen, …") is still a condition, and dropping it is still caught.

Sentences written for this rule, none taken from a corpus set."""

from __future__ import annotations

import pytest

from tests.masked_guard import condition_kept_and_dropped, labels, letter

CASES = [
    ("de", "Wenn die Lieferung bis Mittwoch bei uns ist, sollte die Uhr vor dem Fest fertig "
           "sein, versprechen kann ich das aber nicht.",
     "Die Uhr sollte vor dem Fest fertig sein, wenn die Lieferung bis Mittwoch bei uns ist; "
     "versprechen kann ich das aber nicht.",
     "Die Uhr sollte vor dem Fest fertig sein; versprechen kann ich das aber nicht."),
]


@pytest.mark.parametrize("lang,draft,kept,dropped", CASES, ids=["main-verb"])
def test_the_verb_after_a_fronted_condition_opens_the_main_clause(lang, draft, kept, dropped):
    condition_kept_and_dropped(lang, draft, kept, dropped)


def test_a_verb_first_condition_with_no_condition_word_before_it_still_counts():
    draft = "Wir bringen die Tische am Montag, sollte es aber regnen, kommen wir am Dienstag."
    dropped = "Wir bringen die Tische am Montag und kommen am Dienstag."
    assert "new_commitment:condition" in labels(letter("de", draft), letter("de", dropped), "de")
