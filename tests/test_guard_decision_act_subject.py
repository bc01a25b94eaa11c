"""An extension refused with the act named as a noun in the clause that opens the sentence,
set off from its predicate by an aside ("la prolongation du délai, malheureusement, n'est pas
possible", "an extension of the deadline, I'm afraid, isn't possible"), is still a refusal: a
rewrite that grants it is caught, and a rewrite that says the refusal so keeps the draft's
"no". A noun phrase with a verb of its own ("die Verschiebung der Lieferung war nötig") is a
clause of its own, and the "can't" after it refuses no extension. Every sentence written for
this file, both ways."""

from __future__ import annotations

import pytest

from tests.masked_guard import letter, verdict

# (lang, draft refusing with the act as a noun before an aside, rewrite granting it,
#  rewrite refusing it plainly)
CASES = [
    ("en",
     "An extension of the trial period, I'm afraid, isn't possible.",
     "We'll extend the trial period for you.",
     "I'm afraid we can't extend the trial period."),
    ("es",
     "La prórroga del periodo de prueba, lamentablemente, no es posible.",
     "Le prorrogamos el periodo de prueba.",
     "Lamentablemente no podemos prorrogar el periodo de prueba."),
    ("pt",
     "A prorrogação do período de teste, infelizmente, não é possível.",
     "Prorrogamos o período de teste para si.",
     "Infelizmente não conseguimos prorrogar o período de teste."),
    ("fr",
     "La prolongation de la période d'essai, malheureusement, n'est pas possible.",
     "Nous prolongeons la période d'essai pour vous.",
     "Malheureusement, nous ne pouvons pas prolonger la période d'essai."),
    ("de",
     "Eine Verlängerung der Testphase, leider, ist nicht möglich.",
     "Wir verlängern die Testphase für Sie.",
     "Die Testphase können wir leider nicht verlängern."),
]


@pytest.mark.parametrize("lang,draft,granted,kept", CASES)
def test_granting_an_extension_refused_as_a_subject_is_caught(lang: str, draft: str,
                                                              granted: str, kept: str) -> None:
    assert "decision_changed" in verdict(letter(lang, draft), letter(lang, granted), "", lang)


@pytest.mark.parametrize("lang,draft,granted,kept", CASES)
def test_the_refusal_said_plainly_keeps_it(lang: str, draft: str, granted: str,
                                           kept: str) -> None:
    assert "decision_changed" not in verdict(letter(lang, kept), letter(lang, draft), "", lang)
    assert "decision_changed" not in verdict(letter(lang, draft), letter(lang, kept), "", lang)


@pytest.mark.parametrize("lang,draft,faithful", [
    ("de", "Die Verschiebung der Lieferung war leider nötig, wir können nicht früher liefern.",
     "Die Lieferung musste leider verschoben werden; früher liefern ist nicht möglich."),
    ("en", "The postponement of the delivery was needed, and we can't deliver sooner.",
     "The delivery had to be postponed; delivering sooner isn't possible."),
    ("fr", "Le report de la livraison était nécessaire, nous ne pouvons pas livrer plus tôt.",
     "La livraison a dû être reportée ; livrer plus tôt n'est pas possible."),
])
def test_a_noun_with_its_own_verb_refuses_nothing_after_it(lang: str, draft: str,
                                                           faithful: str) -> None:
    assert "decision_changed" not in verdict(letter(lang, draft), letter(lang, faithful), "",
                                             lang)
