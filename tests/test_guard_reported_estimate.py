"""Someone else's reckoning is on the likely step, as "the supplier expects" is: "der Hersteller
rechnet mit 3 bis 4 Wochen", "el proveedor calcula que llegue", "o fornecedor estima que
chegue", "le fabricant estime qu'elle arrivera" (lang/*.json `hedges`); said again with a
hedge it is kept, said as what will happen (or as our own rule, "según nuestra política") it
is firmer. Written for this rule (none comes from a corpus set)."""

from __future__ import annotations

import pytest

from tests.masked_guard import verdict

DE = ("Hallo Herr Keller, danke für Ihre Nachricht. Das Ersatzteil ist bestellt; der Hersteller "
      "rechnet mit 3 bis 4 Wochen Lieferzeit. Freundliche Grüße, Nora")
ES = ("Hola Dani, perdona el retraso. Hemos pedido el carburador a Italia y el proveedor calcula "
      "que llegue la semana del 14. Un saludo, Toni")
PT = ("Olá Ana, obrigado. A peça foi encomendada e o fornecedor estima que chegue na semana do "
      "dia 14. Abraço, Jo")
FR = ("Bonjour Paul, merci. La pièce est commandée et le fabricant estime qu'elle arrivera sous "
      "3 semaines. Bien à vous, Claire")


@pytest.mark.parametrize(("lang", "draft", "rewrite"), [
    ("de", DE, "Hallo Herr Keller, danke für Ihre Nachricht. Ich habe das Ersatzteil bestellt; "
               "spätestens in 3 bis 4 Wochen ist es da. Freundliche Grüße, Nora"),
    ("es", ES, "Hola Dani, perdona el retraso. Hemos pedido el carburador a Italia y llega la "
               "semana del 14. Un saludo, Toni"),
    ("es", ES, "Hola Dani, perdona el retraso. Hemos pedido el carburador a Italia y según "
               "nuestra política llega la semana del 14. Un saludo, Toni"),
    ("pt", PT, "Olá Ana, obrigado. A peça foi encomendada e chega na semana do dia 14. Abraço, "
               "Jo"),
    ("fr", FR, "Bonjour Paul, merci. La pièce est commandée et elle arrivera sous 3 semaines. "
               "Bien à vous, Claire"),
])
def test_their_reckoning_said_as_what_will_happen_is_firmer(lang, draft, rewrite):
    assert "new_commitment" in verdict(draft, rewrite, "", lang)


@pytest.mark.parametrize(("lang", "draft", "rewrite"), [
    ("de", DE, "Hallo Herr Keller, danke für Ihre Nachricht. Ich habe das Ersatzteil bestellt; "
               "es kommt voraussichtlich in 3 bis 4 Wochen. Freundliche Grüße, Nora"),
    ("es", ES, "Hola Dani, perdona el retraso. Hemos pedido el carburador a Italia; según el "
               "proveedor, debería llegar la semana del 14. Un saludo, Toni"),
    ("pt", PT, "Olá Ana, obrigado. A peça foi encomendada e, segundo o fornecedor, deve chegar "
               "na semana do dia 14. Abraço, Jo"),
])
def test_their_reckoning_said_again_as_theirs_passes_clean(lang, draft, rewrite):
    assert verdict(draft, rewrite, "", lang) == {}
