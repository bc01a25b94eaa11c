"""A dash between two numbers ("3–5 business days") is a range, not a dash ending a clause
(`text.norm`): "refunds usually take 3–5 business days to show once the book is back" keeps
the draft's "once the book is back with us, refunds usually take 3–5 business days" — the
condition still covers the whole range. Said without it, the condition is still dropped.
Every case is written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

CASES = [
    ("en", "Once the book is back with us, refunds usually take 3–5 business days to show.",
     "Refunds usually take 3–5 business days to show once the book is back with us.",
     "Refunds usually take 3–5 business days to show."),
    ("es", "Una vez que el libro vuelva a nuestro almacén, el reembolso suele tardar 3–5 días "
           "hábiles.",
     "El reembolso suele tardar 3–5 días hábiles una vez que el libro vuelva a nuestro almacén.",
     "El reembolso suele tardar 3–5 días hábiles."),
    ("pt", "Assim que o livro voltar ao nosso armazém, o reembolso costuma levar 3–5 dias úteis.",
     "O reembolso costuma levar 3–5 dias úteis assim que o livro voltar ao nosso armazém.",
     "O reembolso costuma levar 3–5 dias úteis."),
    ("fr", "Dès que le livre sera revenu à notre entrepôt, le remboursement prend en général 3–5 "
           "jours ouvrés.",
     "Le remboursement prend en général 3–5 jours ouvrés dès que le livre sera revenu à notre "
     "entrepôt.",
     "Le remboursement prend en général 3–5 jours ouvrés."),
    ("de", "Sobald das Buch wieder in unserem Lager ist, dauert die Erstattung meist 3–5 "
           "Werktage.",
     "Die Erstattung dauert meist 3–5 Werktage, sobald das Buch wieder in unserem Lager ist.",
     "Die Erstattung dauert meist 3–5 Werktage."),
]


@pytest.mark.parametrize("lang,draft,kept,_dropped", CASES)
def test_a_condition_after_a_range_passes(lang: str, draft: str, kept: str,
                                          _dropped: str) -> None:
    assert labels(draft, kept, lang) == []


@pytest.mark.parametrize("lang,draft,_kept,dropped", CASES)
def test_the_condition_dropped_is_still_caught(lang: str, draft: str, _kept: str,
                                               dropped: str) -> None:
    assert "new_commitment:condition" in labels(draft, dropped, lang)
