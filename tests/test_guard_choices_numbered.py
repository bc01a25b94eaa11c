"""The draft's count of its alternatives ("you have two options", "deux solutions", "dos
opciones", "duas alternativas", "zwei Möglichkeiten") is said by a rewrite that numbers them up
to that count: "Option 1 … Option 2", "Première option … Deuxième option", "1) … 2)", "Opção 1 …
Opção 2", "die zweite Möglichkeit" (facts._numbered). The count still has to be kept where the
rewrite numbers fewer or more alternatives, skips one, or numbers none: that count is what
tells that an alternative was left out.

Sentences written for this rule, none taken from a corpus set. On main, the 5 faithful pairs
fail (fact_missing); the unsafe ones are caught on main too."""

from __future__ import annotations

import pytest

from tests.masked_guard import as_written

FAITHFUL = [
    ("en", "You have two options: we repair the lamp for free, or we refund the 40 € you paid.",
     "Here is what we can do.\nOption 1: we repair the lamp for free.\nOption 2: we refund the "
     "40 € you paid."),
    ("fr", "Vous avez deux solutions : nous réparons la lampe gratuitement, ou nous vous "
     "remboursons les 40 € payés.",
     "Première solution, nous réparons la lampe gratuitement. Deuxième solution, nous vous "
     "remboursons les 40 € payés."),
    ("es", "Tiene dos opciones: reparamos la lámpara sin costo o le devolvemos los 40 € pagados.",
     "Lo que podemos hacer:\n1) reparamos la lámpara sin costo.\n2) le devolvemos los 40 € "
     "pagados."),
    ("pt", "Tem duas alternativas: reparamos o candeeiro gratuitamente, ou reembolsamos os 40 € "
     "pagos.",
     "Opção 1: reparamos o candeeiro gratuitamente.\nOpção 2: reembolsamos os 40 € pagos."),
    ("de", "Sie haben zwei Möglichkeiten: Wir reparieren die Lampe kostenlos, oder wir erstatten "
     "Ihnen die bezahlten 40 €.",
     "Die erste Möglichkeit: Wir reparieren die Lampe kostenlos. Die zweite Möglichkeit: Wir "
     "erstatten Ihnen die bezahlten 40 €."),
]

UNSAFE = [
    # One alternative numbered, the other left out.
    ("en", "You have two options: we repair the lamp for free, or we refund the 40 € you paid.",
     "Option 1: we repair the lamp for free."),
    ("es", "Tiene dos opciones: reparamos la lámpara sin costo o le devolvemos los 40 € pagados.",
     "Lo que podemos hacer:\n1) reparamos la lámpara sin costo."),
    # A numbering that skips one, or goes past the count.
    ("fr", "Vous avez deux solutions : nous réparons la lampe gratuitement, ou nous vous "
     "remboursons les 40 € payés.",
     "Solution 1 : nous réparons la lampe gratuitement.\nSolution 3 : nous vous remboursons les "
     "40 € payés."),
    ("pt", "Tem duas alternativas: reparamos o candeeiro gratuitamente, ou reembolsamos os 40 € "
     "pagos.",
     "Opção 1: reparamos o candeeiro gratuitamente.\nOpção 2: reembolsamos os 40 € pagos.\n"
     "Opção 3: enviamos um candeeiro novo."),
    # Steps numbered are no alternatives: the count of options is still dropped.
    ("de", "Sie haben zwei Möglichkeiten: Wir reparieren die Lampe kostenlos, oder wir erstatten "
     "Ihnen die bezahlten 40 €.",
     "Schritt 1: Wir reparieren die Lampe kostenlos.\nSchritt 2: Wir erstatten Ihnen die "
     "bezahlten 40 €."),
    # Numbered with the count changed.
    ("en", "You have two options: we repair the lamp for free, or we refund the 40 € you paid.",
     "You have three options.\nOption 1: we repair the lamp for free.\nOption 2: we refund the "
     "40 € you paid."),
]


@pytest.mark.parametrize("lang,draft,rewrite", FAITHFUL)
def test_alternatives_numbered_say_their_count(lang: str, draft: str, rewrite: str) -> None:
    assert as_written(draft, rewrite, "", lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", UNSAFE)
def test_alternatives_dropped_or_miscounted_are_caught(lang: str, draft: str,
                                                        rewrite: str) -> None:
    assert as_written(draft, rewrite, "", lang)
