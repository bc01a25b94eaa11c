"""Our acts said without "we will": one of ours as the one who acts ("our technician will",
"unser Schreiner kümmert sich", "notre menuisier repeindra", "nuestro técnico irá", "o nosso
técnico vai", "our team is already …"), the steps after "what I can do:", and "a month free
to your subscription". A new act said so is a new commitment; the draft's own act said so
again is not, and a third party's act ("the carrier will") stays a fact. Cases written for
the rule, in the five languages.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels as codes

ASKED = {
    "en": "Thanks for reporting the damage. Please send us photos.",
    "de": "Danke für die Meldung. Bitte senden Sie uns Fotos.",
    "fr": "Merci pour votre message. Merci de nous envoyer une photo.",
    "es": "Gracias por avisar. Envíenos una foto, por favor.",
    "pt": "Obrigado pelo aviso. Envie-nos uma foto, por favor.",
}


# A new act with one of ours as its subject is promised as "we'll" would promise it.
@pytest.mark.parametrize("lang,added", [
    ("en", "Our carpenter will repaint the table."),
    ("en", "Our team is already repainting the table."),
    ("en", "Our engineers are looking into the certificate problem."),
    ("de", "Unser Schreiner wird den Tisch neu lackieren."),
    ("de", "Um den Tisch kümmert sich unser Schreiner."),
    ("fr", "Notre menuisier repeindra la table."),
    ("fr", "Notre équipe s'occupe de repeindre la table."),
    ("es", "Nuestro carpintero va a repintar la mesa."),
    ("es", "Nuestros técnicos ya están revisando el certificado."),
    ("pt", "O nosso carpinteiro vai repintar a mesa."),
    ("pt", "Os nossos técnicos já estão a rever o certificado."),
])
def test_our_people_acting_is_a_new_commitment(lang: str, added: str) -> None:
    assert "new_commitment:action" in codes(ASKED[lang], f"{ASKED[lang]} {added}", lang)


# The draft's own act by one of ours, said again in other words, is the draft's; what a
# third party does is no act of ours.
@pytest.mark.parametrize("lang,draft,rewrite", [
    ("en", "Thanks for reporting the damage. Our carpenter will repaint the table.",
     "Thanks for letting us know about the damage. The table will be repainted by our "
     "carpenter."),
    ("en", "Our engineers are already applying a fix for the login problem.",
     "Our engineers are already working on a fix for the login problem."),
    ("en", "Your parcel was handed to the carrier yesterday.",
     "Your parcel was handed to the carrier yesterday; the carrier will collect the signature."),
    ("de", "Danke für die Meldung. Um den Tisch kümmert sich unser Schreiner nächste Woche.",
     "Danke für Ihre Meldung. Unser Schreiner kümmert sich nächste Woche um den Tisch."),
    ("de", "Ihr Paket wurde gestern an DHL übergeben.",
     "Ihr Paket wurde gestern an DHL übergeben, DHL ist unterwegs."),
    ("fr", "Notre livreur passera demain récupérer le colis.",
     "Demain, notre livreur passera récupérer le colis."),
    ("fr", "Votre colis a été remis au transporteur.",
     "Votre colis a été remis au transporteur, qui passera le récupérer."),
    ("es", "Nuestro técnico irá mañana a cambiar la válvula.",
     "Mañana irá nuestro técnico a cambiar la válvula."),
    ("pt", "O nosso carpinteiro vai repintar a mesa.",
     "A mesa vai ser repintada pelo nosso carpinteiro."),
])
def test_the_drafts_act_by_ours_or_a_third_partys_passes(lang: str, draft: str,
                                                         rewrite: str) -> None:
    assert codes(draft, rewrite, lang) == []


# After "what I can do:", each step is ours: the draft's step passes, one it never offers
# is caught.
@pytest.mark.parametrize("lang,draft,opener,same,extra", [
    ("en", "We can't refund the fee. We can send you a cleaning certificate.",
     "We can't refund the fee. What I can do:", "send you a cleaning certificate",
     "call the landlord myself"),
    ("de", "Die Kosten können wir nicht übernehmen. Wir stellen Ihnen gern einen "
     "Reinigungsnachweis aus.", "Die Kosten können wir nicht übernehmen. Was ich tun kann:",
     "Ihnen einen Reinigungsnachweis ausstellen", "die Hausverwaltung selbst anrufen"),
    ("fr", "Nous ne pouvons pas rembourser les frais. Nous pouvons vous envoyer une "
     "attestation de nettoyage.", "Nous ne pouvons pas rembourser les frais. Ce que je peux "
     "faire :", "vous envoyer une attestation de nettoyage", "appeler le propriétaire"),
    ("es", "No podemos devolver la tasa. Podemos enviarle un certificado de limpieza.",
     "No podemos devolver la tasa. Lo que puedo hacer:", "enviarle un certificado de limpieza",
     "llamar al propietario"),
    ("pt", "Não podemos devolver a taxa. Podemos enviar-lhe um certificado de limpeza.",
     "Não podemos devolver a taxa. O que posso fazer:", "enviar-lhe um certificado de limpeza",
     "ligar ao senhorio"),
])
def test_steps_after_what_i_can_do_are_ours(lang: str, draft: str, opener: str, same: str,
                                            extra: str) -> None:
    assert codes(draft, f"{opener} {same}.", lang) == []
    joined = {"en": "and", "de": "und", "fr": "et", "es": "y", "pt": "e"}[lang]
    assert "new_commitment:action" in codes(draft, f"{opener} {same} {joined} {extra}.", lang)


# "Free to your subscription" gives something; "feel free to", "free to choose" do not.
def test_free_to_the_account_is_a_gift() -> None:
    draft = "Sorry about the outage. Please send us your invoice number."
    assert codes(draft, "Sorry about the outage. Please feel free to send us your invoice "
                 "number.", "en") == []
    assert codes("You can choose any colour you like.",
                 "You are free to choose any colour you like.", "en") == []
    assert any(c.startswith("new_commitment") for c in codes(
        draft, "Sorry about the outage. I've added a month free to your subscription. Please "
        "send us your invoice number.", "en"))
    assert codes("Sorry about the outage. We have added a month free to your subscription.",
                 "Sorry for the outage. A month free has been added to your subscription.",
                 "en") == []
