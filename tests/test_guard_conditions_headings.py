"""Conditions kept under a heading, and a second condition counted once (stop 47):

- a heading the part after its colon calls possible on a condition ("Late approval: only
  possible if the embroiderers have capacity, and…", "Renovar por ⟦3⟧ días: posible solo si…",
  `possible_predicates`) carries that condition: "possible" is said of the heading;
- such a heading with no condition after it, or one about something else, is still caught;
- a "with" a condition of the sentence already holds is counted once: a second condition of
  the same sentence dropped beside it is caught;
- the customer's step a condition asks for, said as an instruction joined by "and" or "then"
  to what it conditions ("Approve the proof by Friday and the printer expects…", "Schicken Sie
  das Formular zurück, dann erstatten wir…"), keeps it; the step stated as done, or gone, is
  caught.

Each faithful restatement passes clean; the same rewrite without the condition is caught.
Written for these rules (none comes from a corpus set)."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, letter

COND = "new_commitment:condition"

CASES = [
    # (lang, draft, faithful rewrite, the rewrite without its condition)
    # "possible" after a heading's colon, then the condition.
    ("en", "We can extend the loan by two weeks only if the library has no waiting list for "
           "the book.",
     "Extending the loan by two weeks: possible only if the library has no waiting list for "
     "the book.",
     "Extending the loan by two weeks: possible."),
    ("es", "Podemos cambiar la cita al jueves solo si la doctora confirma su agenda antes del "
           "martes.",
     "Cambiar la cita al jueves: es posible solo si la doctora confirma su agenda antes del "
     "martes, porque esa semana está muy llena.",
     "Cambiar la cita al jueves: es posible, porque esa semana está muy llena."),
    ("de", "Eine Lieferung am Samstag können wir nur einplanen, wenn der Fahrer Zeit hat; "
           "zusagen kann ich sie heute nicht.",
     "Lieferung am Samstag: nur möglich, wenn der Fahrer Zeit hat, und zusagen kann ich sie "
     "heute nicht.",
     "Lieferung am Samstag: möglich, und zusagen kann ich sie heute nicht."),
    ("pt", "A troca do sofá é possível desde que a capa volte sem manchas.",
     "Troca do sofá: possível, desde que a capa volte sem manchas.",
     "Troca do sofá: possível."),
    ("fr", "Le report de la séance au mois prochain est possible si vous prévenez le club "
           "avant vendredi.",
     "Report de la séance au mois prochain : c'est possible si vous prévenez le club avant "
     "vendredi.",
     "Report de la séance au mois prochain : c'est possible, et le club est prévenu."),
]


@pytest.mark.parametrize("lang,draft,kept,dropped", CASES)
def test_a_condition_under_a_heading_passes_clean(lang, draft, kept, dropped):
    assert labels(letter(lang, draft), letter(lang, kept), lang) == []


@pytest.mark.parametrize("lang,draft,kept,dropped", CASES)
def test_the_heading_without_its_condition_is_caught(lang, draft, kept, dropped):
    assert COND in labels(letter(lang, draft), letter(lang, dropped), lang)


SWAPPED = [
    # The heading's "possible" on a condition about something else: not the draft's.
    ("en", "We can extend the loan by two weeks only if the library has no waiting list for "
           "the book.",
     "Extending the loan by two weeks: possible only if you pay the late fee first."),
]


@pytest.mark.parametrize("lang,draft,rewrite", SWAPPED)
def test_a_heading_on_another_condition_is_caught(lang, draft, rewrite):
    assert any(label.startswith("new_commitment") for label in
               labels(letter(lang, draft), letter(lang, rewrite), lang))


SECOND = [
    # Two conditions in one sentence, one of them a condition word that is also a "with":
    # the other dropped is still caught; both kept pass.
    ("de", "Sobald der Kran frei ist, brauchen wir für die Montage drei Tage, bei Schönwetter.",
     "Sobald der Kran frei ist, brauchen wir drei Tage für die Montage, bei Schönwetter.",
     "Wir brauchen für die Montage drei Tage, bei Schönwetter."),
]


@pytest.mark.parametrize("lang,draft,kept,dropped", SECOND)
def test_a_second_condition_dropped_beside_one_kept_is_caught(lang, draft, kept, dropped):
    assert labels(letter(lang, draft), letter(lang, kept), lang) == []
    assert COND in labels(letter(lang, draft), letter(lang, dropped), lang)


INSTRUCTED = [
    # (lang, draft, the step as an instruction, the step gone)
    ("en", "If you approve the proof by Friday, the printer expects to ship the cards on "
           "Monday.",
     "Approve the proof by Friday and the printer expects to ship the cards on Monday.",
     "The printer expects to ship the cards on Monday."),
    ("fr", "Si tu confirmes ta place avant lundi, je te garde le tapis près de la fenêtre.",
     "Confirme ta place avant lundi et je te garde le tapis près de la fenêtre.",
     "Je te garde le tapis près de la fenêtre."),
    ("de", "Wenn Sie das Formular bis Freitag zurückschicken, erstatten wir Ihnen die Gebühr.",
     "Schicken Sie das Formular bis Freitag zurück, dann erstatten wir Ihnen die Gebühr.",
     "Wir erstatten Ihnen die Gebühr."),
    ("es", "Si me confirmas la talla antes del jueves, te enviamos el abrigo el lunes.",
     "Confírmame la talla antes del jueves y te enviamos el abrigo el lunes.",
     "Te enviamos el abrigo el lunes."),
    ("pt", "Se você aprovar a prova até sexta, a gráfica deve enviar os convites na segunda.",
     "Aprove a prova até sexta e a gráfica deve enviar os convites na segunda.",
     "A gráfica deve enviar os convites na segunda."),
]


@pytest.mark.parametrize("lang,draft,kept,dropped", INSTRUCTED)
def test_the_customers_step_said_as_an_instruction_keeps_the_condition(lang, draft, kept,
                                                                       dropped):
    assert labels(letter(lang, draft), letter(lang, kept), lang) == []
    assert COND in labels(letter(lang, draft), letter(lang, dropped), lang)


STATED = [
    # The customer's step stated as done, not asked for: the condition is gone.
    ("fr", "Si tu confirmes ta place avant lundi, je te garde le tapis près de la fenêtre.",
     "Tu as confirmé ta place, et je te garde le tapis près de la fenêtre."),
    ("de", "Wenn Sie das Formular bis Freitag zurückschicken, erstatten wir Ihnen die Gebühr.",
     "Sie haben das Formular zurückgeschickt, und wir erstatten Ihnen die Gebühr."),
    # Another's event is no step of the customer's to ask for.
    ("en", "If the part arrives by Friday, we will fit it on Monday.",
     "Part arrives by Friday and we will fit it on Monday."),
]


@pytest.mark.parametrize("lang,draft,rewrite", STATED)
def test_a_step_stated_or_not_the_customers_is_caught(lang, draft, rewrite):
    assert COND in labels(letter(lang, draft), letter(lang, rewrite), lang)
