"""A thing a grant leaves out ("we can replace the charger, but not the battery") stays left out:
granting it too, or swapping it for the granted thing, reverses the draft's decision on it,
though the exception has no verb of its own for the decision check to read. Said again in
other words, or refused in a sentence of its own, it passes."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

CASES = [
    ("en", "We can replace the charger, but not the battery.",
     ["We can replace the charger and the battery.",
      "We can replace the battery, but not the charger.",
      "Good news: we can replace the battery along with the charger."],
     ["I can replace the charger for you; the battery isn't something we can replace.",
      "The charger can be replaced but not the battery, I'm sorry to say."]),
    ("en", "The warranty covers parts but not labour.",
     ["The warranty covers parts and labour.",
      "The warranty covers labour but not parts."],
     ["Parts are covered by the warranty; labour is not, unfortunately."]),
    ("fr", "Nous pouvons rembourser les frais de port, mais pas l'article.",
     ["Nous pouvons rembourser l'article et les frais de port.",
      "Nous pouvons rembourser l'article, mais pas les frais de port."],
     ["Je peux vous rembourser les frais de port ; l'article, lui, ne peut pas être remboursé.",
      "Les frais de port vous seront remboursables, mais pas l'article."]),
    ("es", "Podemos cambiar la funda, pero no la pantalla.",
     ["Podemos cambiar la funda y la pantalla.",
      "Podemos cambiar la pantalla, pero no la funda."],
     ["Le cambiamos la funda sin problema; la pantalla, en cambio, no podemos cambiarla."]),
    ("de", "Wir können die Schrauben ersetzen, aber nicht das Gehäuse.",
     ["Wir können die Schrauben und das Gehäuse ersetzen.",
      "Wir können das Gehäuse ersetzen, aber nicht die Schrauben."],
     ["Die Schrauben ersetzen wir gern; das Gehäuse können wir leider nicht ersetzen."]),
    ("pt", "Podemos reembolsar o frete, mas não o produto.",
     ["Podemos reembolsar o produto e o frete.",
      "Podemos reembolsar o produto, mas não o frete."],
     ["Conseguimos reembolsar o valor do frete; o produto, infelizmente, não pode ser "
      "reembolsado."]),
]


@pytest.mark.parametrize("lang,draft,bad", [(lg, d, b) for lg, d, bads, _ in CASES for b in bads])
def test_a_thing_left_out_granted_again_is_caught(lang: str, draft: str, bad: str) -> None:
    assert "decision_changed" in labels(draft, bad, lang)


@pytest.mark.parametrize("lang,draft,good", [(lg, d, g) for lg, d, _, goods in CASES
                                             for g in goods])
def test_a_thing_left_out_said_again_passes(lang: str, draft: str, good: str) -> None:
    assert "decision_changed" not in labels(draft, good, lang)


@pytest.mark.parametrize("lang,draft,rewrite", [
    # "but not" before a time, or before what the grant already names, leaves nothing out.
    ("en", "We can refund it, but not before Friday.", "We can refund it from Friday on."),
    ("en", "We can't replace it, but not because of anything you did.",
     "We can't replace it, and that isn't because of anything you did."),
    ("fr", "Nous vous rembourserons sauf si le colis a été ouvert.",
     "Nous vous rembourserons, sauf si le colis a été ouvert."),
    # "except" says what is not done yet as often as what is refused: the rest done later.
    ("en", "Everything for the move is ready except the paperwork.",
     "Everything for the move is ready, and I'll send the paperwork tomorrow."),
])
def test_an_exception_that_leaves_nothing_out_is_none(lang: str, draft: str,
                                                        rewrite: str) -> None:
    assert "decision_changed" not in labels(draft, rewrite, lang)


# A grant the draft limits to one thing ("we can only refund the shipping") is widened by a
# rewrite that joins something more to it without the "only".
LIMITED = [
    ("en", "We can only refund the shipping.",
     ["We can refund the shipping and the item.",
      "The shipping and the item can be refunded."],
     ["The shipping is the one part we can refund.",
      "I can refund the shipping only, and I'm sorry the item isn't covered."]),
    ("en", "The warranty covers the motor only.",
     ["The warranty covers the motor and the pump."],
     ["Your warranty covers just the motor, so the pump falls outside it."]),
    ("fr", "Nous ne pouvons rembourser que les frais de port.",
     ["Nous pouvons rembourser les frais de port et l'article."],
     ["Seuls les frais de port peuvent être remboursés.",
      "Je peux vous rembourser les frais de port, mais pas l'article."]),
    ("es", "Solo podemos reembolsar el envío.",
     ["Podemos reembolsar el envío y el artículo."],
     ["Lo único que podemos reembolsar es el envío.",
      "Podemos reembolsarle solo el envío y lamento no poder hacer más."]),
    ("de", "Wir können nur den Versand erstatten.",
     ["Wir können den Versand und den Artikel erstatten."],
     ["Erstatten können wir leider nur den Versand."]),
    ("pt", "Só podemos reembolsar o frete.",
     ["Podemos reembolsar o frete e o produto."],
     ["Conseguimos reembolsar apenas o frete."]),
]


@pytest.mark.parametrize("lang,draft,bad", [(lg, d, b) for lg, d, bads, _ in LIMITED for b in bads])
def test_a_limited_grant_widened_is_caught(lang: str, draft: str, bad: str) -> None:
    assert "new_commitment:limit" in labels(draft, bad, lang)


@pytest.mark.parametrize("lang,draft,good", [(lg, d, g) for lg, d, _, goods in LIMITED
                                             for g in goods])
def test_a_limited_grant_said_again_passes(lang: str, draft: str, good: str) -> None:
    assert "new_commitment:limit" not in labels(draft, good, lang)


@pytest.mark.parametrize("lang,draft,bad,good", [
    ("en", "We refund the ticket, not the hotel.", "We refund the ticket and the hotel.",
     "We'll refund your ticket; the hotel isn't covered."),
    ("fr", "Nous remboursons le billet, pas l'hôtel.", "Nous remboursons le billet et l'hôtel.",
     "Le billet vous est remboursé ; l'hôtel, non."),
    ("es", "Reembolsamos el billete, no el hotel.", "Reembolsamos el billete y el hotel.",
     "Le reembolsamos el billete; el hotel no entra."),
    ("de", "Wir erstatten das Ticket, nicht das Hotel.", "Wir erstatten das Ticket und das Hotel.",
     "Das Ticket erstatten wir Ihnen; das Hotel leider nicht."),
    ("pt", "Reembolsamos o bilhete, não o hotel.", "Reembolsamos o bilhete e o hotel.",
     "O bilhete é reembolsado; o hotel não."),
])
def test_a_thing_left_out_after_a_comma_stays_out(lang: str, draft: str, bad: str,
                                                   good: str) -> None:
    assert "decision_changed" in labels(draft, bad, lang)
    assert "decision_changed" not in labels(draft, good, lang)
