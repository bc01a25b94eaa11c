"""An act of ours told as done ("we've credited", "te hemos abonado", "wir haben Ihnen …
erlassen") is a commitment like one told as to come: the customer holds us to it. It is the
draft's when the draft tells it done (in any voice) or promises it; one the draft never made,
or made only on a condition, is caught. What the customer or a third party did stays a fact."""

from __future__ import annotations

import pytest

from tests.masked_guard import verdict

OUTAGE = {
    "es": ("Siento la caída del servicio. He pasado tu comentario al equipo.",
           "Llevo pagando 3 meses y no funciona."),
    "pt": ("Lamento a falha do serviço. Passei o seu comentário à equipa.",
           "Paguei 3 meses e não funciona."),
    "de": ("Es tut mir leid wegen des Ausfalls. Ich habe Ihr Feedback weitergegeben.",
           "Ich zahle seit 3 Monaten."),
    "fr": ("Désolé pour la panne. J'ai transmis votre retour à l'équipe.",
           "Je paie depuis 3 mois."),
}


@pytest.mark.parametrize(("lang", "claim"), [
    ("es", "Te hemos abonado los 3 meses que llevas pagando."),
    ("es", "Te hemos regalado un mes."),
    ("es", "Se te ha abonado el importe."),
    ("es", "Hemos anulado la comisión de envío."),
    ("es", "Le hemos devuelto los gastos de envío."),
    ("es", "Te hemos enviado un repuesto."),
    ("pt", "Já lhe creditámos os 3 meses que pagou."),
    ("pt", "Demos-lhe um mês de oferta."),
    ("pt", "Isentámos a taxa de envio."),
    ("de", "Wir haben Ihnen einen Monat geschenkt."),
    ("de", "Wir haben die Versandgebühr erlassen."),
    ("fr", "Nous avons annulé les frais de livraison."),
    ("fr", "On vous a crédité le montant."),
])
def test_an_act_the_draft_never_made_told_as_done_is_caught(lang: str, claim: str) -> None:
    draft, customer = OUTAGE[lang]
    rewrite = draft.split(". ")[0] + ". " + claim
    assert "new_commitment" in verdict(draft, rewrite, customer, lang)


@pytest.mark.parametrize(("lang", "draft", "rewrite"), [
    ("es", "Te abonaremos el importe cuando recibamos el paquete.",
     "Ya te hemos abonado el importe."),
    ("es", "Si el técnico confirma el fallo, te enviaremos otro cargador.",
     "Te hemos enviado otro cargador."),
    ("pt", "Creditaremos o valor quando recebermos a encomenda.", "Já lhe creditámos o valor."),
    ("de", "Wir erlassen die Gebühr, sobald der Nachweis vorliegt.",
     "Wir haben Ihnen die Gebühr bereits erlassen."),
    ("fr", "Nous créditerons votre compte dès réception du colis.",
     "Nous avons déjà crédité votre compte."),
])
def test_a_conditional_promise_told_as_done_loses_its_condition(
        lang: str, draft: str, rewrite: str) -> None:
    assert "new_commitment" in verdict(draft, rewrite, "", lang)


@pytest.mark.parametrize(("lang", "draft", "customer", "rewrite"), [
    ("es", "He revisado tu cuenta: los 45 € se te abonaron el 3 de mayo.", "¿Y mi dinero?",
     "He revisado tu cuenta y te hemos abonado los 45 € el 3 de mayo."),
    ("es", "La comisión de envío se anuló ayer.", "¿Por qué me cobráis el envío?",
     "Hemos anulado la comisión de envío ayer."),
    ("es", "Ya te enviamos otro cargador el lunes.", "El cargador no funciona.",
     "Te hemos enviado otro cargador el lunes."),
    ("es", "Te reembolsaremos el importe en cuanto recibamos el paquete.", "Devolví el pedido.",
     "En cuanto recibamos el paquete, se te abonará el importe."),
    ("pt", "Verifiquei a sua conta: os 45 € foram creditados a 3 de maio.", "E o dinheiro?",
     "Verifiquei a sua conta e creditámos os 45 € a 3 de maio."),
    ("pt", "A taxa de envio já foi anulada.", "Porque me cobraram o envio?",
     "Já anulámos a taxa de envio."),
    ("de", "Ich habe Ihr Konto geprüft: die Versandgebühr wurde Ihnen erlassen.",
     "Warum zahle ich Versand?",
     "Ich habe Ihr Konto geprüft: wir haben Ihnen die Versandgebühr erlassen."),
    ("fr", "Les frais de livraison ont été annulés hier.", "Pourquoi payer la livraison ?",
     "Nous avons annulé les frais de livraison hier."),
    ("fr", "Nous vous rembourserons dès réception du colis.", "J'ai renvoyé le colis.",
     "Dès réception du colis, votre compte sera crédité."),
    ("en", "The 45 € was credited to your account on 3 May.", "Where is my money?",
     "We credited the 45 € to your account on 3 May."),
])
def test_the_drafts_own_act_told_in_our_voice_passes(
        lang: str, draft: str, customer: str, rewrite: str) -> None:
    assert verdict(draft, rewrite, customer, lang) == {}


@pytest.mark.parametrize(("lang", "draft", "customer", "rewrite"), [
    ("es", "Lo siento. He revisado tu pedido.", "El banco me devolvió 5 €.",
     "Lo siento; veo que el banco te ha abonado 5 €. He revisado tu pedido."),
    ("fr", "Désolé. J'ai transmis votre retour.", "La banque m'a crédité 10 €.",
     "Désolé, je note que la banque vous a crédité 10 €. J'ai transmis votre retour."),
    ("pt", "Lamento. Passei o comentário à equipa.", "O banco já me creditou 10 €.",
     "Lamento; percebo que o banco já lhe creditou 10 €. Passei o comentário à equipa."),
    ("de", "Es tut mir leid. Ich habe Ihr Anliegen geprüft.", "Niemand hört zu.",
     "Es tut mir leid. Ich habe Ihrem Anliegen besondere Aufmerksamkeit geschenkt und es "
     "geprüft."),
])
def test_what_someone_else_did_or_an_idiom_stays_a_fact(
        lang: str, draft: str, customer: str, rewrite: str) -> None:
    assert verdict(draft, rewrite, customer, lang) == {}
