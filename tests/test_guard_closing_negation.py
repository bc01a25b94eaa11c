"""A refusal restated with its "no" at the end of the clause is no new money-back, credit or
replacement, and each close unsafe variant is still caught. Every case is written for this
file."""

from __future__ import annotations

import pytest

from tests.masked_guard import verdict


# ── German puts the "no" of a fronted act at the clause's end ───────────────────────────────
@pytest.mark.parametrize("draft,refused", [
    ("Eine Erstattung der Gebühr ist leider nicht möglich, weil die Frist abgelaufen ist.",
     "Zurückerstatten können wir die Gebühr leider nicht mehr, weil die Frist abgelaufen ist."),
    ("Eine Erstattung ist leider nicht möglich, weil die Frist abgelaufen ist.",
     "Das Geld zurückzahlen können wir leider nicht, weil die Frist abgelaufen ist."),
    ("Die Versandkosten übernehmen wir nicht.",
     "Die Versandkosten können wir leider nicht übernehmen."),
    ("Ein Ersatzgerät können wir Ihnen nicht schicken.",
     "Ein neues Gerät schicken wir Ihnen leider nicht."),
])
def test_a_refusal_whose_no_closes_the_clause_promises_nothing(draft, refused):
    assert "new_commitment" not in verdict(draft, refused, "", "de")


@pytest.mark.parametrize("draft,made", [
    # the refusal turned into an offer
    ("Eine Erstattung ist leider nicht möglich.", "Das Geld erstatten wir Ihnen gern."),
    # a "no" the promise ends on is what makes it free
    ("Die Anfahrt kostet 40 €.", "Die Anfahrt berechnen wir Ihnen nicht."),
    ("Die Anfahrt kostet 40 €.", "Die Anfahrt werden wir Ihnen nicht berechnen."),
    # the "no" belongs to a clause of its own, said without its comma
    ("Wir prüfen Ihren Fall.", "Den Betrag erstatten wir Ihnen sofort damit Sie nicht warten."),
    ("Wir prüfen Ihren Fall.", "Einen Ersatz schicken wir Ihnen wenn das Gerät nicht geht."),
    # a "no" of how or when, not of the act
    ("Wir prüfen Ihren Fall.", "Das Geld erstatten wir Ihnen nicht erst morgen."),
    # refused, and another thing offered
    ("Eine Erstattung ist nicht möglich.",
     "Erstatten können wir leider nicht, aber einen Gutschein schicken wir Ihnen."),
    ("Wir prüfen Ihren Fall.",
     "Einen Gutschein schicken wir Ihnen, damit Sie nicht leer ausgehen."),
])
def test_a_promise_beside_a_closing_no_is_still_caught(draft, made):
    assert verdict(draft, made, "", "de")
