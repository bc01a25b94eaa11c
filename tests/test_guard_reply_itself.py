"""How the reply says it will tell ("I'll keep it short", "vou deixar claro", "je vous
rassure d'abord", "te respondo primero") is no act of ours, nor is "please let me know" (the
customer's step): neither is a new commitment. An act of ours the draft never makes, beside
such words or said as where the reply starts ("I'll start by refunding the fee"), is still
caught. Every case is written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

PLAIN = {
    "en": "Your order left our warehouse on Monday and should arrive by Thursday.",
    "pt": "A sua encomenda saiu do armazém na segunda-feira e deve chegar até quinta.",
    "es": "Su pedido salió del almacén el lunes y debería llegar el jueves.",
    "fr": "Votre commande a quitté l'entrepôt lundi et devrait arriver jeudi.",
}


@pytest.mark.parametrize("lang,opening", [
    ("en", "I'll keep it short."),
    ("en", "Please let me know if the delivery address has changed."),
    ("pt", "Vou deixar claro o que já está a andar."),
    ("pt", "Por isso vou direta ao ponto."),
    ("pt", "Vou responder primeiro à sua pergunta sobre o prazo."),
    ("es", "Te respondo primero lo del plazo."),
    ("fr", "Je vous rassure d'abord sur le délai."),
])
def test_how_the_reply_tells_is_no_act(lang: str, opening: str) -> None:
    assert not new_commitment(labels(PLAIN[lang], f"{opening} {PLAIN[lang]}", lang), "action")


@pytest.mark.parametrize("lang,added", [
    ("en", "I'll keep it short: I'll also refit the shelves in your shop myself next week."),
    ("en", "I'll start by refunding your delivery fee today."),
    ("en", "Please let me know your address and I'll send you a gift card."),
    ("pt", "Vou deixar claro: vou também pintar a fachada da sua loja na próxima semana."),
    ("es", "Voy a empezar por devolverle el coste del envío."),
    ("fr", "Je vous rassure : je repeindrai moi-même la façade de votre boutique la semaine "
           "prochaine."),
])
def test_a_new_act_beside_such_words_is_still_caught(lang: str, added: str) -> None:
    assert new_commitment(labels(PLAIN[lang], f"{PLAIN[lang]} {added}", lang))
