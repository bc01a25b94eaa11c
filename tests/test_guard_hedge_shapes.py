"""A draft's hedge said as our plan or our reckoning (written for these rules; none comes from a
corpus set):
- a rewrite saying what it states as our plan or reckoning ("our plan is to", "je prévois",
  "wir planen", "temos previsto", "o ateliê prevê", "es una estimación") keeps a
  draft's "should" or "usually" on the likely step (vocab.Lang.reckonings); not the forms that
  also count or expect without planning (fr "je compte", pt "contamos", en "I reckon", "that's
  an estimate"), each left out for a measured leak or mutant;
- it does not keep a "may": a plan is likelier than a possibility;
- a plan the draft's sentence already states in the same words, said again, stands for no hedge
  the rewrite drops from that sentence.
Each faithful form has an unsafe neighbour caught as a firmer promise."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

SHOULD = {
    "en": "Hi Lena, thanks for writing. The new shelves should leave our workshop on 14 May. "
          "Best, Sam",
    "fr": "Bonjour Mme Petit, merci de votre message. Les nouvelles étagères devraient quitter "
          "notre atelier le 14 mai. Cordialement, Sam",
    "es": "Hola Lena, gracias por escribir. Las estanterías nuevas deberían salir del taller el "
          "14 de mayo. Un saludo, Sam",
    "pt": "Olá Lena, obrigado pela mensagem. As prateleiras novas devem sair da oficina a 14 de "
          "maio. Abraço, Sam",
    "de": "Hallo Frau Kern, danke für Ihre Nachricht. Die neuen Regale sollten am 14. Mai "
          "unsere Werkstatt verlassen. Viele Grüße, Sam",
}


@pytest.mark.parametrize(("lang", "rewrite"), [
    ("en", "Hi Lena, thank you for your message. Our plan is to send the new shelves out of "
           "the workshop on 14 May. Best, Sam"),
    ("en", "Hi Lena, thank you for your message. I'd expect the new shelves to leave the "
           "workshop on 14 May. Best, Sam"),
    ("fr", "Bonjour Mme Petit, merci pour votre message. Je prévois que les nouvelles étagères "
           "quittent l'atelier le 14 mai. Cordialement, Sam"),
    ("es", "Hola Lena, gracias por tu mensaje. Tenemos previsto que las estanterías nuevas "
           "salgan del taller el 14 de mayo. Un saludo, Sam"),
    ("pt", "Olá Lena, obrigado pela mensagem. Temos previsto que as prateleiras novas saiam da "
           "oficina a 14 de maio. Abraço, Sam"),
    ("pt", "Olá Lena, obrigado pela mensagem. A oficina prevê que as prateleiras novas saiam "
           "a 14 de maio. Abraço, Sam"),
    ("de", "Hallo Frau Kern, danke für Ihre Nachricht. Wir planen, die neuen Regale am 14. Mai "
           "aus der Werkstatt zu schicken. Viele Grüße, Sam"),
])
def test_a_should_said_as_our_plan_passes_clean(lang, rewrite):
    assert not new_commitment(labels(SHOULD[lang], rewrite, lang), "modality")


@pytest.mark.parametrize(("lang", "rewrite"), [
    ("en", "Hi Lena, thank you for your message. The new shelves will leave the workshop on "
           "14 May. Best, Sam"),
    ("fr", "Bonjour Mme Petit, merci pour votre message. Les nouvelles étagères quitteront "
           "l'atelier le 14 mai. Cordialement, Sam"),
    ("es", "Hola Lena, gracias por tu mensaje. Las estanterías nuevas saldrán del taller el 14 "
           "de mayo. Un saludo, Sam"),
    ("pt", "Olá Lena, obrigado pela mensagem. As prateleiras novas vão sair da oficina a 14 de "
           "maio. Abraço, Sam"),
    ("de", "Hallo Frau Kern, danke für Ihre Nachricht. Die neuen Regale verlassen am 14. Mai "
           "die Werkstatt. Viele Grüße, Sam"),
])
def test_the_should_dropped_is_caught(lang, rewrite):
    assert new_commitment(labels(SHOULD[lang], rewrite, lang), "modality")


MAY = {
    "en": "Hi Lena, thanks for writing. The new shelves might leave our workshop on 14 May. "
          "Best, Sam",
    "fr": "Bonjour Mme Petit, merci de votre message. Les nouvelles étagères pourraient quitter "
          "notre atelier le 14 mai. Cordialement, Sam",
    "es": "Hola Lena, gracias por escribir. Las estanterías nuevas podrían salir del taller el "
          "14 de mayo. Un saludo, Sam",
    "pt": "Olá Lena, obrigado pela mensagem. As prateleiras novas poderiam sair da oficina a 14 "
          "de maio. Abraço, Sam",
    "de": "Hallo Frau Kern, danke für Ihre Nachricht. Die neuen Regale könnten am 14. Mai "
          "unsere Werkstatt verlassen. Viele Grüße, Sam",
}


@pytest.mark.parametrize(("lang", "rewrite"), [
    ("en", "Hi Lena, thank you for your message. Our plan is to send the new shelves out of "
           "the workshop on 14 May. Best, Sam"),
    ("fr", "Bonjour Mme Petit, merci pour votre message. Je prévois que les nouvelles étagères "
           "quittent l'atelier le 14 mai. Cordialement, Sam"),
    ("es", "Hola Lena, gracias por tu mensaje. Tenemos previsto que las estanterías nuevas "
           "salgan del taller el 14 de mayo. Un saludo, Sam"),
    ("pt", "Olá Lena, obrigado pela mensagem. Temos previsto que as prateleiras novas saiam da "
           "oficina a 14 de maio. Abraço, Sam"),
    ("de", "Hallo Frau Kern, danke für Ihre Nachricht. Wir planen, die neuen Regale am 14. Mai "
           "aus der Werkstatt zu schicken. Viele Grüße, Sam"),
])
def test_a_may_said_as_our_plan_is_caught(lang, rewrite):
    assert new_commitment(labels(MAY[lang], rewrite, lang), "modality")


# The draft states its plan and hedges the step after it: its plan, said again, keeps only
# itself, so the hedge dropped from the step is still a firmer promise.
PLANNED = {
    "en": "Hi Lena, thanks for writing. Our plan is to start on 14 May, and the job should take "
          "six days. Best, Sam",
    "fr": "Bonjour Mme Petit, merci de votre message. Je prévois de commencer le 14 mai, et le "
          "chantier devrait durer six jours. Cordialement, Sam",
    "es": "Hola Lena, gracias por escribir. Tenemos previsto empezar el 14 de mayo, y el trabajo "
          "normalmente dura seis días. Un saludo, Sam",
    "pt": "Olá Lena, obrigado pela mensagem. Contamos começar a 14 de maio, e a obra costuma "
          "durar seis dias. Abraço, Sam",
    "de": "Hallo Frau Kern, danke für Ihre Nachricht. Wir planen, am 14. Mai zu beginnen, und "
          "die Arbeit dauert normalerweise sechs Tage. Viele Grüße, Sam",
}


@pytest.mark.parametrize(("lang", "rewrite"), [
    ("en", "Hi Lena, thank you for your message. Our plan is to start on 14 May, and the job "
           "takes six days. Best, Sam"),
    ("fr", "Bonjour Mme Petit, merci pour votre message. Je prévois de commencer le 14 mai, et "
           "le chantier durera six jours. Cordialement, Sam"),
    ("es", "Hola Lena, gracias por tu mensaje. Tenemos previsto empezar el 14 de mayo, y el "
           "trabajo dura seis días. Un saludo, Sam"),
    ("pt", "Olá Lena, obrigado pela mensagem. Contamos começar a 14 de maio, e a obra dura "
           "seis dias. Abraço, Sam"),
    ("de", "Hallo Frau Kern, danke für Ihre Nachricht. Wir planen, am 14. Mai zu beginnen, und "
           "die Arbeit dauert sechs Tage. Viele Grüße, Sam"),
])
def test_the_drafts_own_plan_keeps_no_dropped_hedge(lang, rewrite):
    assert new_commitment(labels(PLANNED[lang], rewrite, lang), "modality")
