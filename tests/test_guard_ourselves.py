"""An act we say we do ourselves is one we take on: in the present ("nous déposons nous-mêmes
votre dossier") it is a promise as "we'll" is, new when the draft names nothing of it; the
draft's own act said again with "ourselves" is the draft's."""

import pytest

from tests.masked_guard import verdict

DRAFT = {
    "en": "We ship within 24 hours of payment. The certificate can be downloaded from your"
          " account.",
    "fr": "Nous expédions sous 24 heures après paiement. L'attestation est téléchargeable dans"
          " votre espace.",
    "de": "Wir versenden innerhalb von 24 Stunden nach Zahlung. Die Bescheinigung können Sie im"
          " Kundenkonto herunterladen.",
    "es": "Enviamos en 24 horas tras el pago. El certificado se puede descargar en su cuenta.",
    "pt": "Enviamos em 24 horas após o pagamento. O certificado pode ser baixado na sua conta.",
}
TAKEN_ON = {
    "en": ["We ship within 24 hours of payment. We file the certificate with the council"
           " ourselves.",
           "We ship within 24 hours of payment, and I register the warranty for you myself."],
    "fr": ["Nous expédions sous 24 heures après paiement. Nous déposons nous-mêmes votre"
           " dossier à la mairie."],
    "de": ["Wir versenden innerhalb von 24 Stunden nach Zahlung. Den Antrag beim Amt reichen"
           " wir selbst ein."],
    "es": ["Enviamos en 24 horas tras el pago. Presentamos nosotros mismos la solicitud en el"
           " ayuntamiento."],
    "pt": ["Enviamos em 24 horas após o pagamento. Protocolamos nós mesmos o pedido na"
           " prefeitura."],
}
SAID_AGAIN = {
    "en": ["We ship it ourselves within 24 hours of payment. You can download the certificate"
           " from your account.",
           "We pride ourselves on shipping within 24 hours of payment. The certificate can be"
           " downloaded from your account."],
    "fr": ["Nous expédions nous-mêmes sous 24 heures après paiement. L'attestation se"
           " télécharge dans votre espace."],
    "de": ["Wir selbst versenden innerhalb von 24 Stunden nach Zahlung. Die Bescheinigung"
           " laden Sie im Kundenkonto herunter.",
           "Wir versenden selbst am Wochenende innerhalb von 24 Stunden nach Zahlung. Die"
           " Bescheinigung können Sie im Kundenkonto herunterladen."],
    "es": ["Nosotros mismos enviamos en 24 horas tras el pago. El certificado lo puede"
           " descargar en su cuenta."],
    "pt": ["Nós mesmos enviamos em 24 horas após o pagamento. O certificado pode ser baixado"
           " na sua conta."],
}


@pytest.mark.parametrize("lang,rewrite", [(lang, r) for lang, rs in TAKEN_ON.items()
                                          for r in rs])
def test_an_act_we_do_ourselves_that_the_draft_never_offers_is_new(lang: str,
                                                                   rewrite: str) -> None:
    assert "new_commitment" in verdict(DRAFT[lang], rewrite, "", lang)


@pytest.mark.parametrize("lang,rewrite", [(lang, r) for lang, rs in SAID_AGAIN.items()
                                          for r in rs])
def test_the_drafts_own_act_said_with_ourselves_passes(lang: str, rewrite: str) -> None:
    assert verdict(DRAFT[lang], rewrite, "", lang) == {}


@pytest.mark.parametrize("lang,draft,rewrite", [
    ("fr", "Après 7 jours, on garde 50 %, sauf si la sortie est annulée par nous pour la météo.",
     "Après 7 jours, on retient 50 %, sauf si nous annulons nous-mêmes pour la météo."),
    ("en", "After 7 days we keep 50%, unless the trip is cancelled by us because of the weather.",
     "After 7 days we keep 50%, unless we cancel it ourselves because of the weather."),
])
def test_our_act_as_a_condition_is_no_promise(lang: str, draft: str, rewrite: str) -> None:
    assert verdict(draft, rewrite, "", lang) == {}
