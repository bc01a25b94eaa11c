"""What suits the customer is their wish (stop 55, helper hc).

A condition saying the offer suits the customer ("if it suits you", "if that works for you",
"si te sirve", "si le viene bien", "wenn es Ihnen passt", "si ça vous convient", "se te der
jeito") is the customer's choice, as "if you'd like" is; so is the Portuguese wish said to "tu"
in the future subjunctive a condition takes ("se quiseres", "se preferires"). New phrases of
`condition_wishes`, read by the condition check only. A rewrite still offering the step ("we
can move it") leaves the wish out and passes clean; one stating it as done ("we'll move it")
is still caught.

Where the sentence has another condition besides the wish, the rewrite offering the step
without the wish keeps that other condition on what it covered: the sentence is read without
the wish, and what the wish named is the customer's choice. Dropping the other condition is
still caught.

Sentences written for this rule, none taken from a corpus set."""

from __future__ import annotations

import pytest

from heard.guard.conditions import _wishes
from tests.masked_guard import condition_kept_and_dropped

SUITS = [
    # (lang, draft, the offer without the wish, the step stated as done)
    ("en", "If it suits you, we can move your appointment to Tuesday at the same time.",
     "We can move your appointment to Tuesday at the same time.",
     "We'll move your appointment to Tuesday at the same time."),
    ("en", "If that works for you, we can move your appointment to Tuesday at the same time.",
     "We can move your appointment to Tuesday at the same time.",
     "We'll move your appointment to Tuesday at the same time."),
    ("es", "Si le viene bien, podemos pasar su cita al martes a la misma hora.",
     "Podemos pasar su cita al martes a la misma hora.",
     "Pasamos su cita al martes a la misma hora."),
    ("es", "Si te sirve, puedo pasarte la cita al martes a la misma hora.",
     "Puedo pasarte la cita al martes a la misma hora.",
     "Te paso la cita al martes a la misma hora."),
    ("de", "Wenn es Ihnen passt, können wir Ihren Termin auf Dienstag zur gleichen Zeit "
           "verschieben.",
     "Wir können Ihren Termin auf Dienstag zur gleichen Zeit verschieben.",
     "Wir verschieben Ihren Termin auf Dienstag zur gleichen Zeit."),
    ("fr", "Si ça vous convient, nous pouvons déplacer votre rendez-vous à mardi à la même "
           "heure.",
     "Nous pouvons déplacer votre rendez-vous à mardi à la même heure.",
     "Nous déplaçons votre rendez-vous à mardi à la même heure."),
    ("pt", "Se preferires, posso passar a tua marcação para terça à mesma hora.",
     "Posso passar a tua marcação para terça à mesma hora.",
     "Passo a tua marcação para terça à mesma hora."),
    ("pt", "Se quiseres, posso passar a tua marcação para terça à mesma hora.",
     "Posso passar a tua marcação para terça à mesma hora.",
     "Passo a tua marcação para terça à mesma hora."),
]

BESIDE = [
    # (lang, draft with the wish and another condition, the offer without the wish and with
    #  the other condition, the offer without either)
    ("en", "If it suits you, we can move your appointment to Tuesday at the same time, but only "
           "if you confirm by Friday.",
     "We can move your appointment to Tuesday at the same time, but only if you confirm by "
     "Friday.",
     "We can move your appointment to Tuesday at the same time."),
    ("es", "Si te sirve, puedo pasarte la cita al martes a la misma hora, pero solo si me "
           "confirmas antes del viernes, porque hay lista de espera.",
     "Puedo pasarte la cita al martes a la misma hora, pero solo si me confirmas antes del "
     "viernes, porque hay lista de espera.",
     "Puedo pasarte la cita al martes a la misma hora, porque hay lista de espera."),
    ("de", "Wenn es Ihnen passt, können wir Ihren Termin auf Dienstag zur gleichen Zeit "
           "verschieben, aber nur wenn Sie bis Freitag bestätigen.",
     "Wir können Ihren Termin auf Dienstag zur gleichen Zeit verschieben, aber nur wenn Sie "
     "bis Freitag bestätigen.",
     "Wir können Ihren Termin auf Dienstag zur gleichen Zeit verschieben."),
    ("fr", "Si ça vous convient, nous pouvons déplacer votre rendez-vous à mardi à la même "
           "heure, mais seulement si vous confirmez avant vendredi.",
     "Nous pouvons déplacer votre rendez-vous à mardi à la même heure, mais seulement si vous "
     "confirmez avant vendredi.",
     "Nous pouvons déplacer votre rendez-vous à mardi à la même heure."),
    ("pt", "Se te der jeito, posso passar a tua marcação para terça à mesma hora, mas só se me "
           "confirmares até sexta.",
     "Posso passar a tua marcação para terça à mesma hora, mas só se me confirmares até "
     "sexta.",
     "Posso passar a tua marcação para terça à mesma hora."),
]


@pytest.mark.parametrize("lang,draft,kept,dropped", [
    *(pytest.param(*c, id=f"suits-{c[0]}-{i}") for i, c in enumerate(SUITS)),
    *(pytest.param(*c, id=f"beside-{c[0]}-{i}") for i, c in enumerate(BESIDE)),
])
def test_what_suits_the_customer_is_their_wish(lang, draft, kept, dropped):
    condition_kept_and_dropped(lang, draft, kept, dropped)



@pytest.mark.parametrize("lang,said,wished", [
    ("es", "si te sirve", True), ("es", "si no te sirve", False),
    ("pt", "se te der jeito", True), ("pt", "se não te der jeito", False),
    ("pt", "se quiseres", True),
])
def test_what_suits_them_denied_is_no_wish(lang, said, wished):
    # "If Tuesday doesn't suit you, we refund the deposit": the refund is the other choice,
    # on that condition, not one they may take whatever they choose.
    assert bool(_wishes(lang).search(said)) is wished
