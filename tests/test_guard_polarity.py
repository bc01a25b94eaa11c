"""A fact said with a "not" keeps its "not": "your account is not eligible for the upgrade" said
as "your account is eligible for the upgrade" keeps every word and turns the fact over. Said
again with the "no" in other words ("ineligible", "isn't", "sadly", "kein"), it passes."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

CASES = [
    ("en", "Your account is not eligible for the loyalty upgrade.",
     "Your account is eligible for the loyalty upgrade.",
     ["I'm sorry, but your account isn't eligible for the loyalty upgrade.",
      "Your account is ineligible for the loyalty upgrade, I'm afraid."]),
    ("en", "The old firmware does not receive security patches.",
     "The old firmware receives security patches.",
     ["Security patches have stopped for the old firmware: it doesn't receive them.",
      "The old firmware is still waiting to receive its security patches."]),
    ("fr", "Votre compte n'est pas éligible à la mise à niveau fidélité.",
     "Votre compte est éligible à la mise à niveau fidélité.",
     ["Malheureusement, votre compte n'est pas éligible à la mise à niveau fidélité."]),
    ("es", "Su cuenta no cumple los requisitos para la mejora de fidelidad.",
     "Su cuenta cumple los requisitos para la mejora de fidelidad.",
     ["Lamentablemente su cuenta todavía no cumple los requisitos para la mejora de "
      "fidelidad."]),
    ("de", "Ihr Konto erfüllt die Voraussetzungen für das Treue-Upgrade nicht.",
     "Ihr Konto erfüllt die Voraussetzungen für das Treue-Upgrade.",
     ["Leider erfüllt Ihr Konto die Voraussetzungen für das Treue-Upgrade nicht."]),
    ("pt", "A sua conta não cumpre os requisitos para o upgrade de fidelidade.",
     "A sua conta cumpre os requisitos para o upgrade de fidelidade.",
     ["Infelizmente, a sua conta ainda não cumpre os requisitos para o upgrade de "
      "fidelidade."]),
]


@pytest.mark.parametrize("lang,draft,turned", [(lg, d, t) for lg, d, t, _ in CASES])
def test_a_fact_said_without_its_not_is_caught(lang: str, draft: str, turned: str) -> None:
    assert "fact_missing" in labels(draft, turned, lang)


@pytest.mark.parametrize("lang,draft,kept", [(lg, d, k) for lg, d, _, kept in CASES
                                             for k in kept])
def test_a_fact_said_again_with_its_not_passes(lang: str, draft: str, kept: str) -> None:
    assert "fact_missing" not in labels(draft, kept, lang)


@pytest.mark.parametrize("lang,draft,rewrite", [
    # A "no" said of a noun makes a thing free; "free" says it without one.
    ("en", "We'll fit the new hinges at no charge next week.",
     "We'll fit the new hinges next week, free of charge."),
    # A regret is no "not": the fact is the same without it.
    ("en", "Unfortunately the courier collects parcels only on weekdays.",
     "The courier collects parcels only on weekdays."),
    ("de", "Leider holt der Kurier Pakete nur werktags ab.",
     "Der Kurier holt Pakete nur werktags ab."),
])
def test_a_no_that_turns_no_fact_over_may_go(lang: str, draft: str, rewrite: str) -> None:
    assert "fact_missing" not in labels(draft, rewrite, lang)
