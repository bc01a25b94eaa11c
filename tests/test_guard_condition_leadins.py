"""Conditions kept in shapes the guard did not see (stop 44):

- a lead-in before a colon ("Extra night: …", "Here is what I can do: …") is covered by the
  condition said right after the colon, when that condition is the draft's own;
- a label before a colon that names what the draft's condition names ("Leak from the chimney:
  he will quote you") is that condition said as a heading;
- in the draft, a condition in a clause of consequence ("…, so we can't promise it if…") or in
  a relative clause ("…, which we can do for you if…") is on that clause, not on the one before;
- a trailing condition after an aside between two dashes still covers what stands before it.

Each faithful restatement passes clean; the same rewrite without the condition is still caught.
Written for these rules (none comes from a corpus set)."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, letter

COND = "new_commitment:condition"

CASES = [
    # (lang, draft, faithful rewrite, the rewrite without its condition)
    # A lead-in before a colon.
    ("en", "We can extend your table to six guests only if you confirm by Friday, because that "
           "evening is usually full.",
     "Extending to six guests: possible only if you confirm by Friday, because that evening is "
     "usually full.",
     "Extending to six guests: possible, because that evening is usually full."),
    ("es", "Podemos ampliar su mesa a seis personas solo si nos lo confirma antes del viernes, "
           "porque esa noche suele llenarse.",
     "Ampliar a seis personas: es posible solo si nos lo confirma antes del viernes, porque esa "
     "noche suele llenarse.",
     "Ampliar a seis personas: es posible, porque esa noche suele llenarse."),
    ("fr", "Nous pouvons agrandir votre table à six personnes uniquement si vous confirmez avant "
           "vendredi, car ce soir-là est souvent complet.",
     "Table pour six personnes : possible uniquement si vous confirmez avant vendredi, car ce "
     "soir-là est souvent complet.",
     "Table pour six personnes : nous pouvons l'agrandir, car ce soir-là est souvent complet."),
    ("pt", "Podemos aumentar a sua mesa para seis pessoas, desde que nos confirme até sexta, "
           "porque essa noite costuma encher.",
     "Mesa para seis pessoas: é possível, desde que nos confirme até sexta, porque essa noite "
     "costuma encher.",
     "Mesa para seis pessoas: é possível, porque essa noite costuma encher."),
    ("de", "Wir können Ihren Tisch auf sechs Personen erweitern, sofern Sie das bis Freitag "
           "bestätigen, weil der Abend meist voll ist.",
     "Tisch für sechs Personen: möglich, sofern Sie das bis Freitag bestätigen, weil der Abend "
     "meist voll ist.",
     "Tisch für sechs Personen: Wir können ihn erweitern, weil der Abend meist voll ist."),
    ("en", "A later delivery can only be planned if the fitters have time.",
     "Later delivery: only possible if the fitters have time.",
     "Later delivery: it can be planned."),
    ("en", "What I can do: if our glazier confirms the crack was already there, we refund the "
           "deposit within five days.",
     "Here is what I'll do: I'll ask our glazier to look at the crack: if he confirms it was "
     "already there, we refund the deposit within five days.",
     "Here is what I'll do: I'll ask our glazier to look at the crack, and we refund the "
     "deposit within five days."),
]


@pytest.mark.parametrize(("lang", "draft", "kept", "dropped"), CASES)
def test_condition_kept_in_another_shape_passes_clean(lang, draft, kept, dropped):
    assert labels(letter(lang, draft), letter(lang, kept), lang) == []


@pytest.mark.parametrize(("lang", "draft", "kept", "dropped"), CASES)
def test_the_same_rewrite_without_it_is_caught(lang, draft, kept, dropped):
    assert COND in labels(letter(lang, draft), letter(lang, dropped), lang)


def test_a_condition_on_something_else_covers_no_lead_in():
    # The lead-in says what the draft conditions; the condition after its colon is about
    # something else (a wish of the customer), so the draft's own is still dropped.
    draft = "We can add an extra night for 40 euros if a room is still free on Friday."
    rewrite = ("An extra night for 40 euros: we can add it, if you'd like; just tell us.")
    assert COND in labels(letter("en", draft), letter("en", rewrite), "en")
