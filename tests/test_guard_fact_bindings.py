"""A fact stays with what it is about: two facts each said of what the other was said of ("refunds
take 10 days and exchanges 5" for "refunds take 5 days and exchanges 10") keep every marker and
swap the facts. Said again in another order, or with the words of each fact moved about, they
pass."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

CASES = [
    ("en", "Refunds take 5 days and exchanges take 10 days.",
     "Refunds take 10 days and exchanges take 5 days.",
     ["Exchanges take 10 days, and refunds just 5 days.",
      "Refunds are quicker at 5 days; exchanges need 10 days."]),
    ("en", "Refund: 5 days\nExchange: 10 days", "Refund: 10 days\nExchange: 5 days",
     ["Here's the timing. Refunds: 5 days. Exchanges: 10 days."]),
    ("en", "The small box costs $12 and the large box costs $20.",
     "The large box costs $12 and the small box costs $20.",
     ["At $20 the large box is more, while the small one is $12."]),
    ("en", "Your order ORD-1 ships Monday; order ORD-2 ships Friday.",
     "Your order ORD-1 ships Friday; order ORD-2 ships Monday.",
     ["Order ORD-2 ships on Friday, and your order ORD-1 ships on Monday."]),
    ("fr", "Le remboursement prend 5 jours et l'échange 10 jours.",
     "Le remboursement prend 10 jours et l'échange 5 jours.",
     ["L'échange demande 10 jours, le remboursement seulement 5 jours."]),
    ("es", "El reembolso tarda 5 días y el cambio 10 días.",
     "El reembolso tarda 10 días y el cambio 5 días.",
     ["El cambio lleva 10 días; el reembolso, solo 5 días."]),
    ("de", "Die Erstattung dauert 5 Tage, der Umtausch 10 Tage.",
     "Die Erstattung dauert 10 Tage, der Umtausch 5 Tage.",
     ["Der Umtausch braucht 10 Tage; die Erstattung geht mit 5 Tagen schneller."]),
    ("pt", "O reembolso demora 5 dias e a troca 10 dias.",
     "O reembolso demora 10 dias e a troca 5 dias.",
     ["A troca leva 10 dias; o reembolso fica pronto em 5 dias."]),
]


@pytest.mark.parametrize("lang,draft,swapped", [(lg, d, s) for lg, d, s, _ in CASES])
def test_two_facts_swapped_are_caught(lang: str, draft: str, swapped: str) -> None:
    assert "fact_missing" in labels(draft, swapped, lang)


@pytest.mark.parametrize("lang,draft,kept", [(lg, d, k) for lg, d, _, kept in CASES
                                             for k in kept])
def test_the_facts_said_again_in_another_order_pass(lang: str, draft: str, kept: str) -> None:
    assert "fact_missing" not in labels(draft, kept, lang)
