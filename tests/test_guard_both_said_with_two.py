""""Both" said with the number two and no noun after it ("à tous les deux.", "para os dois.",
"ces deux-là compris", "a los dos.") points back at a pair the reply already names, as English
"both" does: no new number. With a noun after it, it counts again ("tous les deux jours": every
other day; "os dois modelos"), and a number the draft does not have is still new. A gift the
customer is said to get ("levam de presente uma garrafa", "se llevan de regalo", "you'll get a
bottle as a gift") is a credit the draft does not give. Every case is written for this file."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels

DRAFT = {
    "fr": "Félicitations pour votre mariage le 12 juin. Je jouerai à la sortie pendant 20 minutes.",
    "pt": "Parabéns pelo aniversário de casamento. Posso propor o dia 14 de setembro.",
    "es": "Enhorabuena por la boda del 12 de junio. Tocaré a la salida durante 20 minutos.",
    "de": "Herzlichen Glückwunsch zur Hochzeit am 12. Juni. Ich spiele 20 Minuten am Ausgang.",
}


@pytest.mark.parametrize("lang,pointing,counting", [
    ("fr", "Je jouerai à la sortie pendant 20 minutes, le 12 juin. Toutes mes félicitations "
           "à tous les deux.",
     "Je jouerai à la sortie pendant 20 minutes, le 12 juin, puis tous les deux jours. "
     "Félicitations pour votre mariage."),
    ("pt", "Posso propor o dia 14 de setembro. Sei o que essa data significa para os dois.",
     "Posso propor o dia 14 de setembro ou os dois dias seguintes. Parabéns pelo aniversário "
     "de casamento."),
    ("es", "Tocaré a la salida durante 20 minutos el 12 de junio. Enhorabuena a los dos.",
     "Tocaré a la salida durante 20 minutos el 12 de junio, y las dos tardes siguientes. "
     "Enhorabuena por la boda."),
])
def test_both_with_two_points_back(lang, pointing, counting):
    assert labels(DRAFT[lang], pointing, lang) == []
    assert "new_fact" in labels(DRAFT[lang], counting, lang)


def test_a_french_pair_pointed_at_with_la():
    draft = ("Trois des douze santons ont fendu au four, dont le meunier et le tambourinaire. "
             "Je les remodèle.")
    said = ("Trois des douze santons ont fendu au four, le meunier et le tambourinaire, ces "
            "deux-là compris. Je les remodèle.")
    assert labels(draft, said, "fr") == []
    more = ("Trois des douze santons ont fendu au four, dont le meunier et le tambourinaire. "
            "Je les remodèle, et deux autres en plus.")
    assert "new_fact" in labels(draft, more, "fr")


@pytest.mark.parametrize("lang,draft,gift", [
    ("pt", "As garrafas de Porto Vintage estão reservadas aos sócios do clube.",
     "As garrafas de Porto Vintage estão reservadas aos sócios do clube, mas no dia da "
     "vindima levam de presente uma garrafa do nosso tinto."),
    ("es", "Las botellas de reserva son solo para los socios del club.",
     "Las botellas de reserva son solo para los socios del club, pero el día de la visita se "
     "llevan de regalo una botella de nuestro tinto."),
    ("en", "The vintage bottles are reserved for club members.",
     "The vintage bottles are reserved for club members, but on the day you'll get a bottle "
     "of our red as a gift."),
])
def test_a_gift_they_get_is_a_credit(lang, draft, gift):
    assert "new_commitment:credit" in labels(draft, gift, lang)
