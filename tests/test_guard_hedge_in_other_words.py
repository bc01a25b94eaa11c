"""A hedge said in other words keeps the draft's: an expectation said as a verb or a noun ("they
now expect to ship it", "our expectation is to dispatch", "wir erwarten", "ich rechne mit",
"est attendue le", "prevemos", "la previsión es", "calculamos"), what is
usual said as "the usual time is" / "lo normal son", a promise we cannot make said in its other
word order ("zusagen kann ich es nicht"), and a thing that "may cover" said with "pode cobrir" /
"puede cubrir" / "peut couvrir", and a date said with what keeps it uncertain ("attendue le 9 mars,
sans confirmation", "not confirmed"; lang/*.json `hedges`, `possibilities`, `disclaimers`,
`uncertainties`). Said as what will happen, the same sentence is still firmer; and "not
confirmed" refuses no guarantee (guard/decision.py reads `disclaimers` alone). Written for
this rule (none comes from a corpus set)."""

from __future__ import annotations

import pytest

from tests.masked_guard import verdict

EN = ("Hi Sam, thanks for your patience. The frame is still at the supplier; they expect to ship "
      "it on 14 May. Best, Lou")
EN2 = ("Hi Sam, we have approved the return. Refunds usually take 5 to 7 working days to reach "
       "your bank. Best, Lou")
DE = ("Hallo Frau Bauer, danke für Ihre Geduld. Die Lieferung des Sattels erwarten wir am "
      "12. Juni; zusagen kann ich es nicht. Viele Grüße, Timo")
FR = ("Bonjour Madame Roy, merci pour votre message. La nouvelle vitre devrait arriver le 9 mars "
      "chez nous. Cordialement, Inès")
ES = ("Hola Marta, gracias por escribir. Estimamos que el banco estará montado el 20 de abril. "
      "Un saludo, Rafa")
ES2 = ("Hola Marta, gracias por escribir. Por mensajería suelen tardar de 2 a 3 días. Un saludo, "
       "Rafa")
PT = ("Olá Rui, obrigado pela mensagem. A peça deve chegar até 7 de maio. Cumprimentos, Sara")
PT2 = ("Olá Rui, obrigado pela mensagem. O seu seguro talvez cubra a reparação do ecrã. "
       "Cumprimentos, Sara")


@pytest.mark.parametrize(("lang", "draft", "rewrite"), [
    ("en", EN, "Hi Sam, thanks for your patience. The frame hasn't left the supplier yet, and "
               "they now expect to ship it on 14 May. Best, Lou"),
    ("en", EN, "Hi Sam, thanks for your patience. The frame is still with the supplier; their "
               "latest expectation is to ship it on 14 May. Best, Lou"),
    ("en", EN2, "Hi Sam, we have approved the return. The usual time for the money to reach "
                "your bank is 5 to 7 working days. Best, Lou"),
    ("de", DE, "Hallo Frau Bauer, danke für Ihre Geduld. Ich rechne mit der Lieferung des "
               "Sattels am 12. Juni, zusagen kann ich es nicht. Viele Grüße, Timo"),
    ("fr", FR, "Bonjour Madame Roy, merci pour votre message. La nouvelle vitre est attendue le "
               "9 mars chez nous. Cordialement, Inès"),
    ("fr", FR, "Bonjour Madame Roy, merci pour votre message. La nouvelle vitre arrive chez nous "
               "le 9 mars, sans confirmation pour l'instant. Cordialement, Inès"),
    ("en", EN, "Hi Sam, thanks for your patience. The frame is still at the supplier; shipping "
               "on 14 May is not confirmed yet. Best, Lou"),
    ("es", ES, "Hola Marta, gracias por escribir. Prevemos tener el banco montado el 20 de abril. "
               "Un saludo, Rafa"),
    ("es", ES2, "Hola Marta, gracias por escribir. Por mensajería lo normal son de 2 a 3 días. "
                "Un saludo, Rafa"),
    ("pt", PT, "Olá Rui, obrigado pela mensagem. Calculamos que a peça chegue até 7 de maio. "
               "Cumprimentos, Sara"),
    ("pt", PT2, "Olá Rui, obrigado pela mensagem. O seu seguro pode cobrir a reparação do ecrã, "
                "mas não é certo. Cumprimentos, Sara"),
])
def test_a_hedge_said_in_other_words_passes_clean(lang, draft, rewrite):
    assert verdict(draft, rewrite, "", lang) == {}


@pytest.mark.parametrize(("lang", "draft", "rewrite"), [
    ("en", EN, "Hi Sam, thanks for your patience. The frame is still at the supplier; they will "
               "ship it on 14 May. Best, Lou"),
    ("en", EN2, "Hi Sam, we have approved the return. The money reaches your bank in 5 to 7 "
                "working days. Best, Lou"),
    ("de", DE, "Hallo Frau Bauer, danke für Ihre Geduld. Der Sattel wird am 12. Juni geliefert. "
               "Viele Grüße, Timo"),
    ("fr", FR, "Bonjour Madame Roy, merci pour votre message. La nouvelle vitre arrivera le "
               "9 mars chez nous. Cordialement, Inès"),
    ("fr", FR, "Bonjour Madame Roy, merci pour votre message. La nouvelle vitre arrivera le "
               "9 mars chez nous, c'est confirmé. Cordialement, Inès"),
    ("es", ES, "Hola Marta, gracias por escribir. El banco estará montado el 20 de abril. "
               "Un saludo, Rafa"),
    ("pt", PT, "Olá Rui, obrigado pela mensagem. A peça chega até 7 de maio. Cumprimentos, Sara"),
    ("pt", PT2, "Olá Rui, obrigado pela mensagem. O seu seguro cobre a reparação do ecrã. "
                "Cumprimentos, Sara"),
])
def test_the_same_said_as_what_will_happen_is_firmer(lang, draft, rewrite):
    assert "new_commitment" in verdict(draft, rewrite, "", lang)


def test_a_date_not_confirmed_refuses_no_guarantee():
    draft = ("Bonjour Madame Roy, la livraison est prévue le 9 mars, mais elle n'est pas "
             "confirmée. Cordialement, Inès")
    rewrite = ("Bonjour Madame Roy, la livraison devrait avoir lieu le 9 mars. Cordialement, "
               "Inès")
    assert "decision_changed" not in verdict(draft, rewrite, "", "fr")
