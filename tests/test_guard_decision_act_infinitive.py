"""An extension refused with the act said as an infinitive in a clause of its own — put after
the clause that says it can't be done ("es ist leider nicht möglich, die Frist zu
verlängern") or opening the sentence ("die Reservierung zu verlängern, liegt nicht in unserer
Hand", "le prolonger, je ne le peux pas") — is still a refusal: a rewrite that says it so
keeps the draft's "no", and one that grants the extension a draft said no to that way is
caught. A clause whose "no" says no trouble ("ist kein Problem") refuses nothing. Every
sentence written for this file, both ways."""

from __future__ import annotations

import pytest

from tests.masked_guard import letter, verdict

# (lang, draft refusing plainly, faithful rewrite with the infinitive in its own clause)
RESTATED = [
    ("en",
     "We can't extend the trial period, because the licence ends with the school year.",
     "Extending the trial period, I'm afraid, isn't possible: the licence ends with the school "
     "year."),
    ("es",
     "No podemos ampliar el periodo de prueba, porque la licencia termina con el curso.",
     "Ampliar el periodo de prueba, por desgracia, no es posible: la licencia termina con el "
     "curso."),
    ("pt",
     "Não conseguimos prorrogar o período de teste, porque a licença termina com o ano letivo.",
     "Prorrogar o período de teste, infelizmente, não conseguimos: a licença termina com o ano "
     "letivo."),
    ("fr",
     "Nous ne pouvons pas prolonger la période d'essai, car la licence se termine avec l'année "
     "scolaire.",
     "Prolonger la période d'essai, je ne le peux pas : la licence se termine avec l'année "
     "scolaire."),
    ("de",
     "Eine Verlängerung der Testphase können wir nicht anbieten, weil die Lizenz mit dem "
     "Schuljahr endet.",
     "Die Testphase zu verlängern, liegt leider nicht in unserer Hand, weil die Lizenz mit dem "
     "Schuljahr endet."),
]

# (lang, draft refusing with the infinitive in its own clause, rewrite granting the extension)
GRANTED = [
    ("en",
     "It isn't possible, I'm afraid, to extend the trial period.",
     "We'll extend the trial period for you."),
    ("es",
     "No es posible, lamentablemente, ampliar el periodo de prueba.",
     "Le ampliamos el periodo de prueba."),
    ("pt",
     "Prorrogar o período de teste, infelizmente, não é possível.",
     "Prorrogamos o período de teste para si."),
    ("fr",
     "Il ne nous est pas possible, hélas, de prolonger la période d'essai.",
     "Nous prolongeons la période d'essai pour vous."),
    ("de",
     "Es ist leider nicht möglich, die Testphase zu verlängern.",
     "Wir verlängern die Testphase für Sie."),
]


@pytest.mark.parametrize("lang,draft,faithful", RESTATED)
def test_an_infinitive_beside_its_no_keeps_the_refusal(lang: str, draft: str,
                                                      faithful: str) -> None:
    assert "decision_changed" not in verdict(letter(lang, draft), letter(lang, faithful), "",
                                             lang)


@pytest.mark.parametrize("lang,draft,unsafe", GRANTED)
def test_granting_what_an_infinitive_clause_refused_is_caught(lang: str, draft: str,
                                                               unsafe: str) -> None:
    assert "decision_changed" in verdict(letter(lang, draft), letter(lang, unsafe), "", lang)


@pytest.mark.parametrize("lang,draft,kept", [
    ("de", "Die Testphase zu verlängern, ist kein Problem.",
     "Wir verlängern die Testphase gern."),
    ("en", "Extending the trial period, honestly, is no problem.",
     "We're happy to extend the trial period."),
])
def test_no_trouble_refuses_nothing(lang: str, draft: str, kept: str) -> None:
    assert "decision_changed" not in verdict(letter(lang, draft), letter(lang, kept), "", lang)


def test_a_purpose_clause_is_no_act_refused() -> None:
    """German "um … zu" says what for: in "um die Testphase zu verlängern, müssen Sie nichts
    tun" nothing is refused, and a rewrite that extends it as the draft does passes."""
    draft = "Um die Testphase zu verlängern, müssen Sie nichts weiter tun; wir verlängern sie."
    kept = "Sie müssen nichts weiter tun: Wir verlängern die Testphase für Sie."
    assert "decision_changed" not in verdict(letter("de", draft), letter("de", kept), "", "de")


def test_a_clause_between_is_no_aside() -> None:
    """Only an aside (`asides`: "I'm afraid", "por desgracia") is passed over: in "ampliar el
    plazo, se lo damos, pero no podemos cambiar la hora" the "no" is the hour's, and the
    extension given is no extension refused."""
    draft = "Ampliar el plazo, se lo damos, pero no podemos cambiar la hora de entrega."
    kept = "Le ampliamos el plazo, pero la hora de entrega no se puede cambiar."
    assert "decision_changed" not in verdict(letter("es", draft), letter("es", kept), "", "es")
