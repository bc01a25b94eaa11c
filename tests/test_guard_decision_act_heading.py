"""An extension named in a topic heading the sentence opens on, its refusal after the colon
("Sobre la prórroga: no es posible", "Quanto à prorrogação: não é possível", "About extending
the deadline: we can't"), is refused: the heading labels what follows it. A rewrite that says
the refusal so keeps the draft's "no", and a rewrite that grants an extension a draft refused
so is caught. A "no" after the colon that is no refusal ("no hay problema") refuses nothing.
Every sentence written for this file, both ways."""

from __future__ import annotations

import pytest

from tests.masked_guard import letter, verdict

# (lang, draft refusing plainly, rewrite refusing under a heading, rewrite granting it)
CASES = [
    ("en",
     "We can't extend the deadline for the essay.",
     "About extending the essay deadline: we can't, I'm afraid.",
     "We'll extend the deadline for the essay."),
    ("es",
     "No podemos prorrogar el plazo del trabajo.",
     "Sobre la prórroga del plazo del trabajo: no es posible.",
     "Le prorrogamos el plazo del trabajo."),
    ("pt",
     "Não conseguimos prorrogar o prazo do trabalho.",
     "Quanto à prorrogação do prazo do trabalho: infelizmente não é possível.",
     "Prorrogamos o prazo do trabalho para si."),
    ("fr",
     "Nous ne pouvons pas prolonger le délai du devoir.",
     "Concernant la prolongation du délai du devoir : ce n'est pas possible.",
     "Nous prolongeons le délai du devoir pour vous."),
    ("de",
     "Die Frist für die Hausarbeit können wir nicht verlängern.",
     "Zur Verlängerung der Frist für die Hausarbeit: leider nicht möglich.",
     "Wir verlängern die Frist für die Hausarbeit."),
]


@pytest.mark.parametrize("lang,draft,headed,granted", CASES)
def test_a_refusal_under_its_heading_keeps_the_decision(lang: str, draft: str, headed: str,
                                                        granted: str) -> None:
    assert "decision_changed" not in verdict(letter(lang, draft), letter(lang, headed), "",
                                             lang)


@pytest.mark.parametrize("lang,draft,headed,granted", CASES)
def test_granting_what_a_heading_refused_is_caught(lang: str, draft: str, headed: str,
                                                   granted: str) -> None:
    assert "decision_changed" in verdict(letter(lang, headed), letter(lang, granted), "", lang)


def test_no_trouble_under_a_heading_refuses_nothing() -> None:
    draft = "Sobre la prórroga: no hay problema, se la damos hasta el lunes."
    kept = "Le damos la prórroga hasta el lunes, sin problema."
    assert "decision_changed" not in verdict(letter("es", draft), letter("es", kept), "", "es")
