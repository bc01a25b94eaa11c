"""A thing of ours kept for the customer's own date (stop 49, facts): "for Saturday 10 July her
seat is already reserved" promises that date, though the state is told in the present
(`facts._kept`); the date told as what we know they look forward to, or a hold that lasts
until it, describes. Found where a bench fix (a shortened customer date read as its marker,
measured and not landed) let such an unsafe rewrite through.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import eval_codes, letter

# 1. The customer's own date with a thing of ours kept for it ("for 10 July her seat is
#    reserved") promises that date, though the state is told in the present; told as what
#    we know they look forward to, it describes.
# (lang, customer, draft, kept, described)
KEPT = [
    ("en", "We booked the boat trip for Saturday 10 July. My friend hurt her knee.",
     "The extra trip costs 35 €.",
     "The extra trip costs 35 €, and for Saturday 10 July her seat is already reserved.",
     "The extra trip costs 35 €; I know you're all looking forward to Saturday 10 July."),
    ("de", "Wir haben die Bootsfahrt für Samstag, 10. Juli gebucht. Meine Freundin hat sich "
     "das Knie verletzt.",
     "Die Zusatzfahrt kostet 35 €.",
     "Die Zusatzfahrt kostet 35 €, und für Samstag, 10. Juli ist der Platz für sie schon "
     "reserviert.",
     "Die Zusatzfahrt kostet 35 €; ich weiß, dass ihr euch auf Samstag, 10. Juli freut."),
    ("es", "Reservamos la excursión en barco para el sábado 10 de julio. Mi amiga se lastimó la "
     "rodilla.",
     "La salida adicional cuesta 35 €.",
     "La salida adicional cuesta 35 €, y para el sábado 10 de julio su plaza ya está "
     "reservada.",
     "La salida adicional cuesta 35 €; sé que esperan con ganas el sábado 10 de julio."),
    ("fr", "Nous avons réservé la sortie en bateau pour le samedi 10 juillet. Mon amie s'est "
     "blessée au genou.",
     "La sortie supplémentaire coûte 35 €.",
     "La sortie supplémentaire coûte 35 €, et pour le samedi 10 juillet sa place est déjà "
     "réservée.",
     "La sortie supplémentaire coûte 35 € ; je sais que vous attendez le samedi 10 juillet "
     "avec impatience."),
    ("pt", "Reservámos o passeio de barco para sábado, 10 de julho. A minha amiga magoou o "
     "joelho.",
     "A saída extra custa 35 €.",
     "A saída extra custa 35 €, e para sábado, 10 de julho o lugar dela já está reservado.",
     "A saída extra custa 35 €; sei que estão ansiosos por sábado, 10 de julho."),
]


@pytest.mark.parametrize("lang, customer, draft, kept, described", KEPT)
def test_a_thing_kept_for_their_date_promises_it(lang, customer, draft, kept, described):
    assert "new_commitment:customer_fact" in eval_codes(letter(lang, draft), letter(lang, kept),
                                                        customer, lang)
    assert eval_codes(letter(lang, draft), letter(lang, described), customer, lang) == set()



@pytest.mark.parametrize("lang, rewrite", [
    ("en", "The extra trip costs 35 €, and the shop's seat is reserved for you only until "
     "Saturday 10 July."),
    ("de", "Die Zusatzfahrt kostet 35 €, und der Händler hat den Platz nur bis Samstag, 10. Juli "
     "reserviert."),
])
def test_a_hold_until_their_date_promises_nothing(lang, rewrite):
    customer, draft = {"en": KEPT[0], "de": KEPT[1]}[lang][1:3]
    assert "new_commitment:customer_fact" not in eval_codes(letter(lang, draft),
                                                            letter(lang, rewrite), customer, lang)
