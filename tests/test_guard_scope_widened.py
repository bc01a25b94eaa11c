"""A thing the draft scopes to one of its kind stays scoped: "the discount applies to your
first order" said as "applies to every order", "votre prochaine commande" as "toutes vos
commandes" passed in five languages (every marker kept, nothing refused). What a "first",
"next" or "single" scopes may not come back scoped by an "every" or "all" the draft never
says of it (`single_scopes`, `every_scopes`; guard/exceptions.py `scopes_widened`).

Sentences written for this rule, none taken from a corpus set."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

WIDENED = [
    # (lang, draft, the one scoped to every one)
    ("en", "The discount applies to your first order.", "The discount applies to every order."),
    ("en", "Delivery is free on your next order.", "Delivery is free on all your orders."),
    ("fr", "La remise s'applique à votre première commande.",
     "La remise s'applique à toutes vos commandes."),
    ("es", "El descuento se aplica a su primer pedido.",
     "El descuento se aplica a todos sus pedidos."),
    ("pt", "O desconto aplica-se à sua próxima encomenda.",
     "O desconto aplica-se a todas as suas encomendas."),
    ("de", "Der Rabatt gilt für Ihre erste Bestellung.", "Der Rabatt gilt für jede Bestellung."),
]
KEPT = [
    # (lang, draft, the same scope in other words)
    ("en", "The discount applies to your first order.",
     "Your first order gets the discount, and it covers all the items in it."),
    ("en", "First, we will refund your order.", "To start, we will refund your entire order."),
    ("fr", "La remise s'applique à votre première commande.",
     "Votre première commande bénéficie de la remise, tout simplement."),
    ("es", "El descuento se aplica a su primer pedido.",
     "Su primer pedido tendrá el descuento: todo está listo."),
    ("pt", "O desconto aplica-se à sua próxima encomenda.",
     "A sua próxima encomenda já terá o desconto, com todos os artigos incluídos."),
    ("de", "Der Rabatt gilt für Ihre erste Bestellung.",
     "Für Ihre erste Bestellung gilt der Rabatt, das ist alles schon eingetragen."),
]


def _ids(cases):
    return [pytest.param(*c, id=f"{c[0]}-{i}") for i, c in enumerate(cases)]


@pytest.mark.parametrize("lang,draft,rewrite", _ids(WIDENED))
def test_one_scoped_to_every_one_is_caught(lang: str, draft: str, rewrite: str) -> None:
    assert "new_commitment:limit" in labels(draft, rewrite, lang)


@pytest.mark.parametrize("lang,draft,rewrite", _ids(KEPT))
def test_the_same_scope_in_other_words_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []
