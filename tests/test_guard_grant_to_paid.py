"""A grant widened to a thing the draft names apart from it: "The diagnosis is free; the repair
is paid" said as "The diagnosis and the repair are free" ("El diagnóstico y la reparación son
gratuitos", "Le diagnostic et la réparation sont gratuits", "O diagnóstico e o conserto são
gratuitos", "Die Diagnose und die Reparatur sind kostenlos") passed in five languages: a thing
joined on by "and" was one more only where the draft never named it. Now a thing named only
past a semicolon or a "but" (lang `contrasts`) from every grant of the draft is one more too;
one named beside a grant in its own part of the sentence ("the socks were a gift, so we'll
refund them too") is the grant's.

Sentences written for this rule, none taken from a corpus set. 6 of the 12 tests fail on main
(the widened grants); the rest passed there too."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

WIDENED = [
    ("en", "The diagnosis is free; the repair is paid.", "The diagnosis and the repair are free."),
    ("es", "El diagnóstico es gratuito, pero la reparación se paga aparte.",
     "El diagnóstico y la reparación son gratuitos."),
    ("fr", "Le diagnostic est gratuit, mais la réparation est payante.",
     "Le diagnostic et la réparation sont gratuits."),
    ("pt", "O diagnóstico é gratuito, mas o conserto é pago à parte.",
     "O diagnóstico e o conserto são gratuitos."),
    ("de", "Die Diagnose ist kostenlos, aber die Reparatur kostet extra.",
     "Die Diagnose und die Reparatur sind kostenlos."),
    ("de", "Wir erstatten die Schuhe; die Socken waren getragen.",
     "Wir erstatten die Schuhe und die Socken."),
]
GRANTED = [
    ("en", "The socks were a gift, so we'll refund them too. We'll refund the shoes.",
     "We'll refund the shoes and the socks."),
    ("en", "We'll refund the shoes. The socks arrived torn, so we'll refund those as well.",
     "We'll refund the shoes and the socks."),
    ("en", "The diagnosis is free, and the repair is free too.",
     "The diagnosis and the repair are free."),
    ("de", "Die Diagnose ist kostenlos. Auch die Reparatur ist kostenlos.",
     "Die Diagnose und die Reparatur sind kostenlos."),
    ("es", "Le devolvemos el importe de las zapatillas y de los calcetines.",
     "Le devolvemos el importe de las zapatillas y de los calcetines."),
    ("pt", "O diagnóstico é gratuito e o conserto também não tem custo.",
     "O diagnóstico e o conserto são gratuitos."),
]


@pytest.mark.parametrize("lang,draft,rewrite", WIDENED)
def test_a_grant_joined_to_what_the_draft_keeps_apart_is_wider(lang: str, draft: str,
                                                               rewrite: str) -> None:
    assert new_commitment(labels(draft, rewrite, lang), "limit")


@pytest.mark.parametrize("lang,draft,rewrite", GRANTED)
def test_both_things_granted_by_the_draft_pass(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []
