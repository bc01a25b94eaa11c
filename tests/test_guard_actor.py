"""An act keeps its actor: the customer's own step said again as ours is a new commitment, and
ours said with I, we, our team or another of our words is the same one. And "straight away"
telling how fast what the customer sent worked is no deadline of ours. Cases written for the
rule, in the five languages, each with the unsafe twin that must still be caught.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels as codes


# The draft's step is the customer's ("you can…", "please…", "Sie können", "veuillez", "usted
# puede", "você pode"): a rewrite that has us do it promises what the draft leaves to them.
@pytest.mark.parametrize("lang,draft,theirs,ours", [
    ("en", "You can correct the payroll period yourself in Settings.",
     "You're able to correct the payroll period yourself in Settings.",
     "I'll have our team correct the payroll period for you."),
    ("en", "To fix it, you need to reset the router and restart the modem.",
     "To fix it, reset the router and restart the modem.",
     "We'll reset the router and restart the modem for you."),
    ("de", "Sie können den Abrechnungszeitraum selbst in den Einstellungen korrigieren.",
     "Den Abrechnungszeitraum können Sie selbst in den Einstellungen korrigieren.",
     "Wir werden den Abrechnungszeitraum für Sie korrigieren."),
    ("fr", "Vous pouvez corriger vous-même la période de paie dans les paramètres.",
     "La période de paie, vous pouvez la corriger vous-même dans les paramètres.",
     "Nous corrigerons la période de paie pour vous."),
    ("fr", "Veuillez réinitialiser le routeur et redémarrer le modem.",
     "Merci de réinitialiser le routeur et de redémarrer le modem.",
     "Nous allons réinitialiser le routeur et redémarrer le modem."),
    ("es", "Usted puede corregir el periodo de nómina desde la configuración.",
     "El periodo de nómina lo puede corregir usted desde la configuración.",
     "Corregiremos el periodo de nómina por usted."),
    ("es", "Por favor, reinicie el router y vuelva a encender el módem.",
     "Reinicie el router y vuelva a encender el módem, por favor.",
     "Reiniciaremos el router y volveremos a encender el módem."),
    ("pt", "Você pode corrigir o período da folha nas configurações.",
     "O período da folha você pode corrigir nas configurações.",
     "Vamos corrigir o período da folha para você."),
])
def test_the_customers_step_said_as_ours_is_a_new_commitment(lang, draft, theirs, ours):
    assert codes(draft, theirs, lang) == []
    assert "new_commitment:action" in codes(draft, ours, lang)


# Ours stays ours whoever of us says it: I, we, our team.
@pytest.mark.parametrize("lang,draft,restated", [
    ("en", "We'll reset the router and restart the modem remotely.",
     "Our team will reset the router, and I'll restart the modem remotely."),
    ("en", "You can send us the photos, and we'll check them.",
     "We'll check the photos once you send them."),
    ("de", "Wir werden den Abrechnungszeitraum in den Einstellungen korrigieren.",
     "Ich werde den Abrechnungszeitraum in den Einstellungen korrigieren."),
    ("fr", "Nous corrigerons la période de paie dans les paramètres.",
     "Je corrigerai la période de paie dans les paramètres."),
    ("es", "Corregiremos el periodo de nómina desde la configuración.",
     "Nuestro equipo corregirá el periodo de nómina desde la configuración."),
    ("pt", "Corrigiremos o período da folha nas configurações.",
     "Eu corrigirei o período da folha nas configurações."),
])
def test_our_act_restated_by_another_of_us_is_the_same(lang, draft, restated):
    assert codes(draft, restated, lang) == []


def test_the_steps_of_a_list_the_customer_is_told_to_follow_are_theirs():
    draft = ("After updating, you can correct it yourself:\n1. Install the update from Help.\n"
             "2. Open Payroll and choose Correct submitted period.\n3. Submit the correction.")
    steps = draft.replace("you can correct it yourself", "here's how to correct it")
    assert codes(draft, steps, "en") == []
    assert "new_commitment:action" in codes(
        draft, steps + "\nIf it still looks wrong, I'll have our team correct the period.", "en")


# "Straight away" in what happened, in a sentence thanking the customer, dates how fast what
# they sent worked; a passive there, or our future, is still a deadline of ours.
@pytest.mark.parametrize("lang,draft,told,done,promised", [
    ("en", "Thank you for the photos. We will send a replacement this week.",
     "Thanks for the photos — they showed the problem straight away. We will send a "
     "replacement this week.",
     "Thanks for the photos — the replacement was sent straight away.",
     "Thanks for the photos — we'll send the replacement straight away."),
    ("de", "Danke für die Fotos. Wir senden Ihnen diese Woche einen Ersatz.",
     "Danke für die Fotos – sie haben das Problem sofort gezeigt. Wir senden Ihnen diese "
     "Woche einen Ersatz.",
     "Danke für die Fotos – der Ersatz wurde sofort verschickt.",
     "Danke für die Fotos – wir senden Ihnen sofort einen Ersatz."),
    ("fr", "Merci pour les photos. Nous vous enverrons un remplacement cette semaine.",
     "Merci pour les photos : elles ont montré le problème tout de suite. Nous vous "
     "enverrons un remplacement cette semaine.",
     "Merci pour les photos : le remplacement a été envoyé tout de suite.",
     "Merci pour les photos, nous vous enverrons un remplacement tout de suite."),
    ("es", "Gracias por las fotos. Le enviaremos un reemplazo esta semana.",
     "Gracias por las fotos: mostraron el problema de inmediato. Le enviaremos un reemplazo "
     "esta semana.",
     "Gracias por las fotos: el reemplazo fue enviado de inmediato.",
     "Gracias por las fotos, le enviaremos un reemplazo de inmediato."),
    ("pt", "Obrigado pelas fotos. Enviaremos uma substituição esta semana.",
     "Obrigado pelas fotos: elas mostraram o problema de imediato. Enviaremos uma "
     "substituição esta semana.",
     "Obrigado pelas fotos: a substituição foi enviada de imediato.",
     "Obrigado pelas fotos, enviaremos uma substituição de imediato."),
])
def test_straight_away_in_what_their_message_did_is_no_deadline(lang, draft, told, done,
                                                                  promised):
    assert codes(draft, told, lang) == []
    assert "new_commitment:deadline" in codes(draft, done, lang)
    assert "new_commitment:deadline" in codes(draft, promised, lang)
