"""Stop 54 (protect._range_starts): a day alone that opens a range ending in a full date ("del
11 al 20 de diciembre", "11–20 December", "vom 11. bis 20. Dezember") is a date of that month,
so a rewrite that names the first day whole ("a partir del 11 de diciembre") quotes the
customer's fact back instead of inventing one. Another day stays a new fact, and the first day
made our deadline is still the customer's fact made a promise. Every case is written for this
file."""

from __future__ import annotations

import pytest

from heard.protect import Masker
from tests.masked_guard import as_written, verdict


@pytest.mark.parametrize("said,named", [
    ("I have a market stall 11–20 December.", "from 11 December"),
    ("Tengo puesto en la feria del 11 al 20 de diciembre.", "a partir del 11 de diciembre"),
    ("J'ai un stand au marché du 11 au 20 décembre.", "dès le 11 décembre"),
    ("Ich habe vom 11. bis 20. Dezember einen Marktstand.", "ab dem 11. Dezember"),
    ("Tenho uma banca na feira de 11 a 20 de dezembro.", "a partir de 11 de dezembro"),
])
def test_the_first_day_of_a_range_named_whole_is_the_same_fact(said, named):
    masker = Masker()
    masker.learn(said)
    first = masker.mask(said).text.split("⟦")[1].split("⟧")[0]
    rewritten = masker.mask(named).text
    marker = "⟦" + rewritten.split("⟦")[1].split("⟧")[0] + "⟧"
    assert masker.same.get(marker, marker) == f"⟦{first}⟧"
    assert masker.kinds[f"⟦{first}⟧"] == "date"


def test_a_range_into_the_next_month_or_another_day_is_not_the_first_day():
    masker = Masker()
    masker.learn("We are away from 28 to 3 March.")
    masker.mask("We are away from 28 to 3 March.")
    assert not masker.same.get(masker.mask("on 28 March").text.strip("on "))
    masker = Masker()
    masker.mask("I have a market stall 11–20 December.")
    assert not masker.same.get(masker.mask("12 December").text)


CUSTOMER = ("The fryer stopped heating yesterday. I have a stall at the Christmas fair from 11 to "
            "20 December and without it I sell nothing.")
DRAFT = ("The heating element is covered by the warranty. Send the fryer with the prepaid label "
         "and we repair it within 5 to 8 working days of it reaching the workshop.")


def test_their_first_day_quoted_back_passes_clean():
    rewrite = ("With the fair starting on 11 December, I understand the hurry. The heating "
               "element is covered by the warranty: send the fryer with the prepaid label and we "
               "repair it within 5 to 8 working days of it reaching the workshop.")
    assert as_written(DRAFT, rewrite, CUSTOMER) == []


def test_their_first_day_made_our_deadline_or_changed_is_caught():
    promised = ("The heating element is covered by the warranty. Send the fryer with the "
                "prepaid label and you'll have it back before 11 December.")
    assert "new_commitment:customer_fact" in as_written(DRAFT, promised, CUSTOMER)
    changed = ("With the fair starting on 12 December, I understand the hurry. The heating "
               "element is covered by the warranty: send the fryer with the prepaid label and we "
               "repair it within 5 to 8 working days of it reaching the workshop.")
    assert "fact_invented" in verdict(DRAFT, changed, CUSTOMER)
