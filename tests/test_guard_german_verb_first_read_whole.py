"""A German condition said with its verb first ("Liegt er nur im Lack, …", "Ist Ihnen das zu
spät, …") holds what it is about in its own words, up to its comma: where it opens the sentence
before the one saying the rest of the draft's, it is read on those words (it was read on what
follows its comma, what it conditions), and its words said again there are no plain fact (the
clause test did not see its comma). Without it the condition is still dropped
(guard/conditions.py).

Each case is written for the reading it proves (none comes from a corpus set).
"""

from __future__ import annotations

from tests.masked_guard import labels

COND = "new_commitment:condition"

SPLIT_DRAFT = ("Unser Techniker sieht sich dabei auch den Riss an der Tür an. Ist er nur im "
               "Lack, wird er vor Ort ausgebessert; ist der Rahmen verzogen, tauschen wir das "
               "Türblatt, was etwa 3 Wochen Lieferzeit hat.")


def test_a_verb_first_condition_in_the_sentence_before():
    split = ("Unser Techniker schaut sich dabei auch den Riss an der Tür an. Liegt er nur im "
             "Lack, bessert er ihn gleich vor Ort aus. Ist der Rahmen verzogen, tauschen wir "
             "das Türblatt; dafür ist mit etwa 3 Wochen Lieferzeit zu rechnen.")
    assert COND not in labels(SPLIT_DRAFT, split, "de")
    plain = ("Unser Techniker schaut sich dabei auch den Riss an der Tür an. Er bessert ihn "
             "gleich vor Ort aus. Ist der Rahmen verzogen, tauschen wir das Türblatt; dafür ist "
             "mit etwa 3 Wochen Lieferzeit zu rechnen.")
    assert COND in labels(SPLIT_DRAFT, plain, "de")


OFFER_DRAFT = ("Ihr Sofa in Grau ist beim Hersteller nachbestellt und kommt voraussichtlich Ende "
               "März. Falls Ihnen das zu spät ist: Das Sofa in Blau haben wir auf Lager. Das "
               "könnten wir Ihnen diese Woche noch liefern, ohne Aufpreis, wenn Sie uns bis "
               "Freitag Bescheid geben.")
LEAD = "Ihr Sofa in Grau ist beim Hersteller nachbestellt und kommt voraussichtlich Ende März. "


def test_a_verb_first_condition_is_no_plain_fact():
    verb_first = LEAD + ("Ist Ihnen das zu spät, könnten wir Ihnen das Sofa in Blau, das wir auf "
                         "Lager haben, noch diese Woche liefern, ohne Aufpreis. Sagen Sie uns "
                         "dafür einfach bis Freitag Bescheid.")
    assert COND not in labels(OFFER_DRAFT, verb_first, "de")
    stated = LEAD + ("Ihnen ist das zu spät, also liefern wir Ihnen das Sofa in Blau, das wir auf "
                     "Lager haben, noch diese Woche, ohne Aufpreis. Sagen Sie uns dafür einfach "
                     "bis Freitag Bescheid.")
    assert COND in labels(OFFER_DRAFT, stated, "de")
    dropped = LEAD + ("Das Sofa in Blau haben wir auf Lager; wir liefern es Ihnen diese Woche "
                      "noch, ohne Aufpreis.")
    assert COND in labels(OFFER_DRAFT, dropped, "de")
