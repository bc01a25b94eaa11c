"""A hedge said in another shape or with other words stays a hedge, and a rewrite dropping it
is still rejected (guard/modality.py, the hedge keys of lang/*.json):

- a clause telling back what the customer wrote ("a charge from a casino in Macau when you've
  never gambled is alarming") restates their account, not the draft's hedged promise; one
  promising it ("we will reverse the charge from the casino in Macau") is still read;
- a short label and a verbless value are one clause ("Extra 6 lbs: probably possible");
  a value stating it in a verb of its own ("Fecha prevista: estará terminada") is not
  softened by the label;
- "ob … kann ich nicht versprechen" said as "dass … kann ich nicht versprechen" keeps the
  question open;
- "weather permitting" said as "if the weather allows" (a condition on that very thing);
- hedges the guard did not know: "probar a", "nous essayons", "nous cherchons à".

Written for these rules (none comes from a corpus set)."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

CUSTOMER = ("Hi, there is a charge of $312.40 from a casino in Macau on my card. I have never "
            "gambled in my life and never left Ohio. Remove it now.")
CHARGE = ("Hello Dana,\n\nI have frozen your card. We will review the $312.40 charge with the "
          "merchant; disputes usually take up to 10 days.\n\nBest,\nLee")
LABEL = ("Hi Sam,\n\nYour order of 40 lbs is booked for May 3. We can probably add the extra "
         "6 lbs, but supply depends on the catch.\n\nBest,\nRay")
OB = ("Hallo Jana,\n\ndie neue Rolle drucken wir dir kostenlos nach. Ob sie vor dem 12. März "
      "bei dir ist, kann ich dir leider nicht versprechen.\n\nViele Grüße\nTom")
LANE = "Hi Ann,\n\nThe 9 pm lane may still be open, but I can't hold it.\n\nBest,\nBo"
RESIN = ("Hola Luis:\n\nPodemos intentar sellar la grieta con resina, lo que cuesta 30 €.\n\n"
         "Un saludo,\nAna")
FITTING = ("Hola Marta:\n\nSi Pablo no puede venir a la prueba, lo más seguro es que haya que "
           "ajustar su chaqueta después.\n\nUn saludo,\nAna")
ROOF = ("Dear Kim,\n\nWe are now planning to start on 3 June, weather permitting; the job takes "
        "4 days.\n\nBest,\nJo")
BUS = ("Bonjour Paul,\n\nNous essayons d'ajouter des courses à 7 h 40, sans pouvoir le confirmer."
       "\n\nCordialement,\nLéa")
MIRROR = ("Bonjour Marc,\n\nLe sextant devrait être prêt vers le 14 mai.\n\nCordialement,\nLéa")
SEAT = ("Bonjour Inès,\n\nJe cherche à vous obtenir une place au premier rang pour le 3 mai."
        "\n\nCordialement,\nLéa")
DATE = ("Hola Ana:\n\nCalculamos que la reparación estará terminada el 5 de mayo.\n\n"
        "Un saludo,\nLuis")

FAITHFUL = [
    ("en", ROOF, "", "Dear Kim,\n\nOur plan is to start on 3 June if the weather allows, and the "
                     "job takes 4 days.\n\nBest,\nJo"),
    ("fr", MIRROR, "", "Bonjour Marc,\n\n– Date probable : vers le 14 mai.\n\nCordialement,\nLéa"),
    ("fr", BUS, "", "Bonjour Paul,\n\nNous cherchons à ajouter des courses à 7 h 40, sans pouvoir "
                    "le confirmer.\n\nCordialement,\nLéa"),
    ("fr", SEAT, "", "Bonjour Inès,\n\nPour le 3 mai, on cherche à vous obtenir une place au "
                     "premier rang.\n\nCordialement,\nLéa"),
    ("fr", BUS, "", "Bonjour Paul,\n\nOn essaie d'ajouter des courses à 7 h 40, sans pouvoir le "
                    "confirmer.\n\nCordialement,\nLéa"),
    ("en", CHARGE, CUSTOMER,
     "Hello Dana,\n\nA $312.40 charge from a casino in Macau when you have never gambled or "
     "left Ohio is alarming. I have frozen your card, and we will review the $312.40 charge "
     "with the merchant; disputes usually take up to 10 days.\n\nBest,\nLee"),
    ("en", LABEL, "",
     "Hi Sam,\n\nBooked: 40 lbs for May 3.\nExtra 6 lbs: probably possible, but supply depends "
     "on the catch.\n\nBest,\nRay"),
    ("es", DATE, "", "Hola Ana:\n\n- Fecha prevista: el 5 de mayo.\n\nUn saludo,\nLuis"),
    ("de", OB, "",
     "Hallo Jana,\n\ndie neue Rolle drucken wir dir kostenlos nach. Dass sie vor dem 12. März "
     "bei dir ist, kann ich dir leider nicht versprechen.\n\nViele Grüße\nTom"),
    ("es", RESIN, "",
     "Hola Luis:\n\nPodemos probar a sellar la grieta con resina, por 30 €.\n\nUn saludo,\nAna"),
]

UNSAFE = [
    ("en", ROOF, "", "Dear Kim,\n\nWe will start on 3 June if the scaffold is free, and the job "
                     "takes 4 days.\n\nBest,\nJo"),
    ("en", ROOF, "", "Dear Kim,\n\nWe start on 3 June; the job takes 4 days.\n\nBest,\nJo"),
    ("fr", MIRROR, "", "Bonjour Marc,\n\n– Date : le sextant sera prêt le 14 mai.\n\n"
                       "Cordialement,\nLéa"),
    ("fr", SEAT, "", "Bonjour Inès,\n\nPour le 3 mai, je vous obtiens une place au premier "
                     "rang.\n\nCordialement,\nLéa"),
    ("fr", BUS, "", "Bonjour Paul,\n\nNous ajoutons des courses à 7 h 40.\n\nCordialement,\nLéa"),
    ("en", CHARGE, CUSTOMER,
     "Hello Dana,\n\nI have frozen your card, and we will reverse the $312.40 charge from the "
     "casino in Macau; disputes usually take up to 10 days.\n\nBest,\nLee"),
    ("en", LABEL, "",
     "Hi Sam,\n\nBooked: 40 lbs for May 3.\nExtra 6 lbs: added, and supply depends on the "
     "catch.\n\nBest,\nRay"),
    ("es", DATE, "",
     "Hola Ana:\n\n- Fecha prevista: estará terminada el 5 de mayo.\n\nUn saludo,\nLuis"),
    ("de", OB, "",
     "Hallo Jana,\n\ndie neue Rolle drucken wir dir kostenlos nach. Sie ist vor dem 12. März "
     "bei dir.\n\nViele Grüße\nTom"),
    ("en", LANE, "", "Hi Ann,\n\nThe 9 pm lane is still open, but I can't hold it.\n\nBest,\nBo"),
    ("es", RESIN, "",
     "Hola Luis:\n\nSellaremos la grieta con resina, por 30 €.\n\nUn saludo,\nAna"),
    ("es", FITTING, "",
     "Hola Marta:\n\nSi Pablo no puede venir a la prueba, ajustaremos su chaqueta después."
     "\n\nUn saludo,\nAna"),
]


@pytest.mark.parametrize(("lang", "draft", "customer", "rewrite"), FAITHFUL)
def test_the_hedge_said_otherwise_passes(lang, draft, customer, rewrite):
    assert not new_commitment(labels(draft, rewrite, lang, customer), "modality")


@pytest.mark.parametrize(("lang", "draft", "customer", "rewrite"), UNSAFE)
def test_the_hedge_dropped_is_rejected(lang, draft, customer, rewrite):
    assert labels(draft, rewrite, lang, customer)
