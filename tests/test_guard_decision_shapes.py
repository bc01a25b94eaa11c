"""A refused return said again as a refused refund: "no podemos devolverle la inscripción" →
"la inscripción no es reembolsable", "nicht zurückgeben" → "nicht erstatten". The rewrite names
the money more narrowly and keeps the "no", so no decision_changed; its unsafe neighbour (the
refusal turned into a refund) is still caught with decision_changed. The other way round only
narrowly (test_guard_refund_as_give_back.py): a refused refund restated with the broader
"devolver" counts as the refusal dropped where the draft holds it by a condition, an exception
or a "before", which the broader word would let go unread.
Every case is written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import verdict


@pytest.mark.parametrize("lang,draft,kept,turned", [
    ("en", "We can't return the enrolment fee, because the course has started.",
     "The enrolment fee is not refundable, because the course has started.",
     "We'll refund the enrolment fee, even though the course has started."),
    ("es", "No podemos devolverle la inscripción, porque el curso ya empezó.",
     "La inscripción no es reembolsable, porque el curso ya empezó.",
     "La inscripción se la reembolsamos, aunque el curso ya empezó."),
    ("de", "Die Anmeldegebühr können wir nicht zurückgeben, weil der Kurs schon läuft.",
     "Die Anmeldegebühr können wir nicht erstatten, weil der Kurs schon läuft.",
     "Die Anmeldegebühr erstatten wir, obwohl der Kurs schon läuft."),
    ("fr", "Nous ne pouvons pas vous retourner les frais d'inscription, car le cours a commencé.",
     "Les frais d'inscription ne sont pas remboursables, car le cours a commencé.",
     "Les frais d'inscription vous seront remboursés, même si le cours a commencé."),
    ("pt", "Não conseguimos devolver a mensalidade, porque as aulas já começaram.",
     "A mensalidade não é reembolsável, porque as aulas já começaram.",
     "A mensalidade reembolsamos, mesmo com as aulas já começadas."),
])
def test_refused_return_said_as_refused_refund(lang, draft, kept, turned):
    assert "decision_changed" not in verdict(draft, kept, "", lang)
    assert "decision_changed" in verdict(draft, turned, "", lang)


@pytest.mark.parametrize("lang,draft,broader", [
    ("es", "No reembolsamos la fianza, salvo que el material llegue dañado.",
     "No le devolvemos la fianza."),
    ("pt", "Não reembolsamos a caução, a não ser que o material chegue estragado.",
     "Não lhe devolvemos a caução."),
])
def test_refused_refund_said_as_return_still_read_as_dropped(lang, draft, broader):
    """The kin runs one way for a refusal held by a condition: the broader word does not
    stand in for the narrower refusal (stop 69: one said outright it does, for the same
    thing; these pairs, which dropped the condition, replace the outright ones)."""
    assert "decision_changed" in verdict(draft, broader, "", lang)


def test_one_of_two_refusals_dropped_is_still_caught():
    draft = ("No podemos devolverle la inscripción. Tampoco podemos devolverle el material, "
             "porque ya se usó.")
    kept_one = "La inscripción no es reembolsable. El material se lo devolvemos."
    assert "decision_changed" in verdict(draft, kept_one, "", "es")
