"""A grant widened by one more thing joined on before the draft's own words: "The warranty
covers the motor for two years" said as "The warranty covers the motor and the battery for two
years" passed in all five languages ("…y la batería durante dos años", "…und den Akku zwei
Jahre lang ab"), because only an "and the …" closing its clause was read. A thing joined on
may now be followed by words the draft says (`exceptions._thing`), when it is one word new to
the draft and the "and" goes on the grant's own clause. Two new words are a thing and its verb
("…y el nuevo sale esta semana"), and an "and" after a comma opens a clause of its own ("…, and
the refund reaches you within 5 days"): both still pass.

Sentences written for this rule, none taken from a corpus set. 7 of the 17 tests fail on main
(the grants widened but the kettle and its charger, caught there already); the rest passed
there too."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

WIDENED = [
    ("en", "The warranty covers the motor for two years.",
     "The warranty covers the motor and the battery for two years."),
    ("es", "La garantía cubre el motor durante dos años.",
     "La garantía cubre el motor y la batería durante dos años."),
    ("de", "Die Garantie deckt den Motor zwei Jahre lang ab.",
     "Die Garantie deckt den Motor und den Akku zwei Jahre lang ab."),
    ("fr", "La garantie couvre le moteur pendant deux ans.",
     "La garantie couvre le moteur et la batterie pendant deux ans."),
    ("pt", "A garantia cobre o motor durante dois anos.",
     "A garantia cobre o motor e a bateria durante dois anos."),
    ("en", "We can refund the shoes within 5 days.",
     "We can refund the shoes and the socks within 5 days."),
    ("en", "We'll replace the kettle this week.",
     "We'll replace the kettle and the charger this week."),
    ("de", "Wir ersetzen den Wasserkocher diese Woche.",
     "Wir ersetzen den Wasserkocher und den Deckel diese Woche."),
]
FAITHFUL = [
    ("es", "Reemplazaremos el hervidor esta semana.",
     "Reemplazaremos el hervidor y el nuevo sale esta semana."),
    ("fr", "Nous remplacerons la bouilloire cette semaine.",
     "Nous remplacerons la bouilloire et votre commande partira cette semaine."),
    ("es", "Reemplazaremos el hervidor esta semana.",
     "Reemplazaremos el hervidor y la tapa llega esta semana."),
    ("pt", "Vamos substituir a chaleira esta semana.",
     "Vamos substituir a chaleira e a nova chega esta semana."),
    ("de", "Wir ersetzen den Wasserkocher diese Woche.",
     "Wir ersetzen den Wasserkocher und das Paket kommt diese Woche."),
    ("en", "We can refund the shoes within 5 days.",
     "We can refund the shoes, and the refund reaches you within 5 days."),
    ("en", "We can refund the shoes within 5 days.",
     "We can refund the shoes and the refund reaches you within 5 days."),
    ("en", "We'll replace the kettle this week.",
     "We'll replace the kettle and your new kettle ships this week."),
    ("en", "The warranty covers the motor for two years.",
     "For two years, the warranty covers the motor."),
]


@pytest.mark.parametrize("lang,draft,rewrite", WIDENED)
def test_a_thing_joined_before_the_drafts_words_widens_the_grant(lang: str, draft: str,
                                                                 rewrite: str) -> None:
    assert new_commitment(labels(draft, rewrite, lang), "limit")


@pytest.mark.parametrize("lang,draft,rewrite", FAITHFUL)
def test_a_clause_joined_on_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []
