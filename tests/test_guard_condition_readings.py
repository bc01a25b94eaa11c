"""Three readings of what is and is not a condition (guard/conditions.py, guard/modality.py),
each proved both ways on examples written for it (none comes from a corpus set).

- An "if" after a verb of checking ("check if", "avaliar se", "revisar si", "vérifier si")
  opens an indirect question when its clause runs to the sentence's end: the draft sets no
  condition there, so a rewrite saying the check in other words passes clean. Where the
  check goes on into what it conditions ("we'll check if it is in stock and send it"), it is
  still read as a condition, and a condition of the draft's dropped is still caught.
- A condition on an invitation to get in touch with us ("Melde dich gern, wenn du Fragen
  hast", "Se precisar de falar comigo, ligue para…") is the customer's own reason to write
  and commits us to nothing: said another way or left out, it passes. A condition on
  anything we do in the same sentence ("…, call us and we'll send a new one") is still ours.
- A modal of what is expected opening its clause after a condition ("…e, se o tempo
  ajudar, devem estar prontos na segunda") is still expected: "vão estar prontos" is firmer.
  French "sans doute" is a hedge ("probably"): a rewrite leaving it out states a guess.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

COND = "new_commitment:condition"
MODALITY = "new_commitment:modality"


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("pt", "Antes de instalar, o técnico precisa avaliar se o telhado aguenta o peso do "
           "reservatório. A instalação custa 300 reais.",
     "Primeiro passo: o técnico avalia se o telhado suporta o peso do reservatório. A "
     "instalação custa 300 reais."),
    ("en", "Before fitting it, our engineer needs to check if the wall can take the weight of "
           "the tank. Fitting costs 120 pounds.",
     "First step: our engineer checks if the wall will hold the tank's weight. Fitting costs "
     "120 pounds."),
    ("es", "Antes de instalarlo, el técnico tiene que comprobar si la pared aguanta el peso "
           "del depósito. La instalación cuesta 90 euros.",
     "Primer paso: el técnico comprueba si la pared soporta el peso del depósito. La "
     "instalación cuesta 90 euros."),
    ("fr", "Avant la pose, notre technicien doit vérifier si le mur supporte le poids du "
           "ballon. La pose coûte 150 euros.",
     "Première étape : notre technicien vérifie si le mur tient le poids du ballon. La pose "
     "coûte 150 euros."),
])
def test_a_check_whether_sets_no_condition(lang, draft, rewrite):
    assert COND not in labels(draft, rewrite, lang)


@pytest.mark.parametrize("lang,draft,dropped", [
    ("pt", "Se o telhado aguentar o peso do reservatório, instalamos o kit na sexta.",
     "Instalamos o kit na sexta."),
    ("en", "If the wall can take the weight of the tank, we'll fit it on Friday.",
     "We'll fit the tank on Friday."),
    ("es", "Si la pared aguanta el peso del depósito, lo instalamos el viernes.",
     "Instalamos el depósito el viernes."),
    ("fr", "Si le mur supporte le poids du ballon, nous le posons vendredi.",
     "Nous posons le ballon vendredi."),
])
def test_a_condition_beside_such_a_check_is_still_caught(lang, draft, dropped):
    assert COND in labels(draft, dropped, lang)


def test_a_check_that_goes_on_into_what_it_conditions_still_conditions_it():
    draft = "If the part is in stock, we'll send it on Friday at no cost."
    # The rewrite keeps it as "check if … and send": read as the condition, it is kept.
    kept = "We'll check if the part is in stock and send it on Friday at no cost."
    assert COND not in labels(draft, kept, "en")
    # (Dropped, it is caught: here as the free part now promised outright.)
    assert labels(draft, "We'll send the part on Friday at no cost.", "en")


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("de", "Wir tauschen den Motor am Freitag. Melde dich gern, wenn du Fragen hast.",
     "Wir tauschen den Motor am Freitag. Melde dich gern, wenn noch etwas unklar ist."),
    ("pt", "Trocamos o motor na sexta. Se precisar de falar comigo, ligue para o "
           "912 345 678 depois das 18h.",
     "Trocamos o motor na sexta. O meu número é 912 345 678, depois das 18h."),
    ("en", "We'll replace the motor on Friday. If you have any questions, call us on "
           "0161 555 0199.",
     "We'll replace the motor on Friday. You can reach us on 0161 555 0199 any time."),
    ("es", "Cambiamos el motor el viernes. Si tiene cualquier duda, no dude en escribirnos.",
     "Cambiamos el motor el viernes. Puede escribirnos cuando lo necesite."),
    ("fr", "Nous remplaçons le moteur vendredi. Si vous avez une question, n'hésitez pas à "
           "nous appeler.",
     "Nous remplaçons le moteur vendredi. Vous pouvez nous appeler à tout moment."),
])
def test_a_condition_on_an_invitation_to_get_in_touch_is_the_customers(lang, draft, rewrite):
    assert COND not in labels(draft, rewrite, lang)


@pytest.mark.parametrize("lang,draft,dropped", [
    ("en", "If the parcel hasn't arrived by Friday, call us and we'll send a new one.",
     "Call us and we'll send a new one."),
    ("de", "Wenn das Paket bis Freitag nicht da ist, ruf uns an und wir schicken ein neues.",
     "Ruf uns an und wir schicken ein neues."),
    ("pt", "Se a encomenda não chegar até sexta, ligue-nos e enviamos outra.",
     "Ligue-nos e enviamos outra."),
])
def test_a_condition_on_what_we_do_beside_an_invitation_is_still_ours(lang, draft, dropped):
    assert COND in labels(draft, dropped, lang)


def test_an_invitation_to_contact_someone_else_keeps_its_condition():
    draft = ("If you booked the flight as part of a package, please contact your tour "
             "operator about the costs.")
    dropped = "Please contact your tour operator about the costs."
    assert COND in labels(draft, dropped, "en")


def test_an_expected_modal_after_a_condition_is_still_expected():
    draft = "Vou dar uma segunda demão e, se o tempo ajudar, devem estar prontos na segunda."
    kept = "Vou dar uma segunda demão e, se o tempo ajudar, devem ficar prontos na segunda."
    firmer = "Vou dar uma segunda demão e, se o tempo ajudar, vão estar prontos na segunda."
    assert labels(draft, kept, "pt") == []
    assert MODALITY in labels(draft, firmer, "pt")


def test_sans_doute_is_a_hedge():
    draft = "La dentelle date sans doute des années 1890 et présente deux déchirures."
    kept = "La dentelle date probablement des années 1890 et présente deux déchirures."
    firm = "La dentelle date des années 1890 et présente deux déchirures."
    assert MODALITY not in labels(draft, kept, "fr")
    assert MODALITY in labels(draft, firm, "fr")
