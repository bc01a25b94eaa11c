"""A refund said as the money going back to the customer ("your deposit goes back to you",
"l'acompte vous revient", "el dinero vuelve a su cuenta", "o sinal volta para você", "geht die
Anzahlung an Sie zurück") is a refund: added to a draft that promises none, it is caught. The
same verbs of a parcel, a reply or a signal
("the parcel goes back to you", "we'll get back to you about the deposit", "la señal vuelve")
promise no refund. Every sentence written for this file, both ways."""

from __future__ import annotations

import pytest

from tests.masked_guard import letter, verdict

# (lang, draft promising no refund, the same draft with a refund added in these words)
ADDED = [
    ("en", "We can't guarantee the 12 May slot. We'll write again by Friday.",
     "We can't guarantee the 12 May slot; if it falls through, your deposit goes back to "
     "you. We'll write again by Friday."),
    ("en", "We can't guarantee the 12 May slot. We'll write again by Friday.",
     "We can't guarantee the 12 May slot; if it falls through, the money comes back to your "
     "card. We'll write again by Friday."),
    ("fr", "Nous ne pouvons pas garantir le créneau du 12 mai. Nous vous écrivons d'ici vendredi.",
     "Nous ne pouvons pas garantir le créneau du 12 mai ; s'il tombe, l'acompte vous revient. "
     "Nous vous écrivons d'ici vendredi."),
    ("fr", "Nous ne pouvons pas garantir le créneau du 12 mai. Nous vous écrivons d'ici vendredi.",
     "Nous ne pouvons pas garantir le créneau du 12 mai ; s'il tombe, nous vous rendons "
     "l'acompte. Nous vous écrivons d'ici vendredi."),
    ("es", "No podemos garantizar el turno del 12 de mayo. Le escribimos antes del viernes.",
     "No podemos garantizar el turno del 12 de mayo; si se cae, el dinero vuelve a su cuenta. "
     "Le escribimos antes del viernes."),
    ("es", "No podemos garantizar el turno del 12 de mayo. Le escribimos antes del viernes.",
     "No podemos garantizar el turno del 12 de mayo; si se cae, recupera usted su señal. "
     "Le escribimos antes del viernes."),
    ("pt", "Não conseguimos garantir o horário de 12 de maio. Escrevemos até sexta-feira.",
     "Não conseguimos garantir o horário de 12 de maio; se cair, o sinal volta para você. "
     "Escrevemos até sexta-feira."),
    ("de", "Den Termin am 12. Mai können wir nicht garantieren. Wir schreiben bis Freitag.",
     "Den Termin am 12. Mai können wir nicht garantieren; platzt er, geht die Anzahlung an "
     "Sie zurück. Wir schreiben bis Freitag."),
    ("de", "Den Termin am 12. Mai können wir nicht garantieren. Wir schreiben bis Freitag.",
     "Den Termin am 12. Mai können wir nicht garantieren. Die Kaution geht auf Ihr Konto "
     "zurück, falls er platzt. Wir schreiben bis Freitag."),
]

# (lang, draft, rewrite with the same verbs of something that is no refund)
NO_REFUND = [
    ("en", "We'll reply about your deposit by Friday.",
     "About your deposit, we'll get back to you by Friday."),
    ("en", "Once the payment clears, we'll write to you.",
     "Once the payment clears we'll write back to you."),
    ("en", "Please post the parcel to us; we'll send it back repaired.",
     "Please post the parcel to us; once repaired, the parcel goes back to you."),
    ("fr", "Le colis repart chez vous après la réparation.",
     "Après la réparation, le colis vous revient."),
    ("es", "Reinicie el router; la conexión debería volver en unos minutos.",
     "Reinicie el router: en unos minutos la señal vuelve."),
    ("pt", "Depois do conserto, devolvemos a encomenda pelo correio.",
     "Depois do conserto, a encomenda volta para você pelo correio."),
    ("de", "Nach der Reparatur schicken wir das Gerät zurück.",
     "Nach der Reparatur geht das Gerät an Sie zurück."),
]


@pytest.mark.parametrize("lang,draft,rewrite", ADDED)
def test_money_going_back_to_the_customer_is_a_new_refund(lang: str, draft: str,
                                                          rewrite: str) -> None:
    found = verdict(letter(lang, draft), letter(lang, rewrite), "", lang)
    assert "new_commitment" in found and "refund" in found["new_commitment"].lower()


@pytest.mark.parametrize("lang,draft,rewrite", NO_REFUND)
def test_a_parcel_a_reply_or_a_signal_coming_back_is_no_refund(lang: str, draft: str,
                                                               rewrite: str) -> None:
    found = verdict(letter(lang, draft), letter(lang, rewrite), "", lang)
    assert "refund" not in found.get("new_commitment", "").lower()
