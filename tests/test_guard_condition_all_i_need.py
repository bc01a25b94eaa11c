""""All I need is X" after a promise is its condition, whoever needs it (stop 59, helper hc).

"I can cancel the invoice: all I need is a certificate from the rail company" says the draft's
"I can cancel the invoice if you send me a certificate": what suffices, said of us ("il me
suffit d'une attestation", "me basta con un certificado", "me basta um certificado", "mir
genügt eine Bescheinigung"), is a condition as the impersonal "il suffit", "basta con",
"es genügt" already were (lang/*.json `conditions`). Said after a colon, it is still on the
promise before it; the promise said without it is caught.

Sentences written for this rule, none taken from a corpus set."""

from __future__ import annotations

import pytest

from tests.masked_guard import condition_kept_and_dropped

CASES = [
    # (lang, draft, kept, dropped)
    ("en", "I can cancel invoice F-388 if you send me a certificate from the rail company.",
     "I can cancel invoice F-388: all I need is a certificate from the rail company.",
     "I'll cancel invoice F-388."),
    ("fr", "Je peux annuler la facture F-388 si vous m'envoyez une attestation de la compagnie "
     "ferroviaire.",
     "Je peux annuler la facture F-388 : il me suffit d'une attestation de la compagnie "
     "ferroviaire.",
     "J'annule la facture F-388."),
    ("es", "Puedo anular la factura F-388 si me envía un certificado de la compañía "
     "ferroviaria.",
     "Puedo anular la factura F-388: me basta con un certificado de la compañía ferroviaria.",
     "Anulo la factura F-388."),
    ("pt", "Posso anular a fatura F-388 se me enviar um certificado da companhia ferroviária.",
     "Posso anular a fatura F-388: me basta um certificado da companhia ferroviária.",
     "Anulo a fatura F-388."),
    ("de", "Ich kann die Rechnung F-388 stornieren, wenn Sie mir eine Bescheinigung der Bahn "
     "schicken.",
     "Ich kann die Rechnung F-388 stornieren: Mir genügt eine Bescheinigung der Bahn.",
     "Ich storniere die Rechnung F-388."),
    ("de", "Wir können den Termin verschieben, wenn Sie uns bis Freitag Bescheid geben.",
     "Wir können den Termin verschieben: Uns reicht eine kurze Nachricht bis Freitag.",
     "Wir verschieben den Termin."),
]


@pytest.mark.parametrize("lang,draft,kept,dropped",
                         [pytest.param(*c, id=f"{c[0]}-{n}") for n, c in enumerate(CASES)])
def test_what_suffices_for_us_is_a_condition(lang, draft, kept, dropped):
    condition_kept_and_dropped(lang, draft, kept, dropped)
