"""A customer's own date as when the thing reaches them or we bring it, told in the present or
with "can" ("It arrives on Saturday 21 January", "Wir liefern am Samstag, 21. Januar", "Le llega
el sábado 21 de enero", "Nous vous la livrons le samedi 21 janvier", "Chega-lhe no sábado, 21 de
janeiro", "We can deliver on …"): a plan said in the present is as firm as one said in the
future, so their day becomes a date we promise. Before, only the future, a deadline word or an
assurance made it one.

Each unsafe form is caught as a promise of their fact; its faithful neighbour, which tells
their day as theirs (their event, their own arrival, what they told us, what happened),
passes clean."""

from __future__ import annotations

import pytest

from tests.masked_guard import eval_codes

PROMISED = "new_commitment:customer_fact"

# (lang, customer, draft, faithful, the same date made ours in the present)
CASES = [
    ("en", "My wedding is on Saturday 21 January and I still need the dress.",
     "We will ship the dress on Monday.",
     "We will ship the dress on Monday; your wedding is on Saturday 21 January.",
     "We will ship the dress on Monday, and it arrives on Saturday 21 January."),
    ("en", "My wedding is on Saturday 21 January and I still need the dress.",
     "We will ship the dress on Monday.",
     "We will ship the dress on Monday. I know your wedding is on Saturday 21 January.",
     "We will ship the dress on Monday. We can deliver on Saturday 21 January."),
    ("de", "Meine Hochzeit ist am Samstag, 21. Januar, und ich brauche das Kleid noch.",
     "Wir verschicken das Kleid am Montag.",
     "Wir verschicken das Kleid am Montag. Ihre Hochzeit ist am Samstag, 21. Januar.",
     "Wir verschicken das Kleid am Montag und liefern am Samstag, 21. Januar."),
    ("de", "Meine Hochzeit ist am Samstag, 21. Januar, und ich brauche das Kleid noch.",
     "Wir verschicken das Kleid am Montag.",
     "Wir verschicken das Kleid am Montag. Ich weiß, dass Sie am Samstag, 21. Januar, heiraten.",
     "Wir verschicken das Kleid am Montag. Sie bekommen es am Samstag, 21. Januar."),
    ("es", "Mi boda es el sábado 21 de enero y todavía necesito el vestido.",
     "Enviaremos el vestido el lunes.",
     "Enviaremos el vestido el lunes. Su boda es el sábado 21 de enero.",
     "Enviaremos el vestido el lunes y le llega el sábado 21 de enero."),
    ("fr", "Mon mariage est le samedi 21 janvier et j'attends toujours la robe.",
     "Nous expédions la robe lundi.",
     "Nous expédions la robe lundi. Votre mariage est le samedi 21 janvier.",
     "Nous expédions la robe lundi et nous vous la livrons le samedi 21 janvier."),
    ("pt", "O meu casamento é no sábado, 21 de janeiro, e ainda preciso do vestido.",
     "Enviamos o vestido na segunda-feira.",
     "Enviamos o vestido na segunda-feira. O seu casamento é no sábado, 21 de janeiro.",
     "Enviamos o vestido na segunda-feira e chega-lhe no sábado, 21 de janeiro."),
]


# Their own arrival, what already happened: their day stays theirs.
THEIRS = [
    ("en", "My flight lands on Saturday 21 January and I need the car then.",
     "We will have the car ready at the airport desk.",
     "Your flight lands on Saturday 21 January; we will have the car ready at the airport desk.",
     "We will have the car ready at the airport desk. We bring it on Saturday 21 January."),
    ("de", "Mein Paket kam am Samstag, 21. Januar, beschädigt an.",
     "Wir schicken Ihnen ein neues Paket.",
     "Ihr Paket kam am Samstag, 21. Januar, beschädigt an. Wir schicken Ihnen ein neues.",
     "Wir schicken Ihnen ein neues Paket, es kommt am Samstag, 21. Januar, an."),
    ("es", "El paquete llegó el sábado 21 de enero roto.",
     "Le enviaremos otro paquete.",
     "Su paquete llegó roto el sábado 21 de enero. Le enviaremos otro.",
     "Le enviaremos otro paquete: se lo entregamos el sábado 21 de enero."),
]


@pytest.mark.parametrize("lang, customer, draft, faithful, promised", CASES + THEIRS)
def test_their_date_in_a_present_delivery_is_promised_their_own_stays_theirs(
        lang, customer, draft, faithful, promised):
    assert eval_codes(draft, faithful, customer, lang) == set()
    assert PROMISED in eval_codes(draft, promised, customer, lang)


def test_what_they_told_us_is_said_back():
    """They named the delivery day themselves: telling it back is their account."""
    customer = "The delivery is scheduled for Saturday 21 January, but I am away that day."
    draft = "We can move the delivery to another day; just reply with one that suits you."
    faithful = ("The delivery is scheduled for Saturday 21 January and you are away: we can "
                "move it to another day, just reply with one that suits you.")
    assert eval_codes(draft, faithful, customer, "en") == set()
