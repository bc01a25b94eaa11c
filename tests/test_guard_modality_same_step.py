"""A hedge said again at the same strength in other words (guard/modality.py,
guard/conditions.py), in each language the reading covers.

Each case is written for the reading it proves (none comes from a corpus set): the faithful
rewrite passes clean, and its unsafe twin, the same text with the hedge made certain, is caught.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels as verdict

MODALITY = "new_commitment:modality"




# What "you" may do is permission ("you may collect it"): "you can" says it as well; "you
# will collect it" or a plain present makes it an arrangement.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("en", "Delivery costs 5 euros, or you may collect the lamp from our shop.",
     "Delivery costs 5 euros, or you can collect the lamp from our shop.",
     "Delivery costs 5 euros, or you will collect the lamp from our shop."),
    ("es", "El envío cuesta 5 euros, o usted podría recoger la lámpara en la tienda.",
     "El envío cuesta 5 euros, o usted puede recoger la lámpara en la tienda.",
     "El envío cuesta 5 euros, o usted recogerá la lámpara en la tienda."),
])
def test_what_you_may_do_said_as_can_passes(lang: str, draft: str, kept: str,
                                            firmer: str) -> None:
    assert verdict(draft, kept, lang) == []
    assert MODALITY in verdict(draft, firmer, lang)


# "La ronda" (a round, a tour) is a noun, no estimate: a sentence naming one hedges nothing,
# so a rewrite naming it again without a hedge passes; "ronda los 3 días" still estimates.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("es", "Gracias por escribirnos sobre la ronda de la reserva 4411. La espera ronda los 3 "
     "días.",
     "Te cuento cómo está la reserva 4411. La espera ronda los 3 días.",
     "Te cuento cómo está la reserva 4411. La espera es de 3 días."),
    ("pt", "Obrigado pela mensagem sobre a ronda da reserva 4411. A espera ronda os 3 dias.",
     "Conto-lhe como está a reserva 4411. A espera ronda os 3 dias.",
     "Conto-lhe como está a reserva 4411. A espera é de 3 dias."),
])
def test_a_round_is_no_estimate(lang: str, draft: str, kept: str, firmer: str) -> None:
    assert verdict(draft, kept, lang) == []
    assert MODALITY in verdict(draft, firmer, lang)


# "Isn't guaranteed" and "can't be guaranteed" disclaim what they follow as "we can't
# guarantee it" does (de "nicht garantiert", es "no está garantizado" were read already);
# the same sentence without them promises.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("en", "The spare part should reach you before 14 May, but we cannot promise it.",
     "The spare part reaches you before 14 May, though that isn't guaranteed.",
     "The spare part reaches you before 14 May."),
    ("en", "Your refund should be on your card by 3 June, but we cannot promise it.",
     "Your refund is on your card by 3 June, though that can't be guaranteed.",
     "Your refund is on your card by 3 June."),
])
def test_not_guaranteed_disclaims(lang: str, draft: str, kept: str, firmer: str) -> None:
    assert verdict(draft, kept, lang) == []
    assert MODALITY in verdict(draft, firmer, lang)
