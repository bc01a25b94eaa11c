"""A state said the other way round is another fact: "your account is not eligible for the
upgrade" said as "your account is eligible", "the jacket is out of stock" as "in stock" kept every
marker and passed in five languages. A side of a state said with a "not" is the other side
(`opposite_states`, guard/facts.py `_ends`), so a paraphrase that keeps the "not" in other words
passes, and so does a state said with the time it changes ("eligible from your third month").

Sentences written for this rule, none taken from a corpus set."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

FLIPPED = [
    # (lang, draft, the state turned over)
    ("en", "Your account is not eligible for the upgrade.",
     "Good news: your account is eligible for the upgrade."),
    ("en", "The green kettle is out of stock.", "The green kettle is in stock."),
    ("fr", "Votre compte n'est pas éligible à l'offre.", "Votre compte est éligible à l'offre."),
    ("fr", "La bouilloire verte est en rupture de stock.", "La bouilloire verte est en stock."),
    ("es", "Su cuenta no es elegible para la oferta.", "Su cuenta es elegible para la oferta."),
    ("es", "El hervidor verde está agotado.", "El hervidor verde está en stock."),
    ("pt", "A sua conta não é elegível para a oferta.", "A sua conta é elegível para a oferta."),
    ("pt", "A chaleira verde está esgotada.", "A chaleira verde está em stock."),
    ("de", "Ihr Konto ist nicht für das Angebot berechtigt.",
     "Ihr Konto ist für das Angebot berechtigt."),
    ("de", "Der grüne Wasserkocher ist nicht vorrätig.", "Der grüne Wasserkocher ist vorrätig."),
]
KEPT = [
    # (lang, draft, the same state in other words)
    ("en", "Your account is not eligible for the upgrade.",
     "I'm sorry, but your account is ineligible for the upgrade."),
    ("en", "The green kettle is out of stock.",
     "Unfortunately the green kettle isn't in stock at the moment."),
    ("en", "Your account is not eligible for the upgrade until your third month.",
     "Your account will be eligible for the upgrade from your third month."),
    ("en", "The green kettle is out of stock. We'll email you when it's back.",
     "The green kettle is out of stock; we'll email you as soon as it's back in stock."),
    ("fr", "Votre compte n'est pas éligible à l'offre.",
     "Malheureusement, votre compte n'est pas encore éligible à l'offre."),
    ("fr", "Votre compte n'est éligible qu'à l'offre de base.",
     "Votre compte est éligible uniquement à l'offre de base."),
    ("es", "El hervidor verde está agotado.",
     "Lamentablemente, el hervidor verde no está en stock."),
    ("pt", "A sua conta não é elegível para a oferta.",
     "Infelizmente a sua conta ainda não é elegível para a oferta."),
    ("de", "Ihr Konto ist nicht für das Angebot berechtigt.",
     "Leider ist Ihr Konto für das Angebot nicht berechtigt."),
    ("de", "Der grüne Wasserkocher ist nicht vorrätig.",
     "Der grüne Wasserkocher ist leider nicht auf Lager."),
]


def _ids(cases):
    return [pytest.param(*c, id=f"{c[0]}-{i}") for i, c in enumerate(cases)]


@pytest.mark.parametrize("lang,draft,rewrite", _ids(FLIPPED))
def test_a_state_turned_over_is_caught(lang: str, draft: str, rewrite: str) -> None:
    assert "fact_missing" in labels(draft, rewrite, lang)


@pytest.mark.parametrize("lang,draft,rewrite", _ids(KEPT))
def test_the_same_state_in_other_words_passes(lang: str, draft: str, rewrite: str) -> None:
    assert labels(draft, rewrite, lang) == []
