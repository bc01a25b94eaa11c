"""A "usually" or "should" beside an approximator of its own sentence ("costuma demorar cerca de
⟦1⟧ hora", "dure en général environ", "dauert normalerweise etwa") is a hedge of its own: a
rewrite keeping only the "about" ("demora cerca de ⟦1⟧ hora") drops it, as English's "usually
takes about" → "takes about" does. The hedge said again in other words still passes, and an
"about" the rewrite adds to a draft without one still keeps its "usually"."""

import pytest

from tests.masked_guard import labels

DRAFT = {
    "en": "The fitting usually takes about 2 hours.",
    "es": "La instalación suele durar alrededor de 2 horas.",
    "fr": "L'installation dure en général environ 2 heures.",
    "pt": "A instalação costuma demorar cerca de 2 horas.",
    "de": "Die Montage dauert normalerweise etwa 2 Stunden.",
}
DROPPED = {
    "en": "The fitting takes about 2 hours.",
    "es": "La instalación dura alrededor de 2 horas.",
    "fr": "L'installation dure environ 2 heures.",
    "pt": "A instalação demora cerca de 2 horas.",
    "de": "Die Montage dauert etwa 2 Stunden.",
}
RESTATED = {
    "en": "The fitting normally takes around 2 hours.",
    "es": "Por lo general, la instalación dura alrededor de 2 horas.",
    "fr": "L'installation dure normalement environ 2 heures.",
    "pt": "A instalação demora normalmente cerca de 2 horas.",
    "de": "Die Montage dauert in der Regel etwa 2 Stunden.",
}
PLAIN = {
    "en": "The fitting usually takes 2 hours.",
    "es": "La instalación suele durar 2 horas.",
    "fr": "L'installation dure en général 2 heures.",
    "pt": "A instalação costuma demorar 2 horas.",
    "de": "Die Montage dauert normalerweise 2 Stunden.",
}

LANGS = sorted(DRAFT)


@pytest.mark.parametrize("lang", LANGS)
def test_hedge_dropped_beside_its_estimate_is_caught(lang):
    assert "new_commitment:modality" in labels(DRAFT[lang], DROPPED[lang], lang)


@pytest.mark.parametrize("lang", LANGS)
def test_hedge_restated_beside_its_estimate_passes(lang):
    assert labels(DRAFT[lang], RESTATED[lang], lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_an_estimate_added_still_keeps_a_usually(lang):
    assert labels(PLAIN[lang], DROPPED[lang], lang) == []
