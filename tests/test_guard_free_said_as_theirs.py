"""Something given said from the customer's side: "You won't have to pay for the return
shipping", "You can keep the broken lamp", "There's no need to send the lamp back" passed in
all five languages ("No tendrá que pagar…", "Puede quedarse con…", "Pas besoin de nous
renvoyer…", "Não precisa de nos devolver…", "Sie müssen … nicht zurückschicken"), though each
gives what the draft never did. They are now gifts (lang `commitment_patterns.credit`). The
draft's own said again, a step the customer may keep doing ("keep using the lamp", "keep your
receipt"), and what they had to pay ("I'm sorry you had to pay for the return") still pass.

Sentences written for this rule, none taken from a corpus set. 15 of the 24 tests fail on main
(the gifts); the rest passed there too."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

SEEN = {"en": "We've received your message about the broken lamp and our team is looking into it.",
        "es": "Hemos recibido su mensaje sobre la lámpara rota y nuestro equipo lo está revisando.",
        "fr": "Nous avons bien reçu votre message au sujet de la lampe cassée et notre équipe "
              "s'en occupe.",
        "pt": "Recebemos a sua mensagem sobre o candeeiro partido e a nossa equipa está a "
              "analisar.",
        "de": "Wir haben Ihre Nachricht zur kaputten Lampe erhalten und unser Team kümmert sich "
              "darum."}
GIVEN = [
    ("en", "You won't have to pay for the return shipping."),
    ("en", "You can keep the broken lamp."),
    ("en", "There's no need to send the lamp back."),
    ("es", "No tendrá que pagar el envío de la devolución."),
    ("es", "Puede quedarse con la lámpara rota."),
    ("es", "No hace falta que nos devuelva la lámpara."),
    ("fr", "Vous n'aurez pas à payer les frais de retour."),
    ("fr", "Vous pouvez garder la lampe cassée."),
    ("fr", "Pas besoin de nous renvoyer la lampe."),
    ("pt", "Não terá de pagar o envio da devolução."),
    ("pt", "Pode ficar com o candeeiro partido."),
    ("pt", "Não precisa de nos devolver o candeeiro."),
    ("de", "Sie müssen den Rückversand nicht bezahlen."),
    ("de", "Sie können die kaputte Lampe behalten."),
    ("de", "Sie müssen uns die Lampe nicht zurückschicken."),
]
KEPT = [
    ("en", "You won't have to pay for the return: we'll email you a prepaid label.",
     "We'll email you a prepaid label, so you won't have to pay for the return."),
    ("en", "Please keep your receipt until the refund arrives.",
     "Keep your receipt until the refund arrives, please."),
    ("en", "You can keep using the lamp until the new one arrives.",
     "Feel free to keep using the lamp until the new one arrives."),
    ("es", "No tiene que devolver la lámpara: puede quedarse con ella.",
     "Puede quedarse con la lámpara; no hace falta devolverla."),
    ("fr", "Vous pouvez garder la lampe, pas besoin de la renvoyer.",
     "Pas besoin de renvoyer la lampe : vous pouvez la garder."),
    ("de", "Sie können die Lampe behalten und müssen sie nicht zurückschicken.",
     "Sie müssen die Lampe nicht zurückschicken, behalten Sie sie einfach."),
    ("pt", "Pode ficar com o candeeiro; não precisa de o devolver.",
     "Não precisa de devolver o candeeiro, pode ficar com ele."),
    ("en", "I'm sorry you had to pay for the return shipping.",
     "I'm sorry that you had to pay for the return shipping."),
    ("es", "Lamentamos que haya tenido que pagar el envío.",
     "Sentimos que tuviera que pagar el envío."),
]


@pytest.mark.parametrize("lang,added", GIVEN)
def test_a_gift_said_from_their_side_is_caught(lang: str, added: str) -> None:
    assert new_commitment(labels(SEEN[lang], SEEN[lang] + " " + added, lang), "credit")


@pytest.mark.parametrize("lang,draft,rewrite", KEPT)
def test_the_drafts_own_or_their_step_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []
