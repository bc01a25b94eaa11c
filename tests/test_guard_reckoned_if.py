"""A hedge said as "if all goes well" or "barring surprises" ("si todo va bien", "sauf imprévu",
"se tudo correr bem", "wenn nichts dazwischenkommt") keeps a draft's "should" or "usually": it
names no condition of its own, it says the thing is expected (lang/*.json `reckonings`). It
keeps no "may", and it stands for no condition the draft sets; a rewrite dropping the hedge is
still firmer."""

import pytest

from tests.masked_guard import labels

SHOULD = {
    "en": "The new compressor should arrive on 14 March.",
    "es": "La pieza nueva debería llegar el 14 de marzo.",
    "fr": "La pièce neuve devrait arriver le 14 mars.",
    "pt": "A peça nova deve chegar a 14 de março.",
    "de": "Der neue Kompressor sollte am 14. März bei Ihnen ankommen.",
}
MAY = {
    "en": "The new compressor may arrive on 14 March.",
    "es": "La pieza nueva podría llegar el 14 de marzo.",
    "fr": "La pièce neuve pourrait arriver le 14 mars.",
    "pt": "A peça nova poderá chegar a 14 de março.",
    "de": "Der neue Kompressor könnte am 14. März bei Ihnen ankommen.",
}
IF_WELL = {
    "en": "If all goes to plan, the new compressor arrives on 14 March.",
    "es": "Si todo va bien, la pieza nueva llega el 14 de marzo.",
    "fr": "Si tout se passe bien, la pièce neuve arrive le 14 mars.",
    "pt": "Se tudo correr bem, a peça nova chega a 14 de março.",
    "de": "Wenn alles glattgeht, kommt der neue Kompressor am 14. März bei Ihnen an.",
}
BARRING = {
    "en": "Barring surprises, the new compressor arrives on 14 March.",
    "es": "Salvo imprevistos, la pieza nueva llega el 14 de marzo.",
    "fr": "Sauf imprévu, la pièce neuve arrive le 14 mars.",
    "pt": "Salvo imprevistos, a peça nova chega a 14 de março.",
    "de": "Wenn nichts dazwischenkommt, kommt der neue Kompressor am 14. März bei Ihnen an.",
}
FIRM = {
    "en": "The new compressor arrives on 14 March.",
    "es": "La pieza nueva llega el 14 de marzo.",
    "fr": "La pièce neuve arrive le 14 mars.",
    "pt": "A peça nova chega a 14 de março.",
    "de": "Der neue Kompressor kommt am 14. März bei Ihnen an.",
}
# A condition the draft sets, swapped for the reckoning: the condition is dropped.
CONDITIONED = {
    "en": "If you pay the deposit by Friday, the new compressor should arrive on 14 March.",
    "es": "Si paga el depósito antes del viernes, la pieza nueva debería llegar el 14 de "
          "marzo.",
    "fr": "Si vous réglez l'acompte avant vendredi, la pièce neuve devrait arriver le "
          "14 mars.",
    "pt": "Se pagar o sinal até sexta-feira, a peça nova deve chegar a 14 de março.",
    "de": "Wenn Sie die Anzahlung bis Freitag leisten, sollte der neue Kompressor am 14. März bei "
          "Ihnen ankommen.",
}

LANGS = sorted(SHOULD)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("said", [IF_WELL, BARRING], ids=["if-well", "barring"])
def test_reckoning_keeps_should(lang, said):
    assert labels(SHOULD[lang], said[lang], lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_hedge_dropped_is_caught(lang):
    assert "new_commitment:modality" in labels(SHOULD[lang], FIRM[lang], lang)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("said", [IF_WELL, BARRING], ids=["if-well", "barring"])
def test_reckoning_keeps_no_may(lang, said):
    assert "new_commitment:modality" in labels(MAY[lang], said[lang], lang)


@pytest.mark.parametrize("lang", LANGS)
def test_reckoning_is_no_condition_of_the_drafts(lang):
    assert any(x.startswith("new_commitment")
               for x in labels(CONDITIONED[lang], IF_WELL[lang], lang))
