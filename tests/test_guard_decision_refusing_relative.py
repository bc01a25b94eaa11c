"""An extension named in one clause and refused by a relative clause after its comma that
points back at it ("…asked for an extension, which isn't possible", "…um eine Verlängerung
gebeten, die leider nicht möglich ist", "…une prolongation, ce qui n'est pas possible", "…una
prórroga, lo cual no es posible", "…uma prorrogação, o que não é possível") is refused: a
rewrite that grants it is caught, and one that says the refusal so keeps the draft's "no". A
relative that refuses another act ("which we couldn't prevent") refuses no extension. Every
sentence written for this file, both ways."""

from __future__ import annotations

import pytest

from tests.masked_guard import letter, verdict

# (lang, draft refusing plainly, rewrite refusing with a relative clause, rewrite granting)
CASES = [
    ("en",
     "We can't extend the rental beyond Sunday.",
     "You asked about an extension of the rental beyond Sunday, which isn't possible.",
     "We'll extend the rental beyond Sunday."),
    ("es",
     "No podemos prorrogar el alquiler más allá del domingo.",
     "Nos pide una prórroga del alquiler más allá del domingo, lo cual no es posible.",
     "Le prorrogamos el alquiler más allá del domingo."),
    ("pt",
     "Não conseguimos prorrogar o aluguer para além de domingo.",
     "Pediu uma prorrogação do aluguer para além de domingo, o que não é possível.",
     "Prorrogamos o aluguer para além de domingo."),
    ("fr",
     "Nous ne pouvons pas prolonger la location au-delà de dimanche.",
     "Vous demandez une prolongation de la location au-delà de dimanche, ce qui n'est pas "
     "possible.",
     "Nous prolongeons la location au-delà de dimanche."),
    ("de",
     "Die Miete können wir nicht über Sonntag hinaus verlängern.",
     "Sie fragen nach einer Verlängerung der Miete über Sonntag hinaus, die leider nicht "
     "möglich ist.",
     "Wir verlängern die Miete über Sonntag hinaus."),
]


@pytest.mark.parametrize("lang,draft,relative,granted", CASES)
def test_a_refusing_relative_keeps_the_decision(lang: str, draft: str, relative: str,
                                                granted: str) -> None:
    assert "decision_changed" not in verdict(letter(lang, draft), letter(lang, relative), "",
                                             lang)


@pytest.mark.parametrize("lang,draft,relative,granted", CASES)
def test_granting_what_a_relative_refused_is_caught(lang: str, draft: str, relative: str,
                                                    granted: str) -> None:
    assert "decision_changed" in verdict(letter(lang, relative), letter(lang, granted), "",
                                         lang)


def test_a_relative_refusing_another_act_refuses_no_extension() -> None:
    draft = "The delivery was postponed, which we couldn't prevent."
    kept = "We couldn't stop the delivery being postponed."
    assert "decision_changed" not in verdict(letter("en", draft), letter("en", kept), "", "en")
