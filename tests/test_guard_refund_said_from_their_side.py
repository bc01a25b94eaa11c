"""Money back said from the customer's side or in the passive ("tu récupères les 85 €", "los
85 € se le devuelven", "os 85 € são-lhe devolvidos") restating a refund the draft makes only on a
condition: said with nothing of what the condition asks, it drops the condition; said with it,
it is the draft's promise (guard/commitments.py). Written for this rule (none comes from a
corpus set)."""

from __future__ import annotations

import pytest

from tests.masked_guard import verdict

FR_IF = ("Salut Marc, si notre technicien confirme que la fissure est ancienne, on te rembourse "
         "les 85 € sous 10 jours. À bientôt, Léa")
ES_IF = ("Hola Marta, si el técnico confirma que la grieta es antigua, le devolvemos los 85 € en "
         "10 días. Un saludo, Rafa")
PT_IF = ("Olá Rui, se o técnico confirmar que a fissura é antiga, devolvemos os 85 € em 10 dias. "
         "Cumprimentos, Sara")


@pytest.mark.parametrize(("lang", "draft", "rewrite"), [
    ("fr", FR_IF, "Salut Marc, notre technicien regarde la fissure, et tu récupères les 85 € "
                  "sous 10 jours. À bientôt, Léa"),
    ("es", ES_IF, "Hola Marta, el técnico revisa la grieta y los 85 € se le devuelven en 10 días. "
                  "Un saludo, Rafa"),
    ("pt", PT_IF, "Olá Rui, o técnico verifica a fissura e os 85 € são-lhe devolvidos em 10 dias. "
                  "Cumprimentos, Sara"),
])
def test_money_back_said_from_the_customers_side_without_the_condition_drops_it(
        lang, draft, rewrite):
    assert "new_commitment" in verdict(draft, rewrite, "", lang)


@pytest.mark.parametrize(("lang", "draft", "rewrite"), [
    ("fr", FR_IF, "Salut Marc, s'il confirme que la fissure est ancienne, tu récupères les 85 € "
                  "sous 10 jours. À bientôt, Léa"),
    ("es", ES_IF, "Hola Marta, si el técnico confirma que la grieta es antigua, los 85 € se le "
                  "devuelven en 10 días. Un saludo, Rafa"),
    ("pt", PT_IF, "Olá Rui, se o técnico confirmar que a fissura é antiga, os 85 € são-lhe "
                  "devolvidos em 10 dias. Cumprimentos, Sara"),
])
def test_money_back_said_from_the_customers_side_with_the_condition_passes_clean(
        lang, draft, rewrite):
    assert verdict(draft, rewrite, "", lang) == {}
