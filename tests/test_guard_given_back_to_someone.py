"""Money given back to someone named after the verb, with no pronoun before it ("devolvemos a tu
amiga el importe de su plaza", "devolvemos à sua filha o valor", "nous rendons à votre fils le
montant"): the "a"/"à" names who gets it as "le"/"lhe"/"vous" does (`given_back`), so a draft
saying so refunds it, and a rewrite's "a tu amiga le reembolso el importe" says the draft's
refund again. Not where the "a" names where the money goes ("a tu cuenta", "ao seu cartão",
"sur votre compte": said so, the act's own word decides as before), and read only where the
clause names money: "devolvemos a su dueño la bicicleta" gives back a thing. Every case is
written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

ES = ("La clase de cerámica de tu amiga se canceló por nuestra culpa. Devolvemos a tu amiga el "
      "importe de su plaza, 40 €, en su tarjeta.")
PT = ("A aula de cerâmica da sua filha foi cancelada por culpa nossa. Devolvemos à sua filha o "
      "valor da inscrição, 40 €, no cartão.")
FR = ("Le cours de poterie de votre fils a été annulé par notre faute. Nous rendons à votre fils "
      "le montant de son inscription, 40 €, sur sa carte.")
ES_BIKE = ("Encontramos la bicicleta en el almacén. Devolvemos a su dueño la bicicleta el lunes, "
           "en la tienda.")


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("es", ES, "La clase de cerámica de tu amiga se canceló por nuestra culpa. A tu amiga le "
               "reembolso el importe de su plaza, 40 €, en su tarjeta."),
    ("pt", PT, "A aula de cerâmica da sua filha foi cancelada por culpa nossa. Reembolsamos à "
               "sua filha o valor da inscrição, 40 €, no cartão."),
    ("fr", FR, "Le cours de poterie de votre fils a été annulé par notre faute. Nous remboursons "
               "à votre fils le montant de son inscription, 40 €, sur sa carte."),
])
def test_the_drafts_money_back_said_again_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []


@pytest.mark.parametrize("lang,draft,rewrite", [
    # A thing given back is no refund: money back in the rewrite is new.
    ("es", ES_BIKE, "Encontramos la bicicleta en el almacén. El lunes se la devolvemos a su "
                    "dueño en la tienda y le reembolsamos los 15 € del alquiler."),
    # The draft's refund said again, and a second one beside it.
    ("es", ES, "La clase de cerámica de tu amiga se canceló por nuestra culpa. A tu amiga le "
               "reembolso el importe de su plaza, 40 €, en su tarjeta, y a ti te reembolso "
               "también la cena de 25 €."),
])
def test_other_money_back_is_still_new(lang: str, draft: str, rewrite: str) -> None:
    assert "new_commitment:refund" in labels(draft, rewrite, lang)
