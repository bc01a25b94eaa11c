"""A condition or hedge word ending in "que" loses its vowel before one in French: "lorsqu'un
technicien", "à moins qu'il", "pourvu qu'il", "il se peut qu'il", "il est probable qu'elle".
Elided, it is the same word: the condition it opens is dropped when the rewrite leaves it out,
kept when the rewrite says it in other words (lang/fr.json lists each elided form beside its
whole one). The other languages say the same conditions and hedges with words that never run
into the next one, checked here alike. Written for this rule (none comes from a corpus set)."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

FR_WHEN = "Lorsqu'un technicien aura vérifié la pièce, nous vous rembourserons."
FR_UNLESS = "Nous vous rembourserons, à moins qu'il y ait un dommage sur la pièce."
FR_PROVIDED = "Nous pouvons vous livrer samedi, pourvu qu'il reste un créneau libre."
FR_MAY = "Merci de votre message. Il se peut qu'il y ait un retard de livraison."
FR_LIKELY = "Merci de votre message. Il est probable qu'elle arrive lundi."
EN = "Once a technician has checked the part, we will refund you."
ES = "Cuando un técnico haya revisado la pieza, le reembolsaremos."
PT = "Quando um técnico tiver verificado a peça, vamos reembolsar você."
DE = "Sobald ein Techniker das Teil geprüft hat, erstatten wir Ihnen den Betrag."


def _flagged(found: list[str]) -> bool:
    return any(x.startswith("new_commitment") for x in found)


@pytest.mark.parametrize(("lang", "draft", "rewrite"), [
    ("fr", FR_WHEN, "Nous vous rembourserons."),
    ("fr", FR_UNLESS, "Nous vous rembourserons sans faute."),
    ("fr", FR_PROVIDED, "Nous pouvons vous livrer samedi."),
    ("fr", FR_MAY, "Merci pour votre message. Il y aura un retard de livraison."),
    ("fr", FR_LIKELY, "Merci pour votre message. Elle arrive lundi."),
    ("en", EN, "We will refund you."),
    ("es", ES, "Le reembolsaremos."),
    ("pt", PT, "Vamos reembolsar você."),
    ("de", DE, "Wir erstatten Ihnen den Betrag."),
])
def test_the_condition_or_hedge_dropped_is_caught(lang: str, draft: str, rewrite: str) -> None:
    assert _flagged(labels(draft, rewrite, lang))


@pytest.mark.parametrize(("lang", "draft", "rewrite"), [
    ("fr", FR_WHEN, "Nous vous rembourserons une fois la pièce vérifiée par un technicien."),
    ("fr", FR_WHEN, "Dès qu'un technicien aura vérifié la pièce, nous vous rembourserons."),
    ("fr", FR_WHEN, "Nous vous rembourserons lorsqu'un technicien aura vérifié la pièce."),
    ("fr", FR_UNLESS, "Nous vous rembourserons, sauf s'il y a un dommage sur la pièce."),
    ("fr", FR_PROVIDED, "Nous pouvons vous livrer samedi, s'il reste un créneau libre."),
    ("fr", FR_MAY, "Merci pour votre message. Un retard de livraison est possible."),
    ("fr", FR_LIKELY, "Merci pour votre message. Elle arrivera probablement lundi."),
    ("en", EN, "We will refund you as soon as a technician has checked the part."),
    ("es", ES, "Le reembolsaremos en cuanto un técnico haya revisado la pieza."),
    ("pt", PT, "Vamos reembolsar você assim que um técnico verificar a peça."),
    ("de", DE, "Wir erstatten Ihnen den Betrag, sobald ein Techniker das Teil geprüft hat."),
])
def test_the_condition_or_hedge_said_again_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []
