"""A thing done "without cost" is free, in German as in the other languages: "ohne Kosten",
"ohne zusätzliche Kosten", "ohne Gebühr" promise what "kostenlos" does ("without charge",
"sin coste", "sans frais", "sem custo" were read so already). A rewrite saying the draft's free
thing either way is clean; one that makes a thing free the draft does not, or drops the
draft's condition on it, is caught."""

import pytest

from tests.masked_guard import labels


def _free(found: list[str]) -> bool:
    return bool({"new_commitment:credit", "new_commitment:discount"} & set(found))


# (lang, draft said "without cost", the same said "free", the act with no word of cost,
#  the act on a condition)
CASES = [
    ("de", "Wir drucken die Karten neu, ohne Kosten für Sie.",
     "Die Karten drucken wir kostenlos für Sie neu.",
     "Wir drucken die Karten neu.",
     "Wenn der Fehler bei uns lag, drucken wir die Karten neu, ohne Kosten für Sie."),
    ("de", "Die Schrauben schicken wir Ihnen ohne zusätzliche Kosten nach.",
     "Die Schrauben schicken wir Ihnen kostenfrei nach.",
     "Die Schrauben schicken wir Ihnen nach.",
     "Falls Schrauben fehlen, schicken wir sie Ihnen ohne zusätzliche Kosten nach."),
    ("en", "We will reprint the cards without any cost to you.",
     "We will reprint the cards free of charge.",
     "We will reprint the cards.",
     "If the error was ours, we will reprint the cards without any cost to you."),
    ("es", "Reimprimimos las tarjetas sin coste para usted.",
     "Le reimprimimos las tarjetas gratis.",
     "Reimprimimos las tarjetas.",
     "Si el error fue nuestro, reimprimimos las tarjetas sin coste para usted."),
    ("fr", "Nous réimprimons les cartes sans frais pour vous.",
     "Nous réimprimons les cartes gratuitement.",
     "Nous réimprimons les cartes.",
     "Si l'erreur vient de nous, nous réimprimons les cartes sans frais pour vous."),
    ("pt", "Reimprimimos os cartões sem custo para si.",
     "Reimprimimos os cartões de graça.",
     "Reimprimimos os cartões.",
     "Se o erro foi nosso, reimprimimos os cartões sem custo para si."),
]


@pytest.mark.parametrize("lang,without,free,bare,conditioned", CASES)
def test_without_cost_is_free_both_ways(lang, without, free, bare, conditioned):
    assert labels(without, free, lang) == []
    assert labels(free, without, lang) == []


@pytest.mark.parametrize("lang,without,free,bare,conditioned", CASES)
def test_without_cost_the_draft_never_gives_is_caught(lang, without, free, bare, conditioned):
    assert _free(labels(bare, without, lang))


@pytest.mark.parametrize("lang,without,free,bare,conditioned", CASES)
def test_without_cost_dropping_the_condition_is_caught(lang, without, free, bare, conditioned):
    assert _free(labels(conditioned, without, lang))
