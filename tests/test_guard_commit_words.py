"""Committing oneself is a guarantee: "I can firmly commit to that day", "je m'y engage", "me
comprometo a ese día", "comprometo-me com esse dia", "diesen Tag kann ich Ihnen fest zusagen"
passed in five languages beside a draft that only plans the day, where "I promise" is caught.
The verbs of committing oneself join the guarantee patterns (`commitment_patterns`
"guarantee"), said by I or we, so the courier's "won't commit to a day" and the customer's
"wenn Sie bis Freitag zusagen" stay what they were; refused ("I can't commit to", "je ne peux
pas m'engager", "nicht zusagen") they promise nothing, as a refused promise never did.

Sentences written for this rule, none taken from a corpus set. On main, 10 of these tests fail
(every `ADDED` and `GRANTED` case)."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

PLANNED = {
    "en": "We plan the installation for Monday.",
    "fr": "Nous prévoyons la pose pour lundi.",
    "es": "Prevemos la instalación para el lunes.",
    "pt": "Prevemos a instalação para segunda-feira.",
    "de": "Wir planen die Montage für Montag.",
}
ADDED = [
    ("en", "We plan the installation for Monday, and I can firmly commit to that day."),
    ("fr", "Nous prévoyons la pose pour lundi, et je m'y engage."),
    ("es", "Prevemos la instalación para el lunes, y me comprometo a ese día."),
    ("pt", "Prevemos a instalação para segunda-feira, e comprometo-me com esse dia."),
    ("de", "Wir planen die Montage für Montag. Den Montag kann ich Ihnen fest zusagen."),
]
# The draft refuses to commit: said again refused it passes, granted (one word less) it is caught.
REFUSED = {
    "en": "We plan the installation for Monday, but I can't commit to that day.",
    "fr": "Nous prévoyons la pose pour lundi, mais je ne peux pas m'engager sur ce jour.",
    "es": "Prevemos la instalación para el lunes, pero no puedo comprometerme con ese día.",
    "pt": "Prevemos a instalação para segunda-feira, mas não posso comprometer-me com esse dia.",
    "de": "Wir planen die Montage für Montag, den Montag kann ich Ihnen aber nicht zusagen.",
}
STILL_REFUSED = [
    ("en", "The installation is planned for Monday; I can't commit to that day, though."),
    ("fr", "La pose est prévue lundi ; je ne peux pas m'engager sur ce jour, cependant."),
    ("es", "La instalación está prevista el lunes; no puedo comprometerme con ese día, eso sí."),
    ("pt", "A instalação está prevista para segunda-feira; não posso comprometer-me com esse dia."),
    ("de", "Die Montage ist für Montag geplant; den Montag kann ich Ihnen aber nicht zusagen."),
]
GRANTED = [
    ("en", "The installation is planned for Monday; I can commit to that day."),
    ("fr", "La pose est prévue lundi ; je peux m'engager sur ce jour."),
    ("es", "La instalación está prevista el lunes; puedo comprometerme con ese día."),
    ("pt", "A instalação está prevista para segunda-feira; posso comprometer-me com esse dia."),
    ("de", "Die Montage ist für Montag geplant; den Montag kann ich Ihnen fest zusagen."),
]


@pytest.mark.parametrize("lang,rewrite", ADDED)
def test_committing_to_a_planned_day_is_a_guarantee(lang: str, rewrite: str) -> None:
    assert new_commitment(labels(PLANNED[lang], rewrite, lang))


@pytest.mark.parametrize("lang,rewrite", STILL_REFUSED)
def test_a_refused_commitment_said_again_passes(lang: str, rewrite: str) -> None:
    assert labels(REFUSED[lang], rewrite, lang) == []


@pytest.mark.parametrize("lang,rewrite", GRANTED)
def test_a_refused_commitment_granted_is_caught(lang: str, rewrite: str) -> None:
    assert new_commitment(labels(REFUSED[lang], rewrite, lang))


def test_the_customers_acceptance_is_no_guarantee() -> None:
    assert labels("Festhalten kann ich das Boot, sofern Sie bis Freitag zusagen.",
                  "Ich halte das Boot fest, wenn Sie mir bis Freitag zusagen.", "de") == []


def test_another_partys_commitment_is_no_guarantee() -> None:
    assert labels("I can't promise Friday, because the courier won't commit to a day.",
                  "The courier won't commit to a day, so I can't promise Friday.", "en") == []
