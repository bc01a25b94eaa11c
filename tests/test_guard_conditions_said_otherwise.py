"""Conditions said in another shape (stop 45):

- a German condition said by its verb first whatever its subject — a name ("Läuft Bruno danach
  ruhiger, …"), "alles" ("Klappt alles, …"), an adverb before it ("Ist dagegen das Profil
  beschädigt, …") — where the clause after its comma opens on its own verb, keeps the draft's
  condition it says again. Read only in a rewrite and only as the draft's own condition: the
  shape is loose, so one about anything else keeps nothing (`verb_first_conditions`).

Each faithful restatement passes clean; the same rewrite without the condition, or with a
verb-first clause about something else, is still caught. Written for these rules (none comes
from a corpus set)."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, letter

COND = "new_commitment:condition"

CASES = [
    # (lang, draft, faithful rewrite, the rewrite without its condition)
    ("de", "Wenn Mira im Training wieder sicher springt, kann sie ab nächstem Monat in die "
           "Wettkampfgruppe wechseln.",
     "Springt Mira im Training wieder sicher, kann sie ab nächstem Monat in die "
     "Wettkampfgruppe wechseln.",
     "Mira kann ab nächstem Monat in die Wettkampfgruppe wechseln."),
    ("de", "Wenn alles klappt, kannst du das Fahrrad am Donnerstag abholen.",
     "Klappt alles, kannst du das Fahrrad am Donnerstag abholen.",
     "Du kannst das Fahrrad am Donnerstag abholen."),
    ("de", "Stellt er einen Wasserschaden fest, übernimmt unsere Versicherung die Trocknung.",
     "Stellt Herr Keller einen Wasserschaden fest, übernimmt unsere Versicherung die "
     "Trocknung.",
     "Herr Keller schaut vorbei, und unsere Versicherung übernimmt die Trocknung."),
    ("de", "Ist das Glas nur verkratzt, poliert unser Techniker es am Montag vor Ort.",
     "Ist dagegen das Glas nur verkratzt, poliert unser Techniker es am Montag vor Ort.",
     "Unser Techniker poliert es am Montag vor Ort."),
]


@pytest.mark.parametrize(("lang", "draft", "kept", "dropped"), CASES)
def test_a_condition_said_otherwise_passes_clean(lang, draft, kept, dropped):
    assert labels(letter(lang, draft), letter(lang, kept), lang) == []


@pytest.mark.parametrize(("lang", "draft", "kept", "dropped"), CASES)
def test_the_same_rewrite_without_its_condition_is_caught(lang, draft, kept, dropped):
    assert COND in labels(letter(lang, draft), letter(lang, dropped), lang)


SWAPPED = [
    # A verb-first clause about something else keeps none of the draft's conditions.
    ("de", "Wenn die Fotos einen Transportschaden zeigen, ersetzen wir die Lampe.",
     "Kommt Herr Keller morgen vorbei, ersetzen wir die Lampe."),
    ("de", "Sofern die Ärztin zustimmt, kann Lina ab Juni wieder mitspielen.",
     "Klappt alles, kann Lina ab Juni wieder mitspielen."),
]


@pytest.mark.parametrize(("lang", "draft", "rewrite"), SWAPPED)
def test_a_verb_first_clause_about_something_else_keeps_nothing(lang, draft, rewrite):
    assert COND in labels(letter(lang, draft), letter(lang, rewrite), lang)


def test_a_draft_sentence_with_the_loose_shape_asks_for_no_condition():
    # In a draft the loose shape reads nothing: an object fronted before its relative clause
    # ("Den Betrag, den Sie …, erstatten wir") is no condition the rewrite must keep.
    draft = "Den Betrag, den Sie doppelt bezahlt haben, erstatten wir Ihnen bis Freitag."
    kept = "Wir erstatten Ihnen den doppelt bezahlten Betrag bis Freitag."
    assert labels(letter("de", draft), letter("de", kept), "de") == []
