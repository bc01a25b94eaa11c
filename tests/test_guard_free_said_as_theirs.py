"""Something given said from the customer's side: "You won't have to pay for the return
shipping" passed ("Vous n'aurez pas à payer…", "Não terá de pagar…", "Sie müssen … nicht
bezahlen"), though it gives what the draft never did. It is now a gift (lang
`commitment_patterns.credit`). The draft's own said again and what they had to pay ("I'm
sorry you had to pay for the return") still pass. Spanish "no tendrá que pagar" is left out:
the draft's "le descontamos los 20 €" is read as no promise, so it would be rejected there.

Sentences written for this rule, none taken from a corpus set. 4 of the 7 tests fail on main
(the gifts); the rest passed there too. "You can keep the broken lamp" and "there's no need to
send it back", added where the draft says nothing of a return, still pass: the return waived is
a decision (lang `refusals.return`) read only where the draft has one to compare."""

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
    ("fr", "Vous n'aurez pas à payer les frais de retour."),
    ("pt", "Não terá de pagar o envio da devolução."),
    ("de", "Sie müssen den Rückversand nicht bezahlen."),
]
KEPT = [
    ("en", "You won't have to pay for the return: we'll email you a prepaid label.",
     "We'll email you a prepaid label, so you won't have to pay for the return."),
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
