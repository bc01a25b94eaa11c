"""A customer's wish on an instruction to them is theirs to drop (stop 57, helper hc).

"If you want the discount, use the code SPRING30 at checkout": the sentence tells the customer
what to do and holds nothing of ours, so a rewrite saying "Use the code SPRING30 at checkout"
still only tells them how; it promises nothing the wish kept conditional. Before, only "you
can", "please", "usted puede", the "Sie" and "vous" imperatives and the customer named told
their step: the bare imperative of English, Spanish and Portuguese, and the "du" and "tu"
imperatives of German and French, have no mark of their own, so the wish left out read as a
dropped condition. New key `customer_imperatives` (an imperative opening the sentence or a
clause after a semicolon, colon or dash), read by the condition check only; the "Sie"/"vous"
imperative is now read too where the wish opened the sentence (its clause begins after the
wish's comma).

The unsafe near-miss is still caught: a rewrite making the step ours ("We'll apply the code
SPRING30 at checkout") drops the wish on an act of ours.

Sentences written for this rule, none taken from a corpus set."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, letter

CASES = [
    # (lang, draft: a wish on an instruction, the instruction alone, the step made ours)
    ("en", "If you want the discount, use the code SPRING30 at checkout.",
     "Use the code SPRING30 at checkout.",
     "We'll apply the code SPRING30 at checkout."),
    ("es", "Si quieres el descuento, usa el código PRIMAVERA30 al pagar.",
     "Usa el código PRIMAVERA30 al pagar.",
     "Aplicamos el código PRIMAVERA30 al pagar."),
    ("es", "Si prefiere cambiar la hora, llámenos al 900 123 456.",
     "Llámenos al 900 123 456 para cambiar la hora.",
     "Le llamaremos al 900 123 456 para cambiar la hora."),
    ("pt", "Se quiser o desconto, use o código PRIMAVERA30 no pagamento.",
     "Use o código PRIMAVERA30 no pagamento.",
     "Aplicamos o código PRIMAVERA30 no pagamento."),
    ("pt", "Se quiseres o desconto, usa o código PRIMAVERA30 no pagamento.",
     "Usa o código PRIMAVERA30 no pagamento.",
     "Vamos aplicar o código PRIMAVERA30 no pagamento."),
    ("de", "Wenn du magst, nutze beim Bezahlen den Code FRUEHLING30.",
     "Nutze beim Bezahlen den Code FRUEHLING30.",
     "Wir lösen beim Bezahlen den Code FRUEHLING30 für dich ein."),
    ("de", "Wenn Sie möchten, geben Sie beim Bezahlen den Code FRUEHLING30 ein.",
     "Geben Sie beim Bezahlen den Code FRUEHLING30 ein.",
     "Wir lösen beim Bezahlen den Code FRUEHLING30 für Sie ein."),
    ("fr", "Si tu veux la remise, utilise le code PRINTEMPS30 au paiement.",
     "Utilise le code PRINTEMPS30 au paiement.",
     "Nous appliquons le code PRINTEMPS30 au paiement."),
    ("fr", "Si vous voulez la remise, utilisez le code PRINTEMPS30 au paiement.",
     "Utilisez le code PRINTEMPS30 au paiement.",
     "Nous appliquerons le code PRINTEMPS30 au paiement."),
]


@pytest.mark.parametrize("lang,draft,kept,ours", [
    pytest.param(*c, id=f"{c[0]}-{i}") for i, c in enumerate(CASES)])
def test_a_wish_on_an_instruction_is_theirs(lang, draft, kept, ours):
    assert labels(letter(lang, draft), letter(lang, kept), lang) == []
    # Made ours, it is caught (as a dropped condition, or as the new act itself).
    assert labels(letter(lang, draft), letter(lang, ours), lang) != []


@pytest.mark.parametrize("lang,draft,rewrite", [
    # A real condition on the instruction, not a wish, is still kept: dropped, it is caught.
    ("en", "If the parcel arrives damaged, send us a photo of the box.",
     "Send us a photo of the box."),
    ("es", "Si el paquete llega dañado, envíanos una foto de la caja.",
     "Envíanos una foto de la caja."),
    ("pt", "Se a encomenda chegar danificada, envie-nos uma foto da caixa.",
     "Envie-nos uma foto da caixa."),
    ("de", "Falls das Paket beschädigt ankommt, schick uns ein Foto vom Karton.",
     "Schick uns ein Foto vom Karton."),
    ("fr", "Si le colis arrive abîmé, envoie-nous une photo du carton.",
     "Envoie-nous une photo du carton."),
])
def test_a_real_condition_on_an_instruction_is_kept(lang, draft, rewrite):
    assert "new_commitment:condition" in labels(letter(lang, draft), letter(lang, rewrite), lang)
