"""A draft's hedge said in other words (written for these rules; none comes from a corpus set):
- "normally" said as "under normal circumstances", "d'ordinaire", "en temps normal", "con
  frecuencia", "em condições normais", "in den allermeisten Fällen": the same step of the
  scale, so the rewrite is as soft as the draft;
- a rewrite that says it cannot promise or commit to what it states ("not something I can
  guarantee", "je ne peux rien vous promettre", "kann noch nichts zusagen", "não consigo
  garantir") keeps a "should" or "usually" of the draft's, as "can't guarantee" already did.
Each faithful form has an unsafe neighbour: the same sentence with the hedge dropped, which
is still a firmer promise."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

USUAL = {
    "en": "Hi Lena, thanks for writing. The courier normally delivers parcels to your area "
          "before noon. Best, Sam",
    "fr": "Bonjour Mme Petit, merci de votre message. Le transporteur livre normalement votre "
          "quartier avant midi. Cordialement, Sam",
    "es": "Hola Lena, gracias por escribir. El mensajero normalmente entrega los paquetes en tu "
          "zona antes del mediodía. Un saludo, Sam",
    "pt": "Olá Lena, obrigado pela mensagem. O estafeta normalmente entrega as encomendas na "
          "sua zona antes do meio-dia. Abraço, Sam",
    "de": "Hallo Frau Kern, danke für Ihre Nachricht. Der Kurier liefert Pakete in Ihrem "
          "Viertel normalerweise vor Mittag. Viele Grüße, Sam",
}


@pytest.mark.parametrize(("lang", "rewrite"), [
    ("en", "Hi Lena, thank you for your message. Under normal circumstances, the courier "
           "delivers parcels to your area before noon. Best, Sam"),
    ("en", "Hi Lena, thank you for your message. In the vast majority of cases the courier "
           "delivers parcels to your area before noon. Best, Sam"),
    ("fr", "Bonjour Mme Petit, merci pour votre message. D'ordinaire, le transporteur livre "
           "votre quartier avant midi. Cordialement, Sam"),
    ("fr", "Bonjour Mme Petit, merci pour votre message. En temps normal, le transporteur "
           "livre votre quartier avant midi. Cordialement, Sam"),
    ("es", "Hola Lena, gracias por tu mensaje. De ordinario, el mensajero entrega "
           "los paquetes en tu zona antes del mediodía. Un saludo, Sam"),
    ("es", "Hola Lena, gracias por tu mensaje. Con frecuencia el mensajero entrega los "
           "paquetes en tu zona antes del mediodía. Un saludo, Sam"),
    ("pt", "Olá Lena, obrigado pela mensagem. Em condições normais, o estafeta entrega as "
           "encomendas na sua zona antes do meio-dia. Abraço, Sam"),
    ("pt", "Olá Lena, obrigado pela mensagem. Na grande maioria dos casos, o estafeta entrega "
           "as encomendas na sua zona antes do meio-dia. Abraço, Sam"),
    ("de", "Hallo Frau Kern, danke für Ihre Nachricht. In den allermeisten Fällen liefert der "
           "Kurier Pakete in Ihrem Viertel vor Mittag. Viele Grüße, Sam"),
    ("de", "Hallo Frau Kern, danke für Ihre Nachricht. Unter normalen Umständen liefert der "
           "Kurier Pakete in Ihrem Viertel vor Mittag. Viele Grüße, Sam"),
])
def test_a_usual_said_in_other_words_passes_clean(lang, rewrite):
    assert labels(USUAL[lang], rewrite, lang) == []


@pytest.mark.parametrize(("lang", "rewrite"), [
    ("en", "Hi Lena, thank you for your message. The courier delivers parcels to your area "
           "before noon. Best, Sam"),
    ("fr", "Bonjour Mme Petit, merci pour votre message. Le transporteur livre votre quartier "
           "avant midi. Cordialement, Sam"),
    ("es", "Hola Lena, gracias por tu mensaje. El mensajero entrega los paquetes en tu zona "
           "antes del mediodía. Un saludo, Sam"),
    ("pt", "Olá Lena, obrigado pela mensagem. O estafeta entrega as encomendas na sua zona "
           "antes do meio-dia. Abraço, Sam"),
    ("de", "Hallo Frau Kern, danke für Ihre Nachricht. Der Kurier liefert Pakete in Ihrem "
           "Viertel vor Mittag. Viele Grüße, Sam"),
])
def test_the_usual_dropped_is_caught(lang, rewrite):
    assert new_commitment(labels(USUAL[lang], rewrite, lang), "modality")


SHOULD = {
    "en": "Hi Lena, thanks for writing. The new blinds should be ready on 14 May. Best, Sam",
    "fr": "Bonjour Mme Petit, merci de votre message. Les nouveaux stores devraient être prêts "
          "le 14 mai. Cordialement, Sam",
    "es": "Hola Lena, gracias por escribir. Las persianas nuevas deberían estar listas el 14 de "
          "mayo. Un saludo, Sam",
    "pt": "Olá Lena, obrigado pela mensagem. Os estores novos devem ficar prontos a 14 de maio. "
          "Abraço, Sam",
    "de": "Hallo Frau Kern, danke für Ihre Nachricht. Die neuen Rollos sollten am 14. Mai "
          "fertig sein. Viele Grüße, Sam",
}


@pytest.mark.parametrize(("lang", "rewrite"), [
    ("en", "Hi Lena, thank you for your message. The new blinds will be ready on 14 May, "
           "though that's not something I can guarantee. Best, Sam"),
    ("fr", "Bonjour Mme Petit, merci pour votre message. Les nouveaux stores seront prêts le "
           "14 mai, mais je ne peux rien vous promettre. Cordialement, Sam"),
    ("es", "Hola Lena, gracias por tu mensaje. Las persianas nuevas estarán listas el 14 de "
           "mayo, aunque no te puedo garantizar la fecha. Un saludo, Sam"),
    ("pt", "Olá Lena, obrigado pela mensagem. Os estores novos ficam prontos a 14 de maio, "
           "mas não lhe consigo garantir a data. Abraço, Sam"),
    ("de", "Hallo Frau Kern, danke für Ihre Nachricht. Die neuen Rollos sind am 14. Mai "
           "fertig, ich kann aber noch nichts zusagen. Viele Grüße, Sam"),
])
def test_a_should_kept_by_a_promise_withheld_passes_clean(lang, rewrite):
    assert not new_commitment(labels(SHOULD[lang], rewrite, lang), "modality")


@pytest.mark.parametrize(("lang", "rewrite"), [
    ("en", "Hi Lena, thank you for your message. The new blinds will be ready on 14 May. "
           "Best, Sam"),
    ("fr", "Bonjour Mme Petit, merci pour votre message. Les nouveaux stores seront prêts le "
           "14 mai. Cordialement, Sam"),
    ("es", "Hola Lena, gracias por tu mensaje. Las persianas nuevas estarán listas el 14 de "
           "mayo. Un saludo, Sam"),
    ("pt", "Olá Lena, obrigado pela mensagem. Os estores novos ficam prontos a 14 de maio. "
           "Abraço, Sam"),
    ("de", "Hallo Frau Kern, danke für Ihre Nachricht. Die neuen Rollos sind am 14. Mai "
           "fertig. Viele Grüße, Sam"),
])
def test_the_should_dropped_is_caught(lang, rewrite):
    assert new_commitment(labels(SHOULD[lang], rewrite, lang), "modality")


# A disclaimer the draft makes itself, said again, stands for no hedge the rewrite drops.
OWN = {
    "en": "Hi Lena, thanks for writing. The repair normally takes 10 days, and I can't "
          "guarantee it before your trip. Best, Sam",
    "fr": "Bonjour Mme Petit, merci de votre message. La réparation prend normalement 10 "
          "jours, et je ne peux pas garantir qu'elle soit finie avant votre voyage. "
          "Cordialement, Sam",
    "es": "Hola Lena, gracias por escribir. La reparación normalmente lleva 10 días, y no "
          "puedo garantizar que esté antes de tu viaje. Un saludo, Sam",
    "pt": "Olá Lena, obrigado pela mensagem. A reparação leva normalmente 10 dias, e não "
          "consigo garantir que fique pronta antes da sua viagem. Abraço, Sam",
    "de": "Hallo Frau Kern, danke für Ihre Nachricht. Die Reparatur dauert normalerweise 10 "
          "Tage, und vor Ihrer Reise kann ich sie nicht garantieren. Viele Grüße, Sam",
}


@pytest.mark.parametrize(("lang", "rewrite"), [
    ("en", "Hi Lena, thank you for your message. The repair takes exactly 10 days, and I "
           "can't guarantee it before your trip. Best, Sam"),
    ("fr", "Bonjour Mme Petit, merci pour votre message. La réparation prend exactement 10 "
           "jours, et je ne peux pas garantir qu'elle soit finie avant votre voyage. "
           "Cordialement, Sam"),
    ("es", "Hola Lena, gracias por tu mensaje. La reparación lleva exactamente 10 días, y no "
           "puedo garantizar que esté antes de tu viaje. Un saludo, Sam"),
    ("pt", "Olá Lena, obrigado pela mensagem. A reparação leva exatamente 10 dias, e não "
           "consigo garantir que fique pronta antes da sua viagem. Abraço, Sam"),
    ("de", "Hallo Frau Kern, danke für Ihre Nachricht. Die Reparatur dauert genau 10 Tage, "
           "und vor Ihrer Reise kann ich sie nicht garantieren. Viele Grüße, Sam"),
])
def test_the_drafts_own_disclaimer_keeps_no_dropped_hedge(lang, rewrite):
    assert new_commitment(labels(OWN[lang], rewrite, lang), "modality")
