""""At worst" keeps a condition that only says things go badly (stop 57, helper hc).

"If that fails, we have a loan compass" and "At worst, there's a loan compass" say the same
case: the loan is what happens if things go badly. A worst case opening a clause ("at worst",
"au pire", "en el peor de los casos", "im schlimmsten Fall", "na pior das hipóteses"; new key
`worst_cases`) now keeps a draft condition that is about one word only, that word denied or a
going wrong ("fails", "coince", "falla", "schiefgeht", "falhar"; new key `going_wrong`). Read by
the condition check only.

Both ways: the loan said with no condition at all is still caught; a condition naming more
("if it isn't back by Friday") or one on something going right ("if it's approved") is not
kept by "at worst".

Sentences written for this rule, none taken from a corpus set."""

from __future__ import annotations

import pytest

from tests.masked_guard import condition_kept_and_dropped

CASES = [
    # (lang, draft, the worst case said instead, the condition dropped)
    ("en", "I can't promise the part will be back before your trip. If that fails, we have a "
           "spare compass on the club boat.",
     "I can't promise the part will be back before your trip. At worst, we have a spare "
     "compass on the club boat.",
     "I can't promise the part will be back before your trip. We have a spare compass on "
     "the club boat."),
    ("fr", "Je ne peux pas te promettre que la pièce sera revenue avant ton départ. Si ça "
           "coince, on a un compas de prêt que tu peux emprunter.",
     "Je ne peux pas te promettre que la pièce sera revenue avant ton départ. Au pire, on a "
     "un compas de prêt que tu peux emprunter.",
     "Je ne peux pas te promettre que la pièce sera revenue avant ton départ. On a un compas "
     "de prêt que tu peux emprunter."),
    ("es", "No puedo prometerte que la pieza vuelva antes de tu viaje. Si eso falla, tenemos "
           "una brújula de préstamo que puedes llevarte.",
     "No puedo prometerte que la pieza vuelva antes de tu viaje. En el peor de los casos, "
     "tenemos una brújula de préstamo que puedes llevarte.",
     "No puedo prometerte que la pieza vuelva antes de tu viaje. Tenemos una brújula de "
     "préstamo que puedes llevarte."),
    ("de", "Ich kann nicht versprechen, dass das Teil vor deiner Reise zurück ist. Wenn das "
           "schiefgeht, haben wir einen Leihkompass, den du ausleihen kannst.",
     "Ich kann nicht versprechen, dass das Teil vor deiner Reise zurück ist. Im schlimmsten "
     "Fall haben wir einen Leihkompass, den du ausleihen kannst.",
     "Ich kann nicht versprechen, dass das Teil vor deiner Reise zurück ist. Wir haben einen "
     "Leihkompass, den du ausleihen kannst."),
    ("pt", "Não posso prometer que a peça volte antes da tua viagem. Se isso falhar, temos uma "
           "bússola suplente no barco do clube.",
     "Não posso prometer que a peça volte antes da tua viagem. Na pior das hipóteses, temos "
     "uma bússola suplente no barco do clube.",
     "Não posso prometer que a peça volte antes da tua viagem. Temos uma bússola suplente "
     "no barco do clube."),
]


@pytest.mark.parametrize("lang,draft,worst,dropped", [
    pytest.param(*c, id=c[0]) for c in CASES])
def test_at_worst_keeps_things_going_badly(lang, draft, worst, dropped):
    condition_kept_and_dropped(lang, draft, worst, dropped)


@pytest.mark.parametrize("lang,draft,worst", [
    # A condition naming more than that things go badly: "at worst" does not say it.
    ("en", "If the part isn't back by Friday, we can lend you a compass.",
     "At worst, we can lend you a compass."),
    ("fr", "Si la pièce n'est pas revenue vendredi, on peut te prêter un compas.",
     "Au pire, on peut te prêter un compas."),
    ("es", "Si la pieza no ha vuelto el viernes, podemos prestarte una brújula.",
     "En el peor de los casos, podemos prestarte una brújula."),
    ("de", "Wenn das Teil am Freitag nicht zurück ist, können wir dir einen Kompass leihen.",
     "Im schlimmsten Fall können wir dir einen Kompass leihen."),
    ("pt", "Se a peça não voltar até sexta, podemos emprestar-te uma bússola.",
     "Na pior das hipóteses, podemos emprestar-te uma bússola."),
    # Nor one on something going right.
    ("en", "If it's approved, we can refund the deposit.",
     "At worst, we can refund the deposit."),
])
def test_at_worst_is_not_another_condition(lang, draft, worst):
    from tests.masked_guard import labels, letter
    assert "new_commitment:condition" in labels(letter(lang, draft), letter(lang, worst), lang)
