"""An offer vouched for with a word of certainty is firmer than the draft: "we can send you a new
bolt" → "we'll send you a new bolt, without fail" ("sans faute", "sin falta", "sem falta",
"garantiert") passed in five languages, for a guarantee that vouches for a promise of the
draft's own was read as restating it. Where the draft only offers it ("we can", "puede",
`Promise.offered`), a word of certainty (`assurances`) said as the guarantee makes it firmer; a
step we take to see to it ("I'll make sure") is still read as owning the draft's promise, and
the draft's firm promise may still be vouched for. English "without fail" is a guarantee word,
as "sans faute", "sin falta" and "sem falta" already were.

Sentences written for this rule, none taken from a corpus set. On main, 11 of these tests fail
(every `FIRMED` and `FIRMED_OTHER_WORD` case, and "without fail" added to no promise)."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

OFFERED = {
    "en": "We can send you a new bolt free of charge.",
    "fr": "Nous pouvons vous envoyer un nouveau boulon gratuitement.",
    "es": "Podemos enviarle un tornillo nuevo sin coste.",
    "pt": "Podemos enviar-lhe um parafuso novo sem custos.",
    "de": "Wir können Ihnen eine neue Schraube kostenlos schicken.",
}
PROMISED = {
    "en": "We will send you a new bolt free of charge.",
    "fr": "Nous vous enverrons un nouveau boulon gratuitement.",
    "es": "Le enviaremos un tornillo nuevo sin coste.",
    "pt": "Vamos enviar-lhe um parafuso novo sem custos.",
    "de": "Wir schicken Ihnen eine neue Schraube kostenlos.",
}
FIRMED = [
    ("en", "We'll send you a new bolt free of charge, without fail."),
    ("fr", "Nous vous enverrons un nouveau boulon gratuitement, sans faute."),
    ("es", "Le enviaremos un tornillo nuevo sin coste, sin falta."),
    ("pt", "Vamos enviar-lhe um parafuso novo sem custos, sem falta."),
    ("de", "Wir schicken Ihnen garantiert eine neue Schraube kostenlos."),
]
# The same firming said with another word of certainty.
FIRMED_OTHER_WORD = [
    ("en", "We'll send you a new bolt free of charge, guaranteed."),
    ("fr", "Nous vous enverrons sans faute un nouveau boulon, gratuitement."),
    ("es", "Sin falta le mandaremos un tornillo nuevo sin coste."),
    ("pt", "Sem falta, vamos mandar-lhe um parafuso novo sem custos."),
    ("de", "Wir schicken Ihnen auf jeden Fall kostenlos eine neue Schraube."),
]
# The offer said again in other words, still an offer.
STILL_OFFERED = [
    ("en", "We can ship you a new bolt at no cost."),
    ("fr", "Nous pouvons vous faire parvenir un nouveau boulon sans frais."),
    ("es", "Le podemos mandar un tornillo nuevo sin coste."),
    ("pt", "Podemos mandar-lhe um parafuso novo, sem custos."),
    ("de", "Eine neue Schraube können wir Ihnen kostenlos zusenden."),
]


@pytest.mark.parametrize("lang,rewrite", FIRMED)
def test_an_offer_vouched_for_is_firmer(lang: str, rewrite: str) -> None:
    assert new_commitment(labels(OFFERED[lang], rewrite, lang), "modality")


@pytest.mark.parametrize("lang,rewrite", FIRMED_OTHER_WORD)
def test_an_offer_vouched_for_in_other_words_is_firmer(lang: str, rewrite: str) -> None:
    assert new_commitment(labels(OFFERED[lang], rewrite, lang))


@pytest.mark.parametrize("lang,rewrite", STILL_OFFERED)
def test_the_offer_said_again_passes(lang: str, rewrite: str) -> None:
    assert labels(OFFERED[lang], rewrite, lang) == []


@pytest.mark.parametrize("lang,rewrite", FIRMED)
def test_the_drafts_own_promise_may_be_vouched_for(lang: str, rewrite: str) -> None:
    assert labels(PROMISED[lang], rewrite, lang) == []


def test_making_sure_of_an_offer_still_owns_it() -> None:
    assert labels(OFFERED["en"], "I'll make sure we send you a new bolt free of charge.",
                  "en") == []


def test_without_fail_added_to_no_promise_is_a_guarantee() -> None:
    assert new_commitment(labels("Thanks for your photos of the bolt.",
                                 "Thanks for your photos; it will be fixed, without fail.", "en"))
