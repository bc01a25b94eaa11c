"""An act of any kind named first and refused after it is no promise: a "no" after it in its
clause, before what would make it possible ("ese descuento no puedo ofrecérselo", "o desconto
também não é possível", "a refund isn't something we can offer"). The same words with the
"no" gone, or with the "no" in a clause of its own after a "that" or an "if", are still
caught. Every case is written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import verdict

CUSTOMER = "Can you run the course again for free or give me a discount?"
DRAFTS = {
    "en": "We don't repeat courses free of charge, and no discount applies to the next one. "
          "You can join the spring course at the normal price.",
    "fr": "Nous ne refaisons pas les stages gratuitement, et aucune remise ne s'applique au "
          "suivant. Vous pouvez vous inscrire au stage de printemps au tarif normal.",
    "es": "No repetimos los cursos gratis y no se aplica ningún descuento al siguiente. "
          "Puede apuntarse al curso de primavera al precio normal.",
    "pt": "Não repetimos os cursos de graça e não se aplica nenhum desconto ao próximo. "
          "Pode inscrever-se no curso da primavera ao preço normal.",
    "de": "Wir wiederholen Kurse nicht kostenlos, und auf den nächsten gibt es keinen Rabatt. "
          "Sie können sich zum normalen Preis für den Frühjahrskurs anmelden.",
}
TAILS = {
    "en": " You can join the spring course at the normal price.",
    "fr": " Vous pouvez vous inscrire au stage de printemps au tarif normal.",
    "es": " Puede apuntarse al curso de primavera al precio normal.",
    "pt": " Pode inscrever-se no curso da primavera ao preço normal.",
    "de": " Sie können sich zum normalen Preis für den Frühjahrskurs anmelden.",
}


@pytest.mark.parametrize("lang,refused", [
    ("en", "A discount on the next course isn't something we can offer, and we don't repeat "
           "courses free of charge."),
    ("es", "No repetimos los cursos gratis. Ese descuento en el siguiente no puedo "
           "ofrecérselo."),
    ("pt", "Não repetimos os cursos de graça. O desconto no próximo também não é possível."),
    ("fr", "Nous ne refaisons pas les stages gratuitement. Une remise sur le suivant n'est "
           "pas possible non plus."),
    ("de", "Kurse wiederholen wir nicht kostenlos, und einen Rabatt auf den nächsten Kurs "
           "können wir leider nicht geben."),
])
def test_an_act_refused_in_other_words_passes(lang: str, refused: str) -> None:
    assert verdict(DRAFTS[lang], refused + TAILS[lang], CUSTOMER, lang) == {}


@pytest.mark.parametrize("lang,given", [
    ("en", "A discount on the next course is something we can offer."),
    ("en", "We'll give you a discount on the next course if we can't find a place."),
    ("es", "Ese descuento en el siguiente puedo ofrecérselo sin problema."),
    ("es", "Le haremos un descuento en el siguiente si no podemos darle plaza."),
    ("pt", "O desconto no próximo é possível."),
    ("pt", "Damos-lhe um desconto no próximo curso que não pode encontrar noutro lado."),
    ("fr", "Une remise sur le suivant est possible."),
    ("de", "Einen Rabatt auf den nächsten Kurs können wir Ihnen geben."),
])
def test_an_act_given_beside_a_no_is_caught(lang: str, given: str) -> None:
    assert "new_commitment" in verdict(DRAFTS[lang], given + TAILS[lang], CUSTOMER, lang)
