"""A second gift beside the draft's, and gifts said in words no pattern read (written for
these rules; no sentence comes from a corpus set):
- a free thing whose own words name a thing neither the draft nor the customer names is a new
  gift, however much of its sentence the draft's own gift sentence shares ("…kostenlos auf
  einen anderen Tag um, und an dem Tag geht der Kaffee für euch auf uns");
- gifts said as "geht der … auf uns", "packen wir … gratis ein", "c'est la maison qui les
  offre", "un … de cortesía", "mais uma … de brinde", "fica sem taxa", "plus a … on the house"
  are read as gifts;
- the draft's own gift said again in those words still passes clean (it names the draft's
  thing).
Not yet: a gift whose thing stands outside its own words ("les macarons, c'est la maison qui
les offre" in the draft's gift sentence), and the older "geht … auf uns" without a word
between still reads "geht auf uns zurück" (whose fault) as a gift.
Each faithful form has an unsafe neighbour that is caught, in the five languages."""

from __future__ import annotations

import pytest

from tests.masked_guard import labels, new_commitment

# (lang, draft, the draft's gift said again, a second gift of another thing beside it)
CASES = [
    ("de",
     "Hallo Jana, wegen des Sturms buchen wir eure Kanutour kostenlos auf einen anderen "
     "Samstag im Mai um. Viele Grüße, Timo",
     "Hallo Jana, wegen des Sturms buchen wir eure Kanutour ohne Kosten auf einen anderen "
     "Samstag im Mai um, die Umbuchung geht auf uns. Viele Grüße, Timo",
     "Hallo Jana, wegen des Sturms buchen wir eure Kanutour kostenlos auf einen anderen "
     "Samstag im Mai um, und an dem Samstag geht der Kakao für euch auf uns. Viele Grüße, Timo"),
    ("de",
     "Guten Tag Herr Vogt, die Reparatur Ihres Fahrrads übernehmen wir kostenlos. "
     "Freundliche Grüße, Ina",
     "Guten Tag Herr Vogt, die Reparatur Ihres Fahrrads kostet Sie nichts. "
     "Freundliche Grüße, Ina",
     "Guten Tag Herr Vogt, die Reparatur Ihres Fahrrads übernehmen wir kostenlos, und eine "
     "Klingel packen wir Ihnen gratis mit ein. Freundliche Grüße, Ina"),
    ("fr",
     "Bonjour Léa, nous vous renvoyons le coffret de thé sans frais. Bien à vous, Paul",
     "Bonjour Léa, le nouveau coffret de thé vous est renvoyé à nos frais. Bien à vous, Paul",
     "Bonjour Léa, nous vous renvoyons le coffret de thé sans frais, et je glisse une boîte "
     "de macarons dans le colis. Bien à vous, Paul"),
    ("fr",
     "Bonjour Léa, les portions des enfants sont offertes. Bien à vous, Paul",
     "Bonjour Léa, les portions des enfants, c'est la maison qui les offre. Bien à vous, Paul",
     "Bonjour Léa, les portions des enfants sont offertes.\n\nEt les portions des mariés, "
     "c'est la maison qui les offre. Bien à vous, Paul"),
    ("es",
     "Hola Marta: le enviamos un cargador nuevo sin costo. Saludos, Luis",
     "Hola Marta: le mandamos un cargador nuevo y no tiene ningún costo. Saludos, Luis",
     "Hola Marta: le enviamos un cargador nuevo sin costo y, en la caja, una funda de "
     "cortesía. Saludos, Luis"),
    ("pt",
     "Olá Rita, a recolha da máquina é gratuita. Cumprimentos, Nuno",
     "Olá Rita, a recolha da máquina fica sem custo. Cumprimentos, Nuno",
     "Olá Rita, a recolha da máquina é gratuita, e a próxima limpeza também fica sem custo. "
     "Cumprimentos, Nuno"),
    ("en",
     "Hi Sam, the delivery of your sofa is free of charge. Best, Kim",
     "Hi Sam, we'll cover the delivery of your sofa, so it's on us. Best, Kim",
     "Hi Sam, the delivery of your sofa is free of charge, and the mulled wine at the "
     "showroom is on us. Best, Kim"),
]


@pytest.mark.parametrize(("lang", "draft", "said", "added"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_the_drafts_gift_said_again_passes(lang: str, draft: str, said: str,
                                           added: str) -> None:
    assert not new_commitment(labels(draft, said, lang))


@pytest.mark.parametrize(("lang", "draft", "said", "added"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_a_second_gift_of_another_thing_is_caught(lang: str, draft: str, said: str,
                                                  added: str) -> None:
    assert new_commitment(labels(draft, added, lang))

