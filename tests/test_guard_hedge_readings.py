"""A draft's hedge the rewrite keeps in other words (written for these rules; no sentence comes
from a corpus set):
- a third party's word ("according to the carrier", "laut Hersteller", "según el fabricante",
  "segundo a transportadora", "d'après le transporteur") keeps a "should" or "usually": the
  estimate stays the carrier's (vocab.Lang.attributions); it keeps no "may";
- "whether X" said as what will happen is still caught (a whether kept by a disclaimer was
  tried and dropped: it let a dropped condition through on a development set);
- a hedge said as an adjective of the estimate ("the three weeks were approximate", "as três
  semanas eram aproximadas") or in Swiss spelling ("erfahrungsgemäss");
- what is "previsto en el lote" (included in a set) is no estimate of when.
Each faithful form has an unsafe neighbour caught as a firmer promise."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

SHOULD = {
    "en": "Hi Lena, thanks for writing. The replacement lamp should reach you on 14 May. "
          "Best, Sam",
    "fr": "Bonjour Mme Petit, merci de votre message. La lampe de remplacement devrait "
          "arriver chez vous le 14 mai. Cordialement, Sam",
    "es": "Hola Lena, gracias por escribir. La lámpara de repuesto debería llegarte el 14 de "
          "mayo. Un saludo, Sam",
    "pt": "Olá Lena, obrigado pela mensagem. A lâmpada de substituição deverá chegar a 14 de "
          "maio. Abraço, Sam",
    "de": "Hallo Frau Kern, danke für Ihre Nachricht. Die Ersatzlampe sollte Sie am 14. Mai "
          "erreichen. Viele Grüße, Sam",
}

ATTRIBUTED = {
    "en": "Hi Lena, thank you for your message. According to the carrier, the replacement "
          "lamp reaches you on 14 May. Best, Sam",
    "fr": "Bonjour Mme Petit, merci pour votre message. D'après le transporteur, la lampe de "
          "remplacement arrive chez vous le 14 mai. Cordialement, Sam",
    "es": "Hola Lena, gracias por tu mensaje. Según el transportista, la lámpara de repuesto "
          "te llega el 14 de mayo. Un saludo, Sam",
    "pt": "Olá Lena, obrigado pela mensagem. Segundo a transportadora, a lâmpada de "
          "substituição chega a 14 de maio. Abraço, Sam",
    "de": "Hallo Frau Kern, danke für Ihre Nachricht. Laut Paketdienst erreicht Sie die "
          "Ersatzlampe am 14. Mai. Viele Grüße, Sam",
}

FIRM = {
    "en": "Hi Lena, thank you for your message. The replacement lamp will reach you on "
          "14 May. Best, Sam",
    "fr": "Bonjour Mme Petit, merci pour votre message. La lampe de remplacement arrivera "
          "chez vous le 14 mai. Cordialement, Sam",
    "es": "Hola Lena, gracias por tu mensaje. La lámpara de repuesto te llegará el 14 de "
          "mayo. Un saludo, Sam",
    "pt": "Olá Lena, obrigado pela mensagem. A lâmpada de substituição vai chegar a 14 de "
          "maio. Abraço, Sam",
    "de": "Hallo Frau Kern, danke für Ihre Nachricht. Die Ersatzlampe erreicht Sie am "
          "14. Mai. Viele Grüße, Sam",
}

# French's third party is read from stop 44 ("d'après / selon le transporteur"); its verbs
# "indique / annonce" are not (they let a check-set mutant through at stop 42).
LANGS = sorted(SHOULD)


def _ids(value: object) -> str:
    return value if value in LANGS else ""


@pytest.mark.parametrize("lang", LANGS)
def test_a_should_given_as_the_carriers_word_passes_clean(lang):
    assert not new_commitment(labels(SHOULD[lang], ATTRIBUTED[lang], lang), "modality")


@pytest.mark.parametrize("lang", LANGS)
def test_the_same_should_said_as_what_will_happen_is_caught(lang):
    assert new_commitment(labels(SHOULD[lang], FIRM[lang], lang), "modality")


MAY = {
    "en": "Hi Lena, thanks for writing. The replacement lamp may reach you on 14 May. "
          "Best, Sam",
    "fr": "Bonjour Mme Petit, merci de votre message. La lampe de remplacement pourrait "
          "arriver chez vous le 14 mai. Cordialement, Sam",
    "es": "Hola Lena, gracias por escribir. Es posible que la lámpara de repuesto te llegue el "
          "14 de mayo. Un saludo, Sam",
    "pt": "Olá Lena, obrigado pela mensagem. Talvez a lâmpada de substituição chegue a 14 de "
          "maio. Abraço, Sam",
    "de": "Hallo Frau Kern, danke für Ihre Nachricht. Die Ersatzlampe könnte Sie am 14. Mai "
          "erreichen. Viele Grüße, Sam",
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_may_is_not_kept_by_the_carriers_word(lang):
    """The carrier's date is what is expected, firmer than what only may happen."""
    assert new_commitment(labels(MAY[lang], ATTRIBUTED[lang], lang), "modality")


WHETHER = {
    "en": "Hi Lena, thanks for writing. We will clean the rug again at no charge. Whether "
          "the stain fades completely, we cannot guarantee. Best, Sam",
    "fr": "Bonjour Mme Petit, merci de votre message. Nous nettoyons le tapis une seconde fois "
          "sans frais. Nous ne savons pas si la tache disparaîtra complètement. Cordialement, Sam",
    "es": "Hola Lena, gracias por escribir. Limpiamos la alfombra otra vez sin coste. No "
          "sabemos si la mancha desaparecerá del todo. Un saludo, Sam",
    "pt": "Olá Lena, obrigado pela mensagem. Limpamos o tapete outra vez sem custo. Não sabemos "
          "se a mancha vai desaparecer por completo. Abraço, Sam",
    "de": "Hallo Frau Kern, danke für Ihre Nachricht. Wir reinigen den Teppich kostenlos ein "
          "zweites Mal. Ob der Fleck ganz verschwindet, können wir nicht garantieren. "
          "Viele Grüße, Sam",
}

DISCLAIMED = {
    "en": "Hi Lena, thank you for your message. We will clean the rug again at no charge, but "
          "we cannot guarantee that the stain fades completely. Best, Sam",
    "fr": "Bonjour Mme Petit, merci pour votre message. Nous nettoyons le tapis une seconde "
          "fois sans frais ; que la tache disparaisse complètement ne peut cependant pas être "
          "garanti. Cordialement, Sam",
    "es": "Hola Lena, gracias por tu mensaje. Limpiamos la alfombra otra vez sin coste, pero "
          "no se puede garantizar que la mancha desaparezca del todo. Un saludo, Sam",
    "pt": "Olá Lena, obrigado pela mensagem. Limpamos o tapete outra vez sem custo, mas não "
          "pode ser garantido que a mancha desapareça por completo. Abraço, Sam",
    "de": "Hallo Frau Kern, danke für Ihre Nachricht. Wir reinigen den Teppich kostenlos ein "
          "zweites Mal. Bei diesem Gewebe können wir nicht garantieren, dass der Fleck ganz "
          "verschwindet. Viele Grüße, Sam",
}

PROMISED = {
    "en": "Hi Lena, thank you for your message. We will clean the rug again at no charge, and "
          "the stain fades completely. Best, Sam",
    "fr": "Bonjour Mme Petit, merci pour votre message. Nous nettoyons le tapis une seconde "
          "fois sans frais, et la tache disparaîtra complètement. Cordialement, Sam",
    "es": "Hola Lena, gracias por tu mensaje. Limpiamos la alfombra otra vez sin coste. La "
          "mancha desaparecerá del todo. Un saludo, Sam",
    "pt": "Olá Lena, obrigado pela mensagem. Limpamos o tapete outra vez sem custo. A mancha "
          "vai desaparecer por completo. Abraço, Sam",
    "de": "Hallo Frau Kern, danke für Ihre Nachricht. Wir reinigen den Teppich kostenlos ein "
          "zweites Mal, und der Fleck verschwindet ganz. Viele Grüße, Sam",
}


@pytest.mark.parametrize("lang", LANGS)
def test_the_whether_said_as_what_will_happen_is_caught(lang):
    assert new_commitment(labels(WHETHER[lang], PROMISED[lang], lang), "modality")


APPROXIMATE = [
    ("en", "Hi Lena, thanks for writing. The weaving normally takes 3 weeks per basket. "
           "Best, Sam",
           "Hi Lena, thank you for your message. The 3 weeks per basket for the weaving are an "
           "approximate figure. Best, Sam",
           "Hi Lena, thank you for your message. The weaving takes 3 weeks per basket. "
           "Best, Sam"),
    ("es", "Hola Lena, gracias por escribir. El tejido de cada cesta lleva normalmente 3 "
           "semanas. Un saludo, Sam",
           "Hola Lena, gracias por tu mensaje. Las 3 semanas de tejido de cada cesta son "
           "aproximadas. Un saludo, Sam",
           "Hola Lena, gracias por tu mensaje. El tejido de cada cesta lleva 3 semanas. "
           "Un saludo, Sam"),
    ("pt", "Olá Lena, obrigado pela mensagem. A tecelagem de cada cesto leva normalmente 3 "
           "semanas. Abraço, Sam",
           "Olá Lena, obrigado pela mensagem. As 3 semanas de tecelagem de cada cesto são "
           "aproximadas. Abraço, Sam",
           "Olá Lena, obrigado pela mensagem. A tecelagem de cada cesto leva 3 semanas. "
           "Abraço, Sam"),
    ("de", "Hallo Frau Kern, danke für Ihre Nachricht. Das Weben jedes Korbs dauert "
           "normalerweise 3 Wochen. Viele Grüße, Sam",
           "Grüezi Frau Kern, danke für Ihre Nachricht. Das Weben jedes Korbs dauert "
           "erfahrungsgemäss 3 Wochen. Viele Grüsse, Sam",
           "Grüezi Frau Kern, danke für Ihre Nachricht. Das Weben jedes Korbs dauert 3 Wochen. "
           "Viele Grüsse, Sam"),
]


@pytest.mark.parametrize(("lang", "draft", "kept", "firm"), APPROXIMATE, ids=_ids)
def test_a_usually_said_as_an_approximate_figure_passes_clean(lang, draft, kept, firm):
    assert not new_commitment(labels(draft, kept, lang), "modality")


@pytest.mark.parametrize(("lang", "draft", "kept", "firm"), APPROXIMATE, ids=_ids)
def test_the_usually_dropped_is_caught(lang, draft, kept, firm):
    assert new_commitment(labels(draft, firm, lang), "modality")


INCLUDED = [
    ("es", "Hola Lena, gracias por escribir. El queso curado previsto en el lote de Navidad "
           "está agotado hasta finales de enero. Un saludo, Sam",
           "Hola Lena, gracias por tu mensaje. El queso curado del lote de Navidad está agotado "
           "hasta finales de enero. Un saludo, Sam"),
    ("pt", "Olá Lena, obrigado pela mensagem. O queijo curado previsto no cabaz de Natal está "
           "esgotado até ao fim de janeiro. Abraço, Sam",
           "Olá Lena, obrigado pela mensagem. O queijo curado do cabaz de Natal está esgotado "
           "até ao fim de janeiro. Abraço, Sam"),
]


@pytest.mark.parametrize(("lang", "draft", "rewrite"), INCLUDED, ids=_ids)
def test_what_a_set_includes_is_no_estimate(lang, draft, rewrite):
    assert not new_commitment(labels(draft, rewrite, lang), "modality")


@pytest.mark.parametrize(("lang", "draft", "firm"), [
    ("fr", "Bonjour Mme Petit, merci de votre message. La livraison est prévue dans la semaine "
           "du 14 mai. Cordialement, Sam",
           "Bonjour Mme Petit, merci pour votre message. La livraison a lieu dans la semaine "
           "du 14 mai. Cordialement, Sam"),
    ("es", "Hola Lena, gracias por escribir. La entrega está prevista en la semana del 14 de "
           "mayo. Un saludo, Sam",
           "Hola Lena, gracias por tu mensaje. La entrega será en la semana del 14 de mayo. "
           "Un saludo, Sam"),
    ("pt", "Olá Lena, obrigado pela mensagem. A entrega está prevista na semana de 14 de maio. "
           "Abraço, Sam",
           "Olá Lena, obrigado pela mensagem. A entrega vai ser na semana de 14 de maio. "
           "Abraço, Sam"),
], ids=_ids)
def test_what_is_planned_for_a_time_is_still_an_estimate(lang, draft, firm):
    assert new_commitment(labels(draft, firm, lang), "modality")


COULD_ACCOMPANY = [
    ("en", "Hi Lena, thanks for writing. Our adviser could accompany you on 14 May. Best, Sam",
           "Hi Lena, thank you for your message. Our adviser may be able to accompany you on "
           "14 May. Best, Sam",
           "Hi Lena, thank you for your message. Our adviser will accompany you on 14 May. "
           "Best, Sam"),
    ("es", "Hola Lena, gracias por escribir. Nuestra asesora podría acompañarte el 14 de mayo. "
           "Un saludo, Sam",
           "Hola Lena, gracias por tu mensaje. Quizás nuestra asesora pueda acompañarte el 14 de "
           "mayo. Un saludo, Sam",
           "Hola Lena, gracias por tu mensaje. Nuestra asesora te acompañará el 14 de mayo. "
           "Un saludo, Sam"),
    ("pt", "Olá Lena, obrigado pela mensagem. A nossa consultora poderia acompanhá-la a 14 de "
           "maio. Abraço, Sam",
           "Olá Lena, obrigado pela mensagem. Talvez a nossa consultora consiga acompanhá-la a "
           "14 de maio. Abraço, Sam",
           "Olá Lena, obrigado pela mensagem. A nossa consultora vai acompanhá-la a 14 de maio. "
           "Abraço, Sam"),
    ("de", "Hallo Frau Kern, danke für Ihre Nachricht. Unsere Beraterin könnte Sie am 14. Mai "
           "begleiten. Viele Grüße, Sam",
           "Hallo Frau Kern, danke für Ihre Nachricht. Unsere Beraterin kann Sie "
           "möglicherweise am 14. Mai begleiten. Viele Grüße, Sam",
           "Hallo Frau Kern, danke für Ihre Nachricht. Unsere Beraterin begleitet Sie am "
           "14. Mai. Viele Grüße, Sam"),
]


@pytest.mark.parametrize(("lang", "draft", "kept", "firm"), COULD_ACCOMPANY, ids=_ids)
def test_a_may_before_you_as_its_object_kept_passes_clean(lang, draft, kept, firm):
    assert not new_commitment(labels(draft, kept, lang), "modality")


@pytest.mark.parametrize(("lang", "draft", "kept", "firm"), COULD_ACCOMPANY, ids=_ids)
def test_a_may_before_you_as_its_object_said_as_what_will_happen_is_caught(lang, draft, kept,
                                                                            firm):
    assert new_commitment(labels(draft, firm, lang), "modality")


@pytest.mark.parametrize(("lang", "draft", "rewrite"), [
    ("fr", "Bonjour Mme Petit, merci de votre message. Pourriez vous nous envoyer une photo du "
           "colis ? Cordialement, Sam",
           "Bonjour Mme Petit, merci pour votre message. Merci de nous envoyer une photo du "
           "colis. Cordialement, Sam"),
    ("en", "Hi Lena, thanks for writing. Could you send us a photo of the parcel? Best, Sam",
           "Hi Lena, thank you for your message. Please send us a photo of the parcel. "
           "Best, Sam"),
], ids=_ids)
def test_a_could_you_that_asks_is_still_no_hedge(lang, draft, rewrite):
    assert not new_commitment(labels(draft, rewrite, lang), "modality")
